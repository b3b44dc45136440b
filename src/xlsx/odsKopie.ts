/**
 * The checked copy of an OpenDocument spreadsheet (.ods): again an .ods, patched like the .xlsx copy
 * (gepruefteKopie.ts), not rewritten. Only two parts change:
 * - `content.xml`: a note (`office:annotation`, author "Zielplaner") on each finding's cell, the
 *   derived values in *empty* cells, and per sheet one conditional format per severity
 *   (`calcext:conditional-format`, as LibreOffice Calc writes its own) that gives the highlight;
 * - `styles.xml`: the three highlight cell styles (`ZielplanerFehler`, `ZielplanerWarnung`,
 *   `ZielplanerHinweis`), when not there yet.
 * Every other part keeps its bytes; `mimetype` stays the first entry, stored. Rows and cells repeated
 * with `number-rows-repeated`/`number-columns-repeated` are split only around the cells written.
 * An entered cell (a value, a formula, text) never changes.
 *
 * Marks of an earlier check are replaced: annotations of the author "Zielplaner", paragraphs
 * "Fehler: …"/"Warnung: …"/"Hinweis: …" appended to a user's annotation, and conditional formats
 * applying a Zielplaner style. A user's own annotation stays; findings are appended as paragraphs.
 * Runs in Node and in the browser (no node:fs).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Befund, Pruefergebnis, Schwere, Wert } from '../model/vereinbarung';
import { zahlWieEingegeben } from '../model/format';
import { spaltenName } from '../lesen/port';
import { zellPosition } from './bezug';
import { abgeleiteteWerte, MARKIERUNG, PRAEFIX, RANG, zerlegeAdresse } from './markierung';
import { ATTR, esc, keineKopie, reEsc } from './paketSchreiben';

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
const AUTOR = 'Zielplaner';
const BEFUNDTEXT = /^\s*(Fehler|Warnung|Hinweis): /;

/** The highlight cell styles (common styles in styles.xml), by severity. */
export const ODS_STIL: Record<Schwere, string> = { error: 'ZielplanerFehler', warning: 'ZielplanerWarnung', info: 'ZielplanerHinweis' };
const UNSER_STIL = new RegExp(`calcext:apply-style-name\\s*=\\s*"(?:${Object.values(ODS_STIL).join('|')})"`);

const NS: Record<string, string> = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
  calcext: 'urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
};

/** True when the bytes are a zip whose `mimetype` entry names an OpenDocument spreadsheet. */
export function istOdsPaket(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  try {
    const t = unzipSync(bytes, { filter: (f) => f.name === 'mimetype' && f.originalSize < 200 });
    return t.mimetype !== undefined && strFromU8(t.mimetype).trim() === ODS_MIME;
  } catch {
    return false;
  }
}

// ---- small XML helpers -----------------------------------------------------------------------

interface Aenderung {
  readonly von: number;
  readonly bis: number;
  readonly text: string;
}

function wende(xml: string, aenderungen: readonly Aenderung[]): string {
  if (aenderungen.length === 0) return xml;
  const sortiert = [...aenderungen].sort((x, y) => x.von - y.von);
  let out = '';
  let stelle = 0;
  for (const x of sortiert) {
    out += xml.slice(stelle, x.von) + x.text;
    stelle = x.bis;
  }
  return out + xml.slice(stelle);
}

function attribut(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${reEsc(name)}\\s*=\\s*"([^"]*)"`).exec(attrs)?.[1];
}
function ohneAttribut(attrs: string, name: string): string {
  return attrs.replace(new RegExp(`\\s+${reEsc(name)}\\s*=\\s*"[^"]*"`, 'g'), '');
}
function wiederholung(attrs: string, name: string): number {
  const n = Number(attribut(attrs, name) ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
const absatzText = (p: string): string =>
  p
    .replace(/<text:s\b[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Adds namespace declarations the root element of a part lacks. */
function mitNamensraeumen(xml: string, praefixe: readonly string[]): string {
  const root = /<(?!\?|!)[\w.:-]+\b(?:"[^"]*"|'[^']*'|[^'">])*>/.exec(xml);
  if (!root) return xml;
  const fehlend = praefixe.filter((p) => !new RegExp(`xmlns:${p}\\s*=`).test(root[0]));
  if (fehlend.length === 0) return xml;
  const ende = root.index + root[0].length - (root[0].endsWith('/>') ? 2 : 1);
  return xml.slice(0, ende) + fehlend.map((p) => ` xmlns:${p}="${NS[p]}"`).join('') + xml.slice(ende);
}

/** A table name in an ODF cell address (quoted when it is not a plain name). */
const odsBlatt = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

// ---- what goes where ---------------------------------------------------------------------------

interface ZellAuftrag {
  befunde: Befund[];
  wert?: Wert;
}

/** Findings and derived values per sheet name (as the reader named the sheets) and cell (row, column). */
function auftraege(ergebnisse: readonly Pruefergebnis[]): Map<string, Map<number, Map<number, ZellAuftrag>>> {
  const out = new Map<string, Map<number, Map<number, ZellAuftrag>>>();
  const zelle = (adresse: string): ZellAuftrag | null => {
    const t = zerlegeAdresse(adresse);
    const pos = t ? zellPosition(t.zelle) : null;
    if (!t || !pos) return null;
    const blatt = out.get(t.blatt) ?? new Map<number, Map<number, ZellAuftrag>>();
    out.set(t.blatt, blatt);
    const zeile = blatt.get(pos[0]) ?? new Map<number, ZellAuftrag>();
    blatt.set(pos[0], zeile);
    const a = zeile.get(pos[1]) ?? { befunde: [] };
    zeile.set(pos[1], a);
    return a;
  };
  for (const e of ergebnisse) {
    for (const [adresse, wert] of abgeleiteteWerte(e)) {
      const a = zelle(adresse);
      if (a && a.wert === undefined) a.wert = wert;
    }
    for (const b of e.befunde) if (b.cell) zelle(b.cell)?.befunde.push(b);
  }
  return out;
}

// ---- number formats: which cell styles show percent ---------------------------------------------

function prozentStile(inhalt: string, stile: string | null): (stil: string | undefined) => boolean {
  const xml = inhalt + (stile ?? '');
  const prozent = new Set([...xml.matchAll(/<number:percentage-style\b[^>]*\bstyle:name\s*=\s*"([^"]*)"/g)].map((m) => m[1]!));
  const daten = new Map<string, string>();
  for (const m of xml.matchAll(/<style:style\b([^>]*)>/g)) {
    const name = attribut(m[1]!, 'style:name');
    const d = attribut(m[1]!, 'style:data-style-name');
    if (name && d) daten.set(name, d);
  }
  return (stil) => stil !== undefined && prozent.has(daten.get(stil) ?? '');
}

// ---- cells -----------------------------------------------------------------------------------

const ZELLE = new RegExp(`<table:(table-cell|covered-table-cell)(?=[\\s/>])(${ATTR})(?:/>|>([\\s\\S]*?)</table:\\1>)`, 'g');

function zelleXml(tag: string, attrs: string, inhalt: string | null): string {
  return inhalt === null || inhalt === '' ? `<table:${tag}${attrs}/>` : `<table:${tag}${attrs}>${inhalt}</table:${tag}>`;
}

/** One cell with its note and derived value; `attrs` without repetition. */
function patcheZelle(tag: string, attrs: string, inhalt: string, a: ZellAuftrag, prozent: boolean): string {
  let neuAttrs = attrs;
  let neuInhalt = inhalt;
  const leer =
    tag === 'table-cell' &&
    attribut(attrs, 'office:value-type') === undefined &&
    attribut(attrs, 'table:formula') === undefined &&
    !/<text:(p|h)\b/.test(inhalt) &&
    !/<draw:/.test(inhalt);
  if (a.wert !== undefined && leer) {
    if (typeof a.wert === 'number') {
      const wert = prozent ? Number((a.wert / 100).toPrecision(15)) : a.wert;
      const typ = prozent ? 'percentage' : 'float';
      neuAttrs += ` office:value-type="${typ}" office:value="${wert}" calcext:value-type="${typ}"`;
      neuInhalt += `<text:p>${esc(prozent ? `${zahlWieEingegeben(a.wert)} %` : zahlWieEingegeben(a.wert))}</text:p>`;
    } else {
      neuAttrs += ' office:value-type="string" calcext:value-type="string"';
      neuInhalt += `<text:p>${esc(a.wert)}</text:p>`;
    }
  }
  if (a.befunde.length > 0) {
    const absaetze = [...a.befunde]
      .sort((x, y) => RANG[x.severity] - RANG[y.severity])
      .map((b) => `<text:p>${esc(`${PRAEFIX[b.severity]}: ${b.message}`)}</text:p>`)
      .join('');
    const vorhanden = /<office:annotation\b[^>]*>[\s\S]*?<\/office:annotation>/.exec(neuInhalt);
    if (vorhanden) {
      // the user's annotation stays; the findings follow as paragraphs
      const ende = vorhanden.index + vorhanden[0].length - '</office:annotation>'.length;
      neuInhalt = neuInhalt.slice(0, ende) + absaetze + neuInhalt.slice(ende);
    } else {
      neuInhalt = `<office:annotation><dc:creator>${AUTOR}</dc:creator>${absaetze}</office:annotation>` + neuInhalt;
    }
  }
  return zelleXml(tag, neuAttrs, neuInhalt);
}

/** The cells of one row with the tasks applied; repeated cells are split around the written ones. */
function patcheZellen(
  inhalt: string,
  aufgaben: ReadonlyMap<number, ZellAuftrag>,
  prozent: (spalte: number, stil: string | undefined) => boolean,
): string {
  const spalten = [...aufgaben.keys()].sort((x, y) => x - y);
  const aenderungen: Aenderung[] = [];
  let spalte = 1;
  let i = 0;
  ZELLE.lastIndex = 0;
  for (let m = ZELLE.exec(inhalt); m && i < spalten.length; m = ZELLE.exec(inhalt)) {
    const tag = m[1]!;
    const attrs = m[2] ?? '';
    const n = wiederholung(attrs, 'table:number-columns-repeated');
    const bis = spalte + n - 1;
    const ziele: number[] = [];
    while (i < spalten.length && spalten[i]! <= bis) ziele.push(spalten[i++]!);
    if (ziele.length > 0) {
      const ohne = ohneAttribut(attrs, 'table:number-columns-repeated');
      const lauf = (k: number): string => zelleXml(tag, k > 1 ? `${ohne} table:number-columns-repeated="${k}"` : ohne, m![3] ?? null);
      let neu = '';
      let stelle = spalte;
      for (const z of ziele) {
        if (z > stelle) neu += lauf(z - stelle);
        const stil = attribut(attrs, 'table:style-name');
        neu += patcheZelle(tag, ohne, m[3] ?? '', aufgaben.get(z)!, prozent(z, stil));
        stelle = z + 1;
      }
      if (stelle <= bis) neu += lauf(bis - stelle + 1);
      aenderungen.push({ von: m.index, bis: m.index + m[0].length, text: neu });
    }
    spalte = bis + 1;
  }
  // cells beyond the row's last cell
  let anhang = '';
  for (; i < spalten.length; i++) {
    const z = spalten[i]!;
    if (z > spalte) anhang += zelleXml('table-cell', z - spalte > 1 ? ` table:number-columns-repeated="${z - spalte}"` : '', null);
    anhang += patcheZelle('table-cell', '', '', aufgaben.get(z)!, prozent(z, undefined));
    spalte = z + 1;
  }
  if (anhang) aenderungen.push({ von: inhalt.length, bis: inhalt.length, text: anhang });
  return wende(inhalt, aenderungen);
}

// ---- sheets ----------------------------------------------------------------------------------

const TABELLE_START = new RegExp(`<table:table(?=[\\s>])(${ATTR})>`, 'g');
const ZEILE = new RegExp(`<table:table-row(?=[\\s/>])(${ATTR})(/?)>`, 'g');

/** Start and end (after `</table:table>`) of every sheet, by name. */
function tabellen(xml: string): { name: string; start: number; kopfEnde: number; ende: number }[] {
  const out: { name: string; start: number; kopfEnde: number; ende: number }[] = [];
  TABELLE_START.lastIndex = 0;
  for (let m = TABELLE_START.exec(xml); m; m = TABELLE_START.exec(xml)) {
    const name = absatzText(attribut(m[1] ?? '', 'table:name') ?? '');
    // nested tables (sub-tables in a cell) are counted, so the sheet ends at its own end tag
    const re = /<table:table(?=[\s>])|<\/table:table>/g;
    re.lastIndex = m.index + m[0].length;
    let tiefe = 1;
    let ende = -1;
    for (let t = re.exec(xml); t; t = re.exec(xml)) {
      tiefe += t[0].startsWith('</') ? -1 : 1;
      if (tiefe === 0) {
        ende = t.index + t[0].length;
        break;
      }
    }
    if (ende < 0) throw keineKopie('ein Tabellenblatt in content.xml unvollständig ist');
    out.push({ name, start: m.index, kopfEnde: m.index + m[0].length, ende });
    TABELLE_START.lastIndex = ende;
  }
  return out;
}

/** The default cell style of each column (runs of `number-columns-repeated`), from the sheet's column elements. */
function spaltenStile(kopf: string): (spalte: number) => string | undefined {
  const laeufe: [number, number, string | undefined][] = [];
  let spalte = 1;
  for (const m of kopf.matchAll(new RegExp(`<table:table-column(?=[\\s/>])(${ATTR})/?>`, 'g'))) {
    const n = wiederholung(m[1] ?? '', 'table:number-columns-repeated');
    laeufe.push([spalte, spalte + n - 1, attribut(m[1] ?? '', 'table:default-cell-style-name')]);
    spalte += n;
  }
  return (s) => laeufe.find(([v, b]) => v <= s && s <= b)?.[2];
}

/** One sheet with notes, values and highlights. */
function patcheTabelle(
  xml: string,
  name: string,
  aufgaben: ReadonlyMap<number, Map<number, ZellAuftrag>>,
  istProzent: (stil: string | undefined) => boolean,
): string {
  const ersterZeile = xml.search(/<table:table-row(?=[\s/>])/);
  const spaltenStil = spaltenStile(ersterZeile >= 0 ? xml.slice(0, ersterZeile) : xml);
  const prozent = (spalte: number, stil: string | undefined): boolean => istProzent(stil ?? spaltenStil(spalte));
  const zeilen = [...aufgaben.keys()].sort((x, y) => x - y);
  const aenderungen: Aenderung[] = [];
  let zeile = 1;
  let i = 0;
  let letzteZeileEnde = -1;
  ZEILE.lastIndex = 0;
  for (let m = ZEILE.exec(xml); m && i < zeilen.length; m = ZEILE.exec(xml)) {
    const attrs = m[1] ?? '';
    const leer = m[2] === '/';
    const inhaltStart = m.index + m[0].length;
    const inhaltEnde = leer ? inhaltStart : xml.indexOf('</table:table-row>', inhaltStart);
    if (inhaltEnde < 0) throw keineKopie('eine Zeile in content.xml unvollständig ist');
    const elementEnde = leer ? inhaltStart : inhaltEnde + '</table:table-row>'.length;
    const n = wiederholung(attrs, 'table:number-rows-repeated');
    const bis = zeile + n - 1;
    const ziele: number[] = [];
    while (i < zeilen.length && zeilen[i]! <= bis) ziele.push(zeilen[i++]!);
    if (ziele.length > 0) {
      const inhalt = xml.slice(inhaltStart, inhaltEnde);
      const ohne = ohneAttribut(attrs, 'table:number-rows-repeated');
      const lauf = (k: number, innen: string): string => {
        const a = k > 1 ? `${ohne} table:number-rows-repeated="${k}"` : ohne;
        return innen ? `<table:table-row${a}>${innen}</table:table-row>` : `<table:table-row${a}/>`;
      };
      let neu = '';
      let stelle = zeile;
      for (const z of ziele) {
        if (z > stelle) neu += lauf(z - stelle, inhalt);
        neu += lauf(1, patcheZellen(inhalt, aufgaben.get(z)!, prozent));
        stelle = z + 1;
      }
      if (stelle <= bis) neu += lauf(bis - stelle + 1, inhalt);
      aenderungen.push({ von: m.index, bis: elementEnde, text: neu });
    }
    letzteZeileEnde = elementEnde;
    zeile = bis + 1;
    ZEILE.lastIndex = elementEnde;
  }
  // rows beyond the sheet's last row
  if (i < zeilen.length) {
    let anhang = '';
    for (; i < zeilen.length; i++) {
      const z = zeilen[i]!;
      if (z > zeile) anhang += z - zeile > 1 ? `<table:table-row table:number-rows-repeated="${z - zeile}"/>` : '<table:table-row/>';
      anhang += `<table:table-row>${patcheZellen('', aufgaben.get(z)!, prozent)}</table:table-row>`;
      zeile = z + 1;
    }
    const stelle = letzteZeileEnde >= 0 ? letzteZeileEnde : xml.lastIndexOf('</table:table>');
    aenderungen.push({ von: stelle, bis: stelle, text: anhang });
  }

  // highlights: one conditional format per severity, as LibreOffice Calc writes them
  const nachSchwere = new Map<Schwere, string[]>();
  for (const z of [...aufgaben.keys()].sort((x, y) => x - y)) {
    for (const s of [...aufgaben.get(z)!.keys()].sort((x, y) => x - y)) {
      const befunde = aufgaben.get(z)!.get(s)!.befunde;
      if (befunde.length === 0) continue;
      const schwer = [...befunde].sort((x, y) => RANG[x.severity] - RANG[y.severity])[0]!.severity;
      nachSchwere.set(schwer, [...(nachSchwere.get(schwer) ?? []), `${odsBlatt(name)}.${spaltenName(s)}${z}`]);
    }
  }
  let formate = '';
  for (const s of ['error', 'warning', 'info'] as const) {
    const zellen = nachSchwere.get(s);
    if (!zellen) continue;
    formate +=
      `<calcext:conditional-format calcext:target-range-address="${esc(zellen.join(' '))}">` +
      `<calcext:condition calcext:apply-style-name="${ODS_STIL[s]}" calcext:value="formula-is(1)" calcext:base-cell-address="${esc(zellen[0]!)}"/>` +
      '</calcext:conditional-format>';
  }
  let neu = wende(xml, aenderungen);
  if (formate) {
    const block = neu.lastIndexOf('</calcext:conditional-formats>');
    if (block >= 0) neu = neu.slice(0, block) + formate + neu.slice(block);
    else {
      // before the sheet's own named expressions, else at its end
      const ende = neu.lastIndexOf('</table:table>');
      const namen = /<table:named-expressions\b[\s\S]*?(?:<\/table:named-expressions>|\/>)\s*$/.exec(neu.slice(0, ende));
      const stelle = namen ? namen.index : ende;
      neu = neu.slice(0, stelle) + `<calcext:conditional-formats>${formate}</calcext:conditional-formats>` + neu.slice(stelle);
    }
  }
  return neu;
}

/** Marks of an earlier check out: Zielplaner's annotations and appended paragraphs, its conditional formats. */
function ohneAlteMarkierungen(xml: string): string {
  let out = xml;
  if (out.includes(`>${AUTOR}</dc:creator>`) || /<text:p\b[^>]*>\s*(Fehler|Warnung|Hinweis): /.test(out)) {
    out = out.replace(/<office:annotation\b[^>]*>[\s\S]*?<\/office:annotation>/g, (a) => {
      if (a.includes(`<dc:creator>${AUTOR}</dc:creator>`)) return '';
      return a.replace(/<text:p\b[^>]*>[\s\S]*?<\/text:p>/g, (p) => (BEFUNDTEXT.test(absatzText(p)) ? '' : p));
    });
  }
  if (UNSER_STIL.test(out)) {
    out = out.replace(/<calcext:conditional-format\b[^>]*>[\s\S]*?<\/calcext:conditional-format>/g, (cf) =>
      UNSER_STIL.test(cf) ? '' : cf,
    );
    out = out.replace(/<calcext:conditional-formats>\s*<\/calcext:conditional-formats>/g, '');
  }
  return out;
}

/** The highlight styles in styles.xml, when not there yet. */
function mitStilen(stile: string): string {
  const fehlend = (['error', 'warning', 'info'] as const).filter((s) => !stile.includes(`style:name="${ODS_STIL[s]}"`));
  if (fehlend.length === 0) return stile;
  const eltern = /style:name="Default"[^>]*style:family="table-cell"|style:family="table-cell"[^>]*style:name="Default"/.test(stile)
    ? ' style:parent-style-name="Default"'
    : '';
  const neu = fehlend
    .map(
      (s) =>
        `<style:style style:name="${ODS_STIL[s]}" style:family="table-cell"${eltern}>` +
        `<style:table-cell-properties fo:background-color="#${MARKIERUNG[s].slice(2).toLowerCase()}"/></style:style>`,
    )
    .join('');
  let xml = mitNamensraeumen(stile, ['style', 'fo']);
  const ende = xml.indexOf('</office:styles>');
  if (ende >= 0) return xml.slice(0, ende) + neu + xml.slice(ende);
  const leer = /<office:styles\s*\/>/.exec(xml);
  if (leer) return xml.slice(0, leer.index) + `<office:styles>${neu}</office:styles>` + xml.slice(leer.index + leer[0].length);
  const vor = /<office:(automatic-styles|master-styles)\b|<\/office:document-styles>/.exec(xml);
  if (!vor) throw keineKopie('ihr Teil styles.xml unvollständig ist');
  xml = xml.slice(0, vor.index) + `<office:styles>${neu}</office:styles>` + xml.slice(vor.index);
  return xml;
}

/** The text of a part; throws when the bytes would not survive decoding and encoding. */
function teilText(teile: Record<string, Uint8Array>, pfad: string): string | null {
  const bytes = teile[pfad];
  if (!bytes) return null;
  const s = strFromU8(bytes);
  const zurueck = strToU8(s);
  if (zurueck.length !== bytes.length || zurueck.some((b, i) => b !== bytes[i]))
    throw keineKopie(`der Teil ${pfad} nicht UTF-8-kodiert ist`);
  return s;
}

/**
 * A copy of the .ods with every finding as a German note and a highlight on its cell, and the derived
 * values written into their empty cells. Throws `UnbrauchbareDatei` (German sentence) when it cannot.
 */
export function schreibeGepruefteOds(original: Uint8Array, ergebnisse: readonly Pruefergebnis[]): Uint8Array {
  let teile: Record<string, Uint8Array>;
  try {
    teile = unzipSync(original);
  } catch {
    throw keineKopie('das ZIP-Archiv beschädigt oder unvollständig ist');
  }
  const manifest = teile['META-INF/manifest.xml'] ? strFromU8(teile['META-INF/manifest.xml']) : '';
  if (/encryption-data/.test(manifest)) throw keineKopie('sie mit einem Kennwort verschlüsselt ist');
  const inhaltAlt = teilText(teile, 'content.xml');
  if (inhaltAlt === null) throw keineKopie('ihr der Teil content.xml fehlt');
  if (!/<office:spreadsheet[\s>]/.test(inhaltAlt)) throw keineKopie('ihr Teil content.xml keine Tabellenblätter enthält');

  let inhalt = ohneAlteMarkierungen(inhaltAlt);
  const aufgaben = auftraege(ergebnisse);
  const stileAlt = teilText(teile, 'styles.xml');
  const istProzent = prozentStile(inhalt, stileAlt);
  const blaetter = tabellen(inhalt);
  const aenderungen: Aenderung[] = [];
  let markiert = false;
  for (const [blatt, proZeile] of aufgaben) {
    const t = blaetter.find((x) => x.name === blatt) ?? blaetter.find((x) => x.name.toLowerCase() === blatt.toLowerCase());
    if (!t) continue;
    const alt = inhalt.slice(t.start, t.ende);
    const neu = patcheTabelle(alt, t.name, proZeile, istProzent);
    if (neu !== alt) aenderungen.push({ von: t.start, bis: t.ende, text: neu });
    markiert ||= [...proZeile.values()].some((z) => [...z.values()].some((a) => a.befunde.length > 0));
  }
  inhalt = wende(inhalt, aenderungen);
  if (inhalt !== inhaltAlt) inhalt = mitNamensraeumen(inhalt, ['office', 'table', 'text', 'dc', 'calcext']);

  const neu = new Map<string, string>();
  if (inhalt !== inhaltAlt) neu.set('content.xml', inhalt);
  if (markiert) {
    if (stileAlt === null) throw keineKopie('ihr der Teil styles.xml fehlt');
    const stile = mitStilen(stileAlt);
    if (stile !== stileAlt) neu.set('styles.xml', stile);
  }

  // mimetype first and stored, as ODF requires; every other entry in its order, with its bytes
  const dateien: Zippable = {};
  const namen = Object.keys(teile);
  for (const name of ['mimetype', ...namen.filter((x) => x !== 'mimetype')]) {
    const bytes = teile[name];
    if (!bytes) continue;
    const text = neu.get(name);
    dateien[name] = name === 'mimetype' ? [bytes, { level: 0 }] : text !== undefined ? strToU8(text) : bytes;
  }
  return zipSync(dateien, { level: 6 });
}
