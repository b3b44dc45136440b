/**
 * The exceljs reader: cells, merged areas and tables of a workbook as exceljs loads it, and the
 * workaround that keeps exceljs from expanding huge names and data validations while loading.
 */
import * as ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type { Rohwert } from '../lesen/port';
import { parseBezug, zellPosition } from './bezug';
import { blattTeile, entschluessle } from './paket';
import { GROSSER_BEREICH, type Blatt, type Quelle, type Tabelle } from './quelle';

type ExcelWert = ExcelJS.CellValue | undefined;

/** Converts an exceljs cell value to the port's raw value; formulas give their cached result. */
export function rohwert(v: ExcelWert): Rohwert {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if ('error' in o) return { fehler: String(o.error) };
    if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? rohwert(o.result as ExcelWert) : null;
    if ('richText' in o && Array.isArray(o.richText)) {
      return (o.richText as { text?: unknown }[]).map((t) => (typeof t.text === 'string' ? t.text : '')).join('');
    }
    if ('text' in o) return rohwert(o.text as ExcelWert);
  }
  return null;
}

export function ausExcelJS(wb: ExcelJS.Workbook): Quelle {
  const blaetter: Blatt[] = wb.worksheets.map((ws) => ({
    name: ws.name,
    zeilen: ws.rowCount,
    spalten: ws.columnCount,
    zelle(z, s) {
      const c = ws.findCell(z, s);
      if (!c) return undefined;
      let wert: Rohwert;
      try {
        wert = rohwert(c.value);
      } catch {
        wert = null;
      }
      const fmt = c.numFmt;
      return { wert, zahlenformat: typeof fmt === 'string' && fmt !== '' ? fmt : 'General' };
    },
    verbund(z, s) {
      const c = ws.findCell(z, s);
      if (!c || !c.isMerged) return null;
      const m = c.master;
      return [Number(m.row), Number(m.col)];
    },
  }));
  const tabellen: Tabelle[] = [];
  for (const ws of wb.worksheets) {
    let liste: ExcelJS.Table[] = [];
    try {
      liste = ws.getTables() as unknown as ExcelJS.Table[];
    } catch {
      liste = [];
    }
    for (const t of liste) {
      const modell = (t as unknown as { table?: Record<string, unknown> }).table ?? {};
      tabellen.push({
        name: String(modell.displayName ?? modell.name ?? ''),
        blatt: ws.name,
        ref: String(modell.tableRef ?? modell.ref ?? ''),
        // exceljs reports headerRowCount only when written explicitly; Excel omits it for the default 1
        kopfzeile: true,
        summenzeile: modell.totalsRow === true,
      });
    }
  }
  return { blaetter, tabellen };
}

// ---- workaround: what exceljs must not see while loading ---------------------------------

/** Cells of a reference's explicit areas (whole rows/columns count as 0: exceljs skips them). */
function zellenzahl(bezug: string): number {
  return (parseBezug(bezug) ?? []).reduce(
    (n, f) => n + (f.oben !== null && f.links !== null ? ((f.unten ?? f.oben) - f.oben + 1) * ((f.rechts ?? f.links) - f.links + 1) : 0),
    0,
  );
}

const PRUEFUNGEN = /<(?:\w+:)?dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?dataValidations>)/;

/** Cells covered by the `sqref` lists of a <dataValidations> block. */
function pruefungsZellen(block: string): number {
  let n = 0;
  for (const m of block.matchAll(/sqref\s*=\s*"([^"]*)"/g)) {
    for (const ref of (m[1] ?? '').trim().split(/\s+/)) {
      const [a, b] = ref.split(':');
      const pa = a ? zellPosition(a) : null;
      const pb = b ? zellPosition(b) : pa;
      if (pa && pb) n += (Math.abs(pb[0] - pa[0]) + 1) * (Math.abs(pb[1] - pa[1]) + 1);
    }
  }
  return n;
}

/** The package exceljs may load, and what was taken out of it (by sheet index). */
export interface Entschaerft {
  readonly bytes: Uint8Array;
  /** Original <dataValidations> blocks by sheet index. */
  readonly pruefungen: ReadonlyMap<number, string>;
}

/**
 * The package as exceljs may safely load it. exceljs expands every defined name and every data
 * validation into one object per cell while loading: a name over A1:XFD1048576 exhausts the memory,
 * a drop-down on four whole columns takes 8 s and 600 MB. Such names and validation blocks are
 * removed from the copy given to exceljs; the names are read from workbook.xml anyway. (The checked
 * copy does not go through exceljs: src/xlsx/gepruefteKopie.ts patches the original package.)
 */
export async function fuerExcelJS(bytes: Uint8Array, zip: JSZip, workbookXml: string): Promise<Entschaerft> {
  let geaendert = false;
  const xml = workbookXml.replace(
    /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g,
    (ganz, _a: string, text?: string) => {
      if (zellenzahl(entschluessle(text ?? '')) <= GROSSER_BEREICH) return ganz;
      geaendert = true;
      return '';
    },
  );
  if (geaendert) zip.file('xl/workbook.xml', xml);
  const pruefungen = new Map<number, string>();
  const teile = await blattTeile(zip, workbookXml);
  for (const [i, pfad] of teile.entries()) {
    const datei = pfad ? zip.file(pfad) : null;
    if (!pfad || !datei) continue;
    const blattXml = await datei.async('string');
    if (!blattXml.includes('dataValidation')) continue;
    const block = PRUEFUNGEN.exec(blattXml)?.[0];
    if (!block || pruefungsZellen(block) <= GROSSER_BEREICH) continue;
    pruefungen.set(i, block);
    zip.file(
      pfad,
      blattXml.replace(block, () => ''),
    );
    geaendert = true;
  }
  return { bytes: geaendert ? await zip.generateAsync({ type: 'uint8array' }) : bytes, pruefungen };
}
