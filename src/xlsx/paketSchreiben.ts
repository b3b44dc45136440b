/**
 * Writing into an OOXML package at precise text positions (for the checked copy): parts read and
 * written as text, new parts with their relationships and content types, the top-level children of
 * a part's root and an insertion at the schema position. Untouched bytes stay identical.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { UnbrauchbareDatei } from '../model/vereinbarung';
import { beziehungen, relsPfad } from './paket';

export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** ECMA-376 CT_Worksheet: the order of the children of <worksheet>. */
export const REIHENFOLGE = [
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

export function keineKopie(grund: string): UnbrauchbareDatei {
  return new UnbrauchbareDatei(
    `Für diese Datei kann keine geprüfte Kopie geschrieben werden, weil ${grund}; die Prüfergebnisse gelten unabhängig davon.`,
  );
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const reEsc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Attribute text of a start tag: quoted values may hold '>'. */
export const ATTR = `(?:"[^"]*"|'[^']*'|[^'">])*?`;

// ---- the package ----------------------------------------------------------------------------

export interface Paket {
  readonly teile: Map<string, Uint8Array>;
  /** Parts written anew (changed or added), as text. */
  readonly neu: Map<string, string>;
}

export function finde(p: Paket, pfad: string): string | undefined {
  if (p.neu.has(pfad) || p.teile.has(pfad)) return pfad;
  const klein = pfad.toLowerCase();
  for (const k of [...p.neu.keys(), ...p.teile.keys()]) if (k.toLowerCase() === klein) return k;
  return undefined;
}

/** The text of a part (UTF-8); throws when the bytes would not survive decoding and encoding. */
export function text(p: Paket, pfad: string): string | null {
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

export function schreibe(p: Paket, pfad: string, inhalt: string): void {
  p.neu.set(finde(p, pfad) ?? pfad, inhalt);
}

/** A VML part as one byte per character, so that any encoding survives the edit unchanged. */
export function vmlText(p: Paket, pfad: string): string | null {
  const k = finde(p, pfad);
  if (k === undefined) return null;
  return p.neu.get(k) ?? strFromU8(p.teile.get(k)!, true);
}

export function oeffne(original: Uint8Array): Paket {
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

export function packe(p: Paket): Uint8Array {
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
export function relativ(von: string, nach: string): string {
  const a = von.split('/').slice(0, -1);
  const b = nach.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export function freierName(p: Paket, muster: (n: number) => string): string {
  for (let n = 1; ; n++) if (finde(p, muster(n)) === undefined) return muster(n);
}

/** Adds a relationship to a part's .rels (created when missing) and returns its id. */
export function neueBeziehung(p: Paket, teil: string, typ: string, ziel: string): string {
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

export function inhaltstypen(p: Paket, teil: string, typ: string, endung?: string): void {
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

export interface Kind {
  /** Local name; for a top-level mc:AlternateContent the name of the element it wraps. */
  readonly name: string;
  readonly start: number;
  readonly ende: number;
}

export const TAG = new RegExp(`<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<[?!][\\s\\S]*?>|<(/?)([\\w.:-]+)(${ATTR})(/?)>`, 'g');
export const lokal = (name: string): string => name.slice(name.indexOf(':') + 1);

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
export function fuegeEin(xml: string, name: string, inhalt: string, reihenfolge = REIHENFOLGE): string {
  const { kinder: k, rootEnde } = kinder(xml);
  const rang = reihenfolge.indexOf(name);
  const danach = k.find((c) => reihenfolge.indexOf(c.name) > rang);
  const stelle = danach ? danach.start : rootEnde;
  return xml.slice(0, stelle) + inhalt + xml.slice(stelle);
}

/** The prefix bound to the relationships namespace on the root, or a declaration to add. */
export function relPraefix(xml: string): { praefix: string; deklaration: string } {
  const { rootStartEnde } = kinder(xml);
  const start = xml.slice(0, rootStartEnde);
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${reEsc(NS_REL)}"`).exec(start);
  if (m) return { praefix: m[1]!, deklaration: '' };
  const praefix = /xmlns:r\s*=/.test(start) ? 'zpr' : 'r';
  return { praefix, deklaration: ` xmlns:${praefix}="${NS_REL}"` };
}
