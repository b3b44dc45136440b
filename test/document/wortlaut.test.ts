/**
 * The year's wording (src/document/wortlaut.ts): agreements up to 2022 read as the 2020 template
 * (Mansfeld-Südharz 2020), from 2023 as the 2024 template (Lörrach 2024), whatever else they contain.
 */
import { erzeugeDokument } from '../../src/document';
import type { Vereinbarung } from '../../src/model/vereinbarung';
import { fassung } from '../../src/document/wortlaut';
import { loerrach } from './beispiele';
import { textVon } from './lesen';

const imJahr = (v: Vereinbarung, jahr: number): Vereinbarung => ({ ...v, jahr });

test('years up to 2022 take the 2020 wording, from 2023 the 2024 wording, no year the current one', () => {
  expect([2019, 2020, 2022, 2023, 2024, 2025].map((jahr) => fassung({ jahr }))).toEqual(['2020', '2020', '2020', '2024', '2024', '2024']);
  expect(fassung({ jahr: null })).toBe('2024');
});

describe('the same gE-kT agreement in 2022 and in 2023', () => {
  let t2022: string;
  let t2023: string;
  beforeAll(async () => {
    t2022 = textVon(await erzeugeDokument(imJahr(loerrach, 2022)));
    t2023 = textVon(await erzeugeDokument(imJahr(loerrach, 2023)));
  });

  test('Präambel list', () => {
    expect(t2022).toContain('lokale Ziele,\nVereinbarungen zum Zielnachhalteprozess,\nkommunale Ziele.');
    expect(t2023).toContain(
      'lokale Ziele zwischen gemeinsamer Einrichtung und Agentur für Arbeit,\nlokale Ziele zwischen gemeinsamer Einrichtung und kommunalem Träger,\nVereinbarungen zum Zielnachhalteprozess.',
    );
  });

  test('responsibility of both Träger', () => {
    expect(t2022).toContain('Beide Träger haben für die ihnen gesetzlich zugewiesenen Aufgaben die Verantwortung');
    expect(t2022).not.toContain('Beide Träger sind im Rahmen');
    expect(t2023).toContain('Beide Träger sind im Rahmen der ihnen gesetzlich zugewiesenen Aufgaben');
  });

  test('section III and the closing section with or without the footnote', () => {
    expect(t2022).toContain('III) Lokale Ziele\n');
    expect(t2023).toContain('III) Weitere lokale Ziele zwischen Jobcenter und Agentur für Arbeit');
    expect(t2022).toContain('Die Zielvereinbarung wird auf Basis der Ende 2021 geplanten Zielwerte abgeschlossen.');
    expect(t2022).toContain(
      'Durch §48b Abs. 1 S.1 Nr. 2 SGB II wird der Zielvereinbarungsprozess in der Grundsicherung institutionalisiert.',
    );
    expect(t2022).not.toContain('* Gilt nur');
    expect(t2023).toContain(
      'Die Zielvereinbarung wird auf Basis der Ende 2022 für das Jahr 2023 anzunehmenden Rahmenbedingungen abgeschlossen.',
    );
    expect(t2023).toContain('Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess *');
    expect(t2023).toContain('* Gilt nur für die Ziele im Verantwortungsbereich der BA, nicht für kommunale Ziele.');
  });
});
