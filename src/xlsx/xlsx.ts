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
import type { Arbeitsmappe, BenannterBereich, Rohwert, Zelle } from '../lesen/port';
import { spaltenName, zellAdresse } from '../lesen/port';

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
    const m = /^(?:'((?:[^']|'')+)'|([^'![\]]+))!(.+)$/.exec(teil);
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

/** A cell as a source reports it (without its address). */
export interface RoheZelle {
  readonly wert: Rohwert;
  readonly zahlenformat: string;
}

/** One worksheet as any reader (exceljs, the XML fallback, the .ods reader) exposes it. */
export interface Blatt {
  readonly name: string;
  /** Last used row and column (for whole-row/whole-column references). */
  readonly zeilen: number;
  readonly spalten: number;
  zelle(zeile: number, spalte: number): RoheZelle | undefined;
  /** The master cell of the merged area the cell belongs to, or null when not merged. */
  verbund(zeile: number, spalte: number): readonly [number, number] | null;
}

export interface Tabelle {
  readonly name: string;
  readonly blatt: string;
  /** `A1:D10` as in the table part. */
  readonly ref: string;
  readonly kopfzeile: boolean;
  readonly summenzeile: boolean;
}

/** What the reader needs of a workbook, whichever parser produced it. */
export interface Quelle {
  readonly blaetter: readonly Blatt[];
  readonly tabellen: readonly Tabelle[];
}

function findeBlatt(q: Quelle, name: string): Blatt | undefined {
  const genau = q.blaetter.find((w) => w.name === name);
  if (genau) return genau;
  const klein = name.toLowerCase();
  return q.blaetter.find((w) => w.name.toLowerCase() === klein);
}

function zelleLesen(b: Blatt, zeile: number, spalte: number, alsVerbund = false): Zelle {
  const adresse = zellAdresse(b.name, `${spaltenName(spalte)}${zeile}`);
  const c = b.zelle(zeile, spalte);
  if (!c) return { wert: null, zahlenformat: 'General', adresse };
  if (!alsVerbund) {
    // a covered cell of a merged area is empty (exceljs would repeat the master's value)
    const m = b.verbund(zeile, spalte);
    if (m && (m[0] !== zeile || m[1] !== spalte)) return { wert: null, zahlenformat: c.zahlenformat, adresse };
  }
  return { wert: c.wert, zahlenformat: c.zahlenformat, adresse };
}

/** Ranges with more cells than this are cut to the sheet's used range. */
const GROSSER_BEREICH = 100_000;

function leseFlaechen(q: Quelle, flaechen: readonly Flaeche[]): Zelle[][] | null {
  const zeilen: Zelle[][] = [];
  for (const f of flaechen) {
    const b = findeBlatt(q, f.blatt);
    if (!b) return null;
    const oben = f.oben ?? 1;
    const links = f.links ?? 1;
    // whole columns/rows end at the used range, so an `A:D` list does not yield a million rows
    let unten = f.oben === null ? Math.max(1, b.zeilen) : (f.unten ?? oben);
    let rechts = f.links === null ? Math.max(1, b.spalten) : (f.rechts ?? links);
    // a huge explicit range (A1:XFD1048576) also ends at the used range; small ones stay as defined,
    // so that a name over C4:C6 is still reported as a range where one cell is expected
    if ((unten - oben + 1) * (rechts - links + 1) > GROSSER_BEREICH) {
      unten = Math.min(unten, Math.max(oben, b.zeilen));
      rechts = Math.min(rechts, Math.max(links, b.spalten));
    }
    // a name over exactly one merged area (Excel names the whole area when a merged cell is named)
    const m = b.verbund(oben, links);
    if (m && (unten > oben || rechts > links)) {
      let gleich = true;
      for (let r = oben; r <= unten && gleich; r++) {
        for (let c = links; c <= rechts && gleich; c++) {
          const x = b.verbund(r, c);
          gleich = x !== null && x[0] === m[0] && x[1] === m[1];
        }
      }
      if (gleich) {
        zeilen.push([zelleLesen(b, m[0], m[1], true)]);
        continue;
      }
    }
    for (let r = oben; r <= unten; r++) {
      const reihe: Zelle[] = [];
      for (let c = links; c <= rechts; c++) reihe.push(zelleLesen(b, r, c));
      zeilen.push(reihe);
    }
  }
  return zeilen;
}

// ---- exceljs ------------------------------------------------------------------------------

function ausExcelJS(wb: ExcelJS.Workbook): Quelle {
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

// ---- fallback: the package's XML read directly --------------------------------------------

const STANDARD_FORMATE: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** As exceljs decides whether a number is a date: date characters outside quotes and brackets. */
export function istDatumsformat(fmt: string): boolean {
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function excelDatum(serial: number, datum1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (datum1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

function xmlText(xml: string): string {
  return entschluessle(xml.replace(/<[^>]*>/g, '')).replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Texts of all `<t>` elements (prefix allowed), ignoring phonetic runs. */
function texte(xml: string): string {
  const ohne = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of ohne.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += xmlText(m[1] ?? '');
  return out;
}

function elemente(xml: string, name: string): { attr: Record<string, string>; inhalt: string }[] {
  const re = new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/(?:\\w+:)?${name}>)`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ attr: attribute(m[1] ?? ''), inhalt: m[2] ?? '' }));
}

function beziehungen(xml: string): Map<string, { ziel: string; typ: string }> {
  const out = new Map<string, { ziel: string; typ: string }>();
  for (const r of elemente(xml, 'Relationship'))
    if (r.attr.Id && r.attr.Target) out.set(r.attr.Id, { ziel: r.attr.Target, typ: r.attr.Type ?? '' });
  return out;
}

/** Resolves a relationship target against the folder of the part that holds it. */
function teilPfad(ordner: string, ziel: string): string {
  if (ziel.startsWith('/')) return ziel.slice(1);
  const teile = ordner.split('/').filter(Boolean);
  for (const t of ziel.split('/')) {
    if (t === '..') teile.pop();
    else if (t !== '.' && t !== '') teile.push(t);
  }
  return teile.join('/');
}

function relsPfad(teil: string): string {
  const i = teil.lastIndexOf('/');
  return `${teil.slice(0, i + 1)}_rels/${teil.slice(i + 1)}.rels`;
}

const ordnerVon = (teil: string): string => teil.slice(0, teil.lastIndexOf('/') + 1);

async function teilText(zip: JSZip, pfad: string): Promise<string | null> {
  const f = zip.file(pfad) ?? zip.file(new RegExp(`^${pfad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))[0];
  return f ? f.async('string') : null;
}

function zellPosition(a1: string): [number, number] | null {
  const m = ZELLE.exec(a1);
  return m ? [Number(m[2]), spaltenNummer(m[1]!)] : null;
}

/** Reads the workbook's parts directly (for packages exceljs cannot load, e.g. with `x:` prefixes). */
async function ausXml(zip: JSZip, workbookXml: string): Promise<Quelle> {
  const wbRels = beziehungen((await teilText(zip, relsPfad('xl/workbook.xml'))) ?? '');
  const datum1904 = elemente(workbookXml, 'workbookPr').some((e) => e.attr.date1904 === '1' || e.attr.date1904 === 'true');

  const geteilt = elemente((await teilText(zip, 'xl/sharedStrings.xml')) ?? '', 'si').map((e) => texte(e.inhalt));
  const stileXml = (await teilText(zip, 'xl/styles.xml')) ?? '';
  const eigene = new Map<number, string>();
  for (const e of elemente(stileXml, 'numFmt'))
    if (e.attr.numFmtId !== undefined) eigene.set(Number(e.attr.numFmtId), e.attr.formatCode ?? 'General');
  const xfsBlock = /<(?:\w+:)?cellXfs\b[\s\S]*?<\/(?:\w+:)?cellXfs>/.exec(stileXml)?.[0] ?? '';
  const formate = elemente(xfsBlock, 'xf').map((e) => {
    const id = Number(e.attr.numFmtId ?? 0);
    return eigene.get(id) ?? STANDARD_FORMATE[id] ?? 'General';
  });

  const blaetter: Blatt[] = [];
  const tabellen: Tabelle[] = [];
  for (const s of elemente(workbookXml, 'sheet')) {
    const name = s.attr.name;
    const rid = Object.entries(s.attr).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1];
    const rel = rid ? wbRels.get(rid) : undefined;
    if (!name || !rel || !/\/worksheet$/.test(rel.typ)) continue; // chart sheets and dialog sheets hold no cells
    const pfad = teilPfad('xl/', rel.ziel);
    const xml = await teilText(zip, pfad);
    if (xml === null) continue; // a sheet part missing: names into it are broken references
    if (!/<\/(?:\w+:)?worksheet>\s*$/.test(xml)) throw new Error(`truncated part ${pfad}`);
    const zellen = new Map<number, RoheZelle>();
    const schluessel = (z: number, c: number): number => z * 20000 + c;
    let maxZeile = 0;
    let maxSpalte = 0;
    const daten = /<(?:\w+:)?sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?sheetData>)/.exec(xml)?.[1] ?? '';
    let zeileNr = 0;
    for (const row of elemente(daten, 'row')) {
      zeileNr = row.attr.r ? Number(row.attr.r) : zeileNr + 1;
      let spalteNr = 0;
      for (const c of elemente(row.inhalt, 'c')) {
        const pos = c.attr.r ? zellPosition(c.attr.r) : null;
        spalteNr = pos ? pos[1] : spalteNr + 1;
        const zNr = pos ? pos[0] : zeileNr;
        const fmt = formate[Number(c.attr.s ?? 0)] ?? 'General';
        const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(c.inhalt)?.[1];
        const t = c.attr.t ?? 'n';
        let wert: Rohwert = null;
        if (t === 'inlineStr') wert = texte(c.inhalt);
        else if (v === undefined) wert = null;
        else if (t === 's') wert = geteilt[Number(v)] ?? null;
        else if (t === 'str') wert = xmlText(v);
        else if (t === 'b') wert = v.trim() === '1' || v.trim() === 'true';
        else if (t === 'e') wert = { fehler: xmlText(v).trim() };
        else if (t === 'd') {
          const d = new Date(xmlText(v).trim());
          wert = Number.isNaN(d.getTime()) ? null : d;
        } else {
          const x = Number(v);
          wert = Number.isFinite(x) ? (istDatumsformat(fmt) ? excelDatum(x, datum1904) : x) : null;
        }
        zellen.set(schluessel(zNr, spalteNr), { wert, zahlenformat: fmt });
        if (wert !== null) {
          maxZeile = Math.max(maxZeile, zNr);
          maxSpalte = Math.max(maxSpalte, spalteNr);
        }
      }
    }
    const verbunde = new Map<number, [number, number]>();
    for (const mc of elemente(xml, 'mergeCell')) {
      const [a, b] = (mc.attr.ref ?? '').split(':');
      const pa = a ? zellPosition(a) : null;
      const pb = b ? zellPosition(b) : pa;
      if (!pa || !pb) continue;
      for (let r = pa[0]; r <= pb[0]; r++) for (let c = pa[1]; c <= pb[1]; c++) verbunde.set(schluessel(r, c), pa);
    }
    blaetter.push({
      name,
      zeilen: maxZeile,
      spalten: maxSpalte,
      zelle: (z, c) => zellen.get(schluessel(z, c)),
      verbund: (z, c) => verbunde.get(schluessel(z, c)) ?? null,
    });
    const blattRels = beziehungen((await teilText(zip, relsPfad(pfad))) ?? '');
    for (const r of blattRels.values()) {
      if (!/\/table$/.test(r.typ)) continue;
      const tXml = await teilText(zip, teilPfad(ordnerVon(pfad), r.ziel));
      const t = tXml ? elemente(tXml, 'table')[0] : undefined;
      if (!t || !t.attr.ref) continue;
      tabellen.push({
        name: t.attr.displayName ?? t.attr.name ?? '',
        blatt: name,
        ref: t.attr.ref,
        kopfzeile: t.attr.headerRowCount !== '0',
        summenzeile: Number(t.attr.totalsRowCount ?? 0) > 0,
      });
    }
  }
  return { blaetter, tabellen };
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
export async function oeffneZip(bytes: Uint8Array, titel: string): Promise<{ zip: JSZip; struktur: MappenStruktur; workbookXml: string }> {
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
  return { zip, struktur: leseStruktur(xml), workbookXml: xml };
}

/** The cell range of a table, without a totals row. */
function tabellenBereich(t: Tabelle): { bezug: string; flaeche: Flaeche } | null {
  const teile = t.ref.replace(/\$/g, '').split(':');
  const a = ZELLE.exec(teile[0] ?? '');
  const b = ZELLE.exec(teile[1] ?? teile[0] ?? '');
  if (!t.name || !a || !b) return null;
  let unten = Number(b[2]);
  if (t.summenzeile && unten > Number(a[2])) unten -= 1;
  const flaeche: Flaeche = { blatt: t.blatt, oben: Number(a[2]), unten, links: spaltenNummer(a[1]!), rechts: spaltenNummer(b[1]!) };
  return { bezug: zellAdresse(t.blatt, t.ref.replace(/\$/g, '')), flaeche };
}

export interface LeseOptionen {
  /** Which parser reads the cells: exceljs (default, with the XML reader as fallback) or only the XML reader. */
  readonly leser?: 'exceljs' | 'xml';
}

/** Cells of a reference's explicit areas (whole rows/columns count as 0: exceljs skips them). */
function zellenzahl(bezug: string): number {
  return (parseBezug(bezug) ?? []).reduce(
    (n, f) => n + (f.oben !== null && f.links !== null ? ((f.unten ?? f.oben) - f.oben + 1) * ((f.rechts ?? f.links) - f.links + 1) : 0),
    0,
  );
}

/** The worksheet parts of a package in workbook order (index = position in <sheets>). */
export async function blattTeile(zip: JSZip, workbookXml: string): Promise<(string | null)[]> {
  const rels = beziehungen((await teilText(zip, relsPfad('xl/workbook.xml'))) ?? '');
  return elemente(workbookXml, 'sheet').map((s) => {
    const rid = Object.entries(s.attr).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1];
    const rel = rid ? rels.get(rid) : undefined;
    return rel ? teilPfad('xl/', rel.ziel) : null;
  });
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

/** What was taken out of the package before exceljs loaded it, to be put back by a writer. */
export interface Entschaerft {
  readonly bytes: Uint8Array;
  /** Original <dataValidations> blocks by sheet index. */
  readonly pruefungen: ReadonlyMap<number, string>;
}

/**
 * The package as exceljs may safely load it. exceljs expands every defined name and every data
 * validation into one object per cell while loading: a name over A1:XFD1048576 exhausts the memory,
 * a drop-down on four whole columns takes 8 s and 600 MB. Such names and validation blocks are
 * removed from the copy given to exceljs; the names are read from workbook.xml anyway, and a writer
 * puts the original <definedNames> and <dataValidations> back.
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

/** Elements that may follow <dataValidations> in a worksheet (ECMA-376 CT_Worksheet order). */
const NACH_PRUEFUNGEN = [
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Puts original <dataValidations> blocks back into a package written by exceljs. */
export async function pruefungenZurueck(bytes: Uint8Array, pruefungen: ReadonlyMap<number, string>): Promise<Uint8Array> {
  if (pruefungen.size === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = (await teilText(zip, 'xl/workbook.xml')) ?? '';
  const teile = await blattTeile(zip, workbookXml);
  for (const [i, block] of pruefungen) {
    const pfad = teile[i];
    const datei = pfad ? zip.file(pfad) : null;
    if (!pfad || !datei) continue;
    const xml = await datei.async('string');
    // the copy's own elements carry no prefix (exceljs writes none)
    const ohnePraefix = block.replace(/<(\/?)\w+:(dataValidations?|formula1|formula2)\b/g, '<$1$2');
    let neu: string;
    const alt = PRUEFUNGEN.exec(xml)?.[0];
    if (alt) neu = xml.replace(alt, () => ohnePraefix);
    else {
      const stelle =
        NACH_PRUEFUNGEN.map((t) => xml.indexOf(`<${t}`))
          .filter((x) => x >= 0)
          .sort((a, b) => a - b)[0] ?? xml.lastIndexOf('</worksheet>');
      neu = xml.slice(0, stelle) + ohnePraefix + xml.slice(stelle);
    }
    zip.file(pfad, neu);
  }
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * Runs an exceljs call without its console output: exceljs warns in English on stderr (e.g. "Worksheet
 * name … exceeds 31 chars"), which a controller must not see; what matters is reported as findings.
 */
export async function ohneBibliotheksausgabe<T>(aufruf: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await aufruf();
  } finally {
    console.warn = warn;
  }
}

async function oeffneQuelle(
  bytes: Uint8Array,
  titel: string,
  optionen: LeseOptionen,
): Promise<{ quelle: Quelle; struktur: MappenStruktur }> {
  const { zip, struktur, workbookXml } = await oeffneZip(bytes, titel);
  if (optionen.leser !== 'xml') {
    const wb = new ExcelJS.Workbook();
    try {
      const sicher = await fuerExcelJS(bytes, zip, workbookXml);
      await ohneBibliotheksausgabe(() => wb.xlsx.load(sicher.bytes as unknown as Parameters<typeof wb.xlsx.load>[0]));
      return { quelle: ausExcelJS(wb), struktur };
    } catch {
      // exceljs fails on some valid packages (namespace prefixes such as <x:workbook>, unusual parts):
      // read the XML directly instead
    }
  }
  try {
    return { quelle: await ausXml(zip, workbookXml), struktur };
  } catch {
    throw dateiFehler(titel, 'ihr Inhalt ist beschädigt');
  }
}

/**
 * Reads an .xlsx workbook into the port's snapshot: one `BenannterBereich` for every defined name
 * and every table whose name starts with `ZV_` (case-insensitive). Throws `UnbrauchbareDatei` with
 * a German sentence when the bytes are not a readable workbook.
 */
export async function leseXlsx(daten: Uint8Array | ArrayBuffer, titel: string, optionen: LeseOptionen = {}): Promise<Arbeitsmappe> {
  const bytes = alsBytes(daten);
  const { quelle, struktur } = await oeffneQuelle(bytes, titel, optionen);
  return mappeAusQuelle(quelle, struktur, titel);
}

/** The port's snapshot from a parsed workbook: its `ZV_` names and tables (shared with the .ods reader). */
export function mappeAusQuelle(quelle: Quelle, struktur: MappenStruktur, titel: string): Arbeitsmappe {
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
      zellen = flaechen ? leseFlaechen(quelle, flaechen) : null;
    } catch {
      zellen = null;
    }
    bereiche.push({ name: n.name, herkunft: 'name', bezug: n.bezug, zellen });
  }

  for (const t of quelle.tabellen) {
    if (!t.name.toLowerCase().startsWith(PRAEFIX)) continue;
    const tb = tabellenBereich(t);
    if (!tb) continue;
    let zellen: Zelle[][] | null = null;
    try {
      zellen = leseFlaechen(quelle, [tb.flaeche]);
    } catch {
      zellen = null;
    }
    bereiche.push({ name: t.name, herkunft: 'tabelle', bezug: tb.bezug, zellen });
  }
  return { titel, bereiche };
}
