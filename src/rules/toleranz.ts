/**
 * Tolerances (domain.md, Planwert rule 6): an entered value that can also be derived is consistent
 * when it differs from the derivation by no more than the rounding of its inputs can explain.
 * Quotas and changes are printed with one decimal (±0,05), stocks as whole persons (±0,5).
 */
import type { Kennzahl } from './kennzahl';

export const EPSILON = 1e-9;

/** Half a unit of the last printed digit of a level of this Kennzahl. */
export function halbeEinheit(k: Kennzahl): number {
  return k === 'IQ' ? 0.05 : 0.5;
}

/** Half a unit of a printed relative change (one decimal of a percent) as a share. */
export const HALBE_VERAENDERUNG = 0.0005;

/**
 * Tolerance of an entered target against VJ × (1 + V/100): the target's own rounding, the change's
 * rounding (VJ × 0,0005) and the previous year's rounding carried through the factor.
 */
export function zielToleranz(k: Kennzahl, vj: number, veraenderung: number, vjGerundetAus = 1): number {
  const e = halbeEinheit(k);
  return e + Math.abs(vj) * HALBE_VERAENDERUNG + vjGerundetAus * e * Math.abs(1 + veraenderung / 100) + EPSILON;
}

/**
 * Tolerance of an entered total stock against Frauen + Männer: three independent roundings to whole
 * persons (±1,5) are always explained; beyond that, up to the rounding of a one-decimal change of the
 * total (VJ × 0,0005) is explained but worth a warning (Mettmann 2025: 19.006 against 19.010).
 */
export function summenToleranz(vjGesamt: number | undefined): { still: number; warnung: number } {
  const still = 3 * halbeEinheit('LZB') + EPSILON;
  return { still, warnung: still + (vjGesamt !== undefined ? Math.abs(vjGesamt) * HALBE_VERAENDERUNG : 0) };
}

/**
 * Tolerance of an entered total quota against the weighted mean of the gender quotas: its own and the
 * genders' rounding (±0,1) are always explained; an uncertain weight w (implied by rounded quotas of
 * the previous year) moves the mean by up to |IQ_F − IQ_M| × Δw with Δw ≈ 0,2 / |IQ_M,VJ − IQ_F,VJ|.
 */
export function gewichtungsToleranz(zielF: number, zielM: number, vjF?: number, vjM?: number): { still: number; warnung: number } {
  const still = 2 * halbeEinheit('IQ') + EPSILON;
  const dw = vjF !== undefined && vjM !== undefined && vjF !== vjM ? 0.2 / Math.abs(vjM - vjF) : 0;
  return { still, warnung: still + Math.abs(zielF - zielM) * dw };
}
