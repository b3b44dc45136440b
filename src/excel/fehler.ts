/**
 * Excel's errors as German sentences. The pane never shows a raw message or a stack trace: every
 * error from Excel.run passes through `fehlerText` (in `ausfuehren`, the only caller of Excel.run
 * besides the event registration).
 *
 * The codes are the documented ones: `Excel.ErrorCodes` in @types/office-js and the table in
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * (`EditModeCannotAcquireCell` and `Timeout` are in neither and were dropped; Excel reports cell edit
 * mode as `InvalidOperationInCellEditMode`). `UndoNotSupported` comes from
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities.
 */

const TEXTE: Readonly<Record<string, string>> = {
  InvalidArgument: 'Excel hat eine Angabe nicht angenommen. Prüfen Sie die ausgewählte Zelle und versuchen Sie es erneut.',
  InvalidReference: 'Der Bezug ist ungültig: Die Zelle oder das Blatt gibt es nicht (mehr). Ordnen Sie das Feld neu zu.',
  InvalidSelection: 'Die aktuelle Auswahl ist dafür nicht geeignet. Wählen Sie eine einzelne Zelle oder einen zusammenhängenden Bereich.',
  ItemNotFound:
    'Excel hat ein Element nicht gefunden, etwa ein Blatt oder einen Namen. Vielleicht wurde es gerade gelöscht oder umbenannt; bitte erneut prüfen.',
  ItemAlreadyExists: 'Ein Element mit diesem Namen gibt es bereits in der Arbeitsmappe.',
  AccessDenied:
    'Excel verweigert den Zugriff: Die Arbeitsmappe oder das Blatt ist geschützt oder schreibgeschützt geöffnet. Heben Sie den Schutz auf und versuchen Sie es erneut.',
  Conflict: 'Die Arbeitsmappe wurde gleichzeitig an anderer Stelle geändert. Bitte versuchen Sie es erneut.',
  GeneralException:
    'In Excel ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut; falls das nicht hilft, speichern Sie die Mappe und öffnen Sie sie neu.',
  InsertDeleteConflict:
    'Excel konnte Zellen nicht einfügen oder löschen, weil sie mit anderen Inhalten kollidieren (etwa verbundenen Zellen oder Tabellen).',
  ActivityLimitReached: 'Excel hat zu viele Vorgänge auf einmal erhalten. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
  RequestPayloadSizeLimitExceeded: 'Die Datenmenge ist für Excel zu groß. Verkleinern Sie die Listen oder die Vorlage.',
  ResponsePayloadSizeLimitExceeded: 'Die Datenmenge ist für Excel zu groß. Verkleinern Sie die zugeordneten Bereiche.',
  ApiNotFound: 'Diese Funktion wird von Ihrer Excel-Version nicht unterstützt. Aktualisieren Sie Excel oder verwenden Sie Excel im Web.',
  NotImplemented: 'Diese Funktion wird von Ihrer Excel-Version nicht unterstützt. Aktualisieren Sie Excel oder verwenden Sie Excel im Web.',
  UnsupportedOperation: 'Diese Aktion ist hier nicht möglich, etwa in einer geschützten oder freigegebenen Mappe.',
  UnsupportedSheet: 'Dieses Blatt ist kein Arbeitsblatt (zum Beispiel ein Diagrammblatt) und kann nicht verwendet werden.',
  InactiveWorkbook: 'Die Arbeitsmappe ist nicht mehr aktiv. Wechseln Sie zurück zur Mappe und versuchen Sie es erneut.',
  Unauthenticated: 'Sie sind nicht angemeldet oder die Anmeldung ist abgelaufen. Melden Sie sich in Office erneut an.',
  ServiceNotAvailable: 'Excel ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Augenblicken erneut.',
  InvalidOperation: 'Diese Aktion ist im aktuellen Zustand der Arbeitsmappe nicht möglich.',
  InvalidOperationInCellEditMode:
    'Excel bearbeitet gerade eine Zelle. Schließen Sie die Eingabe mit der Eingabetaste ab und versuchen Sie es erneut.',
  FilteredRangeConflict: 'Der Bereich ist gefiltert. Heben Sie den Filter auf und versuchen Sie es erneut.',
  MergedRangeConflict: 'Der Bereich enthält verbundene Zellen. Heben Sie die Verbindung auf und versuchen Sie es erneut.',
  RangeExceedsLimit:
    'Der Bereich hat mehr Zellen, als Excel auf einmal an ein Add-in gibt. Ordnen Sie die Felder kleineren Bereichen zu (nicht ganzen Spalten oder Blättern).',
  MemoryLimitReached:
    'Excel hat nicht genug Arbeitsspeicher für diese Aktion. Schließen Sie andere Arbeitsmappen und versuchen Sie es erneut.',
  ApiNotAvailable:
    'Diese Funktion steht in Ihrer Excel-Version gerade nicht zur Verfügung. Aktualisieren Sie Excel oder verwenden Sie Excel im Web.',
  RequestAborted: 'Excel hat die Aktion abgebrochen. Bitte versuchen Sie es erneut.',
  InvalidRequest:
    'Excel konnte die Anfrage nicht verarbeiten. Bitte versuchen Sie es erneut; falls das nicht hilft, öffnen Sie Zielplaner neu.',
  UnsupportedFeature:
    'Das Blatt enthält etwas, das Excel beim Einfügen nicht übernehmen kann. Erzeugen Sie die Vorlage mit „npx zielplaner template“ oder auf der Browser-Seite und öffnen Sie sie in Excel.',
  OperationCellsExceedLimit: 'Die Aktion betrifft zu viele Zellen auf einmal. Ordnen Sie die Felder kleineren Bereichen zu.',
  FormulaLengthExceedsLimit: 'Eine Formel ist für Excel zu lang.',
  UndoNotSupported: 'Excel kann diese Aktion nicht als einen Rückgängig-Schritt zusammenfassen. Bitte versuchen Sie es erneut.',
};

const UNBEKANNT =
  'Excel hat die Aktion nicht ausgeführt. Bitte versuchen Sie es erneut; falls das nicht hilft, speichern Sie die Mappe und öffnen Sie sie neu.';

/** A German sentence for any error thrown inside Excel.run (OfficeExtension.Error or other). */
export function fehlerText(e: unknown): string {
  if (e instanceof ExcelHinweis) return e.message;
  return TEXTE[code(e)] ?? UNBEKANNT;
}

/** An error whose message is already a German sentence for the user (from the adapter itself). */
export class ExcelHinweis extends Error {
  constructor(meldung: string) {
    super(meldung);
    this.name = 'ExcelHinweis';
  }
}

export const FEHLERCODES = Object.keys(TEXTE);

const code = (e: unknown): string => (typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '');

/**
 * Runs one batch against the workbook; every error leaves as an `ExcelHinweis` with a German sentence.
 * `mergeUndoGroup` (ExcelApi 1.20) makes the batch one undo step; if Excel refuses that for an API
 * in the batch (`UndoNotSupported`), the batch runs again without it — only pass it for batches that
 * can safely run twice.
 */
export async function ausfuehren<T>(arbeit: (context: Excel.RequestContext) => Promise<T>, undoGruppe = false): Promise<T> {
  try {
    if (!undoGruppe) return await Excel.run(arbeit);
    try {
      return await Excel.run({ mergeUndoGroup: true }, arbeit);
    } catch (e) {
      if (code(e) !== 'UndoNotSupported') throw e;
      return await Excel.run(arbeit);
    }
  } catch (e) {
    throw new ExcelHinweis(fehlerText(e));
  }
}
