/**
 * Number formats of the agreement documents, on top of model/format.ts: the spaced signs of the
 * BA template ("+ 3,8 %", "19,9 % (- 0,6 %)"), bounds ("kleiner gleich 1.132") and values read
 * of fields and of Planwerte (a missing or non-numeric value gives '' so no "undefined" or "NaN"
 * reaches a page).
 */
import type { FeldName, Vergleich } from '../catalogue/felder';
import { prozent, zahl } from '../model/format';
import { runden } from '../model/runden';
import type { Vereinbarung, Wert } from '../model/vereinbarung';
import { alsText } from './text';

/** A value as a number, or undefined when missing or not a finite number. */
export function alsZahl(w: Wert | undefined): number | undefined {
  return typeof w === 'number' && Number.isFinite(w) ? w : undefined;
}

/** A numeric field value, or undefined when missing or not a finite number. */
export function zahlWert(v: Vereinbarung, name: FeldName): number | undefined {
  return alsZahl(v.werte[name]);
}

/** A text field value, trimmed and cleaned; '' when missing. */
export function textWert(v: Vereinbarung, name: FeldName): string {
  return alsText(v.werte[name]);
}

/**
 * Display of a value that should be numeric: the formatted number, or the raw text as entered when
 * the value is text (shown as typed rather than silently dropped), or ''.
 */
function anzeige(w: Wert | undefined, format: (x: number) => string): string {
  if (typeof w === 'number') return Number.isFinite(w) ? format(w) : '';
  return alsText(w);
}

/** A spaced signed change as in the BA template: 3.8 → "+ 3,8 %", -0.6 → "- 0,6 %", 0 → "± 0,0 %". */
export function aenderungText(wert: number): string {
  const r = runden(wert, 1);
  const betrag = zahl(Math.abs(r), 1);
  if (r > 0) return `+ ${betrag} %`;
  if (r < 0) return `- ${betrag} %`;
  return `± ${betrag} %`;
}

export const quoteAnzeige = (w: Wert | undefined): string => anzeige(w, prozent);
export const bestandAnzeige = (w: Wert | undefined): string => anzeige(w, (x) => zahl(x, 0));
export const euroAnzeige = (w: Wert | undefined): string => anzeige(w, (x) => `${zahl(x, 0)} €`);
export const aenderungAnzeige = (w: Wert | undefined): string => anzeige(w, aenderungText);
/** The "in %" column of the two-column form: -2.5 → "-2,5", 7.4 → "7,4". */
export const aenderungSpalte = (w: Wert | undefined): string => anzeige(w, (x) => zahl(x, 1));

/** A number of a list row with as many decimals as it has (up to two): 1132 → "1.132", 2.5 → "2,5". */
export function listenZahl(wert: number): string {
  for (let stellen = 0; stellen <= 2; stellen++) {
    if (runden(wert, stellen) === runden(wert, 2)) return zahl(wert, stellen);
  }
  return zahl(wert, 2);
}

export const VERGLEICH_TEXT: Record<Vergleich, string> = { '<=': 'kleiner gleich', '>=': 'größer gleich', '=': 'gleich' };

/** "kleiner gleich 1.132", "größer gleich 261", "gleich 5"; without a comparison just the number. */
export function schranke(wert: number | undefined, vergleich: Vergleich | undefined): string {
  if (wert === undefined || !Number.isFinite(wert)) return '';
  const z = listenZahl(wert);
  return vergleich ? `${VERGLEICH_TEXT[vergleich]} ${z}` : z;
}

/** An amount in euros for prose: 13155724 → "13.155.724 Euro". */
export function euroProsa(wert: number): string {
  return `${zahl(wert, 0)} Euro`;
}

/** Millions for prose: 21852660 → "21,9 Mio. Euro". */
export function millionenProsa(wert: number): string {
  return `${zahl(wert / 1_000_000, 1)} Mio. Euro`;
}
