/**
 * German number formats for everything a controller reads: 19,5 %; 4.242; 38.219.839 €.
 * Rounding is commercial and decimal (rules/runden.ts) before formatting.
 */
import { runden } from './runden';

function gruppiere(ganz: string): string {
  return ganz.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A number with German separators and a fixed number of decimals: 4242 → "4.242", 19.5 → "19,5". */
export function zahl(wert: number, stellen = 0): string {
  const r = runden(wert, stellen);
  // beyond the digits rounding can handle (1e308): the value as entered, never "NaN"
  if (!Number.isFinite(r)) return Number.isFinite(wert) ? String(wert).replace('.', ',') : '';
  const negativ = r < 0;
  const [ganz, bruch] = Math.abs(r).toFixed(stellen).split('.');
  const text = gruppiere(ganz ?? '0') + (bruch ? `,${bruch}` : '');
  return negativ ? `-${text}` : text;
}

/** 19.5 → "19,5 %". */
export function prozent(wert: number): string {
  return `${zahl(wert, 1)} %`;
}

/** A signed change: 3.8 → "+3,8", -1.8 → "-1,8", 0 → "0,0". */
export function vorzeichen(wert: number, stellen = 1): string {
  const r = runden(wert, stellen);
  if (r > 0) return `+${zahl(r, stellen)}`;
  return zahl(r, stellen);
}

/** 38219839 → "38.219.839 €". */
export function euro(wert: number): string {
  return `${zahl(wert, 0)} €`;
}

/** 4242 → "4.242". */
export function personen(wert: number): string {
  return zahl(wert, 0);
}

/**
 * A number as entered, in German format, with all its decimals (up to 10): 12.75 → "12,75",
 * 4242 → "4.242", 150 → "150". Values too large or small for digits keep their exponent: "1e+308".
 */
export function zahlWieEingegeben(wert: number): string {
  if (!Number.isFinite(wert)) return String(wert);
  const betrag = Math.abs(wert);
  if (betrag >= 1e15 || (betrag > 0 && betrag < 1e-6)) return String(wert).replace('.', ',');
  const bruch = /\.(\d+)$/.exec(String(wert))?.[1] ?? '';
  return zahl(wert, Math.min(10, bruch.length));
}

/** A date as a controller reads it: 15.03.2026 (with the time when there is one: 15.03.2026 10:30). */
export function datumWieEingegeben(d: Date): string {
  const zwei = (n: number): string => String(n).padStart(2, '0');
  const tag = `${zwei(d.getUTCDate())}.${zwei(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  return d.getUTCHours() || d.getUTCMinutes() ? `${tag} ${zwei(d.getUTCHours())}:${zwei(d.getUTCMinutes())}` : tag;
}
