/**
 * The further target forms in the documents, read back from the .docx: the two zkT examples
 * (Niedersachsen: K1 bound, two ministries; Hessen: integration counts, group targets), the Emsland
 * success criteria, and a gE agreement with K1 bound, integration counts and further targets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { erzeugeDokument } from '../../src/document';
import { pruefeMappe } from '../../src/kern';
import { leseXlsx } from '../../src/xlsx/xlsx';
import type { Vereinbarung } from '../../src/model/vereinbarung';
import { GRUNDLAGE, liste, mappe, type Eintrag } from '../kern/hilfen';
import type { BenannterBereich } from '../../src/lesen/port';
import { absaetzeVon, teile } from './lesen';

const ORDNER = path.join(__dirname, '..', '..', 'examples');

interface Gelesen {
  v: Vereinbarung;
  text: string;
  absaetze: string[];
}

async function ausVereinbarung(v: Vereinbarung): Promise<Gelesen> {
  const absaetze = absaetzeVon(teile(await erzeugeDokument(v))['word/document.xml']!);
  return { v, text: absaetze.join('\n'), absaetze };
}

async function beispiel(datei: string): Promise<Gelesen> {
  const [r] = pruefeMappe(await leseXlsx(readFileSync(path.join(ORDNER, datei)), datei));
  expect(r!.befunde.filter((b) => b.severity === 'error')).toEqual([]);
  return ausVereinbarung(r!.vereinbarung);
}

async function ausMappe(felder: Record<string, Eintrag>, extra: BenannterBereich[] = []): Promise<Gelesen> {
  const [r] = pruefeMappe(mappe(felder, 'Planung', extra));
  return ausVereinbarung(r!.vereinbarung);
}

const ERGAENZUNG_KOPF = ['Kennzahl', 'Wert', 'Einheit', 'Vergleich', 'Bezug'];

describe('Jadeland 2021 (Niedersachsen zkT: K1 bound, IQ level, two ministries)', () => {
  let d: Gelesen;
  beforeAll(async () => {
    d = await beispiel('Jadeland_2021_zkT.xlsx');
  });

  test('§ 2 Nr. 1: K1 as a bound, lower is better', () => {
    expect(d.absaetze).toContain(
      `Das Ziel ist im Jahr 2021 erreicht, wenn die Summe der Leistungen zum Lebensunterhalt um nicht mehr als 4,6 % steigt.`,
    );
    expect(d.text).toContain('Zielindikator für dieses Ziel ist die Veränderung der Summe der Leistungen zum Lebensunterhalt');
    // the "monitored only" sentence gives way to the target
    expect(d.text).not.toContain('im Rahmen eines Monitorings beobachtet.\nWeiterhin');
    expect(d.text).not.toContain('Für die Nachhaltigkeit dieses Ziels');
  });

  test('the IQ level next to it and the LZB bound', () => {
    expect(d.text).toContain('wenn die Integrationsquote des Landkreises Jadeland im Jahr 2021 mindestens 28,4 % beträgt.');
    expect(d.text).toContain(
      'wenn der durchschnittliche Bestand an Langzeitleistungsbeziehenden des Landkreises Jadeland um nicht mehr als 2,5 % im Vergleich zum Jahr 2020 steigt.',
    );
  });

  test('both ministries conclude the agreement and sign it', () => {
    const i = d.absaetze.indexOf('Niedersächsische Ministerium für Wirtschaft, Arbeit, Verkehr und Digitalisierung');
    expect(d.absaetze.slice(i - 1, i + 5)).toEqual([
      'Zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende\nschließen das',
      'Niedersächsische Ministerium für Wirtschaft, Arbeit, Verkehr und Digitalisierung',
      'und das',
      'Niedersächsische Ministerium für Soziales, Gesundheit und Gleichstellung',
      'mit dem',
      'Landkreis Jadeland',
    ]);
    expect(d.text).toContain(
      'Dr. Heike Sandmann\nIn Vertretung\ndes Niedersächsischen Ministeriums für Wirtschaft, Arbeit, Verkehr und Digitalisierung',
    );
    expect(d.text).toContain(
      'Jens Oltmanns\nIn Vertretung\ndes Niedersächsischen Ministeriums für Soziales, Gesundheit und Gleichstellung',
    );
    expect(d.text).toContain('Karin Wilkens\nLandrätin\ndes Landkreises Jadeland');
    expect(d.text.match(/\(Ort, Datum\)/g)).toHaveLength(3);
  });

  test('a further target as a sentence in § 2 (2); the Kennzahlen-Verordnung moves to (3)', () => {
    expect(d.absaetze).toContain(
      '(2) Darüber hinaus vereinbaren der Landkreis Jadeland und das Land Niedersachsen folgende weitere Zielgrößen:',
    );
    expect(d.absaetze).toContain(
      `Für die Zielgröße „K3E1 Integrationsquote der Langzeitleistungsbeziehenden“ ist das Ziel im Jahr 2021 erreicht, wenn sie mindestens 20,5 % beträgt.`,
    );
    expect(d.text).toContain('(3) Hinsichtlich der Zielindikatoren und der jeweils zu berücksichtigenden Ergänzungsgrößen');
    expect(d.text).not.toContain('(2) Hinsichtlich der Zielindikatoren');
  });

  test('the individualised goal ends with its own criterion instead of the fixed sentence', () => {
    expect(d.absaetze).toContain(
      'Das Ziel ist erreicht, wenn die vereinbarten Schritte umgesetzt wurden und wenn die Integrationsquote der Langzeitleistungsbeziehenden den vereinbarten Zielwert erreicht.',
    );
    expect(d.text).not.toContain('Das Ziel ist erreicht, wenn die vereinbarten Umsetzungsschritte umgesetzt wurden.');
  });
});

describe('Mümlingtal 2024 (Hessen zkT: integrations as minimum counts, LZB total only)', () => {
  let d: Gelesen;
  beforeAll(async () => {
    d = await beispiel('Muemlingtal_2024_zkT.xlsx');
  });

  test('§ 2 Nr. 2: the counts with the IQ, the total derived from Frauen + Männer', () => {
    expect(d.v.eingegeben.has('ZV_INT_Ziel_Frauen')).toBe(true);
    expect(d.v.werte.ZV_INT_Ziel_Gesamt).toBe(612);
    const iq = d.absaetze.findIndex((a) => a.startsWith('Zur Unterstützung der gleichberechtigten Teilhabe'));
    expect(d.absaetze[iq + 1]).toBe(
      'Zusätzlich vereinbaren der Landkreis Mümlingtal und das Land Hessen für das Jahr 2024 mindestens 612 Integrationen, davon Frauen mindestens 258 und Männer mindestens 354.',
    );
    expect(d.absaetze[iq + 2]).toBe('3. Vermeidung von langfristigem Leistungsbezug');
  });

  test('the LZB as a total only: the bound, no gender sentence', () => {
    expect(d.text).toContain(
      'wenn der durchschnittliche Bestand an Langzeitleistungsbeziehenden des Landkreises Mümlingtal mindestens um 1,5 % im Vergleich zum Jahr 2023 sinkt.',
    );
    expect(d.text).not.toContain('der Bestand an Langzeitleistungsbeziehenden der Frauen');
  });

  test('group targets: a level and a change, worded by their comparison', () => {
    expect(d.absaetze).toContain(
      `Für die Zielgröße „Integrationsquote der Alleinerziehenden“ ist das Ziel im Jahr 2024 erreicht, wenn sie mindestens 17,0 % beträgt.`,
    );
    expect(d.absaetze).toContain(
      `Für die Zielgröße „Integrationsquote der unter 25-Jährigen (U25)“ ist das Ziel im Jahr 2024 erreicht, wenn sie im Vergleich zum Jahr 2023 um mindestens 2,0 % steigt.`,
    );
  });

  test('one ministry: "schließt", two signature blocks', () => {
    expect(d.text).toContain('Zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende\nschließt das');
    expect(d.text).not.toContain('und das\n');
    expect(d.text.match(/\(Ort, Datum\)/g)).toHaveLength(2);
  });

  test('no K1 bound: § 2 Nr. 1 keeps the monitoring sentence', () => {
    expect(d.text).toContain(
      'Für die Nachhaltigkeit dieses Ziels wird im Vergleich zum Vorjahr die Entwicklung der Summe der Leistungen zum Lebensunterhalt im Rahmen eines Monitorings beobachtet.',
    );
    expect(d.text).not.toContain('wenn die Summe der Leistungen zum Lebensunterhalt');
  });
});

test('Emsland 2024: each individualised goal with the criterion of the seed', async () => {
  const d = await beispiel('Emsland_2024_zkT.xlsx');
  expect(d.absaetze).toContain(
    'Das Ziel ist erreicht, wenn die vereinbarten Schritte umgesetzt wurden und wenn die Mitarbeitenden befähigt wurden, die neuen Möglichkeiten und Anforderungen des Bürgergeldgesetzes im Sinne der Kundinnen und Kunden umzusetzen, aktiv mitzugestalten und weiterzuentwickeln.',
  );
  expect(d.text).toContain(
    'Das Ziel ist erreicht, wenn die vereinbarten Schritte umgesetzt wurden sowie wenn die Zahl der Kontaktforderungen, die Unterstützungsangebote am Übergang Schule und Beruf, die betrieblichen Praktika und die Integrationen in Ausbildung erhöht werden konnten. Ziel ist gleichzeitig,',
  );
  expect(d.text).not.toContain('Das Ziel ist erreicht, wenn die vereinbarten Umsetzungsschritte umgesetzt wurden.');
  // the LZB agreed as a total only, as in the seed
  expect(d.text).not.toContain('der Bestand an Langzeitleistungsbeziehenden der Frauen');
});

describe('gE with the further target forms (section I and II)', () => {
  const MIT = {
    ...GRUNDLAGE,
    ZV_LLU_Veraenderung: -1.2,
    ZV_INT_Ziel_Frauen: 1258,
    ZV_INT_Ziel_Maenner: 1354,
  };
  const ergaenzung = liste('ZV_Ergaenzungsziele', ERGAENZUNG_KOPF, [
    ['K2E4 Integrationsquote der Alleinerziehenden', 21.3, '%', '>=', 'Zielwert'],
    ['Integrationen Geflüchteter', 150, 'Anzahl', '>=', null],
    ['U25 Integrationsquote', -1.5, '%', '<=', 'Veränderung'],
    ['unvollständig', null, '%', null, null],
  ]);

  test('section II: the K1 bound after the monitoring sentence', async () => {
    const d = await ausMappe(MIT, [ergaenzung]);
    const i = d.absaetze.indexOf('II) Monitoring zur Verringerung der Hilfebedürftigkeit');
    expect(d.absaetze[i + 2]).toBe(
      `Als Ziel wird vereinbart, dass die Summe der Leistungen zum Lebensunterhalt im Jahr 2024 mindestens um 1,2 % sinkt.`,
    );
  });

  test('section I: integration counts under the IQ (merged Ziel cell), further targets after the LZB', async () => {
    const d = await ausMappe(MIT, [ergaenzung]);
    const ab = (zeile: string): string | undefined => d.absaetze[d.absaetze.indexOf(zeile) + 1];
    expect(ab('Integrationsquote der Männer')).toBe('25,2 % (- 2,3 %)');
    expect(d.absaetze[d.absaetze.indexOf('Integrationsquote der Männer') + 2]).toBe('Integrationen (gesamt)');
    expect(ab('Integrationen (gesamt)')).toBe('mindestens 2.612');
    expect(ab('Integrationen der Frauen')).toBe('mindestens 1.258');
    expect(ab('Integrationen der Männer')).toBe('mindestens 1.354');
    expect(ab('Integrationen der Männer')).toBe('mindestens 1.354');
    expect(d.absaetze[d.absaetze.indexOf('Integrationen der Männer') + 2]).toBe('Vermeidung von langfristigem Leistungsbezug');
    expect(ab('Ergänzungsgrößen und weitere Zielgrößen')).toBe('K2E4 Integrationsquote der Alleinerziehenden');
    expect(ab('K2E4 Integrationsquote der Alleinerziehenden')).toBe(`größer gleich 21,3 %`);
    expect(ab('Integrationen Geflüchteter')).toBe('größer gleich 150');
    expect(ab('U25 Integrationsquote')).toBe(`kleiner gleich - 1,5 %`);
    // an incomplete row is reported by the check, not printed
    expect(d.text).not.toContain('unvollständig');
    const xml = teile(await erzeugeDokument(d.v))['word/document.xml']!;
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>(?:(?!<\/w:tc>).)*Verbesserung der Integration in Erwerbstätigkeit/s);
  });

  test('the two-column form puts a change in "in %" and a level in the Zielwert column', async () => {
    const d = await ausMappe({ ...MIT, ZV_Darstellung: 'Veränderung und Zielwert' }, [ergaenzung]);
    const i = d.absaetze.indexOf('U25 Integrationsquote');
    expect(d.absaetze[i + 1]).toBe(`kleiner gleich - 1,5 %`);
    const j = d.absaetze.indexOf('K2E4 Integrationsquote der Alleinerziehenden');
    expect(d.absaetze[j + 1]).toBe(`größer gleich 21,3 %`);
    expect(d.absaetze[d.absaetze.indexOf('Integrationen (gesamt)') + 1]).toBe('mindestens 2.612');
  });

  test('totals only (before 2023): the counts join the IQ row', async () => {
    const d = await ausMappe({
      ...GRUNDLAGE,
      ZV_Jahr: 2020,
      ZV_IQ_VJ_Frauen: null,
      ZV_IQ_VJ_Maenner: null,
      ZV_IQ_VJ_Gesamt: null,
      ZV_IQ_Veraenderung_Frauen: null,
      ZV_IQ_Veraenderung_Maenner: null,
      ZV_LZB_VJ_Frauen: null,
      ZV_LZB_VJ_Maenner: null,
      ZV_LZB_Veraenderung_Frauen: null,
      ZV_LZB_Veraenderung_Maenner: null,
      ZV_Darstellung: 'Zielwert',
      ZV_IQ_Ziel_Gesamt: 18.9,
      ZV_LZB_Ziel_Gesamt: 7331,
      ZV_INT_Ziel_Gesamt: 900,
    });
    const i = d.absaetze.indexOf('Integrationsquote');
    expect(d.absaetze.slice(i, i + 4)).toEqual(['Integrationsquote', '18,9 %', 'Integrationen (gesamt)', 'mindestens 900']);
  });

  test('without the new values section I and II are as before', async () => {
    const d = await ausMappe(GRUNDLAGE);
    expect(d.text).not.toContain('Integrationen (gesamt)');
    expect(d.text).not.toContain('Ergänzungsgrößen und weitere Zielgrößen');
    expect(d.text).not.toContain('Als Ziel wird vereinbart');
  });
});

describe('zkT wording of the bounds and counts', () => {
  const ZKT = {
    ZV_Jahr: 2024,
    ZV_Art: 'zkT',
    ZV_Land: 'Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales',
    ZV_Traeger: 'Landkreis Mümlingtal',
    ZV_IQ_Veraenderung_Frauen: 2.0,
    ZV_IQ_Veraenderung_Maenner: 1.0,
    ZV_LZB_Veraenderung_Gesamt: 1.0,
  };
  const llu = async (wert: number): Promise<string> => {
    const d = await ausMappe({ ...ZKT, ZV_LLU_Veraenderung: wert });
    return d.absaetze.find((a) => a.includes('wenn die Summe der Leistungen zum Lebensunterhalt'))!;
  };

  test('K1 polarity: rising "um nicht mehr als", falling "mindestens um", zero "gleich bleibt"', async () => {
    expect(await llu(0.2)).toBe(
      `Das Ziel ist im Jahr 2024 erreicht, wenn die Summe der Leistungen zum Lebensunterhalt um nicht mehr als 0,2 % steigt.`,
    );
    expect(await llu(-2)).toBe(
      `Das Ziel ist im Jahr 2024 erreicht, wenn die Summe der Leistungen zum Lebensunterhalt mindestens um 2,0 % sinkt.`,
    );
    expect(await llu(0.04)).toBe('Das Ziel ist im Jahr 2024 erreicht, wenn die Summe der Leistungen zum Lebensunterhalt gleich bleibt.');
  });

  test('counts of one gender only, without a total', async () => {
    const d = await ausMappe({ ...ZKT, ZV_INT_Ziel_Frauen: 258 });
    expect(d.text).toContain(
      'Zusätzlich vereinbaren der Landkreis Mümlingtal und das Land Hessen für das Jahr 2024 mindestens 258 Integrationen von Frauen.',
    );
  });

  test('an entered total alone', async () => {
    const d = await ausMappe({ ...ZKT, ZV_INT_Ziel_Gesamt: 1612 });
    expect(d.text).toContain('für das Jahr 2024 mindestens 1.612 Integrationen.');
  });

  test('further targets: level bounds and changes by comparison and sign', async () => {
    const d = await ausMappe(ZKT, [
      liste('ZV_Ergaenzungsziele', ERGAENZUNG_KOPF, [
        ['Bestand U25', 1200, 'Anzahl', '<=', 'Zielwert'],
        ['Kosten der Unterkunft', 2500000, '€', null, null],
        ['LZB-Quote', -3, '%', '<=', 'Veränderung'],
        ['IQ Geflüchtete', -1, '%', '>=', 'Veränderung'],
        ['Abgänge', 0, 'Anzahl', null, 'Veränderung'],
      ]),
    ]);
    const satz = (k: string): string | undefined => d.absaetze.find((a) => a.startsWith(`Für die Zielgröße „${k}“`));
    expect(satz('Bestand U25')).toContain('wenn sie höchstens 1.200 beträgt.');
    expect(satz('Kosten der Unterkunft')).toContain(`wenn sie 2.500.000 € beträgt.`);
    expect(satz('LZB-Quote')).toContain(`wenn sie im Vergleich zum Jahr 2023 um mindestens 3,0 % sinkt.`);
    expect(satz('IQ Geflüchtete')).toContain(`wenn sie im Vergleich zum Jahr 2023 um nicht mehr als 1,0 % sinkt.`);
    expect(satz('Abgänge')).toContain('wenn sie im Vergleich zum Jahr 2023 gleich bleibt.');
  });

  test('a criterion typed as a whole sentence is printed as written; a goal without steps keeps its criterion', async () => {
    const d = await ausMappe(ZKT, [
      liste(
        'ZV_WeitereZiele',
        ['Ziel', 'Beschreibung', 'Schritte', 'Erfolgskriterium'],
        [
          ['Ziel A', 'Beschreibung A', 'Schritt 1', 'Das Ziel ist erreicht, wenn 100 Beratungen stattgefunden haben.'],
          ['Ziel B', 'Beschreibung B', null, 'die Quote gestiegen ist'],
          ['Ziel C', 'Beschreibung C', 'Schritt 2', null],
        ],
      ),
    ]);
    expect(d.absaetze).toContain('Das Ziel ist erreicht, wenn 100 Beratungen stattgefunden haben.');
    expect(d.absaetze).toContain('Das Ziel ist erreicht, wenn die Quote gestiegen ist.');
    expect(
      d.absaetze.filter((a) => a === 'Das Ziel ist erreicht, wenn die vereinbarten Umsetzungsschritte umgesetzt wurden.'),
    ).toHaveLength(1);
    expect(d.absaetze.indexOf('Das Ziel ist erreicht, wenn die vereinbarten Umsetzungsschritte umgesetzt wurden.')).toBeGreaterThan(
      d.absaetze.indexOf('6. Ziel C'),
    );
  });
});
