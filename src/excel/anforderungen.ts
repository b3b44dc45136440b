/**
 * Which requirement sets this Excel supports (checked at run time with
 * `Office.context.requirements.isSetSupported`), and what the pane tells the user about the rest.
 * Sources: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * and the "API set" remark of each member in the Office.js reference.
 */

export type Anforderung = (set: string, version: string) => boolean;

export interface Faehigkeiten {
  /** ExcelApi 1.4: names with broken references (`getRangeOrNullObject`), binding names. */
  readonly lesen: boolean;
  /** ExcelApi 1.6: conditional formats (highlights). */
  readonly markieren: boolean;
  /** ExcelApi 1.7: `Workbook.name`, `NamedItem.formula` settable (move or repair a name in place). */
  readonly titel: boolean;
  readonly namensFormel: boolean;
  /** ExcelApi 1.8: `context.runtime.enableEvents` (own value writes raise no change event). */
  readonly ereignisSperre: boolean;
  /** ExcelApi 1.9: `worksheets.onChanged` (automatic re-check). */
  readonly ereignisse: boolean;
  /** ExcelApi 1.13: `Workbook.insertWorksheetsFromBase64` (planning sheet template). */
  readonly vorlage: boolean;
  /** ExcelApi 1.14: `WorksheetChangedEventArgs.triggerSource` (own writes recognisable in the event). */
  readonly ausloeser: boolean;
  /** ExcelApi 1.20: `Excel.run({ mergeUndoGroup: true }, …)` (one undo step for one action). */
  readonly undoGruppe: boolean;
}

export function standardAnforderung(set: string, version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

export function faehigkeiten(a: Anforderung): Faehigkeiten {
  return {
    lesen: a('ExcelApi', '1.4'),
    markieren: a('ExcelApi', '1.6'),
    titel: a('ExcelApi', '1.7'),
    namensFormel: a('ExcelApi', '1.7'),
    ereignisSperre: a('ExcelApi', '1.8'),
    ereignisse: a('ExcelApi', '1.9'),
    vorlage: a('ExcelApi', '1.13'),
    ausloeser: a('ExcelApi', '1.14'),
    undoGruppe: a('ExcelApi', '1.20'),
  };
}

export const ZU_ALT =
  'Ihre Excel-Version ist zu alt für Zielplaner: Benötigt wird der Anforderungssatz ExcelApi 1.4 (Microsoft 365, Office 2019 oder neuer, Excel im Web, Excel für Mac). Verwenden Sie Excel im Web oder die Browser-Seite von Zielplaner.';

/** German sentences: what this Excel cannot do, and what to do instead. */
export function einschraenkungen(kann: Faehigkeiten): string[] {
  if (!kann.lesen) return [ZU_ALT];
  const hinweise: string[] = [];
  if (!kann.markieren)
    hinweise.push(
      'Markierungen in den Zellen sind in dieser Excel-Version nicht verfügbar (benötigt ExcelApi 1.6); die Befunde werden nur im Aufgabenbereich angezeigt.',
    );
  if (!kann.ereignisse)
    hinweise.push(
      'Automatisches Prüfen beim Bearbeiten ist in dieser Excel-Version nicht verfügbar (benötigt ExcelApi 1.9, ab Office 2021); klicken Sie nach Änderungen auf „Erneut prüfen“.',
    );
  if (!kann.vorlage)
    hinweise.push(
      'Das Einfügen des Planungsblatts ist in dieser Excel-Version nicht verfügbar (benötigt ExcelApi 1.13, ab Office 2021). Erzeugen Sie die Vorlage mit „npx zielplaner template“ oder auf der Browser-Seite und öffnen Sie sie in Excel.',
    );
  return hinweise;
}
