/**
 * Prognose for December: Ist(m) × VJ(December) / VJ(m) — this year's value carried along the previous
 * year's path; none when the previous year's December (or month m) is missing.
 */
export function prognose(ist: number, vorjahrMonat: number | undefined, vorjahrDezember: number | undefined): number | undefined {
  if (vorjahrMonat === undefined || vorjahrDezember === undefined || vorjahrMonat <= 0) return undefined;
  return (ist * vorjahrDezember) / vorjahrMonat;
}
