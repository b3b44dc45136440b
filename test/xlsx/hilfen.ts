/** Helpers for the workbook tests: real .xlsx bytes made with exceljs, and XML surgery in the zip. */
import { feldFuer, type FeldName } from '../../src/catalogue/felder';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';

export async function alsBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Rewrites one part of the zip (e.g. xl/workbook.xml) with a text transformation. */
export async function bearbeiteTeil(bytes: Uint8Array, teil: string, aendern: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const datei = zip.file(teil);
  if (!datei) throw new Error(`no part ${teil}`);
  zip.file(teil, aendern(await datei.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

/** Adds `<definedName>` elements to xl/workbook.xml (for references exceljs cannot write, like #REF!). */
export async function fuegeNamenHinzu(
  bytes: Uint8Array,
  namen: { name: string; bezug: string; localSheetId?: number }[],
): Promise<Uint8Array> {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');
  const xmlNamen = namen
    .map(
      (n) =>
        `<definedName name="${n.name}"${n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : ''}>${esc(n.bezug)}</definedName>`,
    )
    .join('');
  return bearbeiteTeil(bytes, 'xl/workbook.xml', (xml) =>
    xml.includes('<definedNames>')
      ? xml.replace('<definedNames>', `<definedNames>${xmlNamen}`)
      : xml.replace('</sheets>', `</sheets><definedNames>${xmlNamen}</definedNames>`),
  );
}

export async function ladeMappe(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/** The keys of a record of field values as catalogue names (an unknown key throws, so a typo fails). */
export function feldnamen(werte: object): FeldName[] {
  return Object.keys(werte).map((f) => feldFuer(f).name);
}
