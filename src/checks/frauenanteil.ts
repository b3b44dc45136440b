/**
 * Frauenanteil: the share of women w behind the total Integrationsquote should be plausible
 * (0,40–0,65) and should not move more than 2 points from the previous year.
 */
import { FELD } from '../catalogue/felder';
import { zahl } from '../model/format';
import type { Befund } from '../model/vereinbarung';
import { gewichtAusElb, gewichtAusQuoten } from '../rules/integrationsquote';
import { wert } from '../rules/kennzahl';
import { befund, type Pruefung } from './kontext';

export const ANTEIL_MIN = 0.4;
export const ANTEIL_MAX = 0.65;
export const ANTEIL_VERSCHIEBUNG = 0.02;

const punkte = (w: number): string => `${zahl(w * 100, 1)} %`;

export const pruefeFrauenanteil: Pruefung = (k) => {
  const r = k.iq.reihen;
  const ausElb = gewichtAusElb(k.zahlen.ZV_eLb_Frauen, k.zahlen.ZV_eLb_Maenner);
  const geplant =
    ausElb ??
    (r.Gesamt.Ziel.eingabe !== undefined ? gewichtAusQuoten(r.Gesamt.Ziel.eingabe, wert(r.Frauen.Ziel), wert(r.Maenner.Ziel)) : undefined);
  const vorjahr = gewichtAusQuoten(wert(r.Gesamt.VJ), wert(r.Frauen.VJ), wert(r.Maenner.VJ));
  const planFeld = ausElb !== undefined ? FELD.ZV_eLb_Frauen : FELD.ZV_IQ_Ziel_Gesamt;
  const out: Befund[] = [];
  const quelle = ausElb !== undefined ? 'den geplanten eLb-Beständen' : 'den Zielquoten';
  for (const [w, feld, woher] of [
    [geplant, planFeld, quelle],
    [vorjahr, FELD.ZV_IQ_VJ_Gesamt, 'den Vorjahresquoten'],
  ] as const) {
    if (w === undefined || (w >= ANTEIL_MIN && w <= ANTEIL_MAX)) continue;
    out.push(
      befund(
        k,
        'FRAUENANTEIL_UNPLAUSIBEL',
        'warning',
        feld,
        `Der aus ${woher} folgende Frauenanteil an den eLb beträgt ${punkte(w)} und liegt außerhalb des üblichen Bereichs von ${punkte(ANTEIL_MIN)} bis ${punkte(ANTEIL_MAX)}. Prüfen Sie die Quoten bzw. Bestände von Frauen, Männern und gesamt.`,
        [FELD.ZV_IQ_Ziel_Frauen, FELD.ZV_IQ_Ziel_Maenner],
      ),
    );
    if (geplant === vorjahr) break;
  }
  if (geplant !== undefined && vorjahr !== undefined && Math.abs(geplant - vorjahr) > ANTEIL_VERSCHIEBUNG + 1e-9) {
    out.push(
      befund(
        k,
        'FRAUENANTEIL_VERSCHIEBUNG',
        'warning',
        planFeld,
        `Der Frauenanteil an den eLb verschiebt sich von ${punkte(vorjahr)} im Vorjahr auf ${punkte(geplant)} (aus ${quelle}), also um mehr als ${zahl(ANTEIL_VERSCHIEBUNG * 100, 0)} Prozentpunkte. Prüfen Sie die Gesamtquote bzw. die eLb-Bestände.`,
        [FELD.ZV_IQ_VJ_Gesamt],
      ),
    );
  }
  return out;
};
