/**
 * Writing derived values into their cells, in one sync. Below ExcelApi 1.14 (where the change event
 * cannot tell the add-in's own writes apart) events are switched off around the write with
 * `context.runtime.enableEvents` (ExcelApi 1.8) and switched on again even when the write fails.
 * https://learn.microsoft.com/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member
 */
import type { ZuSchreibenderWert } from '../pane/umgebung';
import { trenneAdresse } from './adresse';

export async function werteSchreiben(
  context: Excel.RequestContext,
  werte: readonly ZuSchreibenderWert[],
  ereignisseAus: boolean,
): Promise<void> {
  if (ereignisseAus) context.runtime.enableEvents = false;
  try {
    for (const w of werte) {
      const { blatt, bereich } = trenneAdresse(w.adresse);
      context.workbook.worksheets.getItem(blatt).getRange(bereich).values = [[w.wert]];
    }
    await context.sync();
  } finally {
    if (ereignisseAus) {
      context.runtime.enableEvents = true;
      await context.sync();
    }
  }
}
