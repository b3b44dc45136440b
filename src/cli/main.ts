/**
 * The command line `zielplaner`: template, validate, generate, vorlage, nachhalten. A thin front end over the core: it
 * reads files, calls pruefeMappe, prints German text and returns the exit status
 * (0 no errors, 1 at least one error finding, 2 input that cannot be used at all).
 */
import { existsSync, realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTEN, type Art } from '../catalogue/felder';
import { hatFehler, UnbrauchbareDatei, type Pruefergebnis } from '../model/vereinbarung';
import { berichtJson, berichtText } from './bericht';
import { Abbruch, leseMappe, leseMappeUndBytes, pruefe } from './datei';
import { istOdsPaket } from '../xlsx/odsKopie';

export { Abbruch };

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
  readonly breite: number;
}

export const HILFE = `Zielplaner – Zielvereinbarungen nach § 48b SGB II planen, prüfen und erzeugen

Aufruf:
  zielplaner template [--art gE|gE-kT|zkT] [--jahr 2026] [--out Planung.xlsx] [--force]
      legt ein Planungsblatt mit allen Namen der gewählten Art an; das Zieljahr ist
      das nächste Jahr, wenn --jahr fehlt
  zielplaner template --folgejahr <arbeitsmappe.xlsx> [--out Planung_2025.xlsx] [--force]
      legt das Planungsblatt des Folgejahres an: Parteien und Listen übernommen,
      Vorjahreswerte aus dem Dezemberwert von ZV_Ist
  zielplaner validate <arbeitsmappe.xlsx|.xlsm|.ods|-> [--json] [--out <geprüft.xlsx|.xlsm|.ods>] [--force]
      prüft die Arbeitsmappe und zeigt alle Befunde mit Zelle und Meldung; mit --out
      zusätzlich eine geprüfte Kopie (Befunde als Kommentare, sonst unverändert) im
      Format der Arbeitsmappe: eine .ods ergibt wieder eine .ods
  zielplaner generate <arbeitsmappe.xlsx> [--out <datei.docx | ordner>] [--vorlage <vorlage.docx>]
                      [--pdf] [--force] [--allow-errors]
      erzeugt die Zielvereinbarung(en) als Word-Dokument; mit --vorlage aus Ihrer eigenen
      Word-Vorlage mit Feldern wie {ZV_Jahr} (siehe Anleitung, „Eigene Vorlagen“); mit --pdf
      daneben je ein PDF/A-2b (braucht LibreOffice; fehlt es, bleiben die Word-Dokumente,
      Rückgabewert 2)
  zielplaner vorlage [--art gE|gE-kT|zkT] [--jahr 2026] --out <vorlage.docx> [--force]
      schreibt das eingebaute Layout der Art im Wortlaut des Jahres als Word-Vorlage
      zum Bearbeiten (Abschnitte verschieben, Überschriften ändern, Briefkopf); generate
      --vorlage füllt sie
  zielplaner nachhalten <arbeitsmappe.xlsx> [--json] [--out bericht.docx] [--force]
      vergleicht die Monatswerte aus ZV_Ist mit dem Soll (Zielnachhaltung) und schreibt
      auf Wunsch den Zielerreichungsbericht

Rückgabewerte: 0 keine Fehler (Warnungen erlaubt), 1 mindestens ein Fehler,
2 die Eingabe ist nicht verwendbar (keine Arbeitsmappe, keine ZV_-Namen).
`;

export interface Argumente {
  readonly positionen: string[];
  readonly optionen: Map<string, string | true>;
}

const MIT_WERT = new Set(['--art', '--out', '--jahr', '--folgejahr']);

export function zerlegeArgumente(args: readonly string[], erlaubt: readonly string[]): Argumente {
  const positionen: string[] = [];
  const optionen = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      positionen.push(a);
      continue;
    }
    const [name, inline] = a.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!erlaubt.includes(name)) throw new Abbruch(`Unbekannte Option „${name}“. Erlaubt sind hier: ${erlaubt.join(', ') || 'keine'}.`);
    if (MIT_WERT.has(name)) {
      const wert = inline ?? args[++i];
      if (wert === undefined || wert.startsWith('--')) throw new Abbruch(`Die Option ${name} braucht einen Wert.`);
      optionen.set(name, wert);
    } else {
      optionen.set(name, true);
    }
  }
  return { positionen, optionen };
}

/** Reads and checks a workbook file; unusable input becomes an `Abbruch` with a German sentence. */
export async function pruefeDatei(datei: string): Promise<Pruefergebnis[]> {
  return pruefe(await leseMappe(datei), datei);
}

async function validate(args: readonly string[], io: Io): Promise<number> {
  const a = zerlegeArgumente(args, ['--json', '--out', '--force']);
  const datei = a.positionen[0];
  if (!datei || a.positionen.length > 1)
    throw new Abbruch('Aufruf: zielplaner validate <arbeitsmappe.xlsx> [--json] [--out <geprüft.xlsx>] [--force]');
  const ziel = a.optionen.get('--out');
  if (ziel !== undefined) pruefeZiel(datei, String(ziel), a.optionen.has('--force'));
  // read once: standard input cannot be read again for the copy
  const { mappe, bytes } = await leseMappeUndBytes(datei);
  const ergebnisse = pruefe(mappe, datei);
  if (ziel !== undefined) pruefeEndung(bytes, String(ziel));
  // the copy is made before anything is printed, so that a file it cannot be made for stops with one sentence
  const kopie = ziel !== undefined ? await macheKopie(bytes, datei, ergebnisse) : null;
  io.stdout(
    a.optionen.has('--json') ? `${JSON.stringify(berichtJson(datei, ergebnisse), null, 2)}\n` : berichtText(datei, ergebnisse, io.breite),
  );
  if (ziel !== undefined && kopie) {
    try {
      await writeFile(String(ziel), kopie);
    } catch {
      throw new Abbruch(
        `Die Datei „${String(ziel)}“ konnte nicht geschrieben werden (Ordner vorhanden? Schreibrechte? In Excel geöffnet?).`,
      );
    }
    // stdout stays the JSON object alone with --json
    (a.optionen.has('--json') ? io.stderr : io.stdout)(`Geprüfte Kopie geschrieben: ${String(ziel)}\n`);
  }
  return ergebnisse.some((r) => hatFehler(r.befunde)) ? 1 : 0;
}

/** The checked copy has the input's format (.ods stays .ods): a name with the other format's ending would mislead. */
function pruefeEndung(bytes: Uint8Array, ziel: string): void {
  const ods = istOdsPaket(bytes);
  if (ods && !/\.ods$/i.test(ziel)) {
    throw new Abbruch(
      `Die geprüfte Kopie einer OpenDocument-Tabelle ist wieder eine .ods-Datei, „${ziel}“ hat aber eine andere Endung. Wählen Sie mit --out einen Namen mit der Endung .ods, z. B. „${ziel.replace(/\.[^./\\]*$/, '')}.ods“.`,
    );
  }
  if (!ods && /\.ods$/i.test(ziel)) {
    throw new Abbruch(
      `Die geprüfte Kopie einer Excel-Arbeitsmappe ist wieder eine Excel-Arbeitsmappe, „${ziel}“ hat aber die Endung .ods. Wählen Sie mit --out einen Namen mit der Endung .xlsx (bei einer Arbeitsmappe mit Makros .xlsm).`,
    );
  }
}

/** The checked copy never replaces the input, and an existing file only with --force. */
function pruefeZiel(datei: string, ziel: string, force: boolean): void {
  const echt = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  if (echt(ziel) === echt(datei)) {
    throw new Abbruch(`Die geprüfte Kopie darf die Arbeitsmappe „${datei}“ nicht ersetzen. Wählen Sie mit --out einen anderen Dateinamen.`);
  }
  if (existsSync(ziel) && !force) {
    throw new Abbruch(
      `Die Datei „${ziel}“ gibt es schon; sie wird nicht überschrieben. Wählen Sie mit --out einen anderen Namen oder überschreiben Sie mit --force.`,
    );
  }
}

async function macheKopie(bytes: Uint8Array, datei: string, ergebnisse: readonly Pruefergebnis[]): Promise<Uint8Array> {
  const { schreibeGepruefteMappe } = await import('../xlsx/gepruefteKopie');
  try {
    return await schreibeGepruefteMappe(bytes, ergebnisse);
  } catch (e) {
    if (e instanceof UnbrauchbareDatei) throw new Abbruch(e.message);
    throw new Abbruch(`Für „${datei}“ konnte keine geprüfte Kopie geschrieben werden.`);
  }
}

async function template(args: readonly string[], io: Io): Promise<number> {
  const a = zerlegeArgumente(args, ['--art', '--out', '--jahr', '--force', '--folgejahr']);
  const vorjahr = a.optionen.get('--folgejahr');
  if (typeof vorjahr === 'string') {
    const { folgejahrBefehl } = await import('./folgejahr');
    const out = a.optionen.get('--out');
    return folgejahrBefehl(vorjahr, { force: a.optionen.has('--force'), ...(typeof out === 'string' ? { out } : {}) }, io.stdout);
  }
  if (a.positionen.length > 0)
    throw new Abbruch(
      `Unerwartetes Argument „${a.positionen[0]}“. Aufruf: zielplaner template [--art gE|gE-kT|zkT] [--jahr 2027] [--out Planung.xlsx]`,
    );
  const artText = String(a.optionen.get('--art') ?? 'gE');
  const art = ARTEN.find((x) => x.toLowerCase() === artText.toLowerCase());
  if (!art) throw new Abbruch(`Unbekannte Art „${artText}“. Erlaubt sind: ${ARTEN.join(', ')}.`);
  const jahrText = a.optionen.get('--jahr');
  const jahr = jahrText === undefined ? undefined : Number(jahrText);
  if (jahr !== undefined && (!Number.isInteger(jahr) || jahr < 2011 || jahr > 2060))
    throw new Abbruch(`„${String(jahrText)}“ ist kein plausibles Zieljahr (2011 bis 2060).`);
  const ziel = String(a.optionen.get('--out') ?? 'Planung.xlsx');
  if (existsSync(ziel) && !a.optionen.has('--force')) {
    throw new Abbruch(
      `Die Datei „${ziel}“ gibt es schon; sie wird nicht überschrieben. Wählen Sie mit --out einen anderen Namen oder überschreiben Sie mit --force.`,
    );
  }
  const { bytes, zieljahr } = await erzeugeVorlageFuer(art as Art, jahr);
  try {
    await writeFile(ziel, bytes);
  } catch {
    throw new Abbruch(`Die Datei „${ziel}“ konnte nicht geschrieben werden (Ordner vorhanden? Schreibrechte? In Excel geöffnet?).`);
  }
  io.stdout(`Planungsblatt für die Art ${art} und das Zieljahr ${zieljahr} geschrieben: ${ziel}\n`);
  return 0;
}

/** The template of the kind for the given year, next year by default. */
async function erzeugeVorlageFuer(art: Art, jahr: number | undefined): Promise<{ bytes: Uint8Array; zieljahr: number }> {
  const { erzeugeVorlage, naechstesZieljahr } = await import('../xlsx/vorlage');
  const zieljahr = jahr ?? naechstesZieljahr();
  return { bytes: await erzeugeVorlage(art, zieljahr), zieljahr };
}

const VORLAGE_AUFRUF = 'Aufruf: zielplaner vorlage [--art gE|gE-kT|zkT] [--jahr 2027] --out <vorlage.docx> [--force]';

/** `zielplaner vorlage`: the built-in layout of a kind and year as an editable Word template. */
async function vorlage(args: readonly string[], io: Io): Promise<number> {
  const a = zerlegeArgumente(args, ['--art', '--out', '--jahr', '--force']);
  if (a.positionen.length > 0) throw new Abbruch(`Unerwartetes Argument „${a.positionen[0]}“. ${VORLAGE_AUFRUF}`);
  const ziel = a.optionen.get('--out');
  if (typeof ziel !== 'string') throw new Abbruch(`Wohin soll die Vorlage? Geben Sie mit --out einen Dateinamen an. ${VORLAGE_AUFRUF}`);
  if (!/\.docx$/i.test(ziel))
    throw new Abbruch(`Eine Vorlage ist ein Word-Dokument: „${ziel}“ braucht die Endung .docx. ${VORLAGE_AUFRUF}`);
  const artText = String(a.optionen.get('--art') ?? 'gE');
  const art = ARTEN.find((x) => x.toLowerCase() === artText.toLowerCase());
  if (!art) throw new Abbruch(`Unbekannte Art „${artText}“. Erlaubt sind: ${ARTEN.join(', ')}.`);
  const jahrText = a.optionen.get('--jahr');
  const { naechstesZieljahr } = await import('../xlsx/vorlage');
  const jahr = jahrText === undefined ? naechstesZieljahr() : Number(jahrText);
  if (!Number.isInteger(jahr) || jahr < 2011 || jahr > 2060)
    throw new Abbruch(`„${String(jahrText)}“ ist kein plausibles Zieljahr (2011 bis 2060).`);
  if (existsSync(ziel) && !a.optionen.has('--force')) {
    throw new Abbruch(
      `Die Datei „${ziel}“ gibt es schon; sie wird nicht überschrieben. Wählen Sie mit --out einen anderen Namen oder überschreiben Sie mit --force.`,
    );
  }
  const { eingebauteVorlage } = await import('../document/vorlage/eingebaut');
  const { fassung } = await import('../document/wortlaut');
  const bytes = await eingebauteVorlage(art as Art, jahr);
  try {
    await writeFile(ziel, bytes);
  } catch {
    throw new Abbruch(`Die Datei „${ziel}“ konnte nicht geschrieben werden (Ordner vorhanden? Schreibrechte? In Word geöffnet?).`);
  }
  io.stdout(`Vorlage für die Art ${art} und das Jahr ${jahr} (Wortlaut ${fassung({ jahr })}) geschrieben: ${ziel}\n`);
  return 0;
}

async function nachhalten(args: readonly string[], io: Io): Promise<number> {
  const a = zerlegeArgumente(args, ['--json', '--out', '--force']);
  const datei = a.positionen[0];
  if (!datei || a.positionen.length > 1)
    throw new Abbruch('Aufruf: zielplaner nachhalten <arbeitsmappe.xlsx> [--json] [--out bericht.docx] [--force]');
  const out = a.optionen.get('--out');
  const { nachhaltenBefehl } = await import('./nachhalten');
  return nachhaltenBefehl(
    datei,
    { json: a.optionen.has('--json'), force: a.optionen.has('--force'), ...(typeof out === 'string' ? { out } : {}) },
    io,
  );
}

async function generate(args: readonly string[], io: Io): Promise<number> {
  const { generiere } = await import('./generieren');
  return generiere([...args], { stdout: io.stdout, stderr: io.stderr, isTTY: io.isTTY });
}

export async function fuehreAus(args: readonly string[], io: Io): Promise<number> {
  const [befehl, ...rest] = args;
  try {
    switch (befehl) {
      case 'validate':
        return await validate(rest, io);
      case 'template':
        return await template(rest, io);
      case 'generate':
        return await generate(rest, io);
      case 'nachhalten':
        return await nachhalten(rest, io);
      case 'vorlage':
        return await vorlage(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        // asked for: the help is the output (stdout, 0); without a command it explains a wrong call (stderr, 2)
        if (befehl === undefined) {
          io.stderr(HILFE);
          return 2;
        }
        io.stdout(HILFE);
        return 0;
      default:
        throw new Abbruch(
          `Unbekannter Befehl „${befehl}“. Erlaubt sind: template, validate, generate, vorlage, nachhalten (zielplaner --help zeigt die Hilfe).`,
        );
    }
  } catch (e) {
    if (e instanceof Abbruch) {
      io.stderr(`zielplaner: ${e.message}\n`);
      return 2;
    }
    io.stderr(`zielplaner: Unerwarteter Fehler: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

/**
 * Output into a closed pipe (`zielplaner validate … --json | head -4`) ends quietly: once a stream
 * reports EPIPE nothing more is written to it, and the exit status stays the one the results give.
 */
function ruhigBeiGeschlossenerLeitung(strom: NodeJS.WriteStream): (text: string) => void {
  let geschlossen = false;
  strom.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') geschlossen = true;
    else throw e;
  });
  return (text) => {
    if (!geschlossen && !strom.destroyed) strom.write(text);
  };
}

export async function main(args: readonly string[]): Promise<number> {
  return fuehreAus(args, {
    stdout: ruhigBeiGeschlossenerLeitung(process.stdout),
    stderr: ruhigBeiGeschlossenerLeitung(process.stderr),
    isTTY: Boolean(process.stderr.isTTY),
    breite: process.stdout.columns || 100,
  });
}
