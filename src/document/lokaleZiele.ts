/**
 * Section III, local goals between Jobcenter and Agentur für Arbeit (ZV_LokaleZiele), in the year's
 * wording: from 2023 "Weitere lokale Ziele zwischen Jobcenter und Agentur für Arbeit" with the bound in
 * the description; up to 2022 "Lokale Ziele" with the value in a column of its own (Mansfeld-Südharz
 * 2020: "Vermeidung Übertritte LZA kleiner gleich | 1.132").
 */
import { HeadingLevel, type Paragraph, type Table } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { leereZeile, tabelle, type Zelle } from './tabelle';
import { absatz, alsText } from './text';
import { listenZahl, schranke, VERGLEICH_TEXT } from './zahlen';
import { wortlaut } from './wortlaut';

export function lokaleZiele(v: Vereinbarung): (Paragraph | Table)[] {
  const w = wortlaut(v);
  const roh = v.listen.lokaleZiele.map((z): { ziel: string; zellen: (Zelle | string)[] } => {
    const ziel = alsText(z.ziel);
    if (!w.lokaleZieleWertspalte)
      return { ziel, zellen: [[alsText(z.beschreibung), schranke(z.wert, z.vergleich)].filter(Boolean).join(' ')] };
    const beschreibung = [alsText(z.beschreibung), z.vergleich ? VERGLEICH_TEXT[z.vergleich] : ''].filter(Boolean).join(' ');
    const wert = z.wert !== undefined && Number.isFinite(z.wert) ? listenZahl(z.wert) : '';
    return { ziel, zellen: [beschreibung, { text: wert, rechts: true }] };
  });
  // Consecutive rows of the same goal share one merged "Lokales Ziel zu" cell (as Mansfeld-Südharz).
  const zeilen: (Zelle | string)[][] = [];
  roh.forEach((z, i) => {
    if (i > 0 && z.ziel !== '' && roh[i - 1]!.ziel === z.ziel) {
      zeilen.push(z.zellen);
      return;
    }
    let n = 1;
    while (z.ziel !== '' && roh[i + n]?.ziel === z.ziel) n++;
    zeilen.push([{ text: z.ziel, zeilen: n > 1 ? n : undefined }, ...z.zellen]);
  });
  const kopf = w.lokaleZieleWertspalte ? ['Lokales Ziel zu', 'Beschreibung', ''] : ['Lokales Ziel zu', 'Beschreibung'];
  const anteile = w.lokaleZieleWertspalte ? [0.35, 0.5, 0.15] : [0.35, 0.65];
  return [
    absatz(w.lokaleZieleTitel, { heading: HeadingLevel.HEADING_1 }),
    tabelle(kopf, zeilen.length > 0 ? zeilen : [leereZeile(kopf.length)], anteile),
  ];
}
