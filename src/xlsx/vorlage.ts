/**
 * The planning template (Planungsblatt), built with exceljs from the field catalogue: one labelled
 * row per field of the chosen kind, each value cell bound to its workbook-scoped defined name, the
 * lists as Excel tables on a second sheet. Runs in Node and in the browser (no node:fs).
 *
 * Percent values are plain numbers: 19,5 % is the number 19.5 with format `0.0` and the unit "%"
 * in the column beside it, never 0.195 with a `%` format. That keeps what the controller types
 * (19,5) identical to what the agreement prints and what every reader gets back (19.5).
 *
 * Derived cells carry Excel formulas applying the same Planwert rules as src/rules, guarded with
 * IF(ISNUMBER(…)) so empty inputs give empty results. exceljs does not calculate: a formula is
 * written with a cached result only when the caller passes one (`ergebnisse`, e.g. values derived
 * by the core for the examples); Excel recalculates on opening (fullCalcOnLoad).
 *
 * A formula cell saved by Excel carries its result, and every reader (which sees results, not
 * formulas) then takes it as an entered value; the core checks it against its own derivation, which
 * agrees because the formulas are the same rules (test/xlsx/libreoffice.test.ts).
 */
import * as ExcelJS from 'exceljs';
import {
  FELD,
  FELDER,
  LISTEN,
  feldname,
  findeFeld,
  type Art,
  type Feld,
  type Geschlecht,
  type Gruppe,
  type Kennzahl,
  type Liste,
  type Teil,
} from '../catalogue/felder';
import type { Wert } from '../model/vereinbarung';
import { INT_FELDER } from '../rules/integrationen';
import { spaltenName } from '../lesen/port';
import { baueNachhaltungsblatt } from './vorlageNachhaltung';
import JSZip from 'jszip';

/**
 * Repacks an .xlsx written by exceljs: [Content_Types].xml first, no directory entries, and with
 * `datum` one fixed date for every entry, so that rebuilding a file (the committed examples) gives
 * the same bytes.
 */
export async function packeXlsx(bytes: Uint8Array, datum?: Date): Promise<Uint8Array> {
  const alt = await JSZip.loadAsync(bytes);
  const neu = new JSZip();
  const namen = Object.keys(alt.files).filter((p) => !alt.files[p]!.dir);
  namen.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const p of namen) neu.file(p, await alt.files[p]!.async('uint8array'), { date: datum ?? alt.files[p]!.date, createFolders: false });
  return neu.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Fill colours: input, computed-but-may-be-overwritten, computed. */
export const FARBE_EINGABE = 'FFFFF2CC';
export const FARBE_VORSCHLAG = 'FFE2EFDA';
export const FARBE_BERECHNET = 'FFD9D9D9';
const FARBE_GRUPPE = 'FFDDEBF7';

export const BLATT_PLANUNG = 'Planung';
export const BLATT_ZIELE = 'Ziele';

const ART_TEXT: Record<Art, string> = {
  gE: 'gemeinsame Einrichtung: Agentur für Arbeit und Jobcenter (§ 48b Abs. 1 S. 1 Nr. 2 SGB II)',
  'gE-kT': 'gemeinsame Einrichtung mit kommunalem Träger als drittem Partner (§ 48b Abs. 1 S. 1 Nr. 2 SGB II)',
  zkT: 'zugelassener kommunaler Träger und Land (§ 48b Abs. 1 S. 1 Nr. 4 SGB II)',
};

export type ListenZeile = readonly (string | number | null)[];

export interface MappenOptionen {
  readonly art: Art;
  /** Entered values by field name; a value for a formula cell replaces the formula (as a user would). */
  readonly werte?: Readonly<Record<string, Wert | null | undefined>>;
  /** Cached results for formula cells by field name (e.g. derived by the core). */
  readonly ergebnisse?: Readonly<Record<string, Wert | undefined>>;
  /** List rows by list name, cells in the catalogue's column order. */
  readonly listen?: Readonly<Record<string, readonly ListenZeile[]>>;
  /** Name of the sheet with the single fields (default "Planung"). */
  readonly blatt?: string;
  /** Name of the sheet with the lists (default "Ziele"). */
  readonly listenBlatt?: string;
  /** Lists as defined names over a range with a header row instead of Excel tables. */
  readonly listenAlsBereich?: boolean;
  /** Creation date of the workbook (and its zip entries): fixed for reproducible files. */
  readonly erstellt?: Date;
}

type Zellrolle = 'eingabe' | 'vorschlag' | 'berechnet';

const KENNZAHL = /^ZV_(IQ|LZB)_(VJ|Veraenderung|Ziel)_(Frauen|Maenner|Gesamt)$/;

/** A catalogue field's name, checked against the catalogue (no second list of names). */
function n(name: string): string {
  const f = findeFeld(name);
  if (!f) throw new Error(`Field ${name} is not in the catalogue`);
  return f.name;
}

const zahl = (x: string): string => `ISNUMBER(${x})`;

/**
 * The Excel formula of a derived cell (without the leading "="), or null for an input cell.
 * Same rules as src/rules: Ziel = VJ × (1 + V/100); V = (Ziel/VJ − 1) × 100; IQ total as the
 * eLb-weighted mean (else with w = (IQ_M,VJ − IQ_T,VJ)/(IQ_M,VJ − IQ_F,VJ)); LZB total = F + M; integrations total = F + M.
 * Like the core, the formulas derive from unrounded values: the cells' number formats (0.0, #,##0)
 * round for display only, so a total is not computed from rounded parts (Kaiserslautern: IQ gesamt
 * 19,878 → −0,6 %, whereas the rounded 19,9 would give −0,5 %). The one ROUND is the LZB target per
 * gender: a stock of persons is whole (Planwert rule 3), and the LZB total is their sum.
 */
export function formelFuer(feld: Feld): string | null {
  if (feld.name === INT_FELDER.Gesamt) {
    // integration counts add up like stocks (src/rules/integrationen.ts)
    return `IF(AND(${zahl(INT_FELDER.Frauen)},${zahl(INT_FELDER.Maenner)}),${INT_FELDER.Frauen}+${INT_FELDER.Maenner},"")`;
  }
  const m = KENNZAHL.exec(feld.name);
  if (!m) return null;
  const [, k, teil, g] = m as unknown as [string, Kennzahl, Teil, Geschlecht];
  const vj = n(feldname(k, 'VJ', g));
  const v = n(feldname(k, 'Veraenderung', g));
  const ziel = n(feldname(k, 'Ziel', g));
  if (g !== 'Gesamt') {
    // an LZB target is a whole number of persons (Planwert rule 3); a saved unrounded stock would
    // read back as an entered value that is not whole
    if (teil === 'Ziel') {
      const ziel0 = `${vj}*(1+${v}/100)`;
      return `IF(AND(${zahl(vj)},${zahl(v)}),${k === 'LZB' ? `ROUND(${ziel0},0)` : ziel0},"")`;
    }
    return null;
  }
  const f = (t: Teil): string => n(feldname(k, t, 'Frauen'));
  const mm = (t: Teil): string => n(feldname(k, t, 'Maenner'));
  if (teil === 'Veraenderung') return `IF(AND(${zahl(ziel)},${zahl(vj)}),IF(${vj}>0,(${ziel}/${vj}-1)*100,""),"")`;
  if (k === 'LZB') {
    if (teil === 'VJ') return `IF(AND(${zahl(f('VJ'))},${zahl(mm('VJ'))}),${f('VJ')}+${mm('VJ')},"")`;
    return `IF(AND(${zahl(f('Ziel'))},${zahl(mm('Ziel'))}),${f('Ziel')}+${mm('Ziel')},"")`;
  }
  if (teil === 'VJ') return null; // the IQ total of the previous year is published, not derived
  const zF = f('Ziel');
  const zM = mm('Ziel');
  const eF = n(FELD.ZV_eLb_Frauen);
  const eM = n(FELD.ZV_eLb_Maenner);
  const vF = f('VJ');
  const vM = mm('VJ');
  const w = `(${vM}-${vj})/(${vM}-${vF})`;
  return (
    `IF(AND(${zahl(zF)},${zahl(zM)}),` +
    `IF(AND(${zahl(eF)},${zahl(eM)}),IF(${eF}+${eM}>0,(${eF}*${zF}+${eM}*${zM})/(${eF}+${eM}),""),` +
    `IF(AND(${zahl(vF)},${zahl(vM)},${zahl(vj)}),IF(${vM}<>${vF},${w}*${zF}+(1-${w})*${zM},""),"")),"")`
  );
}

function zellrolle(feld: Feld): Zellrolle {
  if (!formelFuer(feld)) return 'eingabe';
  return feld.rolle === 'abgeleitet' ? 'berechnet' : 'vorschlag';
}

function fuellung(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

const RAHMEN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

function absolut(blatt: string, spalte: number, zeile: number): string {
  const q = /^[A-Za-z_][A-Za-z0-9_]*$/.test(blatt) ? blatt : `'${blatt.replace(/'/g, "''")}'`;
  return `${q}!$${spaltenName(spalte)}$${zeile}`;
}

function einheitText(f: Feld): string {
  return f.einheit ?? '';
}

/** One short line each, so that the block beside the fields needs no row heights of its own. */
const HINWEISE: readonly string[] = [
  'So füllen Sie das Planungsblatt aus',
  '1. Gelbe Zellen sind Eingaben. Zahlen ohne Einheit eintragen: 19,5 für 19,5 %; 4242 für 4.242 Personen.',
  '2. Je Geschlecht genügt die Veränderung in % oder der Zielwert.',
  '    Grüne Zellen berechnen den Zielwert aus Vorjahr und Veränderung.',
  '    Ist der Zielwert direkt vereinbart, überschreiben Sie die Formel mit dem Wert.',
  '3. Graue Zellen (gesamt, nachrichtlich) berechnet das Blatt:',
  '    Integrationsquote gesamt = mit dem eLb-Bestand gewichtetes Mittel von Frauen und Männern,',
  '    LZB-Bestand gesamt = Frauen + Männer.',
  '4. Veränderungen sind relativ zum Vorjahr, nicht in Prozentpunkten (20,0 → 19,9 ist −0,5 %).',
  '5. Lokale, kommunale und weitere Ziele auf dem Blatt „Ziele“ eintragen, ein Ziel je Zeile.',
  '6. Die Namen in Spalte D verbinden die Zellen mit Zielplaner; bitte nicht umbenennen.',
  '    Prüfen: im Add-in „Zielplaner“ oder mit „npx zielplaner validate Datei.xlsx“.',
];

/** Excel does not fit row heights to wrapped text written by a library: estimate them (Calibri 11). */
export function zeilenhoehe(zellen: readonly { text: string; breite: number }[], mindestens = 15): number {
  let zeilen = 1;
  for (const { text, breite } of zellen) {
    const proZeile = Math.max(1, Math.floor(breite * 1.15));
    const n = text.split('\n').reduce((summe, absatz) => summe + Math.max(1, Math.ceil(absatz.length / proZeile)), 0);
    zeilen = Math.max(zeilen, n);
  }
  return Math.min(409, Math.max(mindestens, zeilen * 15 + 3));
}

/** Column widths of the lists' sheet: per column position the widest use among the kind's lists. */
function listenBreiten(listen: readonly Liste[]): number[] {
  const breite = (typ: string, name: string): number => (typ === 'zahl' ? 12 : typ === 'vergleich' ? 14 : name === 'Ziel' ? 36 : 70);
  const out: number[] = [];
  for (const l of listen) l.spalten.forEach((sp, i) => (out[i] = Math.max(out[i] ?? 0, breite(sp.typ, sp.name))));
  return out;
}

function baueListe(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  liste: Liste,
  zeile: number,
  zeilen: readonly ListenZeile[],
  alsBereich: boolean,
): number {
  const titel = ws.getCell(zeile, 1);
  titel.value = liste.bezeichnung;
  titel.font = { name: 'Calibri', bold: true, size: 12 };
  const erklaerung = ws.getCell(zeile + 1, 1);
  erklaerung.value = liste.spalten.map((s) => `${s.name}: ${s.bezeichnung}${s.pflicht ? '' : ' (optional)'}`).join(' · ');
  erklaerung.font = { name: 'Calibri', size: 11, italic: true, color: { argb: 'FF595959' } };
  const kopf = zeile + 2;
  const daten = zeilen.length > 0 ? zeilen : [liste.spalten.map(() => null), liste.spalten.map(() => null), liste.spalten.map(() => null)];
  const breite = liste.spalten.length;
  const normiert = daten.map((r) => liste.spalten.map((_, i) => r[i] ?? null));
  if (alsBereich) {
    liste.spalten.forEach((s, i) => {
      const c = ws.getCell(kopf, i + 1);
      c.value = s.name;
      c.font = { name: 'Calibri', size: 11, bold: true };
      c.fill = fuellung(FARBE_GRUPPE);
      c.border = RAHMEN;
    });
    normiert.forEach((r, j) => {
      r.forEach((w, i) => {
        const c = ws.getCell(kopf + 1 + j, i + 1);
        c.value = w;
        c.border = RAHMEN;
      });
    });
    wb.definedNames.add(`${absolut(ws.name, 1, kopf)}:$${spaltenName(breite)}$${kopf + normiert.length}`, liste.name);
  } else {
    ws.addTable({
      name: liste.name,
      displayName: liste.name,
      ref: `A${kopf}`,
      headerRow: true,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: liste.spalten.map((s) => ({ name: s.name, filterButton: true })),
      rows: normiert.map((r) => [...r]),
    });
  }
  const breiten = listenBreiten([liste]);
  for (let j = 0; j < normiert.length; j++) {
    const texte = normiert[j]!.map((w, i) => ({
      text: w === null ? '' : String(w),
      breite: ws.getColumn(i + 1).width ?? breiten[i] ?? 10,
    }));
    ws.getRow(kopf + 1 + j).height = zeilenhoehe(texte, zeilen.length > 0 ? 15 : 30);
    for (let i = 0; i < breite; i++) {
      const c = ws.getCell(kopf + 1 + j, i + 1);
      c.alignment = { wrapText: true, vertical: 'top' };
      c.fill = fuellung(FARBE_EINGABE);
      const spalte = liste.spalten[i]!;
      if (spalte.typ === 'vergleich') {
        c.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: ['"<=,>=,="'],
          showErrorMessage: true,
          errorTitle: 'Ungültiger Vergleich',
          error: 'Wählen Sie <=, >= oder = aus der Liste.',
        };
      }
      if (spalte.typ === 'zahl') c.numFmt = '#,##0.##';
    }
  }
  return kopf + normiert.length + 2;
}

/** The sheet row of every field (after writing), for callers that want to place extra content. */
export interface Planungsmappe {
  readonly workbook: ExcelJS.Workbook;
  readonly zeilen: ReadonlyMap<string, number>;
}

/** Builds the planning workbook in memory (see `MappenOptionen`). */
export function bauePlanungsmappe(o: MappenOptionen): Planungsmappe {
  const { art } = o;
  const werte = o.werte ?? {};
  const ergebnisse = o.ergebnisse ?? {};
  for (const name of [...Object.keys(werte), ...Object.keys(ergebnisse)]) {
    const f = findeFeld(name);
    if (!f || !f.arten.includes(art)) throw new Error(`Field ${name} does not belong to kind ${art}`);
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zielplaner';
  wb.calcProperties = { fullCalcOnLoad: true };
  if (o.erstellt) {
    wb.created = o.erstellt;
    wb.modified = o.erstellt;
  }
  const blatt = o.blatt ?? BLATT_PLANUNG;
  const ws = wb.addWorksheet(blatt, { views: [{ state: 'frozen', ySplit: 4, xSplit: 0 }] });
  ws.columns = [{ width: 46 }, { width: 40 }, { width: 10 }, { width: 30 }, { width: 3 }, { width: 95 }];
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

  ws.getCell('A1').value = 'Planungsblatt Zielvereinbarung nach § 48b SGB II';
  ws.getCell('A1').font = { name: 'Calibri', bold: true, size: 14 };
  ws.getCell('A2').value = `Art: ${art} – ${ART_TEXT[art]}`;
  ws.getCell('A2').font = { name: 'Calibri', size: 11, italic: true };
  ['Angabe', 'Wert', 'Einheit', 'Name (für Zielplaner)'].forEach((t, i) => {
    const c = ws.getCell(4, i + 1);
    c.value = t;
    c.font = { name: 'Calibri', size: 11, bold: true };
    c.border = { bottom: { style: 'medium' } };
  });

  const zeilen = new Map<string, number>();
  let zeile = 5;
  let gruppe: Gruppe | null = null;
  for (const feld of FELDER.filter((f) => f.arten.includes(art))) {
    if (feld.gruppe !== gruppe) {
      if (gruppe !== null) zeile++;
      gruppe = feld.gruppe;
      for (let i = 1; i <= 4; i++) ws.getCell(zeile, i).fill = fuellung(FARBE_GRUPPE);
      ws.getCell(zeile, 1).value = gruppe;
      ws.getCell(zeile, 1).font = { name: 'Calibri', size: 11, bold: true };
      zeile++;
    }
    zeilen.set(feld.name, zeile);
    ws.getCell(zeile, 1).value = feld.bezeichnung + (feld.pflicht.includes(art) ? ' *' : '');
    ws.getCell(zeile, 3).value = einheitText(feld);
    const nameZelle = ws.getCell(zeile, 4);
    nameZelle.value = feld.name;
    nameZelle.font = { name: 'Calibri', color: { argb: 'FF7F7F7F' }, size: 9 };

    const c = ws.getCell(zeile, 2);
    const rolle = zellrolle(feld);
    const formel = formelFuer(feld);
    const eingabe = werte[feld.name];
    if (eingabe !== undefined && eingabe !== null) {
      c.value = eingabe;
    } else if (formel) {
      const ergebnis = ergebnisse[feld.name];
      c.value =
        ergebnis !== undefined
          ? ({ formula: formel, result: ergebnis } as ExcelJS.CellFormulaValue)
          : ({ formula: formel } as ExcelJS.CellFormulaValue);
    }
    c.fill = fuellung(rolle === 'eingabe' ? FARBE_EINGABE : rolle === 'vorschlag' ? FARBE_VORSCHLAG : FARBE_BERECHNET);
    c.border = RAHMEN;
    if (feld.zahlenformat) c.numFmt = feld.zahlenformat;
    // long texts (Zusatztext, Rahmenbedingungen) get a taller, wrapping cell; names stay on one line
    if (feld.typ === 'text' && feld.gruppe === 'Weitere Angaben') {
      c.alignment = { wrapText: true, vertical: 'top' };
      ws.getRow(zeile).height = zeilenhoehe([{ text: eingabe === undefined || eingabe === null ? '' : String(eingabe), breite: 40 }], 90);
    }
    if (feld.auswahl) {
      c.dataValidation = {
        type: 'list',
        allowBlank: !feld.pflicht.includes(art),
        formulae: [`"${feld.auswahl.join(',')}"`],
        showErrorMessage: true,
        errorTitle: 'Ungültige Auswahl',
        error: `Wählen Sie einen Wert aus der Liste: ${feld.auswahl.join(', ')}.`,
        showInputMessage: true,
        promptTitle: feld.bezeichnung,
        prompt: 'Wert aus der Liste auswählen',
      };
    } else if (feld.typ === 'jahr') {
      c.dataValidation = {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [2005, 2100],
        showErrorMessage: true,
        errorTitle: 'Ungültiges Jahr',
        error: 'Geben Sie das Zieljahr vierstellig ein, z. B. 2026.',
      };
    }
    wb.definedNames.add(absolut(blatt, 2, zeile), feld.name);
    zeile++;
  }

  // legend and instructions beside the fields
  ws.getCell('F4').value = 'Legende und Hinweise';
  ws.getCell('F4').font = { name: 'Calibri', size: 11, bold: true };
  const legende: [string, string][] = [
    [FARBE_EINGABE, 'Eingabe'],
    [FARBE_VORSCHLAG, 'Berechnet – darf durch einen vereinbarten Wert ersetzt werden'],
    [FARBE_BERECHNET, 'Berechnet (nachrichtlich); ein eingetragener Wert wird gegen die Berechnung geprüft'],
  ];
  legende.forEach(([farbe, text], i) => {
    const c = ws.getCell(5 + i, 6);
    c.value = text;
    c.fill = fuellung(farbe);
    c.border = RAHMEN;
  });
  ws.getCell(8, 6).value = '* Pflichtangabe für diese Art der Vereinbarung';
  HINWEISE.forEach((t, i) => {
    const c = ws.getCell(10 + i, 6);
    c.value = t;
    if (i === 0) c.font = { name: 'Calibri', size: 11, bold: true };
  });

  const listen = LISTEN.filter((l) => l.arten.includes(art) && l.name !== 'ZV_Ist');
  if (listen.length > 0) {
    const lb = wb.addWorksheet(o.listenBlatt ?? BLATT_ZIELE);
    lb.columns = listenBreiten(listen).map((width) => ({ width }));
    lb.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    let z = 1;
    for (const liste of listen) z = baueListe(wb, lb, liste, z, o.listen?.[liste.name] ?? [], o.listenAlsBereich ?? false);
  }
  const ist = LISTEN.find((l) => l.name === 'ZV_Ist' && l.arten.includes(art));
  if (ist) {
    const jahr = werte[n('ZV_Jahr')];
    baueNachhaltungsblatt(wb, ist, {
      ...(typeof jahr === 'number' ? { jahr } : {}),
      zeilen: o.listen?.[ist.name] ?? [],
      alsBereich: o.listenAlsBereich ?? false,
      fuellung,
      farbeEingabe: FARBE_EINGABE,
      farbeBerechnet: FARBE_BERECHNET,
    });
  }
  return { workbook: wb, zeilen };
}

/** Writes a workbook to bytes (Node and browser); with `datum`, reproducibly (see packeXlsx). */
export async function alsXlsx(wb: ExcelJS.Workbook, datum?: Date): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return packeXlsx(new Uint8Array(buf as ArrayBuffer), datum);
}

/** Builds a planning workbook with values (see `MappenOptionen`) and returns the .xlsx bytes. */
export async function baueMappe(o: MappenOptionen): Promise<Uint8Array> {
  return alsXlsx(bauePlanungsmappe(o).workbook, o.erstellt);
}

/**
 * The empty planning template for a kind of agreement: every catalogue field of that kind with its
 * defined name, ZV_Art filled in, and ZV_Jahr when a year is given.
 */
export async function erzeugeVorlage(art: Art, jahr?: number): Promise<Uint8Array> {
  return baueMappe({ art, werte: { [n(FELD.ZV_Art)]: art, ...(jahr !== undefined ? { [n(FELD.ZV_Jahr)]: jahr } : {}) } });
}
