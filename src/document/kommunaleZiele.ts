/**
 * Section IV, goals between Jobcenter and kommunaler Träger (gE-kT, ZV_KommunaleZiele), headed as in
 * Mettmann 2025 and Mansfeld-Südharz 2020 (Lörrach writes "Lokale Ziele zwischen Jobcenter und
 * kommunalem Träger"; a Jobcenter that does changes it in its template).
 */
import { HeadingLevel, type Paragraph, type Table } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { leereZeile, tabelle } from './tabelle';
import { absatz, alsText } from './text';
import { BESCHRAENKUNG } from './verantwortung';

export function kommunaleZiele(v: Vereinbarung): (Paragraph | Table)[] {
  const zeilen = v.listen.kommunaleZiele.map((z) => [alsText(z.ziel), alsText(z.beschreibung)]);
  return [
    absatz('IV) kommunale Ziele zwischen JC und kommunalem Träger', { heading: HeadingLevel.HEADING_1 }),
    tabelle(['Kommunales Ziel zu', 'Beschreibung'], zeilen.length > 0 ? zeilen : [leereZeile(2)], [0.35, 0.65]),
    absatz(BESCHRAENKUNG, { spacing: { before: 240 } }),
  ];
}
