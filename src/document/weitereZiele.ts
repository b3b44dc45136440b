/**
 * zkT individualised goals (ZV_WeitereZiele): numbered after the fixed goals, each with its Umsetzungsschritte and its
 * own success criterion (Emsland 2024), which replaces the fixed sentence after the steps when given.
 */
import { HeadingLevel, type Paragraph } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { absaetze, absatz, alsText } from './text';
import { ERSTES_WEITERES_ZIEL } from './zieleProsa';

/**
 * The agreed success criterion as a sentence: "Das Ziel ist erreicht, wenn " + the text as written
 * (unless it starts so already), with a full stop when it has none; '' without a criterion.
 */
export function erfolgssatz(kriterium: string): string {
  if (kriterium === '') return '';
  const satz = /^das ziel ist (im jahr \d{4} )?erreicht,? wenn/i.test(kriterium)
    ? kriterium
    : `Das Ziel ist erreicht, wenn ${kriterium.replace(/^wenn\s+/i, '')}`;
  return /[.!?…]$/.test(satz) ? satz : `${satz}.`;
}

export function weitereZiele(v: Vereinbarung): Paragraph[] {
  return v.listen.weitereZiele.flatMap((z, i) => {
    const schritte = z.schritte.map(alsText).filter((s) => s !== '');
    const titel = alsText(z.ziel);
    const kriterium = erfolgssatz(alsText(z.erfolgskriterium));
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
            ...(kriterium ? [] : [absatz('Das Ziel ist erreicht, wenn die vereinbarten Umsetzungsschritte umgesetzt wurden.')]),
          ]
        : []),
      ...absaetze(kriterium),
    ];
  });
}
