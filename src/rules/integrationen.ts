/**
 * Integrationen as minimum counts (Hessen zkT, Odenwaldkreis 2024: "mindestens 612 Integrationen …,
 * Frauen mindestens 258, … Männer 354"): counts add up, so the total is Frauen + Männer, derived when
 * it is not entered (checked like the LZB total, src/checks/integrationen.ts).
 */
import { FELD, type FeldName } from '../catalogue/felder';
import type { Eingaben, Wertpaar } from './kennzahl';

/** The three fields of the integration counts, looked up in the catalogue. */
export const INT_FELDER = {
  Frauen: FELD.ZV_INT_Ziel_Frauen,
  Maenner: FELD.ZV_INT_Ziel_Maenner,
  Gesamt: FELD.ZV_INT_Ziel_Gesamt,
} as const;

export interface Integrationen {
  readonly Frauen?: number;
  readonly Maenner?: number;
  /** Entered total and, independently, Frauen + Männer. */
  readonly Gesamt: Wertpaar;
}

export function leiteIntegrationenAb(e: Eingaben): Integrationen {
  const f = e[INT_FELDER.Frauen];
  const m = e[INT_FELDER.Maenner];
  return {
    ...(f !== undefined ? { Frauen: f } : {}),
    ...(m !== undefined ? { Maenner: m } : {}),
    Gesamt: { eingabe: e[INT_FELDER.Gesamt], abgeleitet: f !== undefined && m !== undefined ? f + m : undefined },
  };
}

/** The derived values to show: the total when it was not entered. */
export function abgeleiteteIntegrationen(i: Integrationen): Partial<Record<FeldName, number>> {
  return i.Gesamt.eingabe === undefined && i.Gesamt.abgeleitet !== undefined ? { [INT_FELDER.Gesamt]: i.Gesamt.abgeleitet } : {};
}
