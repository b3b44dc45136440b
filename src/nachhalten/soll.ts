/** Soll: the previous year's JFW of the same month × (1 + V/100), unrounded (planning-sheet.md, Target follow-up). */
export function soll(vorjahrMonat: number, veraenderung: number): number {
  return vorjahrMonat * (1 + veraenderung / 100);
}
