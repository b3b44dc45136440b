/**
 * The hand-computed example of the follow-up tests: a gE agreement 2024 and its ZV_Ist rows, as a
 * snapshot (core tests) and as a real .xlsx with ZV_Ist as an Excel table (command line tests).
 */
import * as ExcelJS from 'exceljs';
import type { Rohwert } from '../../src/lesen/port';
import { GRUNDLAGE, liste, mappe, type Eintrag } from '../kern/hilfen';
import { alsBytes } from '../xlsx/hilfen';

/**
 * IQ:  Frauen VJ 20,0 + 5 % → Ziel 21,0; Männer VJ 25,0 + 4 % → Ziel 26,0; Gesamt VJ 22,5, so the
 *      share of women w = (25 − 22,5) / (25 − 20) = 0,5 and Ziel gesamt = 0,5 × 21 + 0,5 × 26 = 23,5,
 *      V gesamt = (23,5 / 22,5 − 1) × 100 = 4,4444…% (shown 4,4, used unrounded).
 * LZB: Frauen VJ 1.000 − 5 % → 950; Männer VJ 1.000 − 2 % → 980; Gesamt 2.000 → 1.930, V = −3,5 %.
 * K1:  höchstens +2,0 % (ZV_LLU_Veraenderung).
 */
// the example is computed without planned eLb stocks (the IQ total weighted by the previous year)
export const VEREINBARUNG: Record<string, Eintrag> = {
  ...Object.fromEntries(
    Object.entries(GRUNDLAGE).filter(([k]) => !k.startsWith('ZV_IQ_') && !k.startsWith('ZV_LZB_') && !k.startsWith('ZV_eLb_')),
  ),
  ZV_Jobcenter: 'Jobcenter Musterstadt',
  ZV_IQ_VJ_Frauen: 20,
  ZV_IQ_VJ_Maenner: 25,
  ZV_IQ_VJ_Gesamt: 22.5,
  ZV_IQ_Veraenderung_Frauen: 5,
  ZV_IQ_Veraenderung_Maenner: 4,
  ZV_LZB_VJ_Frauen: 1000,
  ZV_LZB_VJ_Maenner: 1000,
  ZV_LZB_Veraenderung_Frauen: -5,
  ZV_LZB_Veraenderung_Maenner: -2,
  ZV_LLU_Veraenderung: 2,
};

export const KOPF = ['Monat', 'Kennzahl', 'Frauen', 'Maenner', 'Gesamt', 'Datenstand', 'Wartezeit'];
const DS = new Date(Date.UTC(2024, 6, 15));

/** Monat, Kennzahl, Frauen, Männer, Gesamt, Datenstand, Wartezeit. */
export const IST: Rohwert[][] = [
  ['2023-05', 'IQ', 8.0, 10.0, 9.0, DS, 3],
  ['2023-06', 'IQ', 10.0, 12.0, 11.0, DS, 3],
  ['2023-12', 'IQ', 20.0, 25.0, 22.5, DS, 3],
  ['2024-05', 'IQ', 8.5, 10.2, 9.2, DS, 3],
  ['2024-06', 'IQ', 10.6, 12.3, 11.0, DS, 3],
  ['2023-06', 'LZB', 1000, 1000, 2000, DS, 3],
  ['2023-12', 'LZB', 1010, 990, 2000, DS, 3],
  [new Date(Date.UTC(2024, 5, 1)), 'LZB', 940, 990, 2000, DS, 3],
  ['2023-06', 'LLU', null, null, 1_000_000, DS, 3],
  ['2023-12', 'LLU', null, null, 2_000_000, DS, 3],
  ['2024-06', 'LLU', null, null, 1_020_000, DS, 3],
];

export function beispielMappe(zeilen: Rohwert[][] = IST, felder: Record<string, Eintrag> = VEREINBARUNG) {
  return mappe(felder, 'Planung', [liste('ZV_Ist', KOPF, zeilen, 'Zielnachhaltung')]);
}

/** The example as an .xlsx: fields as defined names in column C of "Planung", ZV_Ist as a table. */
export async function beispielXlsx(zeilen: Rohwert[][] = IST, felder: Record<string, Eintrag> = VEREINBARUNG): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Planung');
  Object.entries(felder).forEach(([name, e], i) => {
    const wert = typeof e === 'object' && e !== null && !(e instanceof Date) && 'wert' in e ? e.wert : e;
    ws.getCell(`B${i + 2}`).value = name;
    ws.getCell(`C${i + 2}`).value = wert as ExcelJS.CellValue;
    wb.definedNames.add(`Planung!$C$${i + 2}`, name);
  });
  const ist = wb.addWorksheet('Zielnachhaltung');
  ist.addTable({
    name: 'ZV_Ist',
    ref: 'A1',
    headerRow: true,
    columns: KOPF.map((name) => ({ name })),
    rows: zeilen.map((z) => z.map((w) => (w === null ? null : (w as ExcelJS.CellValue)))),
  });
  return alsBytes(wb);
}
