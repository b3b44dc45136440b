/**
 * The core's facade: from a workbook snapshot to checked agreements. Every front end (task pane,
 * browser page, command line) calls this and nothing deeper.
 */
import type { Arbeitsmappe } from '../lesen/port';
import { leseVereinbarungen, type RohVereinbarung } from '../lesen/vereinbarungen';
import type { Pruefergebnis } from '../model/vereinbarung';
import { pruefeVereinbarung } from './pruefen';
import { nachhalten, type Nachhaltung } from '../nachhalten';

export type { Arbeitsmappe, BenannterBereich, Zelle, Rohwert } from '../lesen/port';
export type { Befund, Pruefergebnis, Vereinbarung, Schwere } from '../model/vereinbarung';
export { UnbrauchbareDatei, hatFehler } from '../model/vereinbarung';

/**
 * Reads, derives and checks every agreement in a workbook: the single-cell names form one agreement,
 * each row of `ZV_Liste` another. Throws `UnbrauchbareDatei` when the workbook has no `ZV_` names.
 */
export function pruefeMappe(mappe: Arbeitsmappe): Pruefergebnis[] {
  return leseVereinbarungen(mappe).map((roh: RohVereinbarung) => pruefeVereinbarung(roh));
}

export type { Nachhaltung } from '../nachhalten';

/** Checks the workbook's agreements and follows each through its target year with `ZV_Ist` (Zielnachhaltung). */
export function nachhalteMappe(mappe: Arbeitsmappe): { ergebnisse: Pruefergebnis[]; nachhaltungen: Nachhaltung[] } {
  const ergebnisse = pruefeMappe(mappe);
  return { ergebnisse, nachhaltungen: nachhalten(mappe, ergebnisse) };
}
