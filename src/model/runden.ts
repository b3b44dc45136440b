/**
 * Commercial rounding (half away from zero) done on the decimal representation, not on binary
 * floats: 2,675 → 2,68 although the double nearest to 2.675 is 2.67499999…
 *
 * The value is first reduced to 15 significant digits (the precision a double carries reliably),
 * which removes binary noise such as 0.1 + 0.2 = 0.30000000000000004; the shift by 10^stellen is then
 * done by editing the decimal exponent of that string, so no binary multiplication is involved.
 */
export function runden(wert: number, stellen = 0): number {
  if (!Number.isFinite(wert)) return wert;
  // whole numbers below 10^15 are already exact (persons, euros): the same result, without the strings
  if (Number.isInteger(wert) && stellen >= 0 && Math.abs(wert) < 1e15) return wert === 0 ? 0 : wert;
  const betrag = Math.abs(wert);
  const verschoben = schiebe(Number(betrag.toPrecision(15)), stellen);
  const ganz = Math.floor(verschoben);
  const gerundet = verschoben - ganz >= 0.5 ? ganz + 1 : ganz;
  const ergebnis = schiebe(gerundet, -stellen);
  return wert < 0 && ergebnis !== 0 ? -ergebnis : ergebnis;
}

/** x × 10^n by rewriting the decimal exponent of x's shortest string form (which may have one). */
function schiebe(x: number, n: number): number {
  const [mantisse, exponent = '0'] = String(x).split('e');
  return Number(`${mantisse}e${Number(exponent) + n}`);
}

/** Quotas and changes: one decimal. */
export const rundeProzent = (x: number): number => runden(x, 1);
/** Stocks of persons and euros: whole numbers. */
export const rundeGanz = (x: number): number => runden(x, 0);
