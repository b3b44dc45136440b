/**
 * The automatic re-check: worksheet edits (`worksheets.onChanged`, ExcelApi 1.9), debounced.
 *
 * The add-in's own value writes are recognised by Excel, never by timing: from ExcelApi 1.14 the event
 * says so (`WorksheetChangedEventArgs.triggerSource === 'ThisLocalAddin'`); below it the writes run with
 * `context.runtime.enableEvents = false` (ExcelApi 1.8, see werte.ts), so they raise no event at all.
 * Every other event counts, however soon after a write it comes. Whether an edit came from a co-author
 * (`source === 'Remote'`) is passed on, so the pane re-checks without writing into the workbook.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
 */
import type { Aenderung } from '../pane/umgebung';

export const PRUEF_VERZOEGERUNG_MS = 600;

type Ereignis = Pick<Excel.WorksheetChangedEventArgs, 'source'> & { triggerSource?: string };

/** Registers the handler; returns the function that stops listening. */
export function aenderungenBeobachten(callback: (aenderung: Aenderung) => void): () => void {
  let zeitgeber: ReturnType<typeof setTimeout> | undefined;
  let nurVonAnderen = true;
  let abmelden: (() => Promise<void>) | undefined;
  let beendet = false;
  const handler = async (e: Ereignis): Promise<void> => {
    if (e.triggerSource === 'ThisLocalAddin') return;
    nurVonAnderen &&= e.source === 'Remote';
    if (zeitgeber) clearTimeout(zeitgeber);
    zeitgeber = setTimeout(() => {
      const vonAnderen = nurVonAnderen;
      zeitgeber = undefined;
      nurVonAnderen = true;
      if (!beendet) callback({ vonAnderen });
    }, PRUEF_VERZOEGERUNG_MS);
  };
  void Excel.run(async (context) => {
    const registrierung = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    abmelden = async () => {
      // a handler is removed in the context it was added in: the Excel.run(object, batch) overload
      await Excel.run(registrierung.context, async (c) => {
        registrierung.remove();
        await c.sync();
      });
    };
    if (beendet) await abmelden();
  }).catch(() => undefined);
  return () => {
    beendet = true;
    if (zeitgeber) clearTimeout(zeitgeber);
    void abmelden?.().catch(() => undefined);
  };
}
