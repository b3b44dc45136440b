/** The responsibility paragraph of agreements the kommunaler Träger signs (gE-kT). */
import { Paragraph } from 'docx';
import { absatz } from './text';

export const VERANTWORTUNG =
  'Für den Zielvereinbarungsprozess im Bereich der gE sind die Verantwortlichkeiten der Träger BA und Kommune zu beachten. Beide Träger sind im Rahmen der ihnen gesetzlich zugewiesenen Aufgaben für die rechtmäßige und zweckmäßige Leistungserbringung verantwortlich. Dementsprechend können sich die Inhalte dieser Zielvereinbarung nur auf den jeweiligen Verantwortungsbereich von BA oder kommunalem Träger beziehen.';

export const BESCHRAENKUNG =
  'Die Zielvereinbarungen beschränken sich auf den jeweiligen Verantwortungsbereich der Zielvereinbarungspartner - siehe Präambel.';

export function verantwortung(): Paragraph[] {
  return [absatz(VERANTWORTUNG, { spacing: { before: 360 } })];
}
