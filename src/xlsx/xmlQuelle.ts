/**
 * The second cell reader: the package's XML read directly, for packages exceljs cannot load (e.g.
 * with `x:` prefixes), and on request (`leser: 'xml'`).
 */
import type JSZip from 'jszip';
import type { Rohwert } from '../lesen/port';
import { zellPosition } from './bezug';
import { beziehungen, elemente, entschluessle, ordnerVon, relsPfad, teilPfad, teilText, texte, xmlText } from './paket';
import type { Blatt, Quelle, RoheZelle, Tabelle } from './quelle';

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

/** Reads the workbook's parts directly (for packages exceljs cannot load, e.g. with `x:` prefixes). */
export async function ausXml(zip: JSZip, workbookXml: string): Promise<Quelle> {
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

  const istDatum = new Map<string, boolean>();
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
    if (!/<\/(?:\w+:)?worksheet>\s*$/.test(xml.trimEnd().slice(-100))) throw new Error(`truncated part ${pfad}`);
    // cells by row, then column (a Map of 200,000 single cells costs more than these arrays)
    const zellen = new Map<number, RoheZelle[]>();
    const schluessel = (z: number, c: number): number => z * 20000 + c;
    let maxZeile = 0;
    let maxSpalte = 0;
    const [von, bis] = sheetDataBereich(xml);
    durchlaufeZellen(xml, von, bis, (zNr, spalteNr, attr, inhalt) => {
      const fmt = formate[Number(attr.s ?? 0)] ?? 'General';
      let datum = istDatum.get(fmt);
      if (datum === undefined) istDatum.set(fmt, (datum = istDatumsformat(fmt)));
      const v = wertText(inhalt);
      const t = attr.t ?? 'n';
      let wert: Rohwert = null;
      if (t === 'inlineStr') wert = texte(inhalt);
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
        wert = Number.isFinite(x) ? (datum ? excelDatum(x, datum1904) : x) : null;
      }
      let reihe = zellen.get(zNr);
      if (!reihe) zellen.set(zNr, (reihe = []));
      reihe[spalteNr] = { wert, zahlenformat: fmt };
      if (wert !== null) {
        if (zNr > maxZeile) maxZeile = zNr;
        if (spalteNr > maxSpalte) maxSpalte = spalteNr;
      }
    });
    const verbunde = new Map<number, [number, number]>();
    // merged areas stand after <sheetData> (scanning only that part keeps large sheets quick)
    for (const mc of elemente(xml.slice(bis), 'mergeCell')) {
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
      zelle: (z, c) => zellen.get(z)?.[c],
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

// ---- the sheet scanner -------------------------------------------------------------------------
// A sheet of ZV_Ist with 24 months for 405 agreements is 8 MB of XML and 230,000 cells: it is read in
// one pass with indexOf instead of one regular expression (and one attribute object) per element.
// It reads what `elemente(daten, 'row')` / `elemente(row, 'c')` read, with the same attribute rules.

/** Start and end of the content of the first <sheetData> (end: after its closing tag; 0, 0 when none). */
export function sheetDataBereich(xml: string): [number, number] {
  const auf = /<(?:\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!auf) return [0, 0];
  const von = auf.index + auf[0].length;
  if (auf[1] === '/') return [von, von];
  // the first </sheetData> (any prefix) after it, found with indexOf (a regular expression walks 8 MB slowly)
  for (let i = xml.indexOf('sheetData>', von); i >= 0; i = xml.indexOf('sheetData>', i + 1)) {
    const vor = xml.lastIndexOf('<', i);
    if (vor >= von && /^<\/(?:\w+:)?$/.test(xml.slice(vor, i))) return [von, i + 'sheetData>'.length];
  }
  return [0, 0];
}

const istNamenszeichen = (c: number): boolean =>
  (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46; // 0-9 : A-Z a-z _ - .

/** White space as `\\s` matches it in an XML tag (space, tab, line feed, carriage return, and the rarer ones). */
const istLeerraum = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 160 ||
  c === 0xfeff ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x1680 ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/** The attributes of a start tag's text, as `attribute` (paket.ts) reads them. */
export function tagAttribute(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !istNamenszeichen(text.charCodeAt(i))) i++;
    const a = i;
    while (i < n && istNamenszeichen(text.charCodeAt(i))) i++;
    if (a === i) break;
    const key = text.slice(a, i);
    let j = i;
    while (j < n && istLeerraum(text.charCodeAt(j))) j++;
    if (text[j] !== '=') continue;
    j++;
    while (j < n && istLeerraum(text.charCodeAt(j))) j++;
    const q = text[j];
    if (q !== '"' && q !== "'") {
      i = j;
      continue;
    }
    const e = text.indexOf(q, j + 1);
    if (e < 0) break;
    const wert = text.slice(j + 1, e);
    out[key.includes(':') ? key.replace(/^\w+:(?=name$|localSheetId$)/, '') : key] = wert.includes('&') ? entschluessle(wert) : wert;
    i = e + 1;
  }
  return out;
}

/** Row and column of an `A1` address (fast for plain addresses), or null. */
function position(a1: string): [number, number] | null {
  let i = 0;
  let spalte = 0;
  const n = a1.length;
  while (i < n) {
    const c = a1.charCodeAt(i);
    if (c >= 65 && c <= 90) spalte = spalte * 26 + (c - 64);
    else break;
    i++;
  }
  if (i === 0 || i > 3 || i === n) return zellPosition(a1);
  let zeile = 0;
  for (let k = i; k < n; k++) {
    const c = a1.charCodeAt(k);
    if (c < 48 || c > 57) return zellPosition(a1);
    zeile = zeile * 10 + (c - 48);
  }
  return [zeile, spalte];
}

/** The text of a cell's first <v>, as /<v[^>]*>(…)<\/v>/ finds it. */
function wertText(inhalt: string): string | undefined {
  if (inhalt.startsWith('<v>') && inhalt.endsWith('</v>') && inhalt.indexOf('<', 3) === inhalt.length - 4) return inhalt.slice(3, -4);
  return /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inhalt)?.[1];
}

/** Local name of the tag whose name starts at `i`, and where the name ends. */
function tagName(xml: string, i: number): [string, number] {
  let k = i;
  while (k < xml.length && istNamenszeichen(xml.charCodeAt(k))) k++;
  const voll = xml.slice(i, k);
  const p = voll.indexOf(':');
  return [p >= 0 && /^\w+$/.test(voll.slice(0, p)) ? voll.slice(p + 1) : voll, k];
}

/**
 * Calls `zelle` for every <c> inside a <row> between `von` and `bis`, with its row and column
 * (from `r`, else counted on as Excel does), its attributes and its content.
 */
export function durchlaufeZellen(
  xml: string,
  von: number,
  bis: number,
  zelle: (zeile: number, spalte: number, attr: Record<string, string>, inhalt: string) => void,
): void {
  let i = von;
  let zeileNr = 0;
  let spalteNr = 0;
  let inZeile = false;
  while (i < bis) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= bis) break;
    const schliessend = xml.charCodeAt(lt + 1) === 47;
    const [lokal, k] = tagName(xml, schliessend ? lt + 2 : lt + 1);
    const gt = xml.indexOf('>', k);
    if (gt < 0 || gt >= bis) break;
    if (schliessend) {
      if (lokal === 'row') inZeile = false;
      i = gt + 1;
      continue;
    }
    const selbst = xml.charCodeAt(gt - 1) === 47;
    if (lokal === 'row') {
      const attr = tagAttribute(xml.slice(k, selbst ? gt - 1 : gt));
      zeileNr = attr.r ? Number(attr.r) : zeileNr + 1;
      spalteNr = 0;
      inZeile = !selbst;
      i = gt + 1;
      continue;
    }
    if (lokal === 'c' && inZeile && k > lt + 1) {
      const attr = tagAttribute(xml.slice(k, selbst ? gt - 1 : gt));
      let inhalt = '';
      let weiter = gt + 1;
      if (!selbst) {
        // the content runs to the first closing </c> (with any prefix)
        let p = gt + 1;
        let ende = -1;
        while (p < bis) {
          const q = xml.indexOf('</', p);
          if (q < 0 || q >= bis) break;
          const [name, e] = tagName(xml, q + 2);
          if (name === 'c' && xml.charCodeAt(e) === 62) {
            ende = q;
            weiter = e + 1;
            break;
          }
          p = q + 2;
        }
        if (ende < 0) break;
        inhalt = xml.slice(gt + 1, ende);
      }
      const pos = attr.r ? position(attr.r) : null;
      spalteNr = pos ? pos[1] : spalteNr + 1;
      zelle(pos ? pos[0] : zeileNr, spalteNr, attr, inhalt);
      i = weiter;
      continue;
    }
    i = gt + 1;
  }
}
