/** Section IV "Kommunale Ziele zwischen Jobcenter und kommunalem Träger" (gE-kT, ZV_KommunaleZiele). */
import { HeadingLevel, type Paragraph, type Table } from 'docx';
import type { Vereinbarung } from '../model/vereinbarung';
import { leereZeile, tabelle } from './tabelle';
import { absatz, alsText } from './text';
import { BESCHRAENKUNG } from './verantwortung';

export function kommunaleZiele(v: Vereinbarung): (Paragraph | Table)[] {
  const zeilen = v.listen.kommunaleZiele.map((z) => [alsText(z.ziel), alsText(z.beschreibung)]);
  return [
    absatz('IV) Kommunale Ziele zwischen Jobcenter und kommunalem Träger', { heading: HeadingLevel.HEADING_1 }),
    tabelle(['Kommunales Ziel zu', 'Beschreibung'], zeilen.length > 0 ? zeilen : [leereZeile(2)], [0.35, 0.65]),
    absatz(BESCHRAENKUNG, { spacing: { before: 240 } }),
  ];
}
