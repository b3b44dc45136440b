/** zkT: the title block ("Vereinbarung zur Erreichung der Ziele …"), the preamble sentence and "I. Grundsätze". */
import { AlignmentType, HeadingLevel, Paragraph, TextRun } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { jahrText, partei, zweitesMinisterium } from './parteien';
import { absatz, laeufe } from './text';

const mitte = { alignment: AlignmentType.CENTER } as const;

/** Splits "das Niedersächsische Ministerium …" into article and name for the centred layout. */
function artikelUndName(phrase: string, erkannt: boolean, name: string): [string, string] {
  if (!erkannt) return ['', name];
  const i = phrase.indexOf(' ');
  return [phrase.slice(0, i), phrase.slice(i + 1)];
}

export function titelZkt(v: Vereinbarung): Paragraph[] {
  const jahr = jahrText(v) || '________';
  const land = partei(v, 'Land');
  const traeger = partei(v, 'Traeger');
  const [landArtikel, landName] = artikelUndName(land.phrase.nominativ, land.phrase.erkannt, land.organisation);
  const [traegerArtikel, traegerName] = artikelUndName(traeger.phrase.dativ, traeger.phrase.erkannt, traeger.organisation);
  // two ministries sign together (Niedersachsen: MW and MS): "schließen das … und das … mit dem …"
  const zweites = zweitesMinisterium(v);
  const [zweitesArtikel, zweitesName] = zweites
    ? artikelUndName(zweites.phrase.nominativ, zweites.phrase.erkannt, zweites.organisation)
    : ['', ''];
  const fett = (text: string): Paragraph =>
    new Paragraph({ ...mitte, children: text ? laeufe(text, { bold: true }) : [new TextRun('_'.repeat(40))] });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Vereinbarung')] }),
    absatz('zur Erreichung der Ziele der\nGrundsicherung für Arbeitsuchende', { ...mitte, spacing: { after: 60 } }, { size: 28 }),
    absatz(`im Jahr ${jahr}`, { ...mitte, spacing: { after: 480 } }, { size: 28, bold: true }),
    absatz(
      `Zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende\n${zweites ? 'schließen' : 'schließt'} ${landArtikel}`.trimEnd(),
      mitte,
    ),
    fett(landName),
    ...(zweites ? [absatz(`und ${zweitesArtikel}`.trimEnd(), mitte), fett(zweitesName)] : []),
    absatz(`mit ${traegerArtikel}`.trimEnd(), mitte),
    fett(traegerName),
    absatz(
      `hinsichtlich der Leistungserbringung durch die zugelassenen kommunalen Träger\ngemäß § 48b Abs. 1 S. 1 Nr. 4 des Sozialgesetzbuchs Zweites Buch (SGB II)\nfür das Jahr ${jahr} folgende`,
      mitte,
    ),
    absatz('Vereinbarung', { ...mitte, spacing: { before: 240, after: 240 } }, { bold: true, size: 28 }),
  ];
}

export function grundsaetze(v: Vereinbarung): Paragraph[] {
  const jahr = v.jahr ?? 0;
  return [
    absatz('I. Grundsätze', { heading: HeadingLevel.HEADING_1 }),
    absatz(
      'Die Grundsicherung für Arbeitsuchende zielt darauf ab, Leistungsberechtigten ein menschenwürdiges Leben zu ermöglichen und dazu beizutragen, dass Bedarfsgemeinschaften ihren Lebensunterhalt aus eigenen Mitteln bestreiten können. Zu den Zielen, die daraus abgeleitet werden, zählen die Verringerung der Hilfebedürftigkeit, die Verbesserung der Integration in Erwerbstätigkeit, die Vermeidung von langfristigem Leistungsbezug sowie die Verbesserung der sozialen Teilhabe. Die Gleichstellung von Frauen und Männern am Arbeitsmarkt ist als Querschnittsaufgabe gemäß § 1 Abs. 2 Satz 3 SGB II durchgängig zu berücksichtigen.',
    ),
    absatz(
      'Die Erreichung der Ziele hat über die kurzfristigen, positiven Auswirkungen hinaus langfristige Bedeutung für Individuen, Staat und Gesellschaft. Sie setzt voraus, dass die Problemlagen der Mitglieder der Bedarfsgemeinschaften individuell und ganzheitlich betrachtet und gelöst werden.',
    ),
    ...(jahr >= 2023
      ? [
          absatz(
            'Hier setzt auch das Bürgergeld an. Die Eingliederung in Arbeit bleibt das prioritäre Ziel des Bürgergeldes. Mit der Abschaffung des Vermittlungsvorrangs sowie der Verbesserung der Anreize und Möglichkeiten für Weiterbildung wird die Bedeutung der Dauerhaftigkeit der Eingliederung in Arbeit gestärkt.',
          ),
        ]
      : []),
    absatz(
      'Ein besonderes Augenmerk soll weiterhin darauf gelegt werden, dass Nachteile, die der Gleichstellung von Frauen am Arbeitsmarkt entgegenstehen, überwunden werden. Hierzu werden Frauen gezielt mit passenden Angeboten unterstützt und dabei wird insbesondere darauf geachtet, dass auch Mütter von kleinen Kindern kontinuierlich betreut werden.',
    ),
  ];
}
