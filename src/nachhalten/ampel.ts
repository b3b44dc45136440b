/**
 * Ampel: `gruen` when Ist meets Soll in the Kennzahl's direction (IQ: higher is better; LZB and LLU:
 * lower is better), `gelb` when it misses by at most 2 % relative, `rot` beyond. Judged on the
 * unrounded deviation, with binary noise below 10⁻⁹ removed (so 9,8 against 10 is exactly −2 %: gelb).
 */
import { runden } from '../model/runden';
import type { IstKennzahl } from './ist';

export type Ampel = 'gruen' | 'gelb' | 'rot';

export const AMPEL_TEXT: Record<Ampel, string> = { gruen: 'grün', gelb: 'gelb', rot: 'rot' };
/** Colours for documents and the terminal (hex without #). */
export const AMPEL_FARBE: Record<Ampel, string> = { gruen: '00B050', gelb: 'FFC000', rot: 'C00000' };

/** Tolerance of `gelb` in percent of the Soll. */
export const GELB_GRENZE = 2;

export function hoeherIstBesser(k: IstKennzahl): boolean {
  return k === 'IQ';
}

/** The Ampel for a deviation in percent ((Ist / Soll − 1) × 100). */
export function ampel(kennzahl: IstKennzahl, abweichungProzent: number): Ampel {
  const a = runden(abweichungProzent, 9);
  const verfehlt = hoeherIstBesser(kennzahl) ? -a : a;
  if (verfehlt <= 0) return 'gruen';
  return verfehlt <= GELB_GRENZE ? 'gelb' : 'rot';
}
