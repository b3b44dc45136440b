/**
 * The five example workbooks (examples/*.xlsx) read, checked and written as agreements: each
 * document's text contains the seed's headings, parties, sentences and figures
 * (../shared/reference/agreements).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { erzeugeDokument, dateiname } from '../../src/document';
import { pruefeMappe } from '../../src/kern';
import { leseXlsx } from '../../src/xlsx/xlsx';
import type { Vereinbarung } from '../../src/model/vereinbarung';
import { absaetzeVon, teile } from './lesen';

const ORDNER = path.join(__dirname, '..', '..', 'examples');

async function dokument(datei: string): Promise<{ v: Vereinbarung; text: string; absaetze: string[] }> {
  const [r] = pruefeMappe(await leseXlsx(readFileSync(path.join(ORDNER, datei)), datei));
  const v = r!.vereinbarung;
  const absaetze = absaetzeVon(teile(await erzeugeDokument(v))['word/document.xml']!);
  return { v, text: absaetze.join('\n'), absaetze };
}

/** A cell row of section I: the Messgröße paragraph followed by its value paragraph(s). */
function nach(absaetze: string[], zeile: string, n = 1): string[] {
  const i = absaetze.indexOf(zeile);
  expect(i).toBeGreaterThanOrEqual(0);
  return absaetze.slice(i + 1, i + 1 + n);
}

const GE_SAETZE = [
  'Präambel Zielvereinbarung',
  'Die Zielvereinbarung beinhaltet:',
  'Geschäftspolitische Ziele im Rahmen des Zielsystems (§ 48b SGB II),',
  'Vereinbarungen zum Zielnachhalteprozess.',
  'I) Geschäftspolitische Ziele SGB II',
  'II) Monitoring zur Verringerung der Hilfebedürftigkeit',
  'III) Weitere lokale Ziele zwischen Jobcenter und Agentur für Arbeit',
  'Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess',
  '(Ort, Datum)',
  'Der Stand der Zielerreichung des Jobcenters wird auf Grundlage des § 48b Abs. 1 S. 1 Nr. 2 SGB II in regelmäßigen Gesprächen zwischen der Agentur für Arbeit und der Geschäftsführerin bzw. dem Geschäftsführer des Jobcenters erörtert.',
];

describe('Kaiserslautern 2024 (gE, level with change in brackets)', () => {
  let d: Awaited<ReturnType<typeof dokument>>;
  beforeAll(async () => {
    d = await dokument('Kaiserslautern_2024_gE.xlsx');
  });

  test('title, parties and the two signers as in the seed', () => {
    expect(d.absaetze.slice(0, 7)).toEqual([
      'Zielvereinbarung 2024',
      'zwischen dem',
      'Vorsitzenden der Geschäftsführung\nder Agentur für Arbeit Kaiserslautern-Pirmasens',
      'und der',
      'Geschäftsführerin\ndes Jobcenters Stadt Kaiserslautern',
      'Präambel Zielvereinbarung',
      'Die Zielvereinbarung beinhaltet:',
    ]);
    expect(d.text).toContain('Peter Weißler\nVorsitzender der Geschäftsführung\nder Agentur für Arbeit Kaiserslautern-Pirmasens');
    expect(d.text).toContain('Edeltraud Nikodemus\nGeschäftsführerin\ndes Jobcenters Stadt Kaiserslautern');
    expect(d.text.match(/\(Ort, Datum\)/g)).toHaveLength(2);
  });

  test('headings and fixed sentences, year-dependent text computed', () => {
    for (const s of GE_SAETZE) expect(d.text).toContain(s);
    expect(d.text).toContain(
      'Die Planwerte der geschäftspolitischen Ziele werden auf Basis der Einschätzung der gesamtwirtschaftlichen Eckwerte der Bundesregierung vom Herbst 2023 vereinbart.',
    );
    expect(d.text).toContain(
      'Die Zielvereinbarung wird auf Basis der Ende 2023 für das Jahr 2024 anzunehmenden Rahmenbedingungen abgeschlossen.',
    );
    // two signers: no responsibility paragraph, no kommunale Ziele, no footnote
    expect(d.text).not.toContain('Verantwortlichkeiten der Träger BA und Kommune');
    expect(d.text).not.toContain('Kommunales Ziel zu');
    expect(d.text).not.toContain('* Gilt nur');
  });

  test('section I in the form "19,9 % (- 0,6 %)" and LZB as change "+ 3,8 %"', () => {
    expect(d.text).toContain('Ziel\nMessgröße\nZielwert 2024\nVerbesserung der Integration in Erwerbstätigkeit');
    expect(nach(d.absaetze, 'Integrationsquote (gesamt) - nachrichtlich')).toEqual(['19,9 % (- 0,6 %)']);
    expect(nach(d.absaetze, 'Integrationsquote der Frauen')).toEqual(['15,2 % (+ 1,8 %)']);
    expect(nach(d.absaetze, 'Integrationsquote der Männer')).toEqual(['25,2 % (- 2,3 %)']);
    expect(nach(d.absaetze, 'Veränderung des Bestands an Langzeitleistungsbeziehenden (gesamt) - nachrichtlich')).toEqual(['+ 3,8 %']);
    expect(nach(d.absaetze, 'Veränderung des Bestands an Langzeitleistungsbeziehenden - Frauen')).toEqual(['+ 8,7 %']);
    expect(nach(d.absaetze, 'Veränderung des Bestands an Langzeitleistungsbeziehenden - Männer')).toEqual(['- 1,8 %']);
  });

  test('empty table III: the header only', () => {
    const i = d.absaetze.indexOf('III) Weitere lokale Ziele zwischen Jobcenter und Agentur für Arbeit');
    expect(d.absaetze.slice(i + 1, i + 4)).toEqual([
      'Lokales Ziel zu',
      'Beschreibung',
      'Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess',
    ]);
  });

  test('file name from year and Jobcenter', () => {
    expect(dateiname(d.v)).toBe('Zielvereinbarung_2024_Jobcenter_Stadt_Kaiserslautern.docx');
  });
});

describe('Lörrach 2024 (gE-kT, level only)', () => {
  let d: Awaited<ReturnType<typeof dokument>>;
  beforeAll(async () => {
    d = await dokument('Loerrach_2024_gE-kT.xlsx');
  });

  test('three parties, three signers, responsibility paragraph', () => {
    expect(d.text).toContain('zwischen dem\nVorsitzenden der Geschäftsführung\nder Agentur für Arbeit Lörrach');
    expect(d.text).toContain('der\nLandrätin\ndes Landkreises Lörrach');
    expect(d.text).toContain('und dem\nGeschäftsführer\ndes Jobcenters Landkreis Lörrach');
    expect(d.text).toContain('Horst Eckert');
    expect(d.text).toContain('Marion Dammann\nLandrätin\ndes Landkreises Lörrach');
    expect(d.text).toContain('Jürgen Kurz\nGeschäftsführer\ndes Jobcenters Landkreis Lörrach');
    expect(d.text.match(/\(Ort, Datum\)/g)).toHaveLength(3);
    expect(d.text).toContain('lokale Ziele zwischen gemeinsamer Einrichtung und kommunalem Träger,');
    expect(d.text).toContain(
      'Für den Zielvereinbarungsprozess im Bereich der gE sind die Verantwortlichkeiten der Träger BA und Kommune zu beachten. Beide Träger sind im Rahmen der ihnen gesetzlich zugewiesenen Aufgaben für die rechtmäßige und zweckmäßige Leistungserbringung verantwortlich.',
    );
  });

  test('section I as levels: IQ "19,5 %", LZB as stock "4.242"', () => {
    expect(nach(d.absaetze, 'Integrationsquote (gesamt) - nachrichtlich')).toEqual(['19,5 %']);
    expect(nach(d.absaetze, 'Integrationsquote der Frauen')).toEqual(['14,4 %']);
    expect(nach(d.absaetze, 'Integrationsquote der Männer')).toEqual(['25,9 %']);
    expect(nach(d.absaetze, 'Veränderung des Bestands an Langzeitleistungsbeziehenden (gesamt) - nachrichtlich')).toEqual(['4.242']);
    expect(nach(d.absaetze, 'Veränderung des Bestands an Langzeitleistungsbeziehenden - Frauen')).toEqual(['2.445']);
    expect(nach(d.absaetze, 'Veränderung des Bestands an Langzeitleistungsbeziehenden - Männer')).toEqual(['1.796']);
  });

  test('kommunale Ziele, the footnote and the limitation sentence', () => {
    expect(d.text).toContain(
      'IV) kommunale Ziele zwischen JC und kommunalem Träger\nKommunales Ziel zu\nBeschreibung\nVerbesserung und Festigung der SGBII-Quote',
    );
    expect(d.text).toContain('Der Bestand der Bedarfsgemeinschaften soll im Jahresdurchschnitt 2024 5.800 betragen.');
    expect(d.text).toContain('Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess *');
    expect(d.text).toContain('* Gilt nur für die Ziele im Verantwortungsbereich der BA, nicht für kommunale Ziele.');
    expect(d.text).toContain(
      'Die Zielvereinbarungen beschränken sich auf den jeweiligen Verantwortungsbereich der Zielvereinbarungspartner - siehe Präambel.',
    );
  });
});

describe('Mettmann 2025 (gE-kT, two columns "in %" and Zielwert)', () => {
  let d: Awaited<ReturnType<typeof dokument>>;
  beforeAll(async () => {
    d = await dokument('Mettmann_2025_gE-kT.xlsx');
  });

  test('parties in the seed order and year 2025 everywhere', () => {
    expect(d.text).toContain(
      'zwischen dem\nVorsitzenden der Geschäftsführung\nder Agentur für Arbeit Mettmann\ndem\nLandrat\ndes Kreises Mettmann\nund der\nGeschäftsführerin\ndes jobcenters ME-aktiv',
    );
    expect(d.text).toContain('vom Herbst 2024 vereinbart.');
    expect(d.text).toContain('Ende 2024 für das Jahr 2025');
    expect(d.text).toContain('Karl Tymister');
    expect(d.text).toContain('Thomas Hendele\nLandrat\ndes Kreises Mettmann');
    expect(d.text).toContain('Nathalie Schöndorf\nGeschäftsführerin\ndes jobcenters ME-aktiv');
  });

  test('two value columns: "-2,5 | 20,4 %" and "7,4 | 19.006"', () => {
    expect(d.text).toContain('Ziel\nMessgröße\nin %\nZielwert 2025');
    expect(nach(d.absaetze, 'Integrationsquote (gesamt) - nachrichtlich', 2)).toEqual(['-2,5', '20,4 %']);
    expect(nach(d.absaetze, 'Integrationsquote der Frauen', 2)).toEqual(['-1,3', '15,5 %']);
    expect(nach(d.absaetze, 'Integrationsquote der Männer', 2)).toEqual(['-3,9', '25,4 %']);
    expect(nach(d.absaetze, 'Veränderung des Bestands an Langzeitleistungsbeziehenden (gesamt) - nachrichtlich', 2)).toEqual([
      '7,4',
      '19.006',
    ]);
    expect(nach(d.absaetze, 'Veränderung des Bestands an Langzeitleistungsbeziehenden - Frauen', 2)).toEqual(['6,5', '10.154']);
    expect(nach(d.absaetze, 'Veränderung des Bestands an Langzeitleistungsbeziehenden - Männer', 2)).toEqual(['8,5', '8.856']);
  });

  test('local and kommunale goals in their tables', () => {
    expect(d.text).toContain('Lokales Ziel zu\nBeschreibung\nQualifizierung zur nachhaltigen Sicherung von Beschäftigungsfähigkeit');
    expect(d.text).toContain('Anteil persönlicher Beratungen');
    expect(d.text).toContain('Sicherstellung des Einsatzes der kommunalen Eingliederungsleistungen nach § 16a SGB II');
    expect(d.text).toContain('Bildung und Teilhabe');
  });
});

describe('Mansfeld-Südharz 2020 (totals only, K1 Prognose, numeric bounds)', () => {
  let d: Awaited<ReturnType<typeof dokument>>;
  beforeAll(async () => {
    d = await dokument('Mansfeld-Suedharz_2020_gE-kT.xlsx');
  });

  test('the pre-2023 totals form: one row per Kennzahl', () => {
    expect(nach(d.absaetze, 'Integrationsquote')).toEqual(['18,9 %']);
    expect(nach(d.absaetze, 'Bestand an Langzeitleistungsbeziehenden')).toEqual(['7.331']);
    expect(d.text).not.toContain('Integrationsquote der Frauen');
  });

  test('K1 Prognose in euros and bounds "kleiner gleich 1.132", "größer gleich 261"', () => {
    expect(d.text).toContain(
      'Ziel\nMessgröße\nPrognose 2020\nVerringerung der Hilfebedürftigkeit\nSumme der Leistungen zum Lebensunterhalt\n38.219.839 €',
    );
    // 2020 wording: "III) Lokale Ziele" with the value in a column of its own
    expect(d.text).toContain(
      'III) Lokale Ziele\nLokales Ziel zu\nBeschreibung\nReduzierung der Langzeitarbeitslosigkeit\nVermeidung Übertritte LZA kleiner gleich\n1.132\nAbgänge LZA in Erwerbstätigkeit (1. AM u. Selbstständigkeit) größer gleich\n261',
    );
    expect(d.text).not.toContain('Weitere lokale Ziele');
  });

  test('2020 wording: Präambel, responsibility, closing sentences, no footnote; the closing sentence once', () => {
    expect(d.text).toContain(
      'Geschäftspolitische Ziele im Rahmen des Zielsystems (§ 48b SGB II),\nlokale Ziele,\nVereinbarungen zum Zielnachhalteprozess,\nkommunale Ziele.',
    );
    expect(d.text).toContain('Beide Träger haben für die ihnen gesetzlich zugewiesenen Aufgaben die Verantwortung für eine rechtmäßige');
    expect(d.text).not.toContain('Beide Träger sind im Rahmen');
    expect(d.text.match(/Die Zielvereinbarung wird auf Basis der Ende 2019 geplanten Zielwerte abgeschlossen\./g)).toHaveLength(1);
    expect(d.text).not.toContain('anzunehmenden Rahmenbedingungen');
    expect(d.text).toContain(
      'Dazu wird ein zentrales Berichtsformat von der Bundesagentur für Arbeit (Managementbericht) zur Verfügung gestellt.',
    );
    expect(d.text).toContain('Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess\n');
    expect(d.text).not.toContain('Zielnachhalteprozess *');
    expect(d.text).not.toContain('* Gilt nur');
  });

  test('Zusatztext (pandemic) in the closing section, Herbst 2019', () => {
    expect(d.text).toContain('SARS-CoV-2-Pandemie');
    expect(d.text).toContain('vom Herbst 2019 vereinbart.');
    expect(d.text).toContain('zwischen der\nVorsitzenden der Geschäftsführung\nder Agentur für Arbeit Sangerhausen');
    expect(d.text).toContain('Dr. Angelika Klein\nLandrätin\ndes Landkreises Mansfeld-Südharz');
  });
});

describe('Emsland 2024 (zkT, § structure, prose targets)', () => {
  let d: Awaited<ReturnType<typeof dokument>>;
  beforeAll(async () => {
    d = await dokument('Emsland_2024_zkT.xlsx');
  });

  test('title block and parties', () => {
    expect(d.text).toContain('Vereinbarung\nzur Erreichung der Ziele der\nGrundsicherung für Arbeitsuchende\nim Jahr 2024');
    expect(d.text).toContain(
      'schließt das\nNiedersächsische Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung\nmit dem\nLandkreis Emsland',
    );
    expect(d.text).toContain('gemäß § 48b Abs. 1 S. 1 Nr. 4 des Sozialgesetzbuchs Zweites Buch (SGB II)\nfür das Jahr 2024 folgende');
  });

  test('the § structure of the seed', () => {
    for (const h of [
      'I. Grundsätze',
      'II. Rahmenbedingungen',
      'III. Vereinbarungen',
      '§ 1 Verpflichtung der Vereinbarungspartner',
      '§ 2 Ziele, Zielindikatoren und Ergänzungsgrößen',
      '§ 3 Zielnachhaltung und Zieldialoge im Land Niedersachsen',
    ]) {
      expect(d.absaetze).toContain(h);
    }
    expect(d.text).toContain(
      'Der Landkreis Emsland und das Land Niedersachsen setzen sich dafür ein, dass die in § 2 vereinbarten Ziele erreicht werden.',
    );
    expect(d.text).toContain('(1) Der Landkreis Emsland und das Land Niedersachsen vereinbaren sich zu folgenden Zielen:');
  });

  test('budget lines in euros', () => {
    expect(d.text).toContain('Verwaltungskosten 13.155.724 Euro');
    expect(d.text).toContain('Leistungen zur Eingliederung in Arbeit 8.696.936 Euro');
    expect(d.text).toContain('rd. 21,9 Mio. Euro für das Jahr 2024');
    expect(d.text).toContain('Für Niedersachsen geht das IAB von unterschiedlichen Trends auf dem Arbeitsmarkt aus.');
  });

  test('prose targets with the bound wording', () => {
    expect(d.text).toContain(
      'Das Ziel ist im Jahr 2024 erreicht, wenn die Integrationsquote des Landkreises Emsland um 3,9 % im Vergleich zum Jahr 2023 steigt.',
    );
    expect(d.text).toContain(
      'Das geschlechterspezifische Ziel ist erreicht, wenn die Integrationsquote der Frauen um 5,1 % und die der Männer um 2,7 % steigt.',
    );
    expect(d.text).toContain(
      'Das Ziel ist im Jahr 2024 erreicht, wenn der durchschnittliche Bestand an Langzeitleistungsbeziehenden des Landkreises Emsland um nicht mehr als 14,0 % im Vergleich zum Jahr 2023 steigt.',
    );
  });

  test('individualised goals numbered 4 to 6 with their steps', () => {
    expect(d.absaetze).toContain('4. Umsetzung der Bürgergeldreform (individualisierte Zielvereinbarung)');
    expect(d.absaetze).toContain('5. Gleichstellung von Frauen und Männern im SGB II');
    expect(d.absaetze).toContain('6. Gestaltung des Übergangs "Schule und Beruf"');
    expect(d.absaetze).toContain('Etablierung von Coaching-Elementen nach § 16 k SGB II');
    expect(d.absaetze).toContain('Arbeit in regionalen Netzwerken');
    expect(d.text).toContain('nach § 2 Nr. 4 bis 6');
    expect(d.text).toContain('im Rahmen des Dialogs im Frühjahr 2025 bewertet.');
  });

  test('signatures of Land and Träger; the file is named after the Träger', () => {
    expect(d.text).toContain('Dr. Christine Arbogast');
    expect(d.text).toContain('Martin Gerenkamp');
    expect(d.text.match(/\(Ort, Datum\)/g)).toHaveLength(2);
    expect(dateiname(d.v)).toBe('Zielvereinbarung_2024_Landkreis_Emsland.docx');
  });
});
