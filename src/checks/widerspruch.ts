/** Ziel und Veränderung: an entered target must agree with previous year × (1 + entered change). */
import { GESCHLECHT_TEXT, type Geschlecht } from '../catalogue/felder';
import { prozent, personen, vorzeichen } from '../model/format';
import type { Befund } from '../model/vereinbarung';
import { feldname, zielAusVeraenderung, type Kennzahl, type Reihe } from '../rules/kennzahl';
import { zielToleranz } from '../rules/toleranz';
import { befund, ort, type Kontext } from './kontext';

/** The rule id per Kennzahl, written out so that a search for a finding's id finds this file. */
const WIDERSPRUCH = { IQ: 'IQ_ZIEL_VERAENDERUNG_WIDERSPRUCH', LZB: 'LZB_ZIEL_VERAENDERUNG_WIDERSPRUCH' } as const;

export function niveauText(k: Kennzahl, x: number): string {
  return k === 'IQ' ? prozent(x) : personen(x);
}

/**
 * IQ_ZIEL_VERAENDERUNG_WIDERSPRUCH, LZB_ZIEL_VERAENDERUNG_WIDERSPRUCH: checks one row. `vj` is the previous-year value to use (entered, or for the LZB total the sum of
 * the genders) and `vjRundungen` how many rounded values it is made of.
 */
export function pruefeZielUndVeraenderung(
  k: Kontext,
  kz: Kennzahl,
  g: Geschlecht,
  r: Reihe,
  vj: number | undefined,
  vjRundungen = 1,
): Befund[] {
  const ziel = r.Ziel.eingabe;
  const v = r.Veraenderung.eingabe;
  if (ziel === undefined || v === undefined || vj === undefined) return [];
  const soll = zielAusVeraenderung(vj, v);
  if (Math.abs(ziel - soll) <= zielToleranz(kz, vj, v, vjRundungen)) return [];
  const zf = feldname(kz, 'Ziel', g);
  const vf = feldname(kz, 'Veraenderung', g);
  const vjf = feldname(kz, 'VJ', g);
  const vjText = k.zellen[vjf]
    ? `dem Vorjahreswert ${niveauText(kz, vj)} in ${k.zellen[vjf]}`
    : `dem Vorjahreswert ${niveauText(kz, vj)} (Summe aus Frauen und Männern)`;
  return [
    befund(
      k,
      WIDERSPRUCH[kz],
      'error',
      zf,
      `Der Zielwert ${ort(k, zf)} von ${niveauText(kz, ziel)} widerspricht der Veränderung ${vorzeichen(v)} % in ${k.zellen[vf] ?? vf} bei ${vjText}: daraus ergibt sich ${niveauText(kz, soll)} (${GESCHLECHT_TEXT[g]}). Korrigieren Sie Zielwert oder Veränderung, oder leeren Sie eine der beiden Zellen, dann wird sie berechnet.`,
      [vf, vjf],
    ),
  ];
}
