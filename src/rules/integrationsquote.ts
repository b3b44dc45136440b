/**
 * Integrationsquote (K2): per gender as in kennzahl.ts; the total ("nachrichtlich") is the
 * eLb-weighted mean of the gender quotas, never their plain average (domain.md, Planwert rule 2):
 *   IQ_T = w × IQ_F + (1 − w) × IQ_M,
 * with w the share of women in the average eLb stock: from the planned eLb stocks when given,
 * else implied by the previous year's published quotas, w = (IQ_M,VJ − IQ_T,VJ) / (IQ_M,VJ − IQ_F,VJ).
 */
import {
  eingabenVon,
  geschlechterReihen,
  leiteReiheAb,
  veraenderungAusZiel,
  wert,
  zielAusVeraenderung,
  type Eingaben,
  type Kennzahlreihen,
  type Reihe,
} from './kennzahl';

export type Gewichtsquelle = 'eLb' | 'Vorjahr';

export interface Integrationsquote {
  readonly reihen: Kennzahlreihen;
  /** Share of women w used for the total, when one could be determined. */
  readonly gewicht?: number;
  readonly gewichtsquelle?: Gewichtsquelle;
}

/** w from the planned eLb stocks. */
export function gewichtAusElb(frauen: number | undefined, maenner: number | undefined): number | undefined {
  if (frauen === undefined || maenner === undefined || frauen < 0 || maenner < 0 || frauen + maenner <= 0) return undefined;
  return frauen / (frauen + maenner);
}

/** w implied by three quotas of the same period: total, women, men. */
export function gewichtAusQuoten(gesamt: number | undefined, frauen: number | undefined, maenner: number | undefined): number | undefined {
  if (gesamt === undefined || frauen === undefined || maenner === undefined || frauen === maenner) return undefined;
  return (maenner - gesamt) / (maenner - frauen);
}

export function gewichteteQuote(w: number, frauen: number, maenner: number): number {
  return w * frauen + (1 - w) * maenner;
}

export function leiteIntegrationsquoteAb(e: Eingaben): Integrationsquote {
  const { Frauen, Maenner } = geschlechterReihen(e, 'IQ');
  const t = eingabenVon(e, 'IQ', 'Gesamt');
  const basis = leiteReiheAb(t);
  const vjT = wert(basis.VJ);

  const ausElb = gewichtAusElb(e.ZV_eLb_Frauen, e.ZV_eLb_Maenner);
  const ausVorjahr = gewichtAusQuoten(vjT, wert(Frauen.VJ), wert(Maenner.VJ));
  const gewicht = ausElb ?? ausVorjahr;
  const gewichtsquelle: Gewichtsquelle | undefined = ausElb !== undefined ? 'eLb' : ausVorjahr !== undefined ? 'Vorjahr' : undefined;

  const zF = wert(Frauen.Ziel);
  const zM = wert(Maenner.Ziel);
  const zielAbgeleitet =
    gewicht !== undefined && zF !== undefined && zM !== undefined
      ? gewichteteQuote(gewicht, zF, zM)
      : vjT !== undefined && t.Veraenderung !== undefined && t.VJ !== undefined
        ? zielAusVeraenderung(vjT, t.Veraenderung)
        : undefined;
  const zielT = t.Ziel ?? zielAbgeleitet;
  // the change of the total is derivable from a previous-year total that was not itself derived from that change
  const veraenderungAbgeleitet =
    t.VJ !== undefined && t.VJ > 0 && zielT !== undefined ? veraenderungAusZiel(t.VJ, zielT) : basis.Veraenderung.abgeleitet;

  const Gesamt: Reihe = {
    VJ: basis.VJ,
    Veraenderung: { eingabe: t.Veraenderung, abgeleitet: veraenderungAbgeleitet },
    Ziel: { eingabe: t.Ziel, abgeleitet: zielAbgeleitet },
  };
  return { reihen: { Frauen, Maenner, Gesamt }, gewicht, gewichtsquelle };
}
