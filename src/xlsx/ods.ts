/**
 * The .ods adapter of the reading port: an OpenDocument spreadsheet (LibreOffice Calc, and what
 * ODF-mandated administrations exchange) read into the same snapshot (`Arbeitsmappe`) as an .xlsx.
 *
 * The package is unzipped with fflate and `content.xml` parsed with fast-xml-parser. Named ranges
 * (`table:named-range`) and named expressions that are a plain cell reference are the defined names;
 * database ranges (`table:database-range`) are the tables. References are turned into Excel's A1 form
 * (`$Planung.$C$4` → `Planung!$C$4`), so messages and addresses look the same as for an .xlsx.
 *
 * Repeated rows and columns (`table:number-rows-repeated="1048000"`) are kept as runs, never expanded:
 * memory grows with the file, not with the sheet's extent. Percent cells get a percent number format,
 * so the core scales them exactly as Excel's `0.0%` cells (the stored value is the fraction).
 */
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { UnbrauchbareDatei } from '../model/vereinbarung';
import type { Arbeitsmappe, Rohwert } from '../lesen/port';
import { blattname } from '../lesen/port';
import type { DefinierterName } from './paket';
import type { Blatt, Quelle, RoheZelle, Tabelle } from './quelle';
import { mappeAusQuelle } from './xlsx';

export const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** content.xml larger than this (unpacked) is refused: a real planning workbook is far smaller. */
const GROESSTER_INHALT = 200 * 1024 * 1024;

function odsFehler(titel: string, grund: string): UnbrauchbareDatei {
  return new UnbrauchbareDatei(
    `Die Datei „${titel}“ ist keine lesbare OpenDocument-Tabelle (.ods): ${grund}. ` +
      'Öffnen Sie sie in LibreOffice Calc und speichern Sie sie erneut als .ods oder als „Excel 2007-365 (.xlsx)“.',
  );
}

/** The names of the entries of a zip, without unpacking any; null when the bytes are no zip. */
export function zipEintraege(bytes: Uint8Array): string[] | null {
  const namen: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        namen.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return namen;
}

/** True when the bytes are an OpenDocument spreadsheet (a zip whose `mimetype` says so). */
export function istOds(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  try {
    const teile = unzipSync(bytes, { filter: (f) => f.name === 'mimetype' && f.originalSize < 200 });
    const m = teile.mimetype;
    return m !== undefined && strFromU8(m).trim() === ODS_MIME;
  } catch {
    return false;
  }
}

// ---- references -----------------------------------------------------------------------------

const ODS_ZELLE = /^\$?(?:'((?:[^']|'')+)'|([^.'$][^.']*?))?\.(\$?[A-Za-z]{1,3}\$?\d+)$/;

/**
 * An ODF cell range address (`$Planung.$C$4`, `'Jobcenter 2025'.A1:'Jobcenter 2025'.AA406`,
 * `$Ziele.$A$3:.$D$6`, several separated by spaces or `;`) in Excel's form (`Planung!$C$4`,
 * `'Jobcenter 2025'!A1:AA406`); null when it is not a plain reference.
 */
export function excelBezug(odsBezug: string): string | null {
  const teile: string[] = [];
  let aktuell = '';
  let inZitat = false;
  for (const ch of odsBezug.trim()) {
    if (ch === "'") inZitat = !inZitat;
    if (!inZitat && /[\s;]/.test(ch)) {
      if (aktuell) teile.push(aktuell);
      aktuell = '';
    } else aktuell += ch;
  }
  if (aktuell) teile.push(aktuell);
  if (teile.length === 0) return null;
  const out: string[] = [];
  for (const teil of teile) {
    const [von, bis, ...rest] = teil.split(':');
    if (von === undefined || rest.length > 0) return null;
    const a = ODS_ZELLE.exec(von);
    if (!a) return null;
    const blatt = a[1] !== undefined ? a[1].replace(/''/g, "'") : a[2];
    if (blatt === undefined) return null; // relative to a base cell: not a fixed reference
    let text = `${blattname(blatt)}!${a[3]}`;
    if (bis !== undefined) {
      const b = ODS_ZELLE.exec(bis);
      if (!b) return null;
      const blattB = b[1] !== undefined ? b[1].replace(/''/g, "'") : b[2];
      if (blattB !== undefined && blattB !== blatt) return null; // a 3D range: not a plain reference
      text += `:${b[3]}`;
    }
    out.push(text);
  }
  return out.join(',');
}

/** A named expression's formula when it is a plain cell reference (`of:=[$Planung.$C$4]`). */
function ausdruckBezug(ausdruck: string): string | null {
  let t = ausdruck.trim().replace(/^of:/i, '');
  if (t.startsWith('=')) t = t.slice(1).trim();
  const m = /^\[([^\]]*)\]$/.exec(t);
  return excelBezug(m ? m[1]! : t);
}

// ---- content.xml ----------------------------------------------------------------------------

/** A node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }` or `{ '#text': … }`. */
type Knoten = Record<string, unknown>;

function tagVon(k: Knoten): string | undefined {
  return Object.keys(k).find((x) => x !== ':@');
}
function kinder(k: Knoten): Knoten[] {
  const t = tagVon(k);
  const v = t === undefined ? undefined : k[t];
  return Array.isArray(v) ? (v as Knoten[]) : [];
}
function attr(k: Knoten): Record<string, string> {
  return (k[':@'] as Record<string, string> | undefined) ?? {};
}

/** The text of a `text:p` (spans, links, `text:s` spaces, tabs, line breaks). */
function absatzText(knoten: readonly Knoten[]): string {
  let out = '';
  for (const k of knoten) {
    const t = tagVon(k);
    if (t === '#text') out += String(k['#text']);
    else if (t === 'text:s') out += ' '.repeat(Math.min(1000, Math.max(1, Number(attr(k)['text:c'] ?? 1) || 1)));
    else if (t === 'text:tab') out += '\t';
    else if (t === 'text:line-break') out += '\n';
    else if (t === 'office:annotation' || t === 'text:note') continue;
    else out += absatzText(kinder(k));
  }
  return out;
}

function zellText(zelle: Knoten): string {
  return kinder(zelle)
    .filter((k) => tagVon(k) === 'text:p' || tagVon(k) === 'text:h')
    .map((k) => absatzText(kinder(k)))
    .join('\n');
}

/** `2024-03-01` or `2024-03-01T10:30:00` as a UTC date, as exceljs reports Excel dates. */
function odsDatum(text: string): Date | null {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?/.exec(text.trim());
  if (!m) return null;
  const d = new Date(
    Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      Math.round(Number(m[7] ?? 0) * 1000),
    ),
  );
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `PT12H30M00S` as a fraction of a day, as Excel stores times. */
function odsDauer(text: string): number | null {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text.trim());
  if (!m) return null;
  const sekunden = Number(m[1] ?? 0) * 86400 + Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return (text.trim().startsWith('-') ? -1 : 1) * (sekunden / 86400);
}

/** Number formats by cell style, as far as the core needs them: percent (with its decimals) and dates. */
function stilFormate(automatisch: readonly Knoten[]): Map<string, string> {
  const datenstile = new Map<string, string>();
  for (const k of automatisch) {
    const t = tagVon(k);
    const name = attr(k)['style:name'];
    if (!name) continue;
    if (t === 'number:percentage-style') {
      const zahl = kinder(k).find((x) => tagVon(x) === 'number:number');
      const stellen = Math.min(10, Number(attr(zahl ?? {})['number:decimal-places'] ?? 0) || 0);
      datenstile.set(name, stellen > 0 ? `0.${'0'.repeat(stellen)}%` : '0%');
    } else if (t === 'number:date-style') datenstile.set(name, 'DD.MM.YYYY');
    else if (t === 'number:number-style') {
      const zahl = kinder(k).find((x) => tagVon(x) === 'number:number');
      const a = attr(zahl ?? {});
      const stellen = Math.min(10, Number(a['number:decimal-places'] ?? 0) || 0);
      const gruppe = a['number:grouping'] === 'true' ? '#,##0' : '0';
      datenstile.set(name, stellen > 0 ? `${gruppe}.${'0'.repeat(stellen)}` : gruppe);
    }
  }
  const formate = new Map<string, string>();
  for (const k of automatisch) {
    if (tagVon(k) !== 'style:style') continue;
    const a = attr(k);
    const f = a['style:data-style-name'] ? datenstile.get(a['style:data-style-name']) : undefined;
    if (a['style:name'] && f) formate.set(a['style:name'], f);
  }
  return formate;
}

interface ZellLauf {
  readonly von: number;
  readonly bis: number;
  readonly zelle: RoheZelle | null;
}
interface ZeilenLauf {
  readonly von: number;
  readonly bis: number;
  readonly zellen: readonly ZellLauf[];
}

function finde<T extends { von: number; bis: number }>(laeufe: readonly T[], n: number): T | undefined {
  let lo = 0;
  let hi = laeufe.length - 1;
  while (lo <= hi) {
    const mitte = (lo + hi) >> 1;
    const l = laeufe[mitte]!;
    if (n < l.von) hi = mitte - 1;
    else if (n > l.bis) lo = mitte + 1;
    else return l;
  }
  return undefined;
}

const MAX_ZEILEN = 1_048_576;
const MAX_SPALTEN = 16_384;

function wiederholt(a: Record<string, string>, schluessel: string): number {
  const n = Number(a[schluessel] ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function zellWert(
  a: Record<string, string>,
  zelle: Knoten,
  stile: ReadonlyMap<string, string>,
  spaltenStil: string | undefined,
): RoheZelle | null {
  const typ = a['office:value-type'];
  const stil = a['table:style-name'] ?? spaltenStil;
  const format = (stil && stile.get(stil)) || 'General';
  if (a['calcext:value-type'] === 'error') return { wert: { fehler: zellText(zelle).trim() || '#WERT!' }, zahlenformat: format };
  let wert: Rohwert = null;
  switch (typ) {
    case undefined:
      return null;
    case 'float':
    case 'currency': {
      const x = Number(a['office:value']);
      wert = Number.isFinite(x) ? x : null;
      break;
    }
    case 'percentage': {
      const x = Number(a['office:value']);
      wert = Number.isFinite(x) ? x : null;
      return { wert, zahlenformat: format.includes('%') ? format : '0%' };
    }
    case 'date':
      wert = odsDatum(a['office:date-value'] ?? '');
      return { wert, zahlenformat: format === 'General' ? 'DD.MM.YYYY' : format };
    case 'time':
      wert = odsDauer(a['office:time-value'] ?? '');
      return { wert, zahlenformat: 'hh:mm' };
    case 'boolean':
      wert = a['office:boolean-value'] === 'true';
      break;
    case 'string':
      wert = a['office:string-value'] ?? zellText(zelle);
      break;
    default:
      wert = zellText(zelle) || null;
  }
  return { wert, zahlenformat: format };
}

/** The rows of a table, in order, also inside row groups and header rows. */
function zeilenKnoten(knoten: readonly Knoten[], out: Knoten[] = []): Knoten[] {
  for (const k of knoten) {
    const t = tagVon(k);
    if (t === 'table:table-row') out.push(k);
    else if (t === 'table:table-row-group' || t === 'table:table-header-rows' || t === 'table:table-rows') zeilenKnoten(kinder(k), out);
  }
  return out;
}

function spaltenStile(knoten: readonly Knoten[], out: (string | undefined)[] = []): (string | undefined)[] {
  for (const k of knoten) {
    const t = tagVon(k);
    if (t === 'table:table-column') {
      const a = attr(k);
      const n = Math.min(wiederholt(a, 'table:number-columns-repeated'), MAX_SPALTEN);
      for (let i = 0; i < n && out.length < MAX_SPALTEN; i++) out.push(a['table:default-cell-style-name']);
    } else if (t === 'table:table-column-group' || t === 'table:table-header-columns' || t === 'table:table-columns')
      spaltenStile(kinder(k), out);
  }
  return out;
}

function leseBlatt(tabelle: Knoten, stile: ReadonlyMap<string, string>): Blatt {
  const a = attr(tabelle);
  const name = a['table:name'] ?? '';
  const spalten = spaltenStile(kinder(tabelle));
  const zeilen: ZeilenLauf[] = [];
  const verbunde: { oben: number; links: number; unten: number; rechts: number }[] = [];
  let maxZeile = 0;
  let maxSpalte = 0;
  let zeile = 1;
  for (const r of zeilenKnoten(kinder(tabelle))) {
    if (zeile > MAX_ZEILEN) break;
    const n = wiederholt(attr(r), 'table:number-rows-repeated');
    const bis = Math.min(MAX_ZEILEN, zeile + n - 1);
    const zellen: ZellLauf[] = [];
    let spalte = 1;
    for (const c of kinder(r)) {
      const t = tagVon(c);
      if (t !== 'table:table-cell' && t !== 'table:covered-table-cell') continue;
      if (spalte > MAX_SPALTEN) break;
      const ca = attr(c);
      const m = wiederholt(ca, 'table:number-columns-repeated');
      const cBis = Math.min(MAX_SPALTEN, spalte + m - 1);
      const wert = t === 'table:table-cell' ? zellWert(ca, c, stile, spalten[spalte - 1]) : null;
      if (wert) {
        zellen.push({ von: spalte, bis: cBis, zelle: wert });
        if (wert.wert !== null) {
          maxSpalte = Math.max(maxSpalte, cBis);
          maxZeile = Math.max(maxZeile, bis);
        }
      }
      const hoch = Number(ca['table:number-rows-spanned'] ?? 1);
      const breit = Number(ca['table:number-columns-spanned'] ?? 1);
      if (t === 'table:table-cell' && (hoch > 1 || breit > 1)) {
        for (let z = zeile; z <= bis; z++)
          verbunde.push({ oben: z, links: spalte, unten: z + Math.max(1, hoch) - 1, rechts: spalte + Math.max(1, breit) - 1 });
      }
      spalte = cBis + 1;
    }
    if (zellen.length > 0) zeilen.push({ von: zeile, bis, zellen });
    zeile = bis + 1;
  }
  return {
    name,
    zeilen: maxZeile,
    spalten: maxSpalte,
    zelle(z, s) {
      const reihe = finde(zeilen, z);
      return reihe ? (finde(reihe.zellen, s)?.zelle ?? undefined) : undefined;
    },
    verbund(z, s) {
      const v = verbunde.find((x) => z >= x.oben && z <= x.unten && s >= x.links && s <= x.rechts);
      return v ? [v.oben, v.links] : null;
    },
  };
}

/** `table:named-range` and plain-reference `table:named-expression` of one `table:named-expressions`. */
function namenAus(block: Knoten | undefined, blattIndex: number | undefined, out: DefinierterName[]): void {
  for (const k of block ? kinder(block) : []) {
    const t = tagVon(k);
    const a = attr(k);
    const name = a['table:name'];
    if (!name) continue;
    let bezug: string | null = null;
    let roh = '';
    if (t === 'table:named-range') {
      roh = a['table:cell-range-address'] ?? '';
      bezug = excelBezug(roh);
    } else if (t === 'table:named-expression') {
      roh = a['table:expression'] ?? '';
      bezug = ausdruckBezug(roh);
    } else continue;
    out.push({ name, bezug: bezug ?? roh, ...(blattIndex !== undefined ? { blattIndex } : {}) });
  }
}

function datenbankBereiche(block: Knoten | undefined): Tabelle[] {
  const out: Tabelle[] = [];
  for (const k of block ? kinder(block) : []) {
    if (tagVon(k) !== 'table:database-range') continue;
    const a = attr(k);
    const bezug = excelBezug(a['table:target-range-address'] ?? '');
    const m = bezug ? /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(bezug) : null;
    if (!a['table:name'] || !m) continue;
    out.push({
      name: a['table:name'],
      blatt: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!,
      ref: m[3]!.replace(/\$/g, ''),
      kopfzeile: a['table:contains-header'] !== 'false',
      summenzeile: false,
    });
  }
  return out;
}

function finde1(knoten: readonly Knoten[], tag: string): Knoten | undefined {
  return knoten.find((k) => tagVon(k) === tag);
}

/**
 * Reads an .ods workbook into the port's snapshot: one `BenannterBereich` for every named range,
 * plain-reference named expression and database range whose name starts with `ZV_`. Throws
 * `UnbrauchbareDatei` with a German sentence when the bytes are not a readable OpenDocument spreadsheet.
 */
export function leseOds(daten: Uint8Array | ArrayBuffer, titel: string): Arbeitsmappe {
  const bytes = daten instanceof Uint8Array ? daten : new Uint8Array(daten);
  let teile: Record<string, Uint8Array>;
  try {
    teile = unzipSync(bytes, {
      filter: (f) => (f.name === 'content.xml' && f.originalSize <= GROESSTER_INHALT) || f.name === 'META-INF/manifest.xml',
    });
  } catch {
    throw odsFehler(titel, 'das ZIP-Archiv ist beschädigt oder unvollständig');
  }
  const manifest = teile['META-INF/manifest.xml'] ? strFromU8(teile['META-INF/manifest.xml']) : '';
  if (/encryption-data/.test(manifest)) throw odsFehler(titel, 'sie ist mit einem Kennwort verschlüsselt; speichern Sie sie ohne Kennwort');
  const inhalt = teile['content.xml'];
  if (!inhalt) throw odsFehler(titel, 'es fehlt der Teil content.xml (oder er ist unplausibel groß)');
  let baum: Knoten[];
  try {
    const xml = strFromU8(inhalt);
    baum = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      processEntities: true,
      htmlEntities: false,
    }).parse(xml) as Knoten[];
  } catch {
    throw odsFehler(titel, 'ihr Inhalt ist beschädigt');
  }
  const dokument = finde1(baum, 'office:document-content');
  const koerper = dokument ? finde1(kinder(dokument), 'office:body') : undefined;
  const tabellen = koerper ? finde1(kinder(koerper), 'office:spreadsheet') : undefined;
  if (!dokument || !tabellen) throw odsFehler(titel, 'sie enthält keine Tabellenblätter');
  const stile = stilFormate(kinder(finde1(kinder(dokument), 'office:automatic-styles') ?? {}));

  const blaetter: Blatt[] = [];
  const namen: DefinierterName[] = [];
  const blattKnoten = kinder(tabellen).filter((k) => tagVon(k) === 'table:table');
  blattKnoten.forEach((t, i) => {
    blaetter.push(leseBlatt(t, stile));
    namenAus(finde1(kinder(t), 'table:named-expressions'), i, namen);
  });
  namenAus(finde1(kinder(tabellen), 'table:named-expressions'), undefined, namen);
  const quelle: Quelle = { blaetter, tabellen: datenbankBereiche(finde1(kinder(tabellen), 'table:database-ranges')) };
  return mappeAusQuelle(quelle, { blaetter: blaetter.map((b) => b.name), namen }, titel);
}
