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
import { XMLParser } from 'fast-xml-parser';
import type { Befund, Pruefergebnis, Schwere, Wert } from '../model/vereinbarung';
import { abgeleiteteWerte, KENNUNG, MARKIERUNG, PRAEFIX, RANG, zerlegeAdresse } from './markierung';
import { istOdsPaket, schreibeGepruefteOds } from './odsKopie';
import { spaltenName } from '../lesen/port';
import { zellPosition } from './bezug';
import { AUTOR, patcheNotizen, patcheVml } from './notizen';
import { attribute, beziehungen, leseStruktur, relsPfad, teilPfad } from './paket';
import {
  ATTR,
  esc,
  finde,
  freierName,
  fuegeEin,
  inhaltstypen,
  kinder,
  neueBeziehung,
  NS_REL,
  oeffne,
  packe,
  relPraefix,
  schreibe,
  text,
  vmlText,
  type Paket,
} from './paketSchreiben';

export { KENNUNG, MARKIERUNG, zerlegeAdresse };

const TYP_KOMMENTARE = `${NS_REL}/comments`;
const TYP_VML = `${NS_REL}/vmlDrawing`;
const CT_KOMMENTARE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const CT_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

/** ECMA-376 CT_Stylesheet: the children that follow <dxfs>. */
const NACH_DXFS = ['tableStyles', 'colors', 'extLst'];

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

interface Aenderung {
  readonly von: number;
  readonly bis: number;
  readonly text: string;
}

/** Applies edits (positions in the original text; insertions at one position keep their order). */
function wende(xml: string, aenderungen: Aenderung[]): string {
  if (aenderungen.length === 0) return xml;
  const sortiert = aenderungen.map((x, i) => [x, i] as const).sort((x, y) => x[0].von - y[0].von || x[1] - y[1]);
  let out = '';
  let stelle = 0;
  for (const [x] of sortiert) {
    out += xml.slice(stelle, x.von) + x.text;
    stelle = x.bis;
  }
  return out + xml.slice(stelle);
}

/**
 * Writes each derived value into its cell when the cell is empty (no value, no formula, no inline
 * text); a cell of any other kind is left alone. One pass over the sheet data, edits applied at
 * once, so that a list of thousands of rows stays fast. Rows or cells without an `r` attribute
 * (positions implicit) are not guessed at.
 */
function setzeWerteWennLeer(xml: string, p: string, werte: ReadonlyMap<string, Wert>, prozent: readonly boolean[]): string {
  const proZeile = new Map<number, [number, string, Wert][]>();
  for (const [a1, wert] of werte) {
    const pos = zellPosition(a1);
    if (!pos) continue;
    proZeile.set(pos[0], [...(proZeile.get(pos[0]) ?? []), [pos[1], a1, wert]]);
  }
  for (const liste of proZeile.values()) liste.sort((x, y) => x[0] - y[0]);
  const daten = new RegExp(`<${p}sheetData\\b${ATTR}(/?)>`).exec(xml);
  if (!daten || proZeile.size === 0) return xml;
  const spalten: [number, number, string][] = [];
  for (const m of xml.slice(0, daten.index).matchAll(new RegExp(`<${p}col\\b(${ATTR})/?>`, 'g'))) {
    const a = attribute(m[1] ?? '');
    if (a.style && a.style !== '0') spalten.push([Number(a.min), Number(a.max), ` s="${a.style}"`]);
  }
  const spaltenStil = (spalte: number): string => spalten.find(([v, b]) => v <= spalte && spalte <= b)?.[2] ?? '';
  const zelleXml = (a1: string, wert: Wert, s: string): string => {
    const stil = /\bs\s*=\s*"(\d+)"/.exec(s)?.[1];
    const prz = stil !== undefined && prozent[Number(stil)] === true;
    return typeof wert === 'number'
      ? `<${p}c r="${a1}"${s}><${p}v>${zahlText(wert, prz)}</${p}v></${p}c>`
      : `<${p}c r="${a1}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${esc(wert)}</${p}t></${p}is></${p}c>`;
  };
  const neueZeile = (zeile: number): string =>
    `<${p}row r="${zeile}">${proZeile
      .get(zeile)!
      .map(([sp, a1, w]) => zelleXml(a1, w, spaltenStil(sp)))
      .join('')}</${p}row>`;
  const aenderungen: Aenderung[] = [];
  const datenStart = daten.index + daten[0].length;
  if (daten[1] === '/') {
    const zeilen = [...proZeile.keys()].sort((x, y) => x - y).map(neueZeile);
    return xml.slice(0, daten.index) + `<${p}sheetData>${zeilen.join('')}</${p}sheetData>` + xml.slice(datenStart);
  }
  const datenEnde = xml.indexOf(`</${p}sheetData>`, datenStart);
  if (datenEnde < 0) return xml;
  // the rows in document order
  const zeilen: { r: number; start: number; kopfEnde: number; attrs: string; leer: boolean }[] = [];
  const zeileRe = new RegExp(`<${p}row\\b(${ATTR})(/?)>`, 'g');
  zeileRe.lastIndex = datenStart;
  for (let m = zeileRe.exec(xml); m && m.index < datenEnde; m = zeileRe.exec(xml)) {
    const r = attribute(m[1] ?? '').r;
    if (r === undefined) return xml; // positions implicit: do not guess
    zeilen.push({ r: Number(r), start: m.index, kopfEnde: m.index + m[0].length, attrs: m[1] ?? '', leer: m[2] === '/' });
  }
  const zellRe = new RegExp(`<${p}c\\b(${ATTR})(?:/>|>([\\s\\S]*?)</${p}c>)`, 'g');
  const eingetragen = new RegExp(`<${p}(v|f|is)\\b`);
  const gefunden = new Set<number>();
  for (const z of zeilen) {
    const liste = proZeile.get(z.r);
    if (!liste || gefunden.has(z.r)) continue;
    gefunden.add(z.r);
    const za = attribute(z.attrs);
    const zeilenStil = za.customFormat === '1' || za.customFormat === 'true' ? (za.s ? ` s="${za.s}"` : '') : null;
    const stil = (spalte: number): string => zeilenStil ?? spaltenStil(spalte);
    if (z.leer) {
      const zellen = liste.map(([sp, a1, w]) => zelleXml(a1, w, stil(sp))).join('');
      aenderungen.push({ von: z.start, bis: z.kopfEnde, text: `<${p}row${z.attrs}>${zellen}</${p}row>` });
      continue;
    }
    const zeileEnde = xml.indexOf(`</${p}row>`, z.kopfEnde);
    const vorhanden: { spalte: number; start: number; ende: number; attrs: string; inhalt: string }[] = [];
    zellRe.lastIndex = z.kopfEnde;
    let implizit = false;
    for (let c = zellRe.exec(xml); c && c.index < zeileEnde; c = zellRe.exec(xml)) {
      const cp = zellPosition(attribute(c[1] ?? '').r ?? '');
      if (!cp) {
        implizit = true;
        break;
      }
      vorhanden.push({ spalte: cp[1], start: c.index, ende: c.index + c[0].length, attrs: c[1] ?? '', inhalt: c[2] ?? '' });
    }
    if (implizit) continue;
    for (const [sp, a1, w] of liste) {
      const c = vorhanden.find((x) => x.spalte === sp);
      if (c) {
        if (eingetragen.test(c.inhalt)) continue; // entered: never changed
        const attrs = c.attrs
          .replace(/\s+r\s*=\s*"[^"]*"/, '')
          .replace(/\s+t\s*=\s*"[^"]*"/, '')
          .replace(/\s+$/, '');
        aenderungen.push({ von: c.start, bis: c.ende, text: zelleXml(a1, w, attrs) });
      } else {
        const danach = vorhanden.find((x) => x.spalte > sp);
        const stelle = danach ? danach.start : zeileEnde;
        aenderungen.push({ von: stelle, bis: stelle, text: zelleXml(a1, w, stil(sp)) });
      }
    }
  }
  // rows that are not there yet, each before the first row after it
  for (const r of [...proZeile.keys()].filter((x) => !gefunden.has(x)).sort((x, y) => x - y)) {
    let lo = 0;
    let hi = zeilen.length;
    while (lo < hi) {
      const mitte = (lo + hi) >> 1;
      if (zeilen[mitte]!.r > r) hi = mitte;
      else lo = mitte + 1;
    }
    const stelle = lo < zeilen.length ? zeilen[lo]!.start : datenEnde;
    aenderungen.push({ von: stelle, bis: stelle, text: neueZeile(r) });
  }
  return wende(xml, aenderungen);
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
    // a relationship that names a styles part which is missing is kept: a second one would be invalid
    const rels = beziehungen(text(p, relsPfad(wbPfad)) ?? '');
    if (![...rels.values()].some((r) => /\/styles$/.test(r.typ))) neueBeziehung(p, wbPfad, `${NS_REL}/styles`, stilePfad);
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
// ---- the checked copy --------------------------------------------------------------------------

interface Auftrag {
  readonly befunde: Map<string, Befund[]>;
  readonly werte: Map<string, Wert>;
}

/**
 * A copy of the workbook with every finding as a German note ("Fehler: …", "Warnung: …") and a
 * highlight on its cell, and the derived values written into their empty cells. Throws
 * `UnbrauchbareDatei` (German sentence) when the original is not an OOXML workbook.
 */
export async function schreibeGepruefteMappe(original: Uint8Array, ergebnisse: readonly Pruefergebnis[]): Promise<Uint8Array> {
  // an OpenDocument spreadsheet gets its checked copy as .ods, made the same way (odsKopie.ts)
  if (istOdsPaket(original)) return schreibeGepruefteOds(original, ergebnisse);
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
      xml = setzeWerteWennLeer(xml, q, a.werte, prozent);
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
      let prio = 0;
      for (const m of xml.matchAll(/\bpriority\s*=\s*"(\d+)"/g)) prio = Math.max(prio, Number(m[1]));
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
