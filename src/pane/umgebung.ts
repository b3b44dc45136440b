/**
 * The pane's adapter: what the shared components (components/Zielplaner.tsx) need from wherever the
 * workbook lives. Two implementations exist: the Excel adapter (src/excel/umgebung.ts, Office.js) and
 * the browser page's adapter over an uploaded .xlsx file (src/browser/, exceljs).
 *
 * Optional methods are capabilities: a front end that cannot do something leaves the method out, and
 * the pane hides or explains the feature. `einschraenkungen` lists, in German, what is unavailable and
 * why (e.g. "Markierungen benötigen Excel 2016 oder neuer (ExcelApi 1.6)."), shown on the Start tab.
 *
 * Contract is stable: add optional members only (a method may return a German note where it returned nothing).
 */
import type { Art } from '../catalogue/felder';
import type { Befund, Wert } from '../model/vereinbarung';
import type { Arbeitsmappe } from '../lesen/port';
import type { Vorlagenablage } from './vorlagenablage';

/** One value to write into a derived cell (Planwerte). */
export interface ZuSchreibenderWert {
  /** Field (defined name), e.g. `ZV_IQ_Ziel_Gesamt`. */
  readonly feld: string;
  /** `Sheet!A1` of the target cell, as the port reported it. */
  readonly adresse: string;
  /** The value as the core derived it (quotas/changes rounded to one decimal, stocks whole). */
  readonly wert: number | string;
  /** Number format to set when the cell has none (`General`); optional. */
  readonly zahlenformat?: string;
}

/** What happened when a document was handed over for saving. */
export type SpeicherErgebnis =
  /** The browser's download started (a blob link was clicked). */
  | { readonly art: 'heruntergeladen' }
  /** A dialog window (Excel) offers the download; the user saves from there. */
  | { readonly art: 'dialog' }
  /** The system browser was opened with a page that offers the download (Excel for Mac). */
  | { readonly art: 'browserfenster' }
  /** Nothing could start a download; the pane must offer another way (e.g. copy the text). */
  | { readonly art: 'nicht-moeglich'; readonly grund: string };

/** A change in the workbook that the pane should re-check. */
export interface Aenderung {
  /** Only co-authors changed the workbook (`Remote`): re-check, but write nothing into the workbook. */
  readonly vonAnderen: boolean;
}

/** The selection in the workbook, for binding a field. */
export interface Auswahl {
  /** `Sheet!A1` or `Sheet!A1:C5`. */
  readonly adresse: string;
  readonly zeilen: number;
  readonly spalten: number;
}

export interface Arbeitsumgebung {
  /** `excel` for the task pane, `browser` for the browser page. */
  readonly art: 'excel' | 'browser';
  /** German sentences: features unavailable here and why. Empty when everything works. */
  readonly einschraenkungen: readonly string[];

  /** A fresh snapshot of all `ZV_` names and tables with their cells. */
  lesen(): Promise<Arbeitsmappe>;

  /** Shows a cell (`Sheet!A1`): activates its sheet and selects it. Optional (browser: no grid). */
  zelleZeigen?(adresse: string): Promise<void>;

  /**
   * Highlights the findings' cells without touching the user's own formatting. Replaces earlier
   * highlights; writes nothing when they are unchanged. Only on the user's request (off by default).
   * May return a German note (e.g. a protected sheet was skipped).
   */
  markieren?(befunde: readonly Befund[]): Promise<string | void>;
  /** Removes exactly the add-in's highlights; the workbook is as before. May return a German note. */
  markierungenEntfernen?(): Promise<string | void>;

  /** Writes derived values into their cells (one batch). The pane asks before overwriting entered values. */
  werteSchreiben?(werte: readonly ZuSchreibenderWert[]): Promise<void>;

  /** The current selection (for "Auswahl zuordnen"). */
  auswahl?(): Promise<Auswahl>;
  /**
   * Binds a field (workbook-scoped defined name) to the current selection, creating or moving the
   * name. Returns the address it now refers to. Nothing but the name changes.
   */
  feldZuordnen?(name: string): Promise<string>;
  /** Deletes the defined name of a field (the cell and its content stay). */
  zuordnungEntfernen?(name: string): Promise<void>;

  /** Inserts a planning sheet built by `erzeugeVorlage(art)` into the open workbook. */
  vorlageEinfuegen?(art: Art): Promise<void>;

  /**
   * Builds a planning workbook (.xlsx bytes) from field values and list rows, as `zielplaner template`
   * does (used for "Planung für das Folgejahr"). Optional; where it is missing the button is hidden.
   */
  planungsmappeBauen?(eingabe: {
    art: Art;
    werte: Record<string, Wert>;
    listen: Record<string, readonly (readonly (string | number | null)[])[]>;
  }): Promise<Uint8Array>;

  /** Offers a generated .docx for saving. */
  dokumentSpeichern(bytes: Uint8Array, dateiname: string): Promise<SpeicherErgebnis>;

  /**
   * Offers a .zip of generated documents (every agreement of a ZV_Liste) for saving. Optional; where
   * it is missing the button "Alle Vereinbarungen als ZIP herunterladen" is hidden.
   */
  zipSpeichern?(bytes: Uint8Array, dateiname: string): Promise<SpeicherErgebnis>;

  /**
   * Keeps the user's own Word template in this browser for the next time (never sent anywhere).
   * Optional; where it is missing the choice of an own template is hidden.
   */
  readonly vorlagenablage?: Vorlagenablage;

  /**
   * Offers a generated .xlsx (e.g. next year's planning workbook) for saving, the same way as
   * `dokumentSpeichern` (Excel for Mac: the system browser). Optional; where it is missing the
   * Folgejahr button is hidden.
   */
  mappeSpeichern?(bytes: Uint8Array, dateiname: string): Promise<SpeicherErgebnis>;

  /**
   * Calls `callback` (debounced) when the user or a co-author edits the workbook; the adapter's own
   * writes do not trigger it. Returns a function that stops listening. Optional (a file does not
   * change by itself).
   */
  onAenderung?(callback: (aenderung: Aenderung) => void): () => void;
}
