/**
 * The five seed agreements reproduced from their example workbooks (examples/*.xlsx): the generated
 * document's text, read back from the .docx, compared sentence by sentence with the real agreement
 * (../shared/reference/agreements/*.txt). Every remaining difference is named below with its reason;
 * the test fails when a difference appears or disappears.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { erzeugeDokument } from '../../src/document';
import { pruefeMappe } from '../../src/kern';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { SAATEN } from '../../beispiele/saat';
import { absaetzeVon, teile } from './lesen';
import { ladeVorlage } from '../../src/document/vorlage';
import { eingebauteVorlage, erzeugeAusVorlage } from '../../src/document/vorlage/eingebaut';
import { loerrachVorlage } from './vorlageBau';

const BEISPIELE = path.join(__dirname, '..', '..', 'examples');
const REFERENZ = path.join(__dirname, '..', '..', '..', 'shared', 'reference', 'agreements');

const norm = (s: string): string =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The words of a text (whitespace of any kind separates). */
const woerter = (s: string): string[] => norm(s).split(' ').filter(Boolean);

/**
 * The reference text (Markdown converted from the signed PDF) as words: headings, emphasis, table
 * pipes and separator rows, HTML tags in cells and list markers are layout, not text.
 */
function referenzWoerter(md: string): string[] {
  const text = md
    .split('\n')
    .filter((z) => !/^\s*\|?[\s|:-]*-{2,}[\s|:-]*\|?\s*$/.test(z)) // table separator rows
    .map((z) =>
      z
        .replace(/^\s*#+\s/, '')
        .replace(/\*\*/g, '')
        .replace(/^\s*- |\|\s*- /g, (m) => m.replace('- ', ' ')) // list markers, also in cells
        .replace(/<\/?p>/g, ' ')
        .replace(/<[^>]+>/g, '') // <b>, <u> inside a sentence
        .replace(/&amp;/g, '&')
        .replace(/\|/g, ' '),
    )
    .join('\n');
  return woerter(text);
}

/** A difference: words of the real agreement missing at one place, and words the document has instead. */
interface Unterschied {
  readonly fehlt: string;
  readonly zusaetzlich: string;
}

/** Word-level longest common subsequence diff, the changed runs as differences. */
function unterschiede(referenz: string[], erzeugt: string[]): Unterschied[] {
  const n = referenz.length;
  const m = erzeugt.length;
  const l = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      l[at(i, j)] = referenz[i] === erzeugt[j] ? l[at(i + 1, j + 1)]! + 1 : Math.max(l[at(i + 1, j)]!, l[at(i, j + 1)]!);
  const out: Unterschied[] = [];
  let fehlt: string[] = [];
  let zusaetzlich: string[] = [];
  const schliessen = (): void => {
    if (fehlt.length > 0 || zusaetzlich.length > 0) out.push({ fehlt: fehlt.join(' '), zusaetzlich: zusaetzlich.join(' ') });
    fehlt = [];
    zusaetzlich = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && referenz[i] === erzeugt[j]) {
      schliessen();
      i++;
      j++;
    } else if (j < m && (i === n || l[at(i, j + 1)]! >= l[at(i + 1, j)]!)) zusaetzlich.push(erzeugt[j++]!);
    else fehlt.push(referenz[i++]!);
  }
  schliessen();
  return out;
}

async function vergleiche(datei: string, quelle: string): Promise<Unterschied[]> {
  const [r] = pruefeMappe(await leseXlsx(readFileSync(path.join(BEISPIELE, datei)), datei));
  const erzeugt = woerter(absaetzeVon(teile(await erzeugeDokument(r!.vereinbarung))['word/document.xml']!).join('\n'));
  const referenz = referenzWoerter(readFileSync(path.join(REFERENZ, quelle), 'utf8'));
  return unterschiede(referenz, erzeugt);
}

/** A remaining difference: the sentence and why the workbook cannot (or does not) carry it. */
interface Erlaubt extends Unterschied {
  readonly grund: string;
}

/** Why a difference remains (named reasons, used by the allow-list below). */
const GRUND = {
  KOPF: "the PDF's running page header 'Zielvereinbarung <Jahr>': the .docx carries it in the header part, which is not body text",
  ORT_BESCHRIFTUNG:
    "Lörrach's signature blocks have no '(Ort, Datum)' caption under the place and date; the built-in block always prints it (a template choice)",
  OHNE_DEN:
    "Mansfeld-Südharz writes place and date without 'den' ('Sangerhausen, 21.08.2020'); the document writes 'Ort, den Datum' as the other seeds",
  MSH_SPALTEN:
    "the seed's text reads the Agentur's and the Landrätin's signature blocks side by side line by line (the second place and date before the handwritten initials 'M. Scherer' and 'A. Klein'); the document keeps each block together",
  MSH_JOBCENTER:
    "handwritten before the Jobcenter's date ('S. Müller,'): no place the workbook carries, so the document writes 'den 24.08.2020'",
  HAND: 'handwritten signature (and date) above the typed name',
  DIGITAL: "Mettmann signed digitally: the stamps 'Digital unterschrieben von … Datum: …' are not agreement text",
  PROZENT: 'number format: the document writes a (no-break) space before %, the seed none',
  LOERRACH_EINHEIT: 'Lörrach prints the quotas without their unit; the built-in layout always names it',
  PARTEIFOLGE:
    'Lörrach names the Jobcenter before the Landrätin; the built-in layout follows the other seeds (a template choice, issue 11 item 2)',
  LOERRACH_IV:
    "Lörrach puts section IV before I and heads it 'Lokale Ziele zwischen Jobcenter und kommunalem Träger'; the built-in layout places it last (a template choice)",
  ABGESCHNITTEN: "the seed's PDF text is cut off at the line end ('Zielsys')",
  FUSSNOTE: 'the seed writes the footnote mark without a space',
  TABELLENUMBRUCH: "the seed's table breaks across a page and the PDF repeats the heading and header row",
  SEITE: "the page of the Planungsgrundlagen ('S. 8') is not in the workbook",
  MSH_UNTERSCHRIFT:
    "under the Landrätin's signature the seed writes 'Landkreis Mansfeld-Südharz'; the built-in signature block uses the genitive of the other seeds",
  MS: "the Land's abbreviation '(MS)' and its use in § 3 are Emsland's (Niedersachsen's) wording; the built-in zkT text names the Land in full",
  TIPPFEHLER: "typing error in the seed ('daraufgelegt'); the built-in text writes 'darauf gelegt'",
  GEFLUECHTETE: "a sentence of the Land's Grundsätze 2024 (refugees from Ukraine); the fixed Grundsätze text has no field for it",
  BUDGET:
    "the budget's basis (Regierungsentwurf, Eingliederungsmittel-Verordnung) and the remark on the pending federal budget are not in the workbook, only the two amounts",
  BUDGET_VON: "the seed omits 'von' ('ein Gesamtbudget rd.')",
  LANDKREIS_VOLL: "the built-in text names the Landkreis in full ('des Landkreises Emsland'), the seed shortens to 'des Landkreises'",
  SCHRITTE_EINLEITUNG:
    "Emsland's lead sentence before the Umsetzungsschritte is longer than the built-in one; the workbook has no field for it",
  ZAEHLUNG: "the seed refers to the individualised goals as 'Nr. 3 und 4' although they are Nr. 4 to 6; the document counts them",
  BEGLEITET: "Emsland writes 'begleitet/unterstützt' in § 3 (2); the built-in zkT text 'begleitet'",
  BUERGERGELD:
    "Emsland's § 3 (4) names the effects of the Bürgergeldreform; the built-in sentence is general (the workbook has no field for § 3 (4))",
  ZKT_UNTERSCHRIFT:
    "Emsland's signature block ('Hannover, den …' with the date left open, 'In Vertretung', names in brackets, the ministry in the nominative, the date '*1. Februar*' emphasised, the two blocks read side by side) differs from the built-in one",
} as const;

/** Every remaining difference per seed, in document order. */
const ERLAUBT: Record<string, readonly Erlaubt[]> = {
  'Kaiserslautern_2024_gE.xlsx': [{ fehlt: 'Zielvereinbarung 2024', zusaetzlich: '', grund: GRUND.KOPF }],
  'Loerrach_2024_gE-kT.xlsx': [
    { fehlt: 'Zielvereinbarung 2024', zusaetzlich: '', grund: GRUND.KOPF },
    { fehlt: '', zusaetzlich: 'der Landrätin des Landkreises Lörrach', grund: GRUND.PARTEIFOLGE },
    { fehlt: 'der Landrätin des Landkreises Lörrach', zusaetzlich: '', grund: GRUND.PARTEIFOLGE },
    { fehlt: '', zusaetzlich: '(Ort, Datum)', grund: GRUND.ORT_BESCHRIFTUNG },
    { fehlt: '', zusaetzlich: '(Ort, Datum)', grund: GRUND.ORT_BESCHRIFTUNG },
    { fehlt: '', zusaetzlich: '(Ort, Datum)', grund: GRUND.ORT_BESCHRIFTUNG },
    {
      fehlt:
        'IV) Lokale Ziele zwischen Jobcenter und kommunalem Träger Kommunales Ziel zu Beschreibung Verbesserung und Festigung der SGBII-Quote Der Abstand zur SGBII-Quote Baden-Württembergs soll um mindestens 0,2 Prozentpunkte verringert werden. Bestand der Bedarfsgemeinschaften (BG) Der Bestand der Bedarfsgemeinschaften soll im Jahresdurchschnitt 2024 5.800 betragen. Die Zielvereinbarungen beschränken sich auf den jeweiligen Verantwortungsbereich der Zielvereinbarungspartner - siehe Präambel.',
      zusaetzlich: '',
      grund: GRUND.LOERRACH_IV,
    },
    { fehlt: '', zusaetzlich: '%', grund: GRUND.LOERRACH_EINHEIT },
    { fehlt: '', zusaetzlich: '%', grund: GRUND.LOERRACH_EINHEIT },
    { fehlt: '', zusaetzlich: '%', grund: GRUND.LOERRACH_EINHEIT },
    {
      fehlt: '',
      zusaetzlich:
        'IV) kommunale Ziele zwischen JC und kommunalem Träger Kommunales Ziel zu Beschreibung Verbesserung und Festigung der SGBII-Quote Der Abstand zur SGBII-Quote Baden-Württembergs soll um mindestens 0,2 Prozentpunkte verringert werden. Bestand der Bedarfsgemeinschaften (BG) Der Bestand der Bedarfsgemeinschaften soll im Jahresdurchschnitt 2024 5.800 betragen. Die Zielvereinbarungen beschränken sich auf den jeweiligen Verantwortungsbereich der Zielvereinbarungspartner - siehe Präambel.',
      grund: GRUND.LOERRACH_IV,
    },
  ],
  'Mettmann_2025_gE-kT.xlsx': [
    { fehlt: 'Zielsys', zusaetzlich: 'Zielsystems (§ 48b SGB II),', grund: GRUND.ABGESCHNITTEN },
    { fehlt: 'Digital unterschrieben von', zusaetzlich: '', grund: GRUND.DIGITAL },
    { fehlt: 'Karl', zusaetzlich: '', grund: GRUND.DIGITAL },
    { fehlt: "Tymister Datum: 2025.03.06 13:58:10 +01'00' Karl Tymister", zusaetzlich: '', grund: GRUND.DIGITAL },
    { fehlt: 'Thomas Hendele', zusaetzlich: '', grund: GRUND.HAND },
    { fehlt: 'Digital unterschrieben von', zusaetzlich: '', grund: GRUND.DIGITAL },
    { fehlt: 'Nathalie', zusaetzlich: '', grund: GRUND.DIGITAL },
    { fehlt: "Schöndorf Datum: 2025.03.06 13:26:48 +01'00' Nathalie Schöndorf", zusaetzlich: '', grund: GRUND.DIGITAL },
    { fehlt: '20,4%', zusaetzlich: '20,4 %', grund: GRUND.PROZENT },
    { fehlt: '15,5%', zusaetzlich: '15,5 %', grund: GRUND.PROZENT },
    { fehlt: '25,4%', zusaetzlich: '25,4 %', grund: GRUND.PROZENT },
    { fehlt: 'Zielnachhalteprozess*', zusaetzlich: 'Zielnachhalteprozess *', grund: GRUND.FUSSNOTE },
  ],
  'Emsland_2024_zkT.xlsx': [
    { fehlt: '(MS)', zusaetzlich: '', grund: GRUND.MS },
    { fehlt: 'daraufgelegt', zusaetzlich: 'darauf gelegt', grund: GRUND.TIPPFEHLER },
    {
      fehlt:
        'Schließlich müssen die Geflüchteten u.a. aus der Ukraine eng im Hinblick auf Spracherwerb und eine schnelle qualifikationsadäquate Einmündung in den Arbeitsmarkt unterstützt werden.',
      zusaetzlich: '',
      grund: GRUND.GEFLUECHTETE,
    },
    {
      fehlt:
        'laut Regierungsentwurf zum Bundeshaushalt 2024 (Kabinettsbeschluss vom 05.07.2023 – einschließlich der Mittel aus Ausgaberesten in Höhe von 600 Mio. Euro) sowie der Eingliederungsmittel-Verordnung',
      zusaetzlich: '',
      grund: GRUND.BUDGET,
    },
    { fehlt: '', zusaetzlich: 'von', grund: GRUND.BUDGET_VON },
    {
      fehlt:
        'Euro. Aufgrund des Urteils des Bundesverfassungsgerichts zum Klima- und Transformationsfonds und der Notwendigkeit, den gestellten Anforderungen nachzukommen, dauern die parlamentarischen Beratungen zum Haushalt 2024 an. Sobald das Verfahren zum Bundeshaushalt 2024 abgeschlossen ist, wird das BMAS bzw. das Land Niedersachsen die Träger der Grundsicherung umgehend über die endgültige finanzielle Ausstattung der Jobcenter informieren.',
      zusaetzlich: 'Euro',
      grund: GRUND.BUDGET,
    },
    { fehlt: '', zusaetzlich: 'Emsland', grund: GRUND.LANDKREIS_VOLL },
    { fehlt: '', zusaetzlich: 'Emsland', grund: GRUND.LANDKREIS_VOLL },
    { fehlt: 'vorliegenden Erkenntnisse und Erfahrungen sowie der', zusaetzlich: '', grund: GRUND.SCHRITTE_EINLEITUNG },
    { fehlt: 'für den Landkreis Emsland', zusaetzlich: '', grund: GRUND.SCHRITTE_EINLEITUNG },
    { fehlt: 'MS', zusaetzlich: 'Land Niedersachsen', grund: GRUND.MS },
    { fehlt: '3 und', zusaetzlich: '', grund: GRUND.ZAEHLUNG },
    { fehlt: 'werden', zusaetzlich: 'bis 6 wird', grund: GRUND.ZAEHLUNG },
    { fehlt: 'begleitet/unterstützt.', zusaetzlich: 'begleitet.', grund: GRUND.BEGLEITET },
    { fehlt: '– insbesondere die Effekte der Bürgergeldreform -', zusaetzlich: '', grund: GRUND.BUERGERGELD },
    { fehlt: 'Hannover, den', zusaetzlich: 'Hannover (Ort, Datum) Dr. Christine Arbogast', grund: GRUND.ZKT_UNTERSCHRIFT },
    {
      fehlt: '2024 Meppen, den *1. Februar* 2024 in Vertretung (Dr. Christine Arbogast) Niedersächsisches Ministerium',
      zusaetzlich: 'des Niedersächsischen Ministeriums',
      grund: GRUND.ZKT_UNTERSCHRIFT,
    },
    {
      fehlt: '(Martin Gerenkamp) Landkreis',
      zusaetzlich: 'Meppen, den 1. Februar 2024 (Ort, Datum) Martin Gerenkamp in Vertretung des Landkreises',
      grund: GRUND.ZKT_UNTERSCHRIFT,
    },
  ],
  'Mansfeld-Suedharz_2020_gE-kT.xlsx': [
    { fehlt: 'Zielvereinbarung 2020', zusaetzlich: '', grund: GRUND.KOPF },
    { fehlt: '', zusaetzlich: 'den', grund: GRUND.OHNE_DEN },
    { fehlt: 'Sangerhausen, 21.8.2020 (Ort, Datum) M. Scherer', zusaetzlich: '', grund: GRUND.MSH_SPALTEN },
    { fehlt: 'A. Klein', zusaetzlich: 'Sangerhausen, den 21.8.2020 (Ort, Datum)', grund: GRUND.MSH_SPALTEN },
    { fehlt: 'Landkreis', zusaetzlich: 'des Landkreises', grund: GRUND.MSH_UNTERSCHRIFT },
    { fehlt: 'S. Müller,', zusaetzlich: 'den', grund: GRUND.MSH_JOBCENTER },
    { fehlt: 'A. Müller', zusaetzlich: '', grund: GRUND.HAND },
    { fehlt: '18,9%', zusaetzlich: '18,9 %', grund: GRUND.PROZENT },
    { fehlt: '2020, S. 8).', zusaetzlich: '2020).', grund: GRUND.SEITE },
    {
      fehlt: 'IV) kommunale Ziele zwischen JC und kommunalem Träger Kommunales Ziel zu Beschreibung',
      zusaetzlich: '',
      grund: GRUND.TABELLENUMBRUCH,
    },
  ],
};

describe.each(SAATEN.map((s) => [s.datei, s] as const))('%s', (_datei, saat) => {
  test('the generated text equals the real agreement up to the named differences', async () => {
    const u = await vergleiche(saat.datei, saat.quelle);
    if (process.env.SAAT_DIFF) console.log(saat.datei, JSON.stringify(u, null, 1));
    expect(u).toEqual((ERLAUBT[saat.datei] ?? []).map(({ fehlt, zusaetzlich }) => ({ fehlt, zusaetzlich })));
  });
});

describe('Lörrach from its own template', () => {
  test('with the party order and section IV changed once in the template (as the guide shows), the template choices are no differences any more', async () => {
    const saat = SAATEN.find((x) => x.datei === 'Loerrach_2024_gE-kT.xlsx')!;
    const [r] = pruefeMappe(await leseXlsx(readFileSync(path.join(BEISPIELE, saat.datei)), saat.datei));
    const vorlage = ladeVorlage(loerrachVorlage(await eingebauteVorlage('gE-kT', 2024)));
    const erzeugt = woerter(absaetzeVon(teile(await erzeugeAusVorlage(vorlage, r!.vereinbarung))['word/document.xml']!).join('\n'));
    const u = unterschiede(referenzWoerter(readFileSync(path.join(REFERENZ, saat.quelle), 'utf8')), erzeugt);
    const erwartet = ERLAUBT[saat.datei]!.filter((e) => e.grund !== GRUND.PARTEIFOLGE && e.grund !== GRUND.LOERRACH_IV);
    expect(erwartet.length).toBeLessThan(ERLAUBT[saat.datei]!.length - 3);
    expect(u).toEqual(erwartet.map(({ fehlt, zusaetzlich }) => ({ fehlt, zusaetzlich })));
  });
});
