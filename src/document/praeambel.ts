/**
 * "Präambel Zielvereinbarung": what the agreement contains (in the year's wording) and the basis of the
 * Planwerte. Its last paragraph stays with what follows (the signature block), so that block never
 * starts a page on its own.
 */
import { HeadingLevel, Paragraph } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { jahrText } from './parteien';
import { absatz } from './text';
import { wortlaut } from './wortlaut';

export function praeambel(v: Vereinbarung): Paragraph[] {
  const punkte = wortlaut(v).praeambelPunkte(v.art === 'gE-kT');
  const herbst = jahrText(v, -1);
  return [
    absatz('Präambel Zielvereinbarung', { heading: HeadingLevel.HEADING_1 }),
    absatz('Die Zielvereinbarung beinhaltet:', { keepNext: true }),
    ...punkte.map((p) => absatz(p, { bullet: { level: 0 } })),
    absatz(
      `Die Planwerte der geschäftspolitischen Ziele werden auf Basis der Einschätzung der gesamtwirtschaftlichen Eckwerte der Bundesregierung vom Herbst ${herbst || '________'} vereinbart.`,
      { keepNext: true },
    ),
  ];
}
