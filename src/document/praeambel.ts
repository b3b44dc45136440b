/** "Präambel Zielvereinbarung": what the agreement contains and the basis of the Planwerte. */
import { HeadingLevel, Paragraph } from 'docx';
import type { Vereinbarung } from '../model/vereinbarung';
import { jahrText } from './parteien';
import { absatz } from './text';

export function praeambel(v: Vereinbarung): Paragraph[] {
  const punkte = [
    'Geschäftspolitische Ziele im Rahmen des Zielsystems (§ 48b SGB II),',
    'lokale Ziele zwischen gemeinsamer Einrichtung und Agentur für Arbeit,',
    ...(v.art === 'gE-kT' ? ['lokale Ziele zwischen gemeinsamer Einrichtung und kommunalem Träger,'] : []),
    'Vereinbarungen zum Zielnachhalteprozess.',
  ];
  const herbst = jahrText(v, -1);
  return [
    absatz('Präambel Zielvereinbarung', { heading: HeadingLevel.HEADING_1 }),
    absatz('Die Zielvereinbarung beinhaltet:', { keepNext: true }),
    ...punkte.map((p) => absatz(p, { bullet: { level: 0 } })),
    absatz(
      `Die Planwerte der geschäftspolitischen Ziele werden auf Basis der Einschätzung der gesamtwirtschaftlichen Eckwerte der Bundesregierung vom Herbst ${herbst || '________'} vereinbart.`,
    ),
  ];
}
