/**
 * Checks of the planned changes shared by both Kennzahlen: the entered total change must lie between
 * the gender changes (it is their weighted mean), and changes beyond a bound are worth a second look.
 */
import { GESCHLECHTER, GESCHLECHT_TEXT } from '../catalogue/felder';
import { vorzeichen } from '../model/format';
import { schwereVon } from '../catalogue/regeln';
import type { Befund } from '../model/vereinbarung';
import { feldname, wert, type Kennzahl, type Kennzahlreihen } from '../rules/kennzahl';
import { runden } from '../model/runden';
import { EPSILON, HALBE_VERAENDERUNG } from '../rules/toleranz';
import { befund, ort, type Kontext } from './kontext';

/** The rule ids per Kennzahl, written out so that a search for a finding's id finds this file. */
const GESAMT_BEREICH = { IQ: 'IQ_VERAENDERUNG_GESAMT_BEREICH', LZB: 'LZB_VERAENDERUNG_GESAMT_BEREICH' } as const;
const GROSS = { IQ: 'IQ_VERAENDERUNG_GROSS', LZB: 'LZB_VERAENDERUNG_GROSS' } as const;

/** IQ_VERAENDERUNG_GESAMT_BEREICH, LZB_VERAENDERUNG_GESAMT_BEREICH: `was` names the total ("der Integrationsquote"), `folge` ends the message. */
export function pruefeGesamtveraenderung(k: Kontext, kz: Kennzahl, r: Kennzahlreihen, was: string, folge: string): Befund[] {
  const vF = wert(r.Frauen.Veraenderung);
  const vM = wert(r.Maenner.Veraenderung);
  const vT = r.Gesamt.Veraenderung.eingabe;
  if (vF === undefined || vM === undefined || vT === undefined) return [];
  // three changes printed with one decimal
  const tol = 0.1 + HALBE_VERAENDERUNG + EPSILON;
  if (vT >= Math.min(vF, vM) - tol && vT <= Math.max(vF, vM) + tol) return [];
  const feld = feldname(kz, 'Veraenderung', 'Gesamt');
  return [
    befund(
      k,
      GESAMT_BEREICH[kz],
      schwereVon(GESAMT_BEREICH[kz]),
      feld,
      `Die Veränderung ${was} gesamt ${ort(k, feld)} von ${vorzeichen(vT)} % liegt nicht zwischen den Veränderungen der Frauen (${vorzeichen(vF)} %) und der Männer (${vorzeichen(vM)} %). ${folge}`,
      [feldname(kz, 'Veraenderung', 'Frauen'), feldname(kz, 'Veraenderung', 'Maenner')],
    ),
  ];
}

/** IQ_VERAENDERUNG_GROSS, LZB_VERAENDERUNG_GROSS: a planned change beyond ±`grenze` %, on the change's cell (else the target's). */
export function pruefeGrosseVeraenderungen(k: Kontext, kz: Kennzahl, r: Kennzahlreihen, grenze: number, was: string): Befund[] {
  const out: Befund[] = [];
  for (const g of GESCHLECHTER) {
    const v = wert(r[g].Veraenderung);
    if (v === undefined || Math.abs(runden(v, 1)) <= grenze) continue;
    const vf = feldname(kz, 'Veraenderung', g);
    const zf = feldname(kz, 'Ziel', g);
    const feld = k.zellen[vf] !== undefined || k.zellen[zf] === undefined ? vf : zf;
    out.push(
      befund(
        k,
        GROSS[kz],
        'warning',
        feld,
        `Die geplante Veränderung ${was} (${GESCHLECHT_TEXT[g]}) von ${vorzeichen(v)} % ist größer als ±${grenze} %. Prüfen Sie Vorjahreswert und Zielwert.`,
      ),
    );
  }
  return out;
}
