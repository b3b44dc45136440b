/**
 * Planning workbooks the browser tests build themselves with exceljs (so the page sees files it never
 * saw before): labels in column B, values in column C, one workbook-scoped defined name per field,
 * on a sheet whose name has a space. Names of derived fields point at empty cells, so the checked
 * workbook has somewhere to fill them in.
 */
import * as ExcelJS from 'exceljs';
import { feldFuer } from '../../src/catalogue/felder';
import type { Rohwert } from '../../src/lesen/port';

export const BLATT = 'Planung 2026';

/** A row of the sheet: a field with its value (undefined: empty cell), or a heading without a name. */
export type Zeile = readonly [feld: string, wert: Rohwert | undefined] | readonly [ueberschrift: string];

/** A complete, consistent gE agreement for 2026 (Kaiserslautern-like figures); row 12 is ZV_IQ_VJ_Frauen. */
export const SAUBER: readonly Zeile[] = [
  ['ZV_Jahr', 2026],
  ['ZV_Art', 'gE'],
  ['ZV_Darstellung', 'Zielwert mit Veränderung'],
  ['ZV_Agentur', 'Agentur für Arbeit Kaiserslautern-Pirmasens'],
  ['ZV_Agentur_Person', 'Peter Weißler'],
  ['ZV_Agentur_Funktion', 'Vorsitzender der Geschäftsführung'],
  ['ZV_Jobcenter', 'Jobcenter Stadt Kaiserslautern'],
  ['ZV_Jobcenter_Person', 'Edeltraud Nikodemus'],
  ['ZV_Jobcenter_Funktion', 'Geschäftsführerin'],
  ['Integrationsquote'],
  ['ZV_IQ_VJ_Frauen', 14.93],
  ['ZV_IQ_VJ_Maenner', 25.79],
  ['ZV_IQ_VJ_Gesamt', 20.02],
  ['ZV_IQ_Veraenderung_Frauen', 1.8],
  ['ZV_IQ_Veraenderung_Maenner', -2.3],
  ['ZV_IQ_Ziel_Frauen', undefined],
  ['ZV_IQ_Ziel_Maenner', undefined],
  ['ZV_IQ_Ziel_Gesamt', undefined],
  ['Langzeitleistungsbezug'],
  ['ZV_LZB_VJ_Frauen', 2130],
  ['ZV_LZB_VJ_Maenner', 1866],
  ['ZV_LZB_Veraenderung_Frauen', 8.7],
  ['ZV_LZB_Veraenderung_Maenner', -1.8],
  ['ZV_LZB_Ziel_Frauen', undefined],
  ['ZV_LZB_Ziel_Maenner', undefined],
  ['ZV_LZB_Ziel_Gesamt', undefined],
];

/** The first row used; SAUBER's n-th entry is on row ZEILE0 + n. */
export const ZEILE0 = 2;

/** The row of a field in a layout. */
export function zeileVon(zeilen: readonly Zeile[], feld: string): number {
  const i = zeilen.findIndex((z) => z[0] === feld && z.length === 2);
  if (i < 0) throw new Error(`${feld} not in layout`);
  return ZEILE0 + i;
}

/** The layout with some fields' values replaced. */
export function mit(zeilen: readonly Zeile[], aenderungen: Record<string, Rohwert | undefined>): Zeile[] {
  return zeilen.map((z) => (z.length === 2 && z[0] in aenderungen ? ([z[0], aenderungen[z[0]]] as const) : z));
}

export async function planungsmappe(zeilen: readonly Zeile[], blatt = BLATT): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(blatt);
  ws.getColumn(2).width = 48;
  ws.getColumn(3).width = 40;
  ws.getCell('B1').value = 'Zielplanung';
  ws.getCell('B1').font = { bold: true, size: 14 };
  zeilen.forEach((z, i) => {
    const r = ZEILE0 + i;
    if (z.length === 1) {
      ws.getCell(`B${r}`).value = z[0];
      ws.getCell(`B${r}`).font = { bold: true };
      return;
    }
    const [name, wert] = z;
    const feld = feldFuer(name);
    ws.getCell(`B${r}`).value = feld.bezeichnung;
    const zelle = ws.getCell(`C${r}`);
    if (wert !== undefined && wert !== null && !(typeof wert === 'object' && !(wert instanceof Date))) zelle.value = wert;
    if (feld.zahlenformat && typeof wert !== 'string') zelle.numFmt = feld.zahlenformat;
    wb.definedNames.add(`'${blatt.replace(/'/g, "''")}'!$C$${r}`, name);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function ladeMappe(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}
