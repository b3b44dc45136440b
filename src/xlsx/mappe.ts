/**
 * The one place that turns the bytes of a workbook file into the port's snapshot, for the command
 * line and the browser page alike. The format is taken from the content, not from the file name:
 * an OpenDocument spreadsheet (.ods), an Office Open XML workbook (.xlsx, .xlsm), or something that
 * gets one German sentence (.xls, .xlsb, an encrypted workbook).
 */
import { UnbrauchbareDatei } from '../model/vereinbarung';
import type { Arbeitsmappe } from '../lesen/port';
import { istOds, leseOds, zipEintraege } from './ods';
import { leseXlsx } from './xlsx';

/** The file types the file pickers accept. */
export const LESBARE_ENDUNGEN = '.xlsx,.xlsm,.ods';

const SPEICHERN_ALS =
  'Öffnen Sie sie in Excel oder LibreOffice Calc und speichern Sie sie als „Excel-Arbeitsmappe (*.xlsx)“ (ohne Kennwort).';

/** Reads a workbook file of any supported kind; throws `UnbrauchbareDatei` with a German sentence otherwise. */
export async function leseArbeitsmappe(daten: Uint8Array | ArrayBuffer, titel: string): Promise<Arbeitsmappe> {
  const bytes = daten instanceof Uint8Array ? daten : new Uint8Array(daten);
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // Compound File Binary: the old .xls format, or an .xlsx/.xlsm encrypted with a password
    throw new UnbrauchbareDatei(
      `Die Datei „${titel}“ ist im alten Excel-Format (.xls) gespeichert oder mit einem Kennwort verschlüsselt und kann nicht gelesen werden. ${SPEICHERN_ALS}`,
    );
  }
  if (istOds(bytes)) return leseOds(bytes, titel);
  const eintraege = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b ? zipEintraege(bytes) : null;
  if (eintraege?.some((n) => /^xl\/workbook\.bin$/i.test(n))) {
    throw new UnbrauchbareDatei(
      `Die Datei „${titel}“ ist eine binäre Excel-Arbeitsmappe (.xlsb) und kann nicht gelesen werden. ${SPEICHERN_ALS}`,
    );
  }
  if (eintraege?.includes('mimetype') && !eintraege.some((n) => /^xl\//i.test(n))) {
    throw new UnbrauchbareDatei(`Die Datei „${titel}“ ist ein OpenDocument-Dokument, aber keine Tabelle (.ods). ${SPEICHERN_ALS}`);
  }
  return leseXlsx(bytes, titel);
}
