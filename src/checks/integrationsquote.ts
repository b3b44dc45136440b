/**
 * Prüfungen der Integrationsquote: target and change agree per gender; the total lies between the
 * gender quotas and matches their eLb-weighted mean; changes beyond ±15 % are worth a second look.
 */
import { FELD, GESCHLECHTER } from '../catalogue/felder';
import { prozent } from '../model/format';
import type { Befund } from '../model/vereinbarung';
import { wert } from '../rules/kennzahl';
import { gewichteteQuote } from '../rules/integrationsquote';
import { runden } from '../model/runden';
import { EPSILON, gewichtungsToleranz } from '../rules/toleranz';
import { befund, ort, type Pruefung } from './kontext';
import { pruefeGesamtveraenderung, pruefeGrosseVeraenderungen } from './veraenderungen';
import { pruefeZielUndVeraenderung } from './widerspruch';

export const IQ_VERAENDERUNG_GRENZE = 15;

export const pruefeIntegrationsquote: Pruefung = (k) => {
  const out: Befund[] = [];
  const r = k.iq.reihen;
  for (const g of GESCHLECHTER) out.push(...pruefeZielUndVeraenderung(k, 'IQ', g, r[g], r[g].VJ.eingabe));

  const zF = wert(r.Frauen.Ziel);
  const zM = wert(r.Maenner.Ziel);
  const zT = wert(r.Gesamt.Ziel);
  const zielT = FELD.ZV_IQ_Ziel_Gesamt;
  if (zF !== undefined && zM !== undefined && zT !== undefined) {
    const [lo, hi] = [Math.min(zF, zM), Math.max(zF, zM)];
    const t = runden(zT, 1);
    if (t < runden(lo, 1) - EPSILON || t > runden(hi, 1) + EPSILON) {
      out.push(
        befund(
          k,
          'IQ_GESAMT_BEREICH',
          'error',
          zielT,
          `Die Integrationsquote gesamt ${ort(k, zielT)} von ${prozent(zT)} liegt nicht zwischen den Quoten der Frauen (${prozent(zF)}) und der Männer (${prozent(zM)}). Als eLb-gewichteter Mittelwert muss sie dazwischen liegen; korrigieren Sie den Gesamtwert oder lassen Sie ihn leer, dann wird er berechnet.`,
          [FELD.ZV_IQ_Ziel_Frauen, FELD.ZV_IQ_Ziel_Maenner],
        ),
      );
    } else if (r.Gesamt.Ziel.eingabe !== undefined && k.iq.gewicht !== undefined) {
      const soll = gewichteteQuote(k.iq.gewicht, zF, zM);
      const tol = gewichtungsToleranz(
        zF,
        zM,
        k.iq.gewichtsquelle === 'Vorjahr' ? wert(r.Frauen.VJ) : undefined,
        k.iq.gewichtsquelle === 'Vorjahr' ? wert(r.Maenner.VJ) : undefined,
      );
      const diff = Math.abs(r.Gesamt.Ziel.eingabe - soll);
      if (diff > tol.still) {
        const quelle = k.iq.gewichtsquelle === 'eLb' ? 'den geplanten eLb-Beständen' : 'den Vorjahresquoten';
        const fehler = diff > tol.warnung;
        out.push(
          befund(
            k,
            'IQ_GESAMT_GEWICHTUNG',
            fehler ? 'error' : 'warning',
            zielT,
            `Die Integrationsquote gesamt ${ort(k, zielT)} von ${prozent(r.Gesamt.Ziel.eingabe)} weicht vom eLb-gewichteten Mittel der Geschlechter ab: mit dem Frauenanteil ${prozent(k.iq.gewicht * 100)} aus ${quelle} ergibt sich ${prozent(soll)}. ${fehler ? 'Korrigieren Sie den Gesamtwert oder lassen Sie ihn leer, dann wird er berechnet.' : 'Die Abweichung ist durch Rundung erklärbar; prüfen Sie, ob der Gesamtwert so vereinbart werden soll.'}`,
            [FELD.ZV_IQ_Ziel_Frauen, FELD.ZV_IQ_Ziel_Maenner],
          ),
        );
      }
    }
  }

  out.push(
    ...pruefeGesamtveraenderung(
      k,
      'IQ',
      r,
      'der Integrationsquote',
      'Das ist nur bei einer starken Verschiebung des Frauenanteils möglich; prüfen Sie die Werte.',
    ),
    ...pruefeGrosseVeraenderungen(k, 'IQ', r, IQ_VERAENDERUNG_GRENZE, 'der Integrationsquote'),
  );
  return out;
};
