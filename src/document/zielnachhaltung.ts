/** The closing section "Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess" of gE and gE-kT agreements, in the year's wording. */
import { FELD } from '../catalogue/felder';
import { HeadingLevel, type Paragraph } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { jahrText } from './parteien';
import { absaetze, absatz } from './text';
import { textWert } from './zahlen';
import { BESCHRAENKUNG } from './verantwortung';
import { wortlaut } from './wortlaut';

export const FUSSNOTE_BA = '* Gilt nur für die Ziele im Verantwortungsbereich der BA, nicht für kommunale Ziele.';

export function zielnachhaltung(v: Vereinbarung): Paragraph[] {
  const mitTraeger = v.art === 'gE-kT';
  const jahr = jahrText(v) || '________';
  const vorjahr = jahrText(v, -1) || '________';
  const w = wortlaut(v);
  const fussnote = mitTraeger && w.fussnote;
  return [
    absatz(`Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess${fussnote ? ' *' : ''}`, { heading: HeadingLevel.HEADING_1 }),
    absatz(w.abschlussBasis(vorjahr, jahr)),
    // the Zusatztext carries only what the agreement adds to the year's wording
    ...absaetze(textWert(v, FELD.ZV_Zusatztext)),
    absatz(w.abschlussGespraeche),
    // 2024 wording: the limitation to each partner's responsibility and the footnote close this
    // section; in the 2020 wording the limitation closes section IV only
    ...(fussnote ? [absatz(BESCHRAENKUNG), absatz(FUSSNOTE_BA, { style: 'Fussnote' })] : []),
  ];
}
