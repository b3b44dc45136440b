/**
 * Prüfungen der Integrationen (minimum counts per gender, Hessen zkT): the entered total must equal
 * Frauen + Männer (counts are whole, so no rounding explains a difference); a count for one gender
 * without the other leaves the total open. Whole and not negative is the schema's part (bestand).
 */
import { personen } from '../model/format';
import type { Befund } from '../model/vereinbarung';
import { INT_FELDER, leiteIntegrationenAb } from '../rules/integrationen';
import { befund, ort, type Pruefung } from './kontext';

export const pruefeIntegrationen: Pruefung = (k) => {
  const out: Befund[] = [];
  const i = leiteIntegrationenAb(k.zahlen);
  const { eingabe, abgeleitet } = i.Gesamt;
  if (eingabe !== undefined && abgeleitet !== undefined && eingabe !== abgeleitet) {
    out.push(
      befund(
        k,
        'INT_GESAMT_SUMME',
        'error',
        INT_FELDER.Gesamt,
        `Die Integrationen gesamt ${ort(k, INT_FELDER.Gesamt)} von mindestens ${personen(eingabe)} weichen um ${personen(Math.abs(eingabe - abgeleitet))} von der Summe ${personen(abgeleitet)} aus Frauen (${personen(i.Frauen!)}) und Männern (${personen(i.Maenner!)}) ab. Integrationen addieren sich; korrigieren Sie den Gesamtwert oder lassen Sie ihn leer, dann wird er berechnet.`,
        [INT_FELDER.Frauen, INT_FELDER.Maenner],
      ),
    );
  }
  for (const [da, fehlt, text] of [
    ['Frauen', 'Maenner', 'Männer'],
    ['Maenner', 'Frauen', 'Frauen'],
  ] as const) {
    if (i[da] === undefined || i[fehlt] !== undefined) continue;
    out.push(
      befund(
        k,
        'INT_GESCHLECHT_FEHLT',
        'warning',
        INT_FELDER[fehlt],
        `Für die Integrationen ist ein Mindestwert der ${da === 'Frauen' ? 'Frauen' : 'Männer'} angegeben, aber keiner der ${text} ${ort(k, INT_FELDER[fehlt])}. Tragen Sie auch diesen Wert ein, sonst bleibt er im Dokument offen${eingabe === undefined ? ' und der Gesamtwert kann nicht berechnet werden' : ''}.`,
        [INT_FELDER[da]],
      ),
    );
  }
  return out;
};
