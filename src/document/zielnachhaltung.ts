/** The closing section "Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess" of gE and gE-kT agreements. */
import { FELD } from '../catalogue/felder';
import { HeadingLevel, type Paragraph } from 'docx';
import type { Vereinbarung } from '../model/vereinbarung';
import { jahrText } from './parteien';
import { absaetze, absatz } from './text';
import { textWert } from './zahlen';
import { BESCHRAENKUNG } from './verantwortung';

export const FUSSNOTE_BA = '* Gilt nur für die Ziele im Verantwortungsbereich der BA, nicht für kommunale Ziele.';

export function zielnachhaltung(v: Vereinbarung): Paragraph[] {
  const mitTraeger = v.art === 'gE-kT';
  const jahr = jahrText(v) || '________';
  const vorjahr = jahrText(v, -1) || '________';
  return [
    absatz(`Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess${mitTraeger ? ' *' : ''}`, { heading: HeadingLevel.HEADING_1 }),
    absatz(`Die Zielvereinbarung wird auf Basis der Ende ${vorjahr} für das Jahr ${jahr} anzunehmenden Rahmenbedingungen abgeschlossen.`),
    ...absaetze(textWert(v, FELD.ZV_Zusatztext)),
    absatz(
      'Der Stand der Zielerreichung des Jobcenters wird auf Grundlage des § 48b Abs. 1 S. 1 Nr. 2 SGB II in regelmäßigen Gesprächen zwischen der Agentur für Arbeit und der Geschäftsführerin bzw. dem Geschäftsführer des Jobcenters erörtert. Die Umsetzung der Zielvereinbarung wird unter Berücksichtigung der externen Rahmenbedingungen von den Zielvereinbarungspartnern gemeinsam bewertet. Sofern notwendig, werden Steuerungsmaßnahmen vereinbart und nachgehalten.',
    ),
    ...(mitTraeger ? [absatz(BESCHRAENKUNG), absatz(FUSSNOTE_BA, { style: 'Fussnote' })] : []),
  ];
}
