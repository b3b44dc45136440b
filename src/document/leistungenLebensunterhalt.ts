/**
 * K1 "Veränderung der Summe der Leistungen zum Lebensunterhalt" as a bound (ZV_LLU_Veraenderung,
 * Niedersachsen zkT: Friesland 2021 "nicht mehr als 4,6 %"): lower is better, so it is worded like an
 * LZB bound ("um nicht mehr als 4,6 % steigt", "mindestens um 1,0 % sinkt", "gleich bleibt").
 * zkT: § 2 Nr. 1; gE: section II.
 */
import type { Paragraph } from './bausteine';
import { FELD as FELDER } from '../catalogue/felder';
import type { Vereinbarung } from '../model/vereinbarung';
import { fest } from './festeLeerzeichen';
import { absatz } from './text';
import { zahlWert } from './zahlen';
import { bindung, bindungText } from './bindung';

const FELD = FELDER.ZV_LLU_Veraenderung;

/** "um nicht mehr als 4,6 % steigt" (non-breaking before %), or null without a bound. */
export function lluBindung(v: Vereinbarung): string | null {
  const wert = zahlWert(v, FELD);
  return wert === undefined ? null : fest(bindungText(bindung('LZB', wert)));
}

/** zkT § 2 Nr. 1 with a bound: the indicator and the condition, instead of "monitored only". */
export function lluZielZkt(v: Vereinbarung, jahr: string): Paragraph[] | null {
  const b = lluBindung(v);
  if (!b) return null;
  return [
    absatz(
      'Ziel ist es, dass erwerbsfähige Leistungsberechtigte ihren Lebensunterhalt unabhängig von der Grundsicherung nach dem SGB II aus eigenen Mitteln und Kräften bestreiten, damit die Hilfebedürftigkeit insgesamt verringert wird. Zielindikator für dieses Ziel ist die Veränderung der Summe der Leistungen zum Lebensunterhalt (ohne Leistungen für Unterkunft und Heizung) im Vergleich zum Vorjahr.',
    ),
    absatz(`Das Ziel ist im Jahr ${jahr} erreicht, wenn die Summe der Leistungen zum Lebensunterhalt ${b}.`),
  ];
}

/** gE section II with a bound: the sentence after the monitoring sentence. */
export function lluZielGe(v: Vereinbarung, jahr: string): Paragraph[] {
  const b = lluBindung(v);
  if (!b) return [];
  return [absatz(`Als Ziel wird vereinbart, dass die Summe der Leistungen zum Lebensunterhalt${jahr ? ` im Jahr ${jahr}` : ''} ${b}.`)];
}
