/**
 * The second cell reader: the package's XML read directly, for packages exceljs cannot load (e.g.
 * with `x:` prefixes), and on request (`leser: 'xml'`).
 */
import type JSZip from 'jszip';
import type { Rohwert } from '../lesen/port';
import { zellPosition } from './bezug';
import { beziehungen, elemente, ordnerVon, relsPfad, teilPfad, teilText, texte, xmlText } from './paket';
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
