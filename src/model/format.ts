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
