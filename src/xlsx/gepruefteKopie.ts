/**
 * Writes the checked copy of a workbook (browser page, issue 5): every finding becomes a cell
 * comment in German on its cell, with a highlight fill; derived values that were not entered are
 * filled into their cells (a formula cell keeps its formula and gets the value as its result).
 * Everything else stays as it was. Runs in Node and in the browser (no node:fs).
 *
 * exceljs rewrites the whole package; it drops defined names it cannot parse (#REF!) and loses
 * which names are sheet-scoped, so the original <definedNames> block is put back afterwards.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Befund, Pruefergebnis, Schwere, Wert } from '../model/vereinbarung';
import { alleKennzahlwerte, UnbrauchbareDatei } from '../model/vereinbarung';
import { fuerExcelJS, leseStruktur, oeffneZip, pruefungenZurueck } from './xlsx';

/**
 * Repacks an .xlsx written by exceljs: [Content_Types].xml first, no directory entries, and with
 * `datum` one fixed date for every entry, so that rebuilding a file (the committed examples) gives
 * the same bytes.
 */
export async function packeXlsx(bytes: Uint8Array, datum?: Date): Promise<Uint8Array> {
  const alt = await JSZip.loadAsync(bytes);
  const neu = new JSZip();
  const namen = Object.keys(alt.files).filter((p) => !alt.files[p]!.dir);
  namen.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const p of namen) neu.file(p, await alt.files[p]!.async('uint8array'), { date: datum ?? alt.files[p]!.date, createFolders: false });
  return neu.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Highlight fills: error light red, warning light orange, info light blue. */
export const MARKIERUNG: Record<Schwere, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

const PRAEFIX: Record<Schwere, string> = { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' };
const RANG: Record<Schwere, number> = { error: 0, warning: 1, info: 2 };

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

function findeZelle(wb: ExcelJS.Workbook, adresse: string): ExcelJS.Cell | null {
  const teile = zerlegeAdresse(adresse);
  if (!teile) return null;
  const ws =
    wb.worksheets.find((w) => w.name === teile.blatt) ?? wb.worksheets.find((w) => w.name.toLowerCase() === teile.blatt.toLowerCase());
  if (!ws) return null;
  const c = ws.getCell(teile.zelle);
  // a merged cell carries its comment and fill on the master cell
  return c.isMerged ? c.master : c;
}

function notizText(c: ExcelJS.Cell): string {
  const n = c.note as unknown;
  if (!n) return '';
  if (typeof n === 'string') return n;
  const texte = (n as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texte) ? texte.map((t) => t.text ?? '').join('') : '';
}

function setzeFuellung(c: ExcelJS.Cell, argb: string): void {
  // a fresh style object: exceljs may share one style object between several cells
  c.style = { ...c.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } };
}

function setzeWert(c: ExcelJS.Cell, wert: Wert): void {
  const v = c.value as unknown;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const o = v as Record<string, unknown>;
    if ('formula' in o) c.value = { formula: String(o.formula), result: wert } as ExcelJS.CellFormulaValue;
    else c.value = { sharedFormula: String(o.sharedFormula), result: wert } as ExcelJS.CellSharedFormulaValue;
    return;
  }
  c.value = wert;
}

function definedNamesBlock(xml: string): string | null {
  const m = /<(?:\w+:)?definedNames\b[^>]*>[\s\S]*?<\/(?:\w+:)?definedNames>|<(?:\w+:)?definedNames\b[^>]*\/>/.exec(xml);
  return m ? m[0] : null;
}

/** Puts the original <definedNames> back when exceljs kept the sheets in the same order. */
async function namenZurueck(original: string, bytes: Uint8Array): Promise<Uint8Array> {
  const block = definedNamesBlock(original);
  if (!block) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const datei = zip.file('xl/workbook.xml');
  if (!datei) return bytes;
  const xml = await datei.async('string');
  const vorher = leseStruktur(original).blaetter;
  const nachher = leseStruktur(xml).blaetter;
  if (vorher.length !== nachher.length || vorher.some((b, i) => b !== nachher[i])) return bytes;
  // the original may use a namespace prefix; the copy written by exceljs does not
  const ohnePraefix = block.replace(/<(\/?)\w+:(definedNames?)\b/g, '<$1$2');
  const neu = definedNamesBlock(xml);
  const ersetzt = neu ? xml.replace(neu, () => ohnePraefix) : xml.replace(/<\/(?:\w+:)?sheets>/, (s) => `${s}${ohnePraefix}`);
  zip.file('xl/workbook.xml', ersetzt);
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * A copy of the workbook with every finding as a German cell comment ("Fehler: …", "Warnung: …")
 * and a highlight fill on its cell, and the derived values filled in. Throws `UnbrauchbareDatei`
 * when the original is not a readable workbook.
 */
export async function schreibeGepruefteMappe(original: Uint8Array, ergebnisse: readonly Pruefergebnis[]): Promise<Uint8Array> {
  const { zip, workbookXml } = await oeffneZip(original, 'Arbeitsmappe');
  const wb = new ExcelJS.Workbook();
  const sicher = await fuerExcelJS(original, zip, workbookXml);
  try {
    await wb.xlsx.load(sicher.bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    throw new UnbrauchbareDatei(
      'Für diese Arbeitsmappe kann keine geprüfte Kopie geschrieben werden, weil ihr Dateiaufbau nicht unterstützt wird. Öffnen Sie sie einmal in Excel, speichern Sie sie als „Excel-Arbeitsmappe (*.xlsx)“ und versuchen Sie es erneut; die Prüfergebnisse oben gelten unabhängig davon.',
    );
  }

  // derived values first, so a finding on the same cell is not hidden by them
  for (const { vereinbarung: v } of ergebnisse) {
    for (const { eingegeben, wert, zelle } of alleKennzahlwerte(v)) {
      if (eingegeben || wert === undefined || !zelle) continue;
      const c = findeZelle(wb, zelle);
      if (c) setzeWert(c, wert);
    }
  }

  const nachZelle = new Map<string, { zelle: ExcelJS.Cell; befunde: Befund[] }>();
  for (const { befunde } of ergebnisse) {
    for (const b of befunde) {
      if (!b.cell) continue;
      const c = findeZelle(wb, b.cell);
      if (!c) continue;
      const key = `${c.worksheet.name}!${c.address}`;
      const eintrag = nachZelle.get(key) ?? { zelle: c, befunde: [] };
      eintrag.befunde.push(b);
      nachZelle.set(key, eintrag);
    }
  }
  for (const { zelle, befunde } of nachZelle.values()) {
    befunde.sort((a, b) => RANG[a.severity] - RANG[b.severity]);
    const text = befunde.map((b) => `${PRAEFIX[b.severity]}: ${b.message}`).join('\n\n');
    // keep the user's own note; drop findings of an earlier check, so a checked copy can be checked again
    const alt = notizText(zelle)
      .split('\n\n')
      .filter((absatz) => absatz.trim() !== '' && !/^(Fehler|Warnung|Hinweis): /.test(absatz))
      .join('\n\n');
    zelle.note = alt ? `${alt}\n\n${text}` : text;
    setzeFuellung(zelle, MARKIERUNG[befunde[0]!.severity]);
  }

  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return packeXlsx(await pruefungenZurueck(await namenZurueck(workbookXml, bytes), sicher.pruefungen));
}
