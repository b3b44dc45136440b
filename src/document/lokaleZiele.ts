/** Section III "Weitere lokale Ziele zwischen Jobcenter und Agentur für Arbeit" (ZV_LokaleZiele). */
import { HeadingLevel, type Paragraph, type Table } from 'docx';
import type { Vereinbarung } from '../model/vereinbarung';
import { leereZeile, tabelle, type Zelle } from './tabelle';
import { absatz, alsText } from './text';
import { schranke } from './zahlen';

export function lokaleZiele(v: Vereinbarung): (Paragraph | Table)[] {
  const roh = v.listen.lokaleZiele.map((z) => ({
    ziel: alsText(z.ziel),
    beschreibung: [alsText(z.beschreibung), schranke(z.wert, z.vergleich)].filter(Boolean).join(' '),
  }));
  // Consecutive rows of the same goal share one merged "Lokales Ziel zu" cell (as Mansfeld-Südharz).
  const zeilen: (Zelle | string)[][] = [];
  roh.forEach((z, i) => {
    if (i > 0 && z.ziel !== '' && roh[i - 1]!.ziel === z.ziel) {
      zeilen.push([z.beschreibung]);
      return;
    }
    let n = 1;
    while (z.ziel !== '' && roh[i + n]?.ziel === z.ziel) n++;
    zeilen.push([{ text: z.ziel, zeilen: n > 1 ? n : undefined }, z.beschreibung]);
  });
  return [
    absatz('III) Weitere lokale Ziele zwischen Jobcenter und Agentur für Arbeit', { heading: HeadingLevel.HEADING_1 }),
    tabelle(['Lokales Ziel zu', 'Beschreibung'], zeilen.length > 0 ? zeilen : [leereZeile(2)], [0.35, 0.65]),
  ];
}
