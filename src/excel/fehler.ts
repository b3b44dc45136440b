/**
 * Excel's errors as German sentences. The pane never shows a raw message or a stack trace: every
 * error from Excel.run passes through `fehlerText`.
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
  EditModeCannotAcquireCell:
    'Excel bearbeitet gerade eine Zelle. Schließen Sie die Eingabe mit der Eingabetaste ab und versuchen Sie es erneut.',
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
  Timeout: 'Excel hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.',
  InvalidOperation: 'Diese Aktion ist im aktuellen Zustand der Arbeitsmappe nicht möglich.',
  InvalidOperationInCellEditMode:
    'Excel bearbeitet gerade eine Zelle. Schließen Sie die Eingabe mit der Eingabetaste ab und versuchen Sie es erneut.',
  FilteredRangeConflict: 'Der Bereich ist gefiltert. Heben Sie den Filter auf und versuchen Sie es erneut.',
  MergedRangeConflict: 'Der Bereich enthält verbundene Zellen. Heben Sie die Verbindung auf und versuchen Sie es erneut.',
};

const UNBEKANNT =
  'Excel hat die Aktion nicht ausgeführt. Bitte versuchen Sie es erneut; falls das nicht hilft, speichern Sie die Mappe und öffnen Sie sie neu.';

/** A German sentence for any error thrown inside Excel.run (OfficeExtension.Error or other). */
export function fehlerText(e: unknown): string {
  if (e instanceof ExcelHinweis) return e.message;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return TEXTE[code] ?? UNBEKANNT;
}

/** An error whose message is already a German sentence for the user (from the adapter itself). */
export class ExcelHinweis extends Error {
  constructor(meldung: string) {
    super(meldung);
    this.name = 'ExcelHinweis';
  }
}

export const FEHLERCODES = Object.keys(TEXTE);
