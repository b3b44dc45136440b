/** The responsibility paragraph of agreements the kommunaler Träger signs (gE-kT), in the year's wording. */
import { Paragraph } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { absatz } from './text';
import { wortlaut } from './wortlaut';

export const BESCHRAENKUNG =
  'Die Zielvereinbarungen beschränken sich auf den jeweiligen Verantwortungsbereich der Zielvereinbarungspartner - siehe Präambel.';

export function verantwortung(v: Vereinbarung): Paragraph[] {
  return [absatz(wortlaut(v).verantwortung, { spacing: { before: 360 } })];
}
