/**
 * The planning template (Planungsblatt), built with exceljs from the field catalogue: one labelled
 * row per field of the chosen kind, each value cell bound to its workbook-scoped defined name, the
 * lists as Excel tables on a sheet of their own (vorlageListen.ts), colours and legend from
 * vorlageStil.ts. Runs in Node and in the browser (no node:fs).
 *
 * Percent values are plain numbers: 19,5 % is the number 19.5 with format `0.0` and the unit "%"
 * in the column beside it, never 0.195 with a `%` format. That keeps what the controller types
 * (19,5) identical to what the agreement prints and what every reader gets back (19.5).
 *
 * Derived cells carry the Planwert rules as formulas (rules/formeln.ts, which also says which cells
 * store rounded values). exceljs does not calculate: a formula is written with a cached result only
 * when the caller passes one (`ergebnisse`, e.g. values derived by the core for the examples); Excel
 * and LibreOffice recalculate on opening (fullCalcOnLoad).
 *
 * A formula cell saved by a spreadsheet carries its result, and every reader (which sees results, not
 * formulas) then takes it as an entered value; the core checks it against its own derivation, which
 * agrees because the formulas are the same rules (test/xlsx/libreoffice.test.ts).
 */
import * as ExcelJS from 'exceljs';
import { FELD, FELDER, LISTE, LISTEN, findeFeld, type Art, type Feld, type Gruppe } from '../catalogue/felder';
import type { Wert } from '../model/vereinbarung';
import { formelFuer } from '../rules/formeln';
import { JAHR_MAX, JAHR_MIN } from '../checks/vereinbarungsschema';
import JSZip from 'jszip';
import { baueNachhaltungsblatt } from './vorlageNachhaltung';
import {
  FARBE_BERECHNET,
  FARBE_EINGABE,
  FARBE_GRUPPE,
  FARBE_VORSCHLAG,
  fuellung,
  RAHMEN,
  schreibeLegende,
  zeilenhoehe,
} from './vorlageStil';
import { absolut, baueListenblaetter, type ListenOptionen } from './vorlageListen';

export { formelFuer } from '../rules/formeln';
export { FARBE_BERECHNET, FARBE_EINGABE, FARBE_GRUPPE, FARBE_VORSCHLAG, LEGENDE, zeilenhoehe } from './vorlageStil';
export { BLATT_ZIELE, type ListenZeile } from './vorlageListen';

export const BLATT_PLANUNG = 'Planung';

const ART_TEXT: Record<Art, string> = {
  gE: 'gemeinsame Einrichtung: Agentur für Arbeit und Jobcenter (§ 48b Abs. 1 S. 1 Nr. 2 SGB II)',
  'gE-kT': 'gemeinsame Einrichtung mit kommunalem Träger als drittem Partner (§ 48b Abs. 1 S. 1 Nr. 2 SGB II)',
  zkT: 'zugelassener kommunaler Träger und Land (§ 48b Abs. 1 S. 1 Nr. 4 SGB II)',
};

export interface MappenOptionen extends ListenOptionen {
  readonly art: Art;
  /** Entered values by field name; a value for a formula cell replaces the formula (as a user would). */
  readonly werte?: Readonly<Record<string, Wert | null | undefined>>;
  /** Cached results for formula cells by field name (e.g. derived by the core). */
  readonly ergebnisse?: Readonly<Record<string, Wert | undefined>>;
  /** Name of the sheet with the single fields (default "Planung"). */
  readonly blatt?: string;
  /** Creation date of the workbook (and its zip entries): fixed for reproducible files. */
  readonly erstellt?: Date;
}

/** Input (yellow), computed but may be overwritten by an agreed value (green), computed (grey). */
function zellfarbe(feld: Feld): string {
  if (!formelFuer(feld)) return FARBE_EINGABE;
  return feld.rolle === 'abgeleitet' ? FARBE_BERECHNET : FARBE_VORSCHLAG;
}

function einheitText(f: Feld): string {
  return f.einheit ?? '';
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
    c.fill = fuellung(zellfarbe(feld));
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
        formulae: [JAHR_MIN, JAHR_MAX],
        showErrorMessage: true,
        errorTitle: 'Ungültiges Jahr',
        error: 'Geben Sie das Zieljahr vierstellig ein, z. B. 2026.',
      };
    }
    wb.definedNames.add(absolut(blatt, 2, zeile), feld.name);
    zeile++;
  }

  // legend and instructions beside the fields
  schreibeLegende(ws, 6, 4);
  baueListenblaetter(wb, art, o);
  const ist = LISTEN.find((l) => l.name === LISTE.ZV_Ist && l.arten.includes(art));
  if (ist) {
    const jahr = werte[FELD.ZV_Jahr];
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

/** Writes a workbook to bytes (Node and browser); with `datum`, reproducibly (see packeXlsx). */
export async function alsXlsx(wb: ExcelJS.Workbook, datum?: Date): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return packeXlsx(new Uint8Array(buf as ArrayBuffer), datum);
}

/** Builds a planning workbook with values (see `MappenOptionen`) and returns the .xlsx bytes. */
export async function baueMappe(o: MappenOptionen): Promise<Uint8Array> {
  return alsXlsx(bauePlanungsmappe(o).workbook, o.erstellt);
}

/** The year a template is made for unless told otherwise: next year (agreements are made the year before). */
export function naechstesZieljahr(heute: Date = new Date()): number {
  return heute.getFullYear() + 1;
}

/**
 * The empty planning template for a kind of agreement: every catalogue field of that kind with its
 * defined name, ZV_Art and ZV_Jahr filled in (the year next year unless given). The command line's
 * `template`, the task pane's "Planungsblatt anlegen" and the browser page's "Leeres Planungsblatt
 * herunterladen" all call this.
 */
export async function erzeugeVorlage(art: Art, jahr: number = naechstesZieljahr()): Promise<Uint8Array> {
  return baueMappe({ art, werte: { [FELD.ZV_Art]: art, [FELD.ZV_Jahr]: jahr } });
}
