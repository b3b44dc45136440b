/**
 * zkT "§ 2 Ziele, Zielindikatoren und Ergänzungsgrößen": the targets in prose with the bound wording
 * of domain.md (polarity: IQ higher is better, LZB lower is better).
 */
import { HeadingLevel, type Paragraph } from './bausteine';
import { zahl, prozent } from '../model/format';
import { bindung, bindungText, type Kennzahl } from './bindung';
import type { Vereinbarung } from '../model/vereinbarung';
import { jahrText } from './parteien';
import { absatz } from './text';
import { alsZahl } from './zahlen';
import { gross, zktNamen } from './zkt';
import { integrationenZkt } from './integrationen';
import { lluZielZkt } from './leistungenLebensunterhalt';

export { bindung, bindungText, type Bindung, type Kennzahl } from './bindung';

const LUECKE = '________';

/** The condition for one Kennzahl's total: "um 3,9 % im Vergleich zum Jahr 2023 steigt", or a level, or a blank. */
function bedingung(v: Vereinbarung, k: Kennzahl, vorjahr: string, jahr: string): string {
  const veraenderung = alsZahl(v.kennzahlen[k].Gesamt.Veraenderung.wert);
  if (veraenderung !== undefined) {
    const b = bindung(k, veraenderung);
    return [b.vor, `im Vergleich zum Jahr ${vorjahr}`, b.verb].filter(Boolean).join(' ');
  }
  const ziel = alsZahl(v.kennzahlen[k].Gesamt.Ziel.wert);
  if (ziel !== undefined) {
    return k === 'IQ'
      ? `im Jahr ${jahr} mindestens ${prozent(ziel)} beträgt`
      : `im Jahr ${jahr} höchstens ${zahl(ziel, 0)} Personen beträgt`;
  }
  return `um ${LUECKE} % im Vergleich zum Jahr ${vorjahr} ${k === 'IQ' ? 'steigt' : 'sinkt'}`;
}

/** "die Integrationsquote der Frauen um 5,1 % und die der Männer um 2,7 % steigt", or null without gender changes. */
function geschlechterSatz(v: Vereinbarung, k: Kennzahl): string | null {
  const f = alsZahl(v.kennzahlen[k].Frauen.Veraenderung.wert);
  const m = alsZahl(v.kennzahlen[k].Maenner.Veraenderung.wert);
  if (f === undefined && m === undefined) return null;
  const [subjekt, pronomen] = k === 'IQ' ? ['die Integrationsquote', 'die'] : ['der Bestand an Langzeitleistungsbeziehenden', 'der'];
  const bf = f === undefined ? null : bindung(k, f);
  const bm = m === undefined ? null : bindung(k, m);
  if (bf && bm) {
    if (bf.verb === bm.verb && bf.vor && bm.vor) return `${subjekt} der Frauen ${bf.vor} und ${pronomen} der Männer ${bm.vor} ${bf.verb}`;
    return `${subjekt} der Frauen ${bindungText(bf)} und ${pronomen} der Männer ${bindungText(bm)}`;
  }
  if (bf) return `${subjekt} der Frauen ${bindungText(bf)}`;
  return `${subjekt} der Männer ${bindungText(bm!)}`;
}

/** "Das Ziel ist im Jahr 2024 erreicht, wenn die Integrationsquote des Landkreises Emsland um 3,9 % im Vergleich zum Jahr 2023 steigt." */
export function iqZielsatz(v: Vereinbarung): string {
  const jahr = jahrText(v) || LUECKE;
  return `Das Ziel ist im Jahr ${jahr} erreicht, wenn die Integrationsquote ${zktNamen(v).traegerGen} ${bedingung(v, 'IQ', jahrText(v, -1) || LUECKE, jahr)}.`;
}

/** "Das Ziel ist im Jahr 2024 erreicht, wenn der durchschnittliche Bestand an Langzeitleistungsbeziehenden … sinkt." */
export function lzbZielsatz(v: Vereinbarung): string {
  const jahr = jahrText(v) || LUECKE;
  return `Das Ziel ist im Jahr ${jahr} erreicht, wenn der durchschnittliche Bestand an Langzeitleistungsbeziehenden ${zktNamen(v).traegerGen} ${bedingung(v, 'LZB', jahrText(v, -1) || LUECKE, jahr)}.`;
}

/** "Das geschlechterspezifische Ziel ist erreicht, wenn …." or '' without gender changes. */
export function geschlechterZielsatz(v: Vereinbarung, k: Kennzahl): string {
  const satz = geschlechterSatz(v, k);
  return satz ? `Das geschlechterspezifische Ziel ist erreicht, wenn ${satz}.` : '';
}

export function zieleProsa(v: Vereinbarung): Paragraph[] {
  const n = zktNamen(v);
  const jahr = jahrText(v) || LUECKE;
  const h3 = (t: string): Paragraph => absatz(t, { heading: HeadingLevel.HEADING_3 });
  const iqGeschlecht = geschlechterSatz(v, 'IQ');
  const lzbGeschlecht = geschlechterSatz(v, 'LZB');
  return [
    absatz('§ 2 Ziele, Zielindikatoren und Ergänzungsgrößen', { heading: HeadingLevel.HEADING_2 }),
    absatz(`(1) ${gross(n.traegerNom)} und ${n.landNom} vereinbaren sich zu folgenden Zielen:`),
    h3('1. Verringerung der Hilfebedürftigkeit'),
    ...(lluZielZkt(v, jahr) ?? [
      absatz(
        'Ziel ist es, dass erwerbsfähige Leistungsberechtigte ihren Lebensunterhalt unabhängig von der Grundsicherung nach dem SGB II aus eigenen Mitteln und Kräften bestreiten, damit die Hilfebedürftigkeit insgesamt verringert wird. Für die Nachhaltigkeit dieses Ziels wird im Vergleich zum Vorjahr die Entwicklung der Summe der Leistungen zum Lebensunterhalt im Rahmen eines Monitorings beobachtet.',
      ),
    ]),
    absatz(
      'Weiterhin soll im Monitoring die Qualität der Integrationen betrachtet werden. Hierzu wird der Anteil an bedarfsdeckenden Integrationen und die Zahl der Langzeitleistungsbeziehenden, die seit vier Jahren oder länger als erwerbsfähige Leistungsberechtigte im Hilfebezug sind, beobachtet.',
    ),
    h3('2. Verbesserung der Integration in Erwerbstätigkeit'),
    absatz(
      'Ziel ist es, die Hilfebedürftigkeit zu vermeiden oder zu überwinden. Dies soll vor allem durch Integrationen in Erwerbstätigkeit erfolgen. Zielindikator für dieses Ziel ist die Integrationsquote.',
    ),
    absatz(iqZielsatz(v)),
    ...(iqGeschlecht
      ? [
          absatz(
            `Zur Unterstützung der gleichberechtigten Teilhabe von Frauen und Männern am Arbeitsmarkt hat ${n.traegerNom} den o.g. Zielwert geschlechterspezifisch geplant. ${geschlechterZielsatz(v, 'IQ')}`,
          ),
        ]
      : []),
    ...integrationenZkt(v, jahr, `${n.traegerNom} und ${n.landNom}`),
    h3('3. Vermeidung von langfristigem Leistungsbezug'),
    absatz(
      'Ziel ist die Vermeidung und Verringerung von Langzeitleistungsbezug. Der Prävention und der Beendigung des Langzeitleistungsbezugs sollen deshalb weiterhin erhöhte Aufmerksamkeit zukommen. Die Erreichung dieses Ziels setzt langfristige Eingliederungsstrategien und darauf konzentrierte Ressourcen voraus.',
    ),
    absatz(lzbZielsatz(v)),
    ...(lzbGeschlecht ? [absatz(geschlechterZielsatz(v, 'LZB'))] : []),
  ];
}

/** Number of the first individualised goal in § 2 (after the three goals of the Kennzahlen). */
export const ERSTES_WEITERES_ZIEL = 4;

/** § 2 (2), or (3) after the further targets: the Kennzahlen-Verordnung. */
export function kennzahlenVerordnung(nummer = 2): Paragraph[] {
  return [
    absatz(
      `(${nummer}) Hinsichtlich der Zielindikatoren und der jeweils zu berücksichtigenden Ergänzungsgrößen findet die Verordnung zur Festlegung der Kennzahlen nach § 48a des Zweiten Buches Sozialgesetzbuch vom 12.08.2010 (BGBl. I S. 1152), die zuletzt durch Artikel 1 der Verordnung vom 15. März 2019 (BGBl. I S. 339) geändert worden ist, Anwendung.`,
    ),
  ];
}
