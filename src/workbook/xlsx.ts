/**
 * The .xlsx adapter of the reading port: turns the bytes of an Excel workbook into the port's
 * snapshot (`Arbeitsmappe`). Runs in Node and in the browser (no node:fs here).
 *
 * Cells are read with exceljs. Defined names are read from xl/workbook.xml directly (with the JSZip
 * that exceljs itself uses), because exceljs silently drops names whose reference is broken
 * (`#REF!`, a deleted sheet) and forgets which names are sheet-scoped; both matter for findings.
 *
 * Values pass through unchanged (no parsing of German text numbers, no ×100 for percent formats):
 * that is the core's job (src/checks).
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { UnbrauchbareDatei } from '../model/vereinbarung';
import type { Arbeitsmappe, BenannterBereich, Rohwert, Zelle } from './port';
import { spaltenName, zellAdresse } from './port';

const PRAEFIX = 'zv_';

/** One `<definedName>` of xl/workbook.xml. */
export interface DefinierterName {
  readonly name: string;
  /** The reference text as stored, e.g. `'Planung 2026'!$C$12` or `#REF!`. */
  readonly bezug: string;
  /** Index of the sheet the name is scoped to; undefined for workbook-scoped names. */
  readonly blattIndex?: number;
}

/** The sheets of xl/workbook.xml in their order, and the defined names. */
export interface MappenStruktur {
  readonly blaetter: readonly string[];
  readonly namen: readonly DefinierterName[];
}

function entschluessle(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

function attribute(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const key = (m[1] ?? '').replace(/^\w+:(?=name$|localSheetId$)/, '');
    out[key] = entschluessle(m[3] ?? m[4] ?? '');
  }
  return out;
}

/** Reads sheet order and defined names from the text of xl/workbook.xml. */
export function leseStruktur(workbookXml: string): MappenStruktur {
  const blaetter: string[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = attribute(m[1] ?? '');
    if (a.name !== undefined) blaetter.push(a.name);
  }
  const namen: DefinierterName[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g)) {
    const a = attribute(m[1] ?? '');
    if (!a.name) continue;
    const idx = a.localSheetId !== undefined ? Number(a.localSheetId) : undefined;
    namen.push({
      name: a.name,
      bezug: entschluessle(m[2] ?? '').trim(),
      ...(idx !== undefined && Number.isInteger(idx) ? { blattIndex: idx } : {}),
    });
  }
  return { blaetter, namen };
}

/** One rectangular area of a reference: sheet and 1-based bounds (null = whole row/column). */
export interface Flaeche {
  readonly blatt: string;
  readonly oben: number | null;
  readonly links: number | null;
  readonly unten: number | null;
  readonly rechts: number | null;
}

function spaltenNummer(buchstaben: string): number {
  let n = 0;
  for (const ch of buchstaben.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits at commas that are not inside single quotes. */
function teileBeiKomma(text: string): string[] {
  const teile: string[] = [];
  let aktuell = '';
  let inZitat = false;
  for (const ch of text) {
    if (ch === "'") inZitat = !inZitat;
    if (ch === ',' && !inZitat) {
      teile.push(aktuell);
      aktuell = '';
    } else aktuell += ch;
  }
  teile.push(aktuell);
  return teile.map((t) => t.trim());
}

const ZELLE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const SPALTE = /^\$?([A-Za-z]{1,3})$/;
const ZEILE = /^\$?(\d+)$/;

/**
 * Parses a defined name's reference (`Planung!$C$4`, `'Planung 2026'!$A$1:$D$9`, several areas
 * separated by commas) into areas. Returns null for anything that is not a plain reference: `#REF!`,
 * constants, formulas, references into other workbooks.
 */
export function parseBezug(bezug: string): Flaeche[] | null {
  let text = bezug.trim();
  if (text.startsWith('=')) text = text.slice(1).trim();
  while (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1).trim();
  if (text === '' || /#REF!|#BEZUG!/i.test(text)) return null;
  const flaechen: Flaeche[] = [];
  for (const teil of teileBeiKomma(text)) {
    const m = /^(?:'((?:[^']|'')+)'|([^'!\[\]]+))!(.+)$/.exec(teil);
    if (!m) return null;
    const blatt = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '').trim();
    const [von, bis, ...rest] = (m[3] ?? '').split(':');
    if (von === undefined || rest.length > 0) return null;
    const a = von.trim();
    const b = (bis ?? von).trim();
    const za = ZELLE.exec(a);
    const zb = ZELLE.exec(b);
    if (za && zb) {
      const r1 = Number(za[2]);
      const r2 = Number(zb[2]);
      const c1 = spaltenNummer(za[1]!);
      const c2 = spaltenNummer(zb[1]!);
      if (r1 < 1 || r2 < 1) return null;
      flaechen.push({ blatt, oben: Math.min(r1, r2), unten: Math.max(r1, r2), links: Math.min(c1, c2), rechts: Math.max(c1, c2) });
      continue;
    }
    const sa = SPALTE.exec(a);
    const sb = SPALTE.exec(b);
    if (bis !== undefined && sa && sb) {
      const c1 = spaltenNummer(sa[1]!);
      const c2 = spaltenNummer(sb[1]!);
      flaechen.push({ blatt, oben: null, unten: null, links: Math.min(c1, c2), rechts: Math.max(c1, c2) });
      continue;
    }
    const ra = ZEILE.exec(a);
    const rb = ZEILE.exec(b);
    if (bis !== undefined && ra && rb) {
      const r1 = Number(ra[1]);
      const r2 = Number(rb[1]);
      flaechen.push({ blatt, oben: Math.min(r1, r2), unten: Math.max(r1, r2), links: null, rechts: null });
      continue;
    }
    return null;
  }
  return flaechen.length > 0 ? flaechen : null;
}

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

function zelleLesen(ws: ExcelJS.Worksheet, zeile: number, spalte: number): Zelle {
  const adresse = zellAdresse(ws.name, `${spaltenName(spalte)}${zeile}`);
  const c = ws.findCell(zeile, spalte);
  if (!c) return { wert: null, zahlenformat: 'General', adresse };
  let wert: Rohwert;
  try {
    wert = rohwert(c.value);
  } catch {
    wert = null;
  }
  const fmt = c.numFmt;
  return { wert, zahlenformat: typeof fmt === 'string' && fmt !== '' ? fmt : 'General', adresse };
}

function findeBlatt(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const genau = wb.worksheets.find((w) => w.name === name);
  if (genau) return genau;
  const klein = name.toLowerCase();
  return wb.worksheets.find((w) => w.name.toLowerCase() === klein);
}

/** Last used row and column of a sheet (for whole-column and whole-row references). */
function ausmass(ws: ExcelJS.Worksheet): { zeilen: number; spalten: number } {
  return { zeilen: ws.rowCount, spalten: ws.columnCount };
}

function leseFlaechen(wb: ExcelJS.Workbook, flaechen: readonly Flaeche[]): Zelle[][] | null {
  const zeilen: Zelle[][] = [];
  for (const f of flaechen) {
    const ws = findeBlatt(wb, f.blatt);
    if (!ws) return null;
    const m = ausmass(ws);
    const oben = f.oben ?? 1;
    const unten = f.unten ?? Math.max(1, m.zeilen);
    const links = f.links ?? 1;
    const rechts = f.rechts ?? Math.max(1, m.spalten);
    // whole columns/rows end at the used range, so an `A:D` list does not yield a million rows
    const bisZeile = f.oben === null ? Math.min(unten, Math.max(1, m.zeilen)) : unten;
    const bisSpalte = f.links === null ? Math.min(rechts, Math.max(1, m.spalten)) : rechts;
    for (let r = oben; r <= bisZeile; r++) {
      const reihe: Zelle[] = [];
      for (let c = links; c <= bisSpalte; c++) reihe.push(zelleLesen(ws, r, c));
      zeilen.push(reihe);
    }
  }
  return zeilen;
}

function dateiFehler(titel: string, grund?: string): UnbrauchbareDatei {
  return new UnbrauchbareDatei(
    `Die Datei „${titel}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx)${grund ? ` (${grund})` : ''}. ` +
      'Öffnen Sie sie in Excel und speichern Sie sie als „Excel-Arbeitsmappe (*.xlsx)“; prüfen Sie auch, ob die Datei vollständig übertragen wurde.',
  );
}

function alsBytes(daten: Uint8Array | ArrayBuffer): Uint8Array {
  return daten instanceof Uint8Array ? daten : new Uint8Array(daten);
}

/** Opens the zip and checks that it is an Excel workbook; throws `UnbrauchbareDatei` otherwise. */
export async function oeffneZip(bytes: Uint8Array, titel: string): Promise<{ zip: JSZip; struktur: MappenStruktur }> {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw dateiFehler(titel, 'sie ist im alten .xls-Format gespeichert oder mit einem Kennwort geschützt');
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw dateiFehler(titel);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw dateiFehler(titel, 'das ZIP-Archiv ist beschädigt oder unvollständig');
  }
  const eintrag = zip.file('xl/workbook.xml') ?? zip.file(/^xl\/workbook\.xml$/i)[0] ?? null;
  if (!eintrag) throw dateiFehler(titel, 'es fehlt der Teil xl/workbook.xml');
  let xml: string;
  try {
    xml = await eintrag.async('string');
  } catch {
    throw dateiFehler(titel, 'das ZIP-Archiv ist beschädigt oder unvollständig');
  }
  return { zip, struktur: leseStruktur(xml) };
}

/** The cell range of a table, without a totals row. */
function tabellenBereich(ws: ExcelJS.Worksheet, t: ExcelJS.Table): { name: string; bezug: string; flaeche: Flaeche } | null {
  const modell = (t as unknown as { table?: Record<string, unknown> }).table ?? {};
  const name = String(modell.displayName ?? modell.name ?? '');
  const ref = String(modell.tableRef ?? modell.ref ?? '');
  const teile = ref.split(':');
  const a = ZELLE.exec(teile[0] ?? '');
  const b = ZELLE.exec(teile[1] ?? teile[0] ?? '');
  if (!name || !a || !b) return null;
  let unten = Number(b[2]);
  if (modell.totalsRow === true && unten > Number(a[2])) unten -= 1;
  const flaeche: Flaeche = { blatt: ws.name, oben: Number(a[2]), unten, links: spaltenNummer(a[1]!), rechts: spaltenNummer(b[1]!) };
  return { name, bezug: `${zellAdresse(ws.name, ref.replace(/\$/g, ''))}`, flaeche };
}

/**
 * Reads an .xlsx workbook into the port's snapshot: one `BenannterBereich` for every defined name
 * and every table whose name starts with `ZV_` (case-insensitive). Throws `UnbrauchbareDatei` with
 * a German sentence when the bytes are not a readable workbook.
 */
export async function leseXlsx(daten: Uint8Array | ArrayBuffer, titel: string): Promise<Arbeitsmappe> {
  const bytes = alsBytes(daten);
  const { struktur } = await oeffneZip(bytes, titel);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    throw dateiFehler(titel, 'ihr Inhalt ist beschädigt');
  }

  const bereiche: BenannterBereich[] = [];
  const zvNamen = struktur.namen.filter((n) => n.name.toLowerCase().startsWith(PRAEFIX));
  // Workbook-scoped names first; a sheet-scoped name only when no workbook-scoped one of that name exists.
  const global = new Set(zvNamen.filter((n) => n.blattIndex === undefined).map((n) => n.name.toLowerCase()));
  const gesehen = new Set<string>();
  for (const n of zvNamen) {
    const k = n.name.toLowerCase();
    if (n.blattIndex !== undefined && global.has(k)) continue;
    if (gesehen.has(k)) continue;
    gesehen.add(k);
    const flaechen = parseBezug(n.bezug);
    let zellen: Zelle[][] | null = null;
    try {
      zellen = flaechen ? leseFlaechen(wb, flaechen) : null;
    } catch {
      zellen = null;
    }
    bereiche.push({ name: n.name, herkunft: 'name', bezug: n.bezug, zellen });
  }

  for (const ws of wb.worksheets) {
    let tabellen: ExcelJS.Table[] = [];
    try {
      tabellen = ws.getTables() as unknown as ExcelJS.Table[];
    } catch {
      tabellen = [];
    }
    for (const t of tabellen) {
      const tb = tabellenBereich(ws, t);
      if (!tb || !tb.name.toLowerCase().startsWith(PRAEFIX)) continue;
      let zellen: Zelle[][] | null = null;
      try {
        zellen = leseFlaechen(wb, [tb.flaeche]);
      } catch {
        zellen = null;
      }
      bereiche.push({ name: tb.name, herkunft: 'tabelle', bezug: tb.bezug, zellen });
    }
  }
  return { titel, bereiche };
}
