/**
 * Inserting the planning sheet template (ExcelApi 1.13) and binding its names.
 *
 * `Workbook.insertWorksheetsFromBase64` returns the IDs of the inserted sheets ("@returns An array of
 * IDs corresponding to each newly inserted worksheet"), not their names, and Excel may rename a sheet
 * whose name is taken. The file's workbook-scoped names come along but often broken, as `=#REF!$C$4`
 * (OfficeDev/office-js#3583). So:
 *   sync 1  the names as they are before the insert (which fields are already bound);
 *   sync 2  the insert, which yields the IDs;
 *   sync 3  the IDs' sheet names, and the template's names as the insert left them;
 *   sync 4  each unbound name repaired in place (`NamedItem.formula`, ExcelApi 1.7) or added.
 * A name that was bound before the insert is kept, so a bound sheet is never rebound silently.
 */
import { namensFormel, trenneAdresse } from './adresse';
import type { VorlagenNamen } from './vorlagenamen';

const gebunden = (n: Excel.NamedItem): boolean => n.type === 'Range' && !String(n.value ?? '').includes('#REF!');

export async function vorlageEinfuegen(context: Excel.RequestContext, base64: string, vorlage: VorlagenNamen): Promise<void> {
  const vorher = context.workbook.names;
  vorher.load('items/name,items/type,items/value');
  await context.sync();
  const schonGebunden = new Set(vorher.items.filter(gebunden).map((n) => n.name.toLowerCase()));

  const ids = context.workbook.insertWorksheetsFromBase64(base64, { positionType: Excel.WorksheetPositionType.end });
  await context.sync();

  const blaetter = ids.value.map((id) => {
    const blatt = context.workbook.worksheets.getItem(id);
    blatt.load('name');
    return blatt;
  });
  const offen = vorlage.namen
    .filter((n) => !schonGebunden.has(n.name.toLowerCase()))
    .map((n) => {
      const jetzt = context.workbook.names.getItemOrNullObject(n.name);
      jetzt.load('name');
      return { n, jetzt };
    });
  await context.sync();

  const blattName = new Map(vorlage.blaetter.map((b, i) => [b, blaetter[i]?.name ?? b]));
  for (const { n, jetzt } of offen) {
    const { blatt } = trenneAdresse(n.bezug);
    const formel = namensFormel(blattName.get(blatt) ?? blatt, n.bezug.slice(n.bezug.lastIndexOf('!') + 1));
    if (jetzt.isNullObject === true) context.workbook.names.add(n.name, formel);
    else jetzt.formula = formel;
  }
  blaetter[0]?.activate();
  await context.sync();
}
