/**
 * Binding fields: the workbook-scoped defined name of a field is created, moved or deleted; no cell
 * changes. Moving sets `NamedItem.formula` (settable from ExcelApi 1.7), so a failure leaves the old
 * binding in place; below 1.7 the name can only be deleted and added again.
 */
import { namensFormel, trenneAdresse } from './adresse';

/** Creates or moves the name to the selection; returns the address it now refers to. */
export async function feldZuordnen(context: Excel.RequestContext, name: string, formelSetzbar: boolean): Promise<string> {
  const auswahl = context.workbook.getSelectedRange();
  auswahl.load('address');
  const vorhanden = context.workbook.names.getItemOrNullObject(name);
  vorhanden.load('name');
  await context.sync();
  if (vorhanden.isNullObject === true) context.workbook.names.add(name, auswahl);
  else if (formelSetzbar) {
    const { blatt, bereich } = trenneAdresse(auswahl.address);
    vorhanden.formula = namensFormel(blatt, bereich);
  } else {
    vorhanden.delete();
    context.workbook.names.add(name, auswahl);
  }
  await context.sync();
  return auswahl.address;
}

export async function zuordnungEntfernen(context: Excel.RequestContext, name: string): Promise<void> {
  const vorhanden = context.workbook.names.getItemOrNullObject(name);
  vorhanden.load('name');
  await context.sync();
  if (vorhanden.isNullObject === true) return;
  vorhanden.delete();
  await context.sync();
}
