/**
 * The agreement as data: what the rules derive, the checks judge and the document builder prints.
 */
import type { Art, Darstellung, Vergleich } from '../catalogue/felder';

export type Schwere = 'error' | 'warning' | 'info';

export interface Befund {
  /** Stable rule id, e.g. `IQ_GESAMT_BEREICH`. */
  readonly rule: string;
  readonly severity: Schwere;
  /** The field (defined name) the finding is about. */
  readonly field: string;
  /** `Sheet!A1` of that field's cell, or null when the field has no cell (name missing). */
  readonly cell: string | null;
  /** German sentence: what is wrong and what would fix it. */
  readonly message: string;
  /** Further cells involved (the other side of a contradiction), for highlighting. */
  readonly related?: readonly string[];
}

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
}

export interface Listen {
  readonly lokaleZiele: readonly LokalesZiel[];
  readonly kommunaleZiele: readonly KommunalesZiel[];
  readonly weitereZiele: readonly WeiteresZiel[];
}

/**
 * One agreement after reading and deriving. `werte` holds every field read or derived, derived ones
 * rounded as displayed (quotas and changes to one decimal, stocks and euros whole); `eingegeben` says
 * which were entered in the workbook; `zellen` maps field names to their cells.
 */
export interface Vereinbarung {
  readonly quelle: string;
  readonly art: Art | null;
  readonly jahr: number | null;
  readonly darstellung: Darstellung | null;
  readonly werte: Readonly<Record<string, Wert>>;
  readonly eingegeben: ReadonlySet<string>;
  readonly zellen: Readonly<Record<string, string>>;
  readonly listen: Listen;
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
