/** German display of the follow-up's figures: 7,9 %; 4.242; 38.219.839 €; −2,5 %; −0,2 Pp. */
import type { Geschlecht } from '../catalogue/felder';
import { euro, personen, prozent, vorzeichen } from '../model/format';
import { AMPEL_TEXT, type Ampel } from './ampel';
import { datumDeutsch, type IstKennzahl } from './ist';

export const KENNZAHL_NAME: Record<IstKennzahl, string> = {
  IQ: 'Integrationsquote (K2)',
  LZB: 'Bestand Langzeitleistungsbezieher (K3)',
  LLU: 'Summe Leistungen zum Lebensunterhalt (K1)',
};
export const GESCHLECHT_ANZEIGE: Record<Geschlecht, string> = { Frauen: 'Frauen', Maenner: 'Männer', Gesamt: 'Gesamt' };

export function kennzahlWert(k: IstKennzahl, x: number | undefined): string {
  if (x === undefined) return '–';
  return k === 'IQ' ? prozent(x) : k === 'LZB' ? personen(x) : euro(x);
}

export function abweichungText(x: number | undefined): string {
  return x === undefined ? '–' : `${vorzeichen(x)} %`;
}

export function ppText(x: number | undefined): string {
  return x === undefined ? '–' : `${vorzeichen(x)} Pp.`;
}

export function ampelText(a: Ampel | undefined): string {
  return a === undefined ? '–' : AMPEL_TEXT[a];
}

const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** `2024-06` → `Juni 2024`. */
export function monatName(monat: string): string {
  const [j, m] = monat.split('-');
  return `${MONATE[Number(m) - 1] ?? m} ${j}`;
}

/** "Datenstand 15.07.2026, Wartezeit 3 Monate" (the parts that are known). */
export function datenbasis(datenstand: string | undefined, wartezeit: number | undefined): string {
  const teile: string[] = [];
  if (datenstand) teile.push(`Datenstand ${datumDeutsch(datenstand)}`);
  if (wartezeit !== undefined) teile.push(wartezeit === 0 ? 'ohne Wartezeit' : `Wartezeit ${wartezeit} Monate`);
  return teile.join(', ') || 'Datenstand und Wartezeit nicht angegeben';
}
