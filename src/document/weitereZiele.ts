/** zkT individualised goals (ZV_WeitereZiele): numbered after the fixed goals, each with its Umsetzungsschritte. */
import { HeadingLevel, type Paragraph } from 'docx';
import type { Vereinbarung } from '../model/vereinbarung';
import { absaetze, absatz, alsText } from './text';
import { ERSTES_WEITERES_ZIEL } from './zieleProsa';

export function weitereZiele(v: Vereinbarung): Paragraph[] {
  return v.listen.weitereZiele.flatMap((z, i) => {
    const schritte = z.schritte.map(alsText).filter((s) => s !== '');
    const titel = alsText(z.ziel);
    return [
      absatz(`${ERSTES_WEITERES_ZIEL + i}. ${titel}`.trimEnd(), { heading: HeadingLevel.HEADING_3 }),
      ...absaetze(alsText(z.beschreibung)),
      ...(schritte.length > 0
        ? [
            absatz(
              'Auf Basis der regionalen Handlungsbedarfe verständigen sich die Zielvereinbarungspartner auf die folgenden Umsetzungsschritte:',
              { keepNext: true },
            ),
            ...schritte.map((s) => absatz(s, { bullet: { level: 0 } })),
            absatz('Das Ziel ist erreicht, wenn die vereinbarten Umsetzungsschritte umgesetzt wurden.'),
          ]
        : []),
    ];
  });
}
