/**
 * The checked copy's name and format, shared by the command line and the browser page. Pure (no fs,
 * no DOM): the copy has the format of the workbook it was made from (.xlsx, .xlsm, .ods).
 */

/** The media type of an OpenDocument spreadsheet. */
export const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * True when the bytes are an OpenDocument spreadsheet as ODF packages it: the first zip entry is
 * `mimetype`, stored, naming a spreadsheet (so no unzipping is needed).
 */
export function istOdsDatei(b: Uint8Array): boolean {
  if (b.length < 30 || b[0] !== 0x50 || b[1] !== 0x4b || b[2] !== 3 || b[3] !== 4) return false;
  const methode = b[8]! | (b[9]! << 8);
  const nameLaenge = b[26]! | (b[27]! << 8);
  const extra = b[28]! | (b[29]! << 8);
  if (methode !== 0 || String.fromCharCode(...b.subarray(30, 30 + nameLaenge)) !== 'mimetype') return false;
  const start = 30 + nameLaenge + extra;
  return String.fromCharCode(...b.subarray(start, start + ODS_MIME.length)) === ODS_MIME;
}

/**
 * `Planung 2026.xlsx` → `Planung 2026 (geprüft).xlsx`; an .xlsm stays .xlsm (the copy keeps its
 * macros), an .ods gives `… (geprüft).ods` (the copy is an OpenDocument spreadsheet again). `ods`:
 * the copy is an .ods whatever the name says.
 */
export function gepruefterName(dateiname: string, ods = /\.ods$/i.test(dateiname)): string {
  const m = /\.(xlsx|xlsm|ods)$/i.exec(dateiname);
  const stamm = m ? dateiname.slice(0, m.index) : dateiname;
  if (ods) return `${stamm} (geprüft).ods`;
  const endung = m && m[1]!.toLowerCase() !== 'ods' ? m[1]!.toLowerCase() : 'xlsx';
  return `${stamm} (geprüft).${endung}`;
}
