/**
 * `zielplaner generate <workbook.xlsx> [--out <file.docx | folder>] [--vorlage <template.docx>] [--pdf] [--force] [--allow-errors]`:
 * one Word document per agreement (the single-cell names, or every row of ZV_Liste), from the
 * built-in layout or from the user's template (checked once before anything is written; a template
 * error is exit 2 with its German sentences); with --pdf also a PDF/A-2b beside each (LibreOffice,
 * see ./pdf).
 *
 * - File names `Zielvereinbarung_<Jahr>_<Jobcenter>.docx` (for zkT the Träger when no Jobcenter);
 *   by default next to the workbook.
 * - Refuses to overwrite existing files unless --force, and to write a document for an agreement
 *   with errors unless --allow-errors (the findings are printed in German).
 * - A progress bar on stderr for batches on a terminal; quiet otherwise.
 * - Exit status 0 (all written, no errors), 1 (an agreement had errors), 2 (unusable input, files
 *   that would be overwritten, files that could not be written; with --pdf also when LibreOffice is
 *   missing or made no PDF, the .docx files then stay written): one German line, no stack trace.
 * - Batches run in this thread: every document, the built-in layout too, is a filled template
 *   (about 1 ms), cheaper than starting worker threads and sending them the agreements; worker
 *   threads only when ZIELPLANER_ARBEITER asks. Each document is written and dropped at once, so
 *   memory does not grow with the number of agreements.
 */
import {} from '../catalogue/felder';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { dateiname, dokumentName, erzeugeDokument } from '../document';
import { ladeVorlage, VorlageFehlerhaft, type Vorlage } from '../document/vorlage';
import { erzeugeAusVorlage } from '../document/vorlage/eingebaut';
import { hatFehler, quelleText, type Befund, type Vereinbarung } from '../model/vereinbarung';
import { Abbruch, leseMappe, pruefe } from './datei';
import { erstellePdfs, PdfFehler, pdfZiel } from './pdf';
import type { Antwort, Auftrag } from './dokumentArbeiter';

export interface GenerierenIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
}

const AUFRUF =
  'Aufruf: zielplaner generate <arbeitsmappe.xlsx> [--out <datei.docx | ordner>] [--vorlage <vorlage.docx>] [--pdf] [--force] [--allow-errors]';

interface Optionen {
  readonly mappe: string;
  readonly out: string | null;
  readonly vorlage: string | null;
  readonly force: boolean;
  readonly allowErrors: boolean;
  readonly pdf: boolean;
}

function zerlege(args: readonly string[]): Optionen {
  let mappe: string | null = null;
  let out: string | null = null;
  let vorlage: string | null = null;
  let force = false;
  let allowErrors = false;
  let pdf = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [name, inline] = a.startsWith('--') ? (a.split(/=(.*)/s, 2) as [string, string | undefined]) : [a, undefined];
    if (name === '--out') {
      const wert = inline ?? args[++i];
      if (wert === undefined || wert === '' || wert.startsWith('--'))
        throw new Abbruch(`Die Option --out braucht eine Datei (.docx) oder einen Ordner. ${AUFRUF}`);
      out = wert;
    } else if (name === '--vorlage') {
      const wert = inline ?? args[++i];
      if (wert === undefined || wert === '' || wert.startsWith('--'))
        throw new Abbruch(`Die Option --vorlage braucht eine Word-Vorlage (.docx). ${AUFRUF}`);
      vorlage = wert;
    } else if (name === '--force') force = true;
    else if (name === '--allow-errors') allowErrors = true;
    else if (name === '--pdf') pdf = true;
    else if (a.startsWith('--')) throw new Abbruch(`Unbekannte Option „${name}“. ${AUFRUF}`);
    else if (mappe === null) mappe = a;
    else throw new Abbruch(`Unerwartetes Argument „${a}“: es wird genau eine Arbeitsmappe erwartet. ${AUFRUF}`);
  }
  if (mappe === null) throw new Abbruch(`Es fehlt die Arbeitsmappe. ${AUFRUF}`);
  return { mappe, out, vorlage, force, allowErrors, pdf };
}

/** "Planung – Jobcenter Stadt Kaiserslautern" / "ZV_Liste Zeile 5 – Jobcenter X": how an agreement is named in messages. */
function bezeichnung(v: Vereinbarung): string {
  const name = dokumentName(v);
  const quelle = quelleText(v.quelle, 'Zeile');
  return name ? `${quelle} – ${name}` : quelle;
}

function befundZeile(b: Befund): string {
  const art = b.severity === 'error' ? 'Fehler' : b.severity === 'warning' ? 'Warnung' : 'Hinweis';
  return `  ${art} ${b.cell ?? b.field} [${b.rule}]: ${b.message}`;
}

/** The target file of every agreement; duplicates get "_2", "_3", … */
function ziele(vereinbarungen: readonly Vereinbarung[], opt: Optionen): string[] {
  const mehrere = vereinbarungen.length > 1;
  const out = opt.out;
  if (out !== null && /\.docx$/i.test(out)) {
    if (mehrere) {
      throw new Abbruch(
        `Die Arbeitsmappe enthält ${vereinbarungen.length} Vereinbarungen; --out „${out}“ ist aber eine einzelne Datei. Geben Sie mit --out einen Ordner an.`,
      );
    }
    return [out];
  }
  if (out !== null && existsSync(out) && !statSync(out).isDirectory()) {
    throw new Abbruch(`„${out}“ ist eine Datei, kein Ordner. Geben Sie mit --out einen Ordner oder eine Datei mit der Endung .docx an.`);
  }
  const ordner = out ?? path.dirname(opt.mappe);
  const vergeben = new Set<string>();
  return vereinbarungen.map((v) => {
    const basis = dateiname(v).replace(/\.docx$/, '');
    let name = `${basis}.docx`;
    for (let n = 2; vergeben.has(name.toLowerCase()); n++) name = `${basis}_${n}.docx`;
    vergeben.add(name.toLowerCase());
    return path.join(ordner, name);
  });
}

/** A progress bar on one terminal line: "[██████░░░░] 243/405". */
function fortschritt(io: GenerierenIo, gesamt: number): { schritt: (n: number) => void; ende: () => void } {
  if (!io.isTTY || gesamt < 2) return { schritt: () => undefined, ende: () => undefined };
  const breite = 30;
  let zuletzt = -1;
  const zeichne = (n: number): void => {
    const voll = Math.round((n / gesamt) * breite);
    if (voll === zuletzt && n !== gesamt) return;
    zuletzt = voll;
    io.stderr(`\rDokumente werden erzeugt [${'█'.repeat(voll)}${'░'.repeat(breite - voll)}] ${n}/${gesamt}`);
  };
  zeichne(0);
  return { schritt: zeichne, ende: () => io.stderr('\n') };
}

interface Aufgabe {
  readonly vereinbarung: Vereinbarung;
  readonly ziel: string;
  /** Made despite error findings: the document carries the draft mark. */
  readonly entwurf: boolean;
}

function schreibFehler(ziel: string, code: string | undefined): Abbruch {
  if (code === 'EEXIST')
    return new Abbruch(
      `Die Datei „${ziel}“ gibt es schon; sie wird nicht überschrieben. Überschreiben Sie mit --force oder wählen Sie mit --out einen anderen Ort.`,
    );
  if (code === 'EACCES' || code === 'EPERM')
    return new Abbruch(`Die Datei „${ziel}“ darf nicht geschrieben werden (keine Berechtigung, oder sie ist in Word geöffnet).`);
  if (code === 'ENOENT') return new Abbruch(`Der Ordner für „${ziel}“ gibt es nicht.`);
  if (code === 'ENOSPC') return new Abbruch(`Kein Platz mehr auf dem Datenträger für „${ziel}“.`);
  return new Abbruch(`Die Datei „${ziel}“ konnte nicht geschrieben werden.`);
}

/** Reads and checks the user's template; its errors become one Abbruch with all their sentences. */
export async function ladeVorlagendatei(datei: string): Promise<Vorlage> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(datei));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Abbruch(code === 'ENOENT' ? `Die Vorlage „${datei}“ gibt es nicht.` : `Die Vorlage „${datei}“ konnte nicht gelesen werden.`);
  }
  try {
    return ladeVorlage(bytes);
  } catch (e) {
    if (e instanceof VorlageFehlerhaft)
      throw new Abbruch(
        `Die Vorlage „${datei}“ ist fehlerhaft; es wird nichts geschrieben:\n${e.fehler.map((f) => `  ${f.text}`).join('\n')}`,
      );
    throw e;
  }
}

/** Builds and writes one document in this thread. */
async function schreibeEines(a: Aufgabe, ueberschreiben: boolean, vorlage: Vorlage | null): Promise<void> {
  const bytes = vorlage
    ? await erzeugeAusVorlage(vorlage, a.vereinbarung, { entwurf: a.entwurf })
    : await erzeugeDokument(a.vereinbarung, { entwurf: a.entwurf });
  try {
    await writeFile(a.ziel, bytes, { flag: ueberschreiben ? 'w' : 'wx' });
  } catch (e) {
    throw schreibFehler(a.ziel, (e as NodeJS.ErrnoException).code);
  }
}

/** The compiled worker next to this file, when running from lib/ (not under ts-jest). */
function arbeiterDatei(): string | null {
  const datei = path.join(__dirname, 'dokumentArbeiter.js');
  return __filename.endsWith('.js') && existsSync(datei) ? datei : null;
}

/**
 * Number of worker threads (0: generate in this thread). A document is a filled template (about
 * 1 ms), less than a worker costs to start and to be sent the agreements: workers only when
 * ZIELPLANER_ARBEITER=n asks (at most 8), for benchmarks and diagnosis.
 */
function arbeiterAnzahl(): number {
  const vorgabe = process.env.ZIELPLANER_ARBEITER;
  if (vorgabe === undefined || !/^\d+$/.test(vorgabe) || arbeiterDatei() === null) return 0;
  return Math.min(Number(vorgabe), 8);
}

const FRUEHSTART_BYTES = 40 * 1024;

function groesse(datei: string): number {
  try {
    return statSync(datei).size;
  } catch {
    return 0;
  }
}

/** Worker threads, started before the checks run so that loading the builder overlaps them. */
class ArbeiterPool {
  readonly arbeiter: Worker[];
  constructor(anzahl: number, datei: string) {
    // A larger young generation: building a document makes much short-lived garbage (fewer scavenges).
    this.arbeiter = Array.from({ length: anzahl }, () => new Worker(datei, { resourceLimits: { maxYoungGenerationSizeMb: 64 } }));
  }
  async beende(): Promise<void> {
    await Promise.all(this.arbeiter.map((w) => w.terminate()));
  }
}

/** Writes all documents, in the pool's workers or in this thread; at most two documents in flight per worker. */
async function schreibeAlle(
  aufgaben: readonly Aufgabe[],
  ueberschreiben: boolean,
  schritt: (n: number) => void,
  pool: ArbeiterPool | null,
  vorlage: { readonly datei: string; readonly vorlage: Vorlage } | null,
): Promise<void> {
  let fertig = 0;
  if (pool === null || aufgaben.length === 0) {
    for (const a of aufgaben) {
      await schreibeEines(a, ueberschreiben, vorlage?.vorlage ?? null);
      schritt(++fertig);
    }
    return;
  }
  let naechste = 0;
  await new Promise<void>((fertigGemeldet, abgebrochen) => {
    let beendet = false;
    const scheitern = (e: Error): void => {
      if (beendet) return;
      beendet = true;
      abgebrochen(e);
    };
    const gib = (w: Worker): void => {
      if (beendet || naechste >= aufgaben.length) return;
      const nr = naechste++;
      const a = aufgaben[nr]!;
      w.postMessage({
        nr,
        vereinbarung: a.vereinbarung,
        ziel: a.ziel,
        ueberschreiben,
        entwurf: a.entwurf,
        vorlage: vorlage ? path.resolve(vorlage.datei) : null,
      } satisfies Auftrag);
    };
    for (const w of pool.arbeiter) {
      w.on('message', (antwort: Antwort) => {
        if (antwort.fehler !== undefined) {
          scheitern(schreibFehler(aufgaben[antwort.nr]!.ziel, antwort.code));
          return;
        }
        schritt(++fertig);
        if (fertig === aufgaben.length) {
          beendet = true;
          fertigGemeldet();
          return;
        }
        gib(w);
      });
      w.on('error', (e) => scheitern(new Abbruch(`Beim Erzeugen der Dokumente ist ein Fehler aufgetreten: ${e.message}`)));
      gib(w);
      gib(w);
    }
  });
}

/** --pdf: the PDFs beside the written documents; true when they could not be made (the sentence is on stderr). */
async function pdfDazu(aufgaben: readonly Aufgabe[], io: GenerierenIo): Promise<boolean> {
  if (aufgaben.length === 0) return false;
  try {
    const pdfs = await erstellePdfs(aufgaben.map((a) => a.ziel));
    io.stdout(
      pdfs.length === 1 ? `PDF/A geschrieben: ${pdfs[0]}\n` : `${pdfs.length} PDF/A-Dateien geschrieben nach ${path.dirname(pdfs[0]!)}\n`,
    );
    return false;
  } catch (e) {
    if (!(e instanceof PdfFehler)) throw e;
    io.stderr(`zielplaner: ${e.message}\n`);
    return true;
  }
}

export async function generiere(args: string[], io: GenerierenIo): Promise<number> {
  let pool: ArbeiterPool | null = null;
  try {
    const opt = zerlege(args);
    // the template is checked first: with an error nothing is read further and nothing written
    const vorlage = opt.vorlage === null ? null : { datei: opt.vorlage, vorlage: await ladeVorlagendatei(opt.vorlage) };
    // With workers asked for and a workbook this large (a batch): start them now, so that loading the
    // document builder in them overlaps reading the workbook here (a single agreement is about 12 KB).
    const anzahlArbeiter = arbeiterAnzahl();
    if (anzahlArbeiter > 0 && groesse(opt.mappe) > FRUEHSTART_BYTES) pool = new ArbeiterPool(anzahlArbeiter, arbeiterDatei()!);
    const mappe = await leseMappe(opt.mappe);
    if (!pool && anzahlArbeiter > 0) pool = new ArbeiterPool(anzahlArbeiter, arbeiterDatei()!);
    const ergebnisse = pruefe(mappe, opt.mappe);

    const mitFehlern = ergebnisse.filter((r) => hatFehler(r.befunde));
    for (const r of mitFehlern) {
      const fehler = r.befunde.filter((b) => b.severity === 'error');
      const folge = opt.allowErrors ? 'das Dokument wird trotzdem erzeugt (--allow-errors)' : 'kein Dokument erzeugt';
      io.stderr(
        `${bezeichnung(r.vereinbarung)}: ${fehler.length} ${fehler.length === 1 ? 'Fehler' : 'Fehler'} – ${folge}:\n${fehler.map(befundZeile).join('\n')}\n`,
      );
    }
    const zuSchreiben = new Set(opt.allowErrors ? ergebnisse : ergebnisse.filter((r) => !hatFehler(r.befunde)));
    const alleZiele = ziele(
      ergebnisse.map((r) => r.vereinbarung),
      opt,
    );
    const aufgaben: Aufgabe[] = [];
    ergebnisse.forEach((r, i) => {
      if (zuSchreiben.has(r)) aufgaben.push({ vereinbarung: r.vereinbarung, ziel: alleZiele[i]!, entwurf: hatFehler(r.befunde) });
    });
    if (vorlage && aufgaben.some((a) => path.resolve(a.ziel) === path.resolve(vorlage.datei)))
      throw new Abbruch(
        `Die Vorlage „${vorlage.datei}“ würde mit einer Vereinbarung überschrieben. Wählen Sie mit --out einen anderen Ort.`,
      );

    if (!opt.force) {
      const vorhanden = aufgaben.flatMap((a) => (opt.pdf ? [a.ziel, pdfZiel(a.ziel)] : [a.ziel])).filter((z) => existsSync(z));
      if (vorhanden.length > 0) {
        const liste =
          vorhanden
            .slice(0, 3)
            .map((z) => `„${z}“`)
            .join(', ') + (vorhanden.length > 3 ? ` und ${vorhanden.length - 3} weitere` : '');
        throw new Abbruch(
          `${vorhanden.length === 1 ? 'Die Datei' : 'Die Dateien'} ${liste} ${vorhanden.length === 1 ? 'gibt' : 'gibt'} es schon; es wird nichts überschrieben. Überschreiben Sie mit --force oder wählen Sie mit --out einen anderen Ort.`,
        );
      }
    }
    if (aufgaben.length > 0) {
      const ordner = path.dirname(aufgaben[0]!.ziel);
      try {
        await mkdir(ordner, { recursive: true });
      } catch {
        throw new Abbruch(`Der Ordner „${ordner}“ konnte nicht angelegt werden.`);
      }
    }

    const balken = fortschritt(io, aufgaben.length);
    try {
      await schreibeAlle(aufgaben, opt.force, balken.schritt, pool, vorlage);
    } finally {
      balken.ende();
    }

    if (aufgaben.length === 1) io.stdout(`Zielvereinbarung geschrieben: ${aufgaben[0]!.ziel}\n`);
    else if (aufgaben.length > 1) io.stdout(`${aufgaben.length} Zielvereinbarungen geschrieben nach ${path.dirname(aufgaben[0]!.ziel)}\n`);
    const pdfFehlt = opt.pdf ? await pdfDazu(aufgaben, io) : false;
    if (mitFehlern.length > 0 && !opt.allowErrors) {
      io.stderr(
        `${mitFehlern.length} von ${ergebnisse.length} ${ergebnisse.length === 1 ? 'Vereinbarung hat' : 'Vereinbarungen haben'} Fehler; dafür wurde kein Dokument erzeugt. Beheben Sie die Fehler (zielplaner validate zeigt alle Befunde) oder erzwingen Sie die Dokumente mit --allow-errors.\n`,
      );
    }
    return pdfFehlt ? 2 : mitFehlern.length > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof Abbruch) {
      io.stderr(`zielplaner: ${e.message}\n`);
      return 2;
    }
    io.stderr(`zielplaner: Unerwarteter Fehler beim Erzeugen: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  } finally {
    await pool?.beende();
  }
}
