/**
 * The bound wording of domain.md (Planwert rule 7, polarity): IQ higher is better; LZB and K1 (the
 * Leistungen zum Lebensunterhalt) lower is better.
 */
import { zahl } from '../model/format';
import { runden } from '../model/runden';

export type Kennzahl = 'IQ' | 'LZB';

export interface Bindung {
  /** Before "im Vergleich zum Jahr …": "um 3,9 %", "um nicht mehr als 14,0 %", '' for "gleich bleibt". */
  readonly vor: string;
  /** The verb phrase at the end: "steigt", "sinkt", "gleich bleibt". */
  readonly verb: string;
}

/**
 * The bound wording for a relative change V (percent): IQ V > 0 "um V % steigt", IQ V < 0 "um nicht
 * mehr als |V| % sinkt", LZB V > 0 "um nicht mehr als V % steigt", LZB V < 0 "mindestens um |V| %
 * sinkt", V = 0 (after rounding to one decimal) "gleich bleibt".
 */
export function bindung(k: Kennzahl, wert: number): Bindung {
  const r = runden(wert, 1);
  const p = `${zahl(Math.abs(r), 1)} %`;
  if (r === 0) return { vor: '', verb: 'gleich bleibt' };
  if (k === 'IQ') return r > 0 ? { vor: `um ${p}`, verb: 'steigt' } : { vor: `um nicht mehr als ${p}`, verb: 'sinkt' };
  return r > 0 ? { vor: `um nicht mehr als ${p}`, verb: 'steigt' } : { vor: `mindestens um ${p}`, verb: 'sinkt' };
}

/** "um 3,9 % steigt", "gleich bleibt". */
export function bindungText(b: Bindung): string {
  return [b.vor, b.verb].filter(Boolean).join(' ');
}
