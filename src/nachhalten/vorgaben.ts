/**
 * Vorgaben: what the follow-up needs from the agreement — the agreed relative change V (entered or
 * derived, unrounded) and the target level per Kennzahl and gender. Read through this one function so
 * the follow-up depends on the agreement model only through its entered values.
 */
import { GESCHLECHTER, type Geschlecht } from '../catalogue/felder';
import type { Vereinbarung } from '../model/vereinbarung';
import { leiteIntegrationsquoteAb } from '../rules/integrationsquote';
import { wert, type Kennzahlreihen } from '../rules/kennzahl';
import { leiteLangzeitleistungsbezugAb } from '../rules/langzeitleistungsbezug';
import type { IstKennzahl } from './ist';

export interface Vorgabe {
  /** Relative change in percent, unrounded; undefined when the agreement gives none. */
  readonly veraenderung?: number;
  /** Target level (IQ in percent, LZB persons), unrounded; K1 has none of its own. */
  readonly ziel?: number;
}

export type Vorgaben = Readonly<Record<IstKennzahl, Readonly<Record<Geschlecht, Vorgabe>>>>;

/** The entered numbers of an agreement (derived values are derived again here, unrounded). */
function eingaben(v: Pick<Vereinbarung, 'werte' | 'eingegeben'>): Record<string, number> {
  const e: Record<string, number> = {};
  for (const name of v.eingegeben) {
    const x = v.werte[name];
    if (typeof x === 'number' && Number.isFinite(x)) e[name] = x;
  }
  return e;
}

function ausReihen(r: Kennzahlreihen): Record<Geschlecht, Vorgabe> {
  const out = {} as Record<Geschlecht, Vorgabe>;
  for (const g of GESCHLECHTER) {
    const veraenderung = wert(r[g].Veraenderung);
    const ziel = wert(r[g].Ziel);
    out[g] = {
      ...(veraenderung !== undefined && Number.isFinite(veraenderung) ? { veraenderung } : {}),
      ...(ziel !== undefined && Number.isFinite(ziel) ? { ziel } : {}),
    };
  }
  return out;
}

export function vorgabenAus(v: Pick<Vereinbarung, 'werte' | 'eingegeben'>): Vorgaben {
  const e = eingaben(v);
  const llu = e.ZV_LLU_Veraenderung;
  return {
    IQ: ausReihen(leiteIntegrationsquoteAb(e).reihen),
    LZB: ausReihen(leiteLangzeitleistungsbezugAb(e).reihen),
    LLU: { Frauen: {}, Maenner: {}, Gesamt: llu !== undefined ? { veraenderung: llu } : {} },
  };
}
