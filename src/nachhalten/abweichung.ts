/**
 * Abweichung: (Ist / Soll − 1) × 100 in percent; for the IQ also Ist − Soll in Prozentpunkte.
 * Unrounded; display rounds to one decimal.
 */
export function abweichung(ist: number, soll: number): number | undefined {
  return soll > 0 ? (ist / soll - 1) * 100 : undefined;
}

export function abweichungPp(ist: number, soll: number): number {
  return ist - soll;
}
