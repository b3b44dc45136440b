/**
 * The checked copy of a workbook (`validate --out`, the browser page's "Geprüfte Arbeitsmappe
 * herunterladen"): a patch of the original package, not a rewrite. Only these parts change:
 * - per worksheet with findings (or with marks of an earlier check): the legacy comments part
 *   (`xl/commentsN.xml`) and its VML drawing, the sheet XML (a `<legacyDrawing>` in its schema
 *   position, the highlight `<conditionalFormatting>` elements, the `<v>` of *empty* derived cells),
 *   the sheet's .rels;
 * - `xl/styles.xml` when a highlight fill (dxf) is not there yet; `[Content_Types].xml` for new parts.
 * Every other part keeps its bytes. An entered cell (number, text, boolean, error, formula) is never
 * changed. Runs in Node and in the browser (no node:fs).
 *
 * Marks of an earlier check are replaced, so a corrected copy checked again has no stale ones:
 * comments of the author "Zielplaner", runs "Fehler: …"/"Warnung: …"/"Hinweis: …" appended to a
 * user's note, and conditional formats whose formula carries the tag `Zielplaner-Markierung`
 * (the same tag the Excel pane uses). A user's own note stays; the finding is appended to it as
 * further runs (one cell holds one note). A cell whose note belongs to a threaded comment keeps it
 * untouched: it gets the highlight, not the text (Excel would otherwise show the note out of sync).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { Befund, Pruefergebnis, Schwere, Wert } from '../model/vereinbarung';
import { UnbrauchbareDatei } from '../model/vereinbarung';
import { zellPosition } from './bezug';
import { attribute, beziehungen, entschluessle, leseStruktur, relsPfad, teilPfad } from './paket';
import { spaltenName } from '../lesen/port';

/** Highlight fills: error light red, warning light orange, info light blue. */
export const MARKIERUNG: Record<Schwere, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

/** The tag in the highlight's formula; the same as the Excel pane's (src/excel/umgebung.ts). */
export const KENNUNG = 'Zielplaner-Markierung';
/** The author of the finding notes. */
export const AUTOR = 'Zielplaner';

const PRAEFIX: Record<Schwere, string> = { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' };
const RANG: Record<Schwere, number> = { error: 0, warning: 1, info: 2 };
const BEFUNDTEXT = /^\s*(Fehler|Warnung|Hinweis): /;

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYP_KOMMENTARE = `${NS_REL}/comments`;
const TYP_VML = `${NS_REL}/vmlDrawing`;
const CT_KOMMENTARE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const CT_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

/** ECMA-376 CT_Worksheet: the order of the children of <worksheet>. */
const REIHENFOLGE = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
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

/** ECMA-376 CT_Stylesheet: the children that follow <dxfs>. */
const NACH_DXFS = ['tableStyles', 'colors', 'extLst'];

/** Splits `'Planung 2026'!C12` into sheet and cell. */
export function zerlegeAdresse(adresse: string): { blatt: string; zelle: string } | null {
  const i = adresse.lastIndexOf('!');
  if (i < 0) return null;
  const roh = adresse.slice(0, i);
  const zelle = adresse.slice(i + 1).replace(/\$/g, '');
  if (!/^[A-Za-z]{1,3}\d+$/.test(zelle)) return null;
  const blatt = roh.startsWith("'") && roh.endsWith("'") ? roh.slice(1, -1).replace(/''/g, "'") : roh;
  return { blatt, zelle: zelle.toUpperCase() };
}

function keineKopie(grund: string): UnbrauchbareDatei {
  return new UnbrauchbareDatei(
    `Für diese Datei kann keine geprüfte Kopie geschrieben werden, weil ${grund}; die Prüfergebnisse gelten unabhängig davon.`,
  );
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const reEsc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Attribute text of a start tag: quoted values may hold '>'. */
const ATTR = `(?:"[^"]*"|'[^']*'|[^'">])*?`;

// ---- the package ----------------------------------------------------------------------------

interface Paket {
  readonly teile: Map<string, Uint8Array>;
  /** Parts written anew (changed or added), as text. */
  readonly neu: Map<string, string>;
}

function finde(p: Paket, pfad: string): string | undefined {
  if (p.neu.has(pfad) || p.teile.has(pfad)) return pfad;
  const klein = pfad.toLowerCase();
  for (const k of [...p.neu.keys(), ...p.teile.keys()]) if (k.toLowerCase() === klein) return k;
  return undefined;
}

/** The text of a part (UTF-8); throws when the bytes would not survive decoding and encoding. */
function text(p: Paket, pfad: string): string | null {
  const k = finde(p, pfad);
  if (k === undefined) return null;
  const n = p.neu.get(k);
  if (n !== undefined) return n;
  const bytes = p.teile.get(k)!;
  const s = strFromU8(bytes);
  const zurueck = strToU8(s);
  if (zurueck.length !== bytes.length || zurueck.some((b, i) => b !== bytes[i])) throw keineKopie(`der Teil ${k} nicht UTF-8-kodiert ist`);
  return s;
}

function schreibe(p: Paket, pfad: string, inhalt: string): void {
  p.neu.set(finde(p, pfad) ?? pfad, inhalt);
}

/** A VML part as one byte per character, so that any encoding survives the edit unchanged. */
function vmlText(p: Paket, pfad: string): string | null {
  const k = finde(p, pfad);
  if (k === undefined) return null;
  return p.neu.get(k) ?? strFromU8(p.teile.get(k)!, true);
}

function oeffne(original: Uint8Array): Paket {
  if (original.length >= 4 && original[0] === 0xd0 && original[1] === 0xcf && original[2] === 0x11 && original[3] === 0xe0) {
    throw keineKopie('sie mit einem Kennwort geschützt oder im alten .xls-Format gespeichert ist');
  }
  if (original.length < 4 || original[0] !== 0x50 || original[1] !== 0x4b) {
    throw keineKopie('sie keine Excel-Arbeitsmappe (.xlsx, .xlsm) ist');
  }
  let roh: Record<string, Uint8Array>;
  try {
    roh = unzipSync(original);
  } catch {
    throw keineKopie('das ZIP-Archiv beschädigt oder unvollständig ist');
  }
  const teile = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(roh)) if (!name.endsWith('/')) teile.set(name, bytes);
  const p: Paket = { teile, neu: new Map() };
  if (finde(p, '[Content_Types].xml') === undefined || finde(p, 'xl/workbook.xml') === undefined) {
    throw keineKopie('sie keine Excel-Arbeitsmappe im Office-Open-XML-Format (.xlsx, .xlsm) ist');
  }
  return p;
}

function packe(p: Paket): Uint8Array {
  const dateien: Record<string, Uint8Array> = {};
  for (const [name, bytes] of p.teile) dateien[name] = p.neu.has(name) ? strToU8(p.neu.get(name)!) : bytes;
  for (const [name, inhalt] of p.neu) {
    if (p.teile.has(name)) continue;
    dateien[name] = /\.vml$/i.test(name) ? strToU8(inhalt, true) : strToU8(inhalt);
  }
  // VML parts that existed were read as one byte per character
  for (const name of p.neu.keys()) if (p.teile.has(name) && /\.vml$/i.test(name)) dateien[name] = strToU8(p.neu.get(name)!, true);
  return zipSync(dateien, { level: 6 });
}

/** Relative target from the folder of `von` to the part `nach`. */
function relativ(von: string, nach: string): string {
  const a = von.split('/').slice(0, -1);
  const b = nach.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function freierName(p: Paket, muster: (n: number) => string): string {
  for (let n = 1; ; n++) if (finde(p, muster(n)) === undefined) return muster(n);
}

/** Adds a relationship to a part's .rels (created when missing) and returns its id. */
function neueBeziehung(p: Paket, teil: string, typ: string, ziel: string): string {
  const pfad = relsPfad(teil);
  const xml =
    text(p, pfad) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set([...beziehungen(xml).keys()]);
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const ende = /<\/(\w+:)?Relationships>\s*$/.exec(xml);
  const q = ende?.[1] ?? '';
  const rel = `<${q}Relationship Id="${id}" Type="${typ}" Target="${esc(relativ(teil, ziel))}"/>`;
  const neu = ende
    ? xml.slice(0, ende.index) + rel + xml.slice(ende.index)
    : xml.replace(/<((?:\w+:)?Relationships\b[^>]*?)\/>/, `<$1>${rel}</${q}Relationships>`);
  schreibe(p, pfad, neu);
  return id;
}

function inhaltstypen(p: Paket, teil: string, typ: string, endung?: string): void {
  const xml = text(p, '[Content_Types].xml')!;
  if (new RegExp(`PartName\\s*=\\s*"/${reEsc(teil)}"`, 'i').test(xml)) return;
  if (endung && new RegExp(`Extension\\s*=\\s*"${endung}"`, 'i').test(xml)) return;
  const ende = /<\/(\w+:)?Types>\s*$/.exec(xml);
  if (!ende) throw keineKopie('ihr Teil [Content_Types].xml unvollständig ist');
  const q = ende[1] ?? '';
  const eintrag = endung
    ? `<${q}Default Extension="${endung}" ContentType="${typ}"/>`
    : `<${q}Override PartName="/${teil}" ContentType="${typ}"/>`;
  schreibe(p, '[Content_Types].xml', xml.slice(0, ende.index) + eintrag + xml.slice(ende.index));
}

// ---- XML structure at text positions ---------------------------------------------------------

interface Kind {
  /** Local name; for a top-level mc:AlternateContent the name of the element it wraps. */
  readonly name: string;
  readonly start: number;
  readonly ende: number;
}

const TAG = new RegExp(`<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<[?!][\\s\\S]*?>|<(/?)([\\w.:-]+)(${ATTR})(/?)>`, 'g');
const lokal = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The children of the root element, and where the root's end tag starts. */
export function kinder(xml: string): { kinder: Kind[]; rootEnde: number; rootStartEnde: number; praefix: string } {
  const liste: { name: string; start: number; ende: number }[] = [];
  let tiefe = 0;
  let rootEnde = -1;
  let rootStartEnde = -1;
  let praefix = '';
  let aktuell: { name: string; start: number; ende: number; ersatz?: string } | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[2] === undefined) continue;
    const schliessend = m[1] === '/';
    const leer = m[4] === '/';
    if (schliessend) {
      tiefe--;
      if (tiefe === 0) {
        rootEnde = m.index;
        break;
      }
      if (tiefe === 1 && aktuell) {
        aktuell.ende = m.index + m[0].length;
        liste.push({ name: aktuell.ersatz ?? aktuell.name, start: aktuell.start, ende: aktuell.ende });
        aktuell = null;
      }
      continue;
    }
    if (tiefe === 0) {
      rootStartEnde = m.index + m[0].length;
      praefix = m[2].includes(':') ? m[2].slice(0, m[2].indexOf(':') + 1) : '';
    } else if (tiefe === 1) {
      aktuell = { name: lokal(m[2]), start: m.index, ende: m.index + m[0].length };
      if (leer) {
        liste.push({ name: aktuell.name, start: aktuell.start, ende: aktuell.ende });
        aktuell = null;
      }
    } else if (tiefe === 3 && aktuell && aktuell.name === 'AlternateContent' && aktuell.ersatz === undefined) {
      aktuell.ersatz = lokal(m[2]);
    }
    if (!leer) tiefe++;
  }
  if (rootEnde < 0) throw keineKopie('ein Tabellenblatt unvollständig ist');
  return { kinder: liste, rootEnde, rootStartEnde, praefix };
}

/** Inserts a child of <worksheet> (or of another root with `reihenfolge`) at its schema position. */
function fuegeEin(xml: string, name: string, inhalt: string, reihenfolge = REIHENFOLGE): string {
  const { kinder: k, rootEnde } = kinder(xml);
  const rang = reihenfolge.indexOf(name);
  const danach = k.find((c) => reihenfolge.indexOf(c.name) > rang);
  const stelle = danach ? danach.start : rootEnde;
  return xml.slice(0, stelle) + inhalt + xml.slice(stelle);
}

// ---- cells -----------------------------------------------------------------------------------

const STANDARD_PROZENT = new Set([9, 10]);

/** Whether each cellXfs entry of xl/styles.xml shows numbers as percent. */
function prozentStile(stileXml: string | null): boolean[] {
  if (!stileXml) return [];
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, isArray: () => true });
  const baum = parser.parse(stileXml) as Record<string, unknown[]>;
  const blatt = (baum.styleSheet?.[0] ?? {}) as Record<string, unknown[]>;
  const formate = new Map<number, string>();
  for (const nf of ((blatt.numFmts?.[0] as Record<string, unknown[]> | undefined)?.numFmt ?? []) as Record<string, string>[])
    formate.set(Number(nf.numFmtId), String(nf.formatCode ?? ''));
  const xfs = ((blatt.cellXfs?.[0] as Record<string, unknown[]> | undefined)?.xf ?? []) as Record<string, string>[];
  return xfs.map((xf) => {
    const id = Number(xf.numFmtId ?? 0);
    const code = formate.get(id);
    if (code === undefined) return STANDARD_PROZENT.has(id);
    return /%/.test(
      code
        .replace(/\[[^\]]*]/g, '')
        .replace(/"[^"]*"/g, '')
        .replace(/\\./g, ''),
    );
  });
}

function zahlText(wert: number, prozent: boolean): string {
  return String(prozent ? Number((wert / 100).toPrecision(15)) : wert);
}

/**
 * Writes `wert` into the cell when it is empty (no value, no formula, no inline text); an existing
 * cell of any other kind is left alone. Returns the sheet XML (unchanged when nothing was written).
 */
function setzeWertWennLeer(xml: string, p: string, a1: string, wert: Wert, prozent: readonly boolean[]): string {
  const pos = zellPosition(a1);
  if (!pos) return xml;
  const [zeile, spalte] = pos;
  const daten = new RegExp(`<${p}sheetData\\b${ATTR}(/?)>`).exec(xml);
  if (!daten) return xml;
  const datenStart = daten.index + daten[0].length;
  const datenEnde = daten[1] === '/' ? -1 : xml.indexOf(`</${p}sheetData>`, datenStart);
  const zelleXml = (s: string): string => {
    const stil = /\bs\s*=\s*"(\d+)"/.exec(s)?.[1];
    const prz = stil !== undefined && prozent[Number(stil)] === true;
    return typeof wert === 'number'
      ? `<${p}c r="${a1}"${s}><${p}v>${zahlText(wert, prz)}</${p}v></${p}c>`
      : `<${p}c r="${a1}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${esc(wert)}</${p}t></${p}is></${p}c>`;
  };
  const spaltenStil = (): string => {
    for (const m of xml.matchAll(new RegExp(`<${p}col\\b(${ATTR})/?>`, 'g'))) {
      const a = attribute(m[1] ?? '');
      if (Number(a.min) <= spalte && spalte <= Number(a.max) && a.style && a.style !== '0') return ` s="${a.style}"`;
    }
    return '';
  };
  if (datenEnde < 0) {
    const neu = `<${p}sheetData><${p}row r="${zeile}">${zelleXml(spaltenStil())}</${p}row></${p}sheetData>`;
    return xml.slice(0, daten.index) + neu + xml.slice(datenStart);
  }
  const zeilen = new RegExp(`<${p}row\\b(${ATTR})(/?)>`, 'g');
  zeilen.lastIndex = datenStart;
  for (let m = zeilen.exec(xml); m && m.index < datenEnde; m = zeilen.exec(xml)) {
    const a = attribute(m[1] ?? '');
    if (a.r === undefined) return xml; // positions implicit: do not guess
    const r = Number(a.r);
    if (r > zeile) {
      const neu = `<${p}row r="${zeile}">${zelleXml(spaltenStil())}</${p}row>`;
      return xml.slice(0, m.index) + neu + xml.slice(m.index);
    }
    if (r < zeile) continue;
    const zeilenStil = a.customFormat === '1' || a.customFormat === 'true' ? (a.s ? ` s="${a.s}"` : '') : null;
    if (m[2] === '/') {
      const neu = `<${p}row${m[1]}>${zelleXml(zeilenStil ?? spaltenStil())}</${p}row>`;
      return xml.slice(0, m.index) + neu + xml.slice(m.index + m[0].length);
    }
    const zeileStart = m.index + m[0].length;
    const zeileEnde = xml.indexOf(`</${p}row>`, zeileStart);
    const zellen = new RegExp(`<${p}c\\b(${ATTR})(?:/>|>([\\s\\S]*?)</${p}c>)`, 'g');
    zellen.lastIndex = zeileStart;
    for (let c = zellen.exec(xml); c && c.index < zeileEnde; c = zellen.exec(xml)) {
      const ca = attribute(c[1] ?? '');
      if (ca.r === undefined) return xml;
      const cp = zellPosition(ca.r);
      if (!cp) return xml;
      if (cp[1] < spalte) continue;
      if (cp[1] > spalte) return xml.slice(0, c.index) + zelleXml(zeilenStil ?? spaltenStil()) + xml.slice(c.index);
      const inhalt = c[2] ?? '';
      if (new RegExp(`<${p}(v|f|is)\\b`).test(inhalt)) return xml; // entered: never changed
      const attrs = (c[1] ?? '').replace(/\s+r\s*=\s*"[^"]*"/, '').replace(/\s+t\s*=\s*"[^"]*"/, '');
      return xml.slice(0, c.index) + zelleXml(attrs.replace(/\s+$/, '')) + xml.slice(c.index + c[0].length);
    }
    return xml.slice(0, zeileEnde) + zelleXml(zeilenStil ?? spaltenStil()) + xml.slice(zeileEnde);
  }
  const neu = `<${p}row r="${zeile}">${zelleXml(spaltenStil())}</${p}row>`;
  return xml.slice(0, datenEnde) + neu + xml.slice(datenEnde);
}

/** Master cell of the merged area a cell lies in (a finding on a covered cell goes there). */
function verbundStart(xml: string, p: string): (a1: string) => string {
  const bereiche: [number, number, number, number][] = [];
  for (const m of xml.matchAll(new RegExp(`<${p}mergeCell\\b(${ATTR})/?>`, 'g'))) {
    const [a, b] = (attribute(m[1] ?? '').ref ?? '').split(':');
    const pa = a ? zellPosition(a) : null;
    const pb = b ? zellPosition(b) : pa;
    if (pa && pb) bereiche.push([pa[0], pa[1], pb[0], pb[1]]);
  }
  return (a1) => {
    const z = zellPosition(a1);
    if (!z) return a1;
    const f = bereiche.find(([r1, c1, r2, c2]) => z[0] >= r1 && z[0] <= r2 && z[1] >= c1 && z[1] <= c2);
    return f ? `${spaltenName(f[1])}${f[0]}` : a1;
  };
}

// ---- highlights --------------------------------------------------------------------------------

const dxfXml = (q: string, argb: string): string =>
  `<${q}dxf><${q}fill><${q}patternFill patternType="solid"><${q}fgColor rgb="${argb}"/><${q}bgColor rgb="${argb}"/></${q}patternFill></${q}fill></${q}dxf>`;

const STANDARD_STILE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>';

/** The index of the highlight's dxf in xl/styles.xml, added when not there yet. */
function dxfIndex(p: Paket, stilePfad: string, argb: string): number {
  let xml = text(p, stilePfad);
  if (xml === null) {
    // a package without styles (allowed, rare): the defaults Excel assumes, plus the dxfs
    xml = STANDARD_STILE;
    const wbPfad = finde(p, 'xl/workbook.xml')!;
    neueBeziehung(p, wbPfad, `${NS_REL}/styles`, stilePfad);
    inhaltstypen(p, stilePfad, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
  }
  const { praefix: q } = kinder(xml);
  const gesucht = dxfXml(q, argb);
  const block = new RegExp(`<${q}dxfs\\b(${ATTR})(?:/>|>([\\s\\S]*?)</${q}dxfs>)`).exec(xml);
  const vorhandene = block
    ? [...(block[2] ?? '').matchAll(new RegExp(`<${q}dxf\\b${ATTR}(?:/>|>[\\s\\S]*?</${q}dxf>)`, 'g'))].map((m) => m[0])
    : [];
  const i = vorhandene.indexOf(gesucht);
  if (i >= 0) return i;
  const anzahl = vorhandene.length + 1;
  if (block) {
    const attrs = (block[1] ?? '').replace(/\s*\bcount\s*=\s*"[^"]*"/, '');
    const neu = `<${q}dxfs count="${anzahl}"${attrs.replace(/\s+$/, '')}>${block[2] ?? ''}${gesucht}</${q}dxfs>`;
    xml = xml.slice(0, block.index) + neu + xml.slice(block.index + block[0].length);
  } else {
    xml = fuegeEin(xml, 'dxfs', `<${q}dxfs count="1">${gesucht}</${q}dxfs>`, ['dxfs', ...NACH_DXFS]);
  }
  schreibe(p, stilePfad, xml);
  return anzahl - 1;
}

/** Removes the highlights of an earlier check (tagged conditional formats). */
function ohneAlteMarkierungen(xml: string, p: string): string {
  return xml.replace(new RegExp(`<${p}conditionalFormatting\\b${ATTR}>[\\s\\S]*?</${p}conditionalFormatting>`, 'g'), (cf) =>
    cf.includes(KENNUNG) ? '' : cf,
  );
}

// ---- notes -------------------------------------------------------------------------------------

interface Notizen {
  readonly xml: string;
  /** Cells whose earlier finding note was removed (their VML shape goes too). */
  readonly entfernt: Set<string>;
  /** Cells that got a new note (they need a VML shape). */
  readonly hinzu: Set<string>;
}

const lauf = (q: string, text: string): string =>
  `<${q}r><${q}rPr><${q}sz val="9"/><${q}rFont val="Tahoma"/><${q}family val="2"/></${q}rPr><${q}t xml:space="preserve">${esc(text)}</${q}t></${q}r>`;

function laufText(r: string): string {
  return [...r.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => entschluessle(m[1] ?? '')).join('');
}

/** The comments part with the finding notes: earlier ones out, new ones in, the user's kept. */
function patcheNotizen(alt: string | null, texte: ReadonlyMap<string, string>): Notizen {
  const entfernt = new Set<string>();
  const hinzu = new Set<string>();
  let xml =
    alt ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';
  const { praefix: q } = kinder(xml);
  // authors (read with fast-xml-parser; edited as text)
  const parser = new XMLParser({
    removeNSPrefix: true,
    isArray: () => true,
    processEntities: true,
    ignoreAttributes: true,
    parseTagValue: false,
  });
  const baum = parser.parse(xml) as { comments?: { authors?: { author?: unknown[] }[] }[] };
  const autoren = (baum.comments?.[0]?.authors?.[0]?.author ?? []).map((a) => String(typeof a === 'object' ? '' : a));
  let unsere = autoren.indexOf(AUTOR);
  if (unsere < 0) {
    unsere = autoren.length;
    const a = `<${q}author>${AUTOR}</${q}author>`;
    const block = new RegExp(`<${q}authors\\b${ATTR}(/?)>`).exec(xml);
    if (!block) xml = xml.replace(new RegExp(`(<${q}comments\\b${ATTR}>)`), `$1<${q}authors>${a}</${q}authors>`);
    else if (block[1] === '/')
      xml = xml.slice(0, block.index) + `<${q}authors>${a}</${q}authors>` + xml.slice(block.index + block[0].length);
    else {
      const ende = xml.indexOf(`</${q}authors>`);
      xml = xml.slice(0, ende) + a + xml.slice(ende);
    }
  }
  const erledigt = new Set<string>();
  xml = xml.replace(new RegExp(`<${q}comment\\b(${ATTR})>([\\s\\S]*?)</${q}comment>`, 'g'), (ganz, attrs: string, inhalt: string) => {
    const a = attribute(attrs);
    const ref = (a.ref ?? '').toUpperCase();
    if (Number(a.authorId) === unsere) {
      entfernt.add(ref);
      return '';
    }
    // a note of the user's: earlier finding runs out, the new ones appended
    const threaded = /^tc=/.test(autoren[Number(a.authorId)] ?? '');
    let neu = inhalt.replace(new RegExp(`<${q}r\\b${ATTR}>[\\s\\S]*?</${q}r>`, 'g'), (r) => (BEFUNDTEXT.test(laufText(r)) ? '' : r));
    const t = texte.get(ref);
    if (t !== undefined) {
      erledigt.add(ref);
      if (!threaded) {
        const rst = new RegExp(`(<${q}text\\b${ATTR}>)([\\s\\S]*?)(</${q}text>)`).exec(neu);
        if (rst) {
          let koerper = rst[2] ?? '';
          // a plain <t> becomes a run, so that further runs may follow it
          if (!new RegExp(`<${q}r\\b`).test(koerper))
            koerper = koerper.replace(new RegExp(`<${q}t\\b${ATTR}(?:/>|>[\\s\\S]*?</${q}t>)`), (x) => `<${q}r>${x}</${q}r>`);
          koerper = koerper.replace(new RegExp(`((?:</${q}r>|<${q}r\\b${ATTR}/>))(?![\\s\\S]*</${q}r>)`), `$1${lauf(q, `\n\n${t}`)}`);
          if (!new RegExp(`<${q}r\\b`).test(koerper)) koerper = lauf(q, t) + koerper;
          neu = neu.slice(0, rst.index) + rst[1] + koerper + rst[3] + neu.slice(rst.index + rst[0].length);
        }
      }
    }
    return neu === inhalt ? ganz : `<${q}comment${attrs}>${neu}</${q}comment>`;
  });
  let neue = '';
  for (const [ref, t] of texte) {
    if (erledigt.has(ref)) continue;
    neue += `<${q}comment ref="${ref}" authorId="${unsere}"><${q}text>${lauf(q, t)}</${q}text></${q}comment>`;
    hinzu.add(ref);
  }
  if (neue) {
    const leer = new RegExp(`<${q}commentList\\b(${ATTR})/>`).exec(xml);
    if (leer)
      xml = xml.slice(0, leer.index) + `<${q}commentList${leer[1]}>${neue}</${q}commentList>` + xml.slice(leer.index + leer[0].length);
    else {
      const ende = xml.indexOf(`</${q}commentList>`);
      if (ende >= 0) xml = xml.slice(0, ende) + neue + xml.slice(ende);
      else xml = fuegeEin(xml, 'commentList', `<${q}commentList>${neue}</${q}commentList>`, ['authors', 'commentList', 'extLst']);
    }
  }
  return { xml, entfernt, hinzu };
}

const VML_KOPF =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">';
const VML_TYP =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function vmlForm(id: number, a1: string): string {
  const [zeile, spalte] = zellPosition(a1)!;
  const r = zeile - 1;
  const c = spalte - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:90pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${Math.max(0, r - 1)}, 10, ${c + 5}, 15, ${r + 5}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

/** The VML drawing with note shapes for the new notes, without those of removed ones. */
function patcheVml(alt: string | null, entfernt: ReadonlySet<string>, hinzu: ReadonlySet<string>, block: number): string {
  let xml = alt ?? `${VML_KOPF}<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${VML_TYP}</xml>`;
  if (entfernt.size > 0) {
    xml = xml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (form) => {
      if (!/ObjectType\s*=\s*"Note"/.test(form)) return form;
      const r = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(form)?.[1];
      const c = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(form)?.[1];
      if (r === undefined || c === undefined) return form;
      return entfernt.has(`${spaltenName(Number(c) + 1)}${Number(r) + 1}`) && !hinzu.has(`${spaltenName(Number(c) + 1)}${Number(r) + 1}`)
        ? ''
        : form;
    });
  }
  // a shape of a removed note that gets a new note again is kept as it is
  const neu = [...hinzu].filter((a1) => !entfernt.has(a1));
  if (neu.length === 0) return xml;
  if (!xml.includes('_x0000_t202')) xml = xml.replace(/(<o:shapelayout\b[\s\S]*?<\/o:shapelayout>)/, `$1${VML_TYP}`);
  if (!xml.includes('_x0000_t202')) xml = xml.replace(/(<xml\b[^>]*>)/, `$1${VML_TYP}`);
  let id = Math.max(block * 1024, ...[...xml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1])));
  const formen = neu.map((a1) => vmlForm(++id, a1)).join('');
  const ende = xml.lastIndexOf('</xml>');
  return ende >= 0 ? xml.slice(0, ende) + formen + xml.slice(ende) : xml + formen;
}

// ---- the checked copy --------------------------------------------------------------------------

interface Auftrag {
  readonly befunde: Map<string, Befund[]>;
  readonly werte: Map<string, Wert>;
}

/** Derived values that were not entered, by cell address (the checked copy writes them into empty cells). */
function abgeleiteteWerte(e: Pruefergebnis): [string, Wert][] {
  const v = e.vereinbarung;
  return Object.entries(v.werte).flatMap(([feld, wert]) => (!v.eingegeben.has(feld) && v.zellen[feld] ? [[v.zellen[feld]!, wert]] : []));
}

/**
 * A copy of the workbook with every finding as a German note ("Fehler: …", "Warnung: …") and a
 * highlight on its cell, and the derived values written into their empty cells. Throws
 * `UnbrauchbareDatei` (German sentence) when the original is not an OOXML workbook.
 */
export async function schreibeGepruefteMappe(original: Uint8Array, ergebnisse: readonly Pruefergebnis[]): Promise<Uint8Array> {
  const p = oeffne(original);
  const wbPfad = finde(p, 'xl/workbook.xml')!;
  const workbookXml = text(p, wbPfad)!;
  const wbRels = beziehungen(text(p, relsPfad(wbPfad)) ?? '');
  const struktur = leseStruktur(workbookXml);
  const blattPfad = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = attribute(m[1] ?? '');
    const rid = Object.entries(a).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1];
    const rel = rid ? wbRels.get(rid) : undefined;
    if (a.name !== undefined && rel && /\/worksheet$/.test(rel.typ)) {
      const pfad = finde(p, teilPfad('xl/', rel.ziel));
      if (pfad) blattPfad.set(a.name, pfad);
    }
  }
  const stilePfad = [...wbRels.values()].filter((r) => /\/styles$/.test(r.typ)).map((r) => teilPfad('xl/', r.ziel))[0] ?? 'xl/styles.xml';

  const auftraege = new Map<string, Auftrag>();
  const auftrag = (adresse: string): [Auftrag, string] | null => {
    const t = zerlegeAdresse(adresse);
    if (!t) return null;
    const name =
      struktur.blaetter.find((b) => b === t.blatt && blattPfad.has(b)) ??
      struktur.blaetter.find((b) => b.toLowerCase() === t.blatt.toLowerCase() && blattPfad.has(b));
    if (!name) return null;
    const pfad = blattPfad.get(name)!;
    const a = auftraege.get(pfad) ?? { befunde: new Map(), werte: new Map() };
    auftraege.set(pfad, a);
    return [a, t.zelle];
  };
  for (const e of ergebnisse) {
    for (const [adresse, wert] of abgeleiteteWerte(e)) {
      const x = auftrag(adresse);
      if (x && !x[0].werte.has(x[1])) x[0].werte.set(x[1], wert);
    }
    for (const b of e.befunde) {
      const x = b.cell ? auftrag(b.cell) : null;
      if (x) x[0].befunde.set(x[1], [...(x[0].befunde.get(x[1]) ?? []), b]);
    }
  }
  // sheets with marks of an earlier check are cleaned even without findings now
  for (const pfad of blattPfad.values()) {
    if (auftraege.has(pfad)) continue;
    const xml = text(p, pfad);
    const k = kommentarPfad(p, pfad);
    const alteNotizen = k !== null && new RegExp(`>${AUTOR}</(\\w+:)?author>`).test(text(p, k) ?? '');
    if (xml && (xml.includes(KENNUNG) || alteNotizen)) auftraege.set(pfad, { befunde: new Map(), werte: new Map() });
  }

  let prozent: boolean[] | null = null;
  let vmlBlock = Math.max(
    0,
    ...[...p.teile.keys()]
      .filter((k) => /\.vml$/i.test(k))
      .flatMap((k) => [...(vmlText(p, k) ?? '').matchAll(/data\s*=\s*"([\d,\s]+)"/g)].flatMap((m) => (m[1] ?? '').split(',').map(Number))),
  );

  for (const [pfad, a] of auftraege) {
    const vorher = text(p, pfad);
    if (vorher === null) continue;
    let xml = vorher;
    const { praefix: q } = kinder(xml);
    const master = verbundStart(xml, q);

    // derived values into empty cells
    if (a.werte.size > 0) {
      prozent ??= prozentStile(text(p, stilePfad));
      for (const [a1, wert] of a.werte) xml = setzeWertWennLeer(xml, q, a1, wert, prozent);
    }

    // notes: grouped per (master) cell, worst first
    const proZelle = new Map<string, Befund[]>();
    for (const [a1, liste] of a.befunde) {
      const m = master(a1);
      proZelle.set(m, [...(proZelle.get(m) ?? []), ...liste]);
    }
    const texte = new Map<string, string>();
    const schwere = new Map<string, Schwere>();
    for (const [a1, liste] of proZelle) {
      liste.sort((x, y) => RANG[x.severity] - RANG[y.severity]);
      texte.set(a1, liste.map((b) => `${PRAEFIX[b.severity]}: ${b.message}`).join('\n\n'));
      schwere.set(a1, liste[0]!.severity);
    }

    const kommentare = kommentarPfad(p, pfad);
    const mitAlten = kommentare !== null && new RegExp(`>${AUTOR}</(\\w+:)?author>`).test(text(p, kommentare) ?? '');
    if (texte.size > 0 || mitAlten) {
      const notizen = patcheNotizen(kommentare ? text(p, kommentare) : null, texte);
      const kPfad = kommentare ?? freierName(p, (n) => `xl/comments${n}.xml`);
      if (notizen.xml !== (kommentare ? text(p, kommentare) : null)) schreibe(p, kPfad, notizen.xml);
      if (!kommentare) {
        neueBeziehung(p, pfad, TYP_KOMMENTARE, kPfad);
        inhaltstypen(p, kPfad, CT_KOMMENTARE);
      }
      // the VML drawing of the notes: the one <legacyDrawing> names, or a new one
      const ld = new RegExp(`<${q}legacyDrawing\\b(${ATTR})/?>`).exec(xml);
      const ldId = ld ? Object.entries(attribute(ld[1] ?? '')).find(([k]) => k.endsWith(':id') || k === 'id')?.[1] : undefined;
      const ldRel = ldId ? beziehungen(text(p, relsPfad(pfad)) ?? '').get(ldId) : undefined;
      const vPfadAlt = ldRel ? finde(p, teilPfad(pfad.slice(0, pfad.lastIndexOf('/') + 1), ldRel.ziel)) : undefined;
      if (notizen.hinzu.size > 0 || (vPfadAlt && notizen.entfernt.size > 0)) {
        const altVml = vPfadAlt ? vmlText(p, vPfadAlt) : null;
        const vPfad = vPfadAlt ?? freierName(p, (n) => `xl/drawings/vmlDrawing${n}.vml`);
        const idmap = altVml ? /<o:idmap\b[^>]*\bdata\s*=\s*"(\d+)/.exec(altVml)?.[1] : undefined;
        const block = idmap !== undefined ? Number(idmap) : ++vmlBlock;
        const neuVml = patcheVml(altVml, notizen.entfernt, notizen.hinzu, block);
        if (neuVml !== altVml) schreibe(p, vPfad, neuVml);
        if (!vPfadAlt) {
          const id = neueBeziehung(p, pfad, TYP_VML, vPfad);
          inhaltstypen(p, vPfad, CT_VML, 'vml');
          const r = relPraefix(xml);
          if (r.deklaration) {
            const { rootStartEnde } = kinder(xml);
            const ende = xml[rootStartEnde - 2] === '/' ? rootStartEnde - 2 : rootStartEnde - 1;
            xml = xml.slice(0, ende) + r.deklaration + xml.slice(ende);
          }
          // an empty <legacyDrawing/> without id (as exceljs may leave it) is replaced
          if (ld) xml = xml.slice(0, ld.index) + xml.slice(ld.index + ld[0].length);
          xml = fuegeEin(xml, 'legacyDrawing', `<${q}legacyDrawing ${r.praefix}:id="${id}"/>`);
        }
      }
    }

    // highlights: earlier ones out, one tagged conditional format per severity in
    xml = ohneAlteMarkierungen(xml, q);
    const nachSchwere = new Map<Schwere, string[]>();
    for (const [a1, s] of schwere) nachSchwere.set(s, [...(nachSchwere.get(s) ?? []), a1]);
    if (nachSchwere.size > 0) {
      let prio = Math.max(0, ...[...xml.matchAll(/\bpriority\s*=\s*"(\d+)"/g)].map((m) => Number(m[1])));
      let cf = '';
      for (const s of ['error', 'warning', 'info'] as const) {
        const zellen = nachSchwere.get(s);
        if (!zellen) continue;
        const dxf = dxfIndex(p, stilePfad, MARKIERUNG[s]);
        const sqref = zellen
          .sort((x, y) => zellPosition(x)![0] - zellPosition(y)![0] || zellPosition(x)![1] - zellPosition(y)![1])
          .join(' ');
        cf += `<${q}conditionalFormatting sqref="${sqref}"><${q}cfRule type="expression" dxfId="${dxf}" priority="${++prio}"><${q}formula>N("${KENNUNG}")=0</${q}formula></${q}cfRule></${q}conditionalFormatting>`;
      }
      xml = fuegeEin(xml, 'conditionalFormatting', cf);
    }
    if (xml !== vorher) schreibe(p, pfad, xml);
  }
  return packe(p);
}

/** The comments part of a sheet, from its .rels. */
function kommentarPfad(p: Paket, blatt: string): string | null {
  const rels = text(p, relsPfad(blatt));
  if (!rels) return null;
  const r = [...beziehungen(rels).values()].find((x) => x.typ === TYP_KOMMENTARE || /\/comments$/.test(x.typ));
  return r ? (finde(p, teilPfad(blatt.slice(0, blatt.lastIndexOf('/') + 1), r.ziel)) ?? null) : null;
}

/** The prefix bound to the relationships namespace on the root, or a declaration to add. */
function relPraefix(xml: string): { praefix: string; deklaration: string } {
  const { rootStartEnde } = kinder(xml);
  const start = xml.slice(0, rootStartEnde);
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${reEsc(NS_REL)}"`).exec(start);
  if (m) return { praefix: m[1]!, deklaration: '' };
  const praefix = /xmlns:r\s*=/.test(start) ? 'zpr' : 'r';
  return { praefix, deklaration: ` xmlns:${praefix}="${NS_REL}"` };
}
