/**
 * The agreement as data: what the rules derive, the checks judge and the document builder prints.
 */
import type {
  Art,
  LISTE_VEREINBARUNGEN,
  Darstellung,
  FeldName,
  Geschlecht,
  Kennzahl,
  KennzahlFeldName,
  Teil,
  Vergleich,
} from '../catalogue/felder';
import type { RegelId, SchwereVon } from '../catalogue/regeln';

export type { RegelId, Schwere } from '../catalogue/regeln';

/** A finding of rule `R`: its id from the rule catalogue (src/catalogue/regeln.ts) and a severity the catalogue allows. */
export interface BefundVon<R extends RegelId> {
  /** Stable rule id, e.g. `IQ_GESAMT_BEREICH`. */
  readonly rule: R;
  readonly severity: SchwereVon<R>;
  /** The field (defined name) the finding is about. */
  readonly field: string;
  /** `Sheet!A1` of that field's cell, or null when the field has no cell (name missing). */
  readonly cell: string | null;
  /** German sentence: what is wrong and what would fix it. */
  readonly message: string;
  /** Further cells involved (the other side of a contradiction), for highlighting. */
  readonly related?: readonly string[];
}

/** A finding of any catalogue rule. */
export type Befund = { [R in RegelId]: BefundVon<R> }[RegelId];

export type Wert = number | string;

export interface LokalesZiel {
  readonly ziel: string;
  readonly beschreibung: string;
  readonly wert?: number;
  readonly vergleich?: Vergleich;
}

export interface KommunalesZiel {
  readonly ziel: string;
  readonly beschreibung: string;
}

export interface WeiteresZiel {
  readonly ziel: string;
  readonly beschreibung: string;
  readonly schritte: readonly string[];
  /** The sentence after "Das Ziel ist erreicht, wenn …" as agreed; absent when the row has none. */
  readonly erfolgskriterium?: string;
}

/** Unit of a further target (ZV_Ergaenzungsziele, column Einheit). */
export const EINHEITEN = ['%', 'Anzahl', '€'] as const;
export type Einheit = (typeof EINHEITEN)[number];

/** What a further target's value means (column Bezug): a level, or a relative change to the previous year. */
export const BEZUEGE = ['Zielwert', 'Veränderung'] as const;
export type Bezug = (typeof BEZUEGE)[number];

/**
 * A further target beside K2/K3 (ZV_Ergaenzungsziele): an Ergänzungsgröße or a group target.
 * Values are kept as entered: `wert` is a number, or the text when the cell held no number (the
 * schema reports it); `einheit` and `bezug` are the texts as entered (the check judges them).
 */
export interface Ergaenzungsziel {
  readonly kennzahl: string;
  readonly wert?: number | string;
  readonly einheit: string;
  readonly vergleich?: Vergleich;
  /** As entered; '' when empty (then the value is a level, Bezug Zielwert). */
  readonly bezug: string;
  /** Cells of the row by column name (Kennzahl, Wert, Einheit, Vergleich, Bezug), empty ones included. */
  readonly zellen: Readonly<Record<string, string>>;
}

export interface Listen {
  readonly lokaleZiele: readonly LokalesZiel[];
  readonly kommunaleZiele: readonly KommunalesZiel[];
  readonly weitereZiele: readonly WeiteresZiel[];
  /** ZV_Ergaenzungsziele; absent or empty when the workbook has none. */
  readonly ergaenzungsziele?: readonly Ergaenzungsziel[];
}

/**
 * Where an agreement comes from: the single-cell names (named after the sheet of their first cell, or
 * the workbook when no cell was read), or one row of the list of agreements (`zeile` = worksheet row;
 * none when the list's reference is broken).
 */
export type Quelle =
  | { readonly art: 'blatt'; readonly blatt: string }
  | { readonly art: 'mappe'; readonly titel: string }
  | { readonly art: 'liste'; readonly liste: typeof LISTE_VEREINBARUNGEN; readonly zeile?: number };

/**
 * The source as text: `Planung`, `ZV_Liste row 12` (the contract's `source`, `validate --json`) or,
 * with `zeilenwort` 'Zeile', `ZV_Liste Zeile 12` for German messages and document properties.
 */
export function quelleText(q: Quelle, zeilenwort: 'row' | 'Zeile' = 'row'): string {
  switch (q.art) {
    case 'blatt':
      return q.blatt;
    case 'mappe':
      return q.titel;
    case 'liste':
      return q.zeile === undefined ? q.liste : `${q.liste} ${zeilenwort} ${q.zeile}`;
  }
}

/**
 * One part (VJ, Veraenderung, Ziel) of one gender's row of a Kennzahl: the value in force, whether it
 * was entered, the entered value, and the value the Planwert rules derive from the other entries
 * (independent of this entry: the suggestion for the cell).
 */
export interface Kennzahlwert {
  readonly feld: KennzahlFeldName;
  /** The cell of the field, when the field is named in the workbook. */
  readonly zelle?: string;
  /**
   * The value in force: the entered one, else the derived one rounded as displayed (quotas and
   * changes to one decimal, stocks whole). An entered value that failed the schema is replaced by
   * the derived one when there is one. Text when a cell held text that is not a number.
   */
  readonly wert?: Wert;
  /** Whether the cell held a value (even one with a finding). */
  readonly eingegeben: boolean;
  /** The value as entered, when entered. */
  readonly eingabe?: Wert;
  /** The derived value rounded as displayed, when derivable (finite). */
  readonly abgeleitet?: number;
}

export type Kennzahlreihe = Readonly<Record<Teil, Kennzahlwert>>;
/** Every Kennzahl × Geschlecht × Teil: `v.kennzahlen.IQ.Frauen.Ziel`. */
export type Kennzahlwerte = Readonly<Record<Kennzahl, Readonly<Record<Geschlecht, Kennzahlreihe>>>>;

/**
 * One agreement after reading and deriving. `kennzahlen` holds the Planwerte, structured. `werte` is
 * the flat view of every field's value in force (the contract's `values`; single fields such as the
 * parties and texts are read from it), `eingegeben` says which fields were entered in the workbook;
 * `zellen` maps field names to their cells.
 */
export interface Vereinbarung {
  readonly quelle: Quelle;
  readonly art: Art | null;
  readonly jahr: number | null;
  readonly darstellung: Darstellung | null;
  readonly werte: Readonly<Partial<Record<FeldName, Wert>>>;
  readonly eingegeben: ReadonlySet<FeldName>;
  readonly zellen: Readonly<Partial<Record<FeldName, string>>>;
  readonly kennzahlen: Kennzahlwerte;
  readonly listen: Listen;
}

/** Every part of every Kennzahl row, IQ before LZB, Frauen, Männer, gesamt, VJ, Veränderung, Ziel. */
export function alleKennzahlwerte(v: Vereinbarung): Kennzahlwert[] {
  return Object.values(v.kennzahlen).flatMap((reihen) => Object.values(reihen).flatMap((reihe) => Object.values(reihe)));
}

export interface Pruefergebnis {
  readonly vereinbarung: Vereinbarung;
  readonly befunde: readonly Befund[];
}

export function hatFehler(befunde: readonly Befund[]): boolean {
  return befunde.some((b) => b.severity === 'error');
}

/** A workbook that cannot be used at all (not a workbook, no `ZV_` names). */
export class UnbrauchbareDatei extends Error {
  constructor(meldung: string) {
    super(meldung);
    this.name = 'UnbrauchbareDatei';
  }
}
