/**
 * Integrationen as minimum counts beside the Integrationsquote (ZV_INT_Ziel_*, Hessen zkT,
 * Odenwaldkreis 2024): zkT a sentence in § 2 Nr. 2 ("mindestens 612 Integrationen, davon Frauen
 * mindestens 258 und Männer mindestens 354"), gE rows under the IQ in section I.
 */
import { FELD, type FeldName, type Geschlecht } from '../catalogue/felder';
import type { Paragraph } from './bausteine';
import { zahl } from '../model/format';
import type { Vereinbarung } from '../model/vereinbarung';
import { absatz } from './text';
import { zahlWert } from './zahlen';

const FELDER: Record<Geschlecht, FeldName> = {
  Frauen: FELD.ZV_INT_Ziel_Frauen,
  Maenner: FELD.ZV_INT_Ziel_Maenner,
  Gesamt: FELD.ZV_INT_Ziel_Gesamt,
};
const feld = (g: Geschlecht): FeldName => FELDER[g];

interface Zahlen {
  readonly Frauen?: number;
  readonly Maenner?: number;
  readonly Gesamt?: number;
}

function zahlen(v: Vereinbarung): Zahlen | null {
  const z = { Frauen: zahlWert(v, feld('Frauen')), Maenner: zahlWert(v, feld('Maenner')), Gesamt: zahlWert(v, feld('Gesamt')) };
  return z.Frauen === undefined && z.Maenner === undefined && z.Gesamt === undefined ? null : z;
}

/** "mindestens 612 Integrationen, davon Frauen mindestens 258 und Männer mindestens 354"; null without a total. */
export function integrationenText(v: Vereinbarung): string | null {
  const z = zahlen(v);
  if (!z || z.Gesamt === undefined) return null;
  const davon = [
    z.Frauen !== undefined ? `Frauen mindestens ${zahl(z.Frauen)}` : null,
    z.Maenner !== undefined ? `Männer mindestens ${zahl(z.Maenner)}` : null,
  ].filter((x): x is string => x !== null);
  return `mindestens ${zahl(z.Gesamt)} Integrationen${davon.length ? `, davon ${davon.join(' und ')}` : ''}`;
}

/** zkT § 2 Nr. 2: the counts agreed beside the IQ. */
export function integrationenZkt(v: Vereinbarung, jahr: string, partner: string): Paragraph[] {
  const z = zahlen(v);
  if (!z) return [];
  const text = integrationenText(v);
  if (!text) {
    const teile = [
      z.Frauen !== undefined ? `mindestens ${zahl(z.Frauen)} Integrationen von Frauen` : null,
      z.Maenner !== undefined ? `mindestens ${zahl(z.Maenner)} Integrationen von Männern` : null,
    ].filter(Boolean);
    return [absatz(`Zusätzlich vereinbaren ${partner} für das Jahr ${jahr} ${teile.join(' und ')}.`)];
  }
  return [absatz(`Zusätzlich vereinbaren ${partner} für das Jahr ${jahr} ${text}.`)];
}

/** gE section I: one row per given count, [Messgröße, value]. */
export function integrationenZeilen(v: Vereinbarung): [string, string][] {
  const z = zahlen(v);
  if (!z) return [];
  const zeilen: [string, string][] = [];
  if (z.Gesamt !== undefined) zeilen.push(['Integrationen (gesamt)', `mindestens ${zahl(z.Gesamt)}`]);
  if (z.Frauen !== undefined) zeilen.push(['Integrationen der Frauen', `mindestens ${zahl(z.Frauen)}`]);
  if (z.Maenner !== undefined) zeilen.push(['Integrationen der Männer', `mindestens ${zahl(z.Maenner)}`]);
  return zeilen;
}
