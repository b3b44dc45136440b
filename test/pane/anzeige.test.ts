/** The pane's pure helpers on real workbooks: Planwerte, German value texts, the .docx preview text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findeFeld } from '../../src/catalogue/felder';
import { pruefeMappe } from '../../src/kern';
import { erzeugeDokument } from '../../src/document';
import { leseXlsx } from '../../src/xlsx/xlsx';
import {
  HERKUNFT_TEXT,
  anzahlText,
  dokumentText,
  inhaltText,
  integrationstabelle,
  plantabellen,
  planwerte,
  vereinbarungName,
  wertText,
  zusammenfassung,
} from '../../src/pane/anzeige';
import type { Arbeitsmappe } from '../../src/lesen/port';

const beispiel = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '..', '..', 'examples', name)));

test('values read as a controller writes them', () => {
  expect(wertText(findeFeld('ZV_IQ_Ziel_Gesamt'), 19.5)).toBe('19,5 %');
  expect(wertText(findeFeld('ZV_LZB_Veraenderung_Frauen'), -1.8)).toBe('-1,8 %');
  expect(wertText(findeFeld('ZV_IQ_Veraenderung_Maenner'), 3.8)).toBe('+3,8 %');
  expect(wertText(findeFeld('ZV_LZB_Ziel_Gesamt'), 4242)).toBe('4.242');
  expect(wertText(findeFeld('ZV_LLU_Prognose'), 38219839)).toBe('38.219.839 €');
  expect(wertText(findeFeld('ZV_Jahr'), 2024)).toBe('2024');
  expect(
    zusammenfassung([
      { rule: 'KEINE_ZAHL', severity: 'error', field: 'x', cell: null, message: '' },
      { rule: 'ZAHL_ALS_TEXT', severity: 'warning', field: 'x', cell: null, message: '' },
      { rule: 'UNTERZEICHNER_FEHLT', severity: 'warning', field: 'x', cell: null, message: '' },
    ]),
  ).toBe('1 Fehler, 2 Warnungen, keine Hinweise');
});

test('Planwerte of a ZV_Liste row: the suggestion for an entered cell is what the core derives when that cell is empty', async () => {
  const gelesen = await leseXlsx(beispiel('ZV_Liste_405.xlsx'), 'ZV_Liste_405.xlsx');
  // the example list has no target columns: add one (AB, "IQ_Ziel_Frauen"), empty except row 4 (a typo: 99)
  const mitSpalte = (typo: number | null): Arbeitsmappe => ({
    ...gelesen,
    bereiche: gelesen.bereiche.map((b) => ({
      ...b,
      zellen: b.zellen!.map((reihe, i) => {
        const zeile = i + 1;
        const wert = i === 0 ? 'IQ_Ziel_Frauen' : zeile === 4 ? typo : null;
        return [...reihe, { wert, zahlenformat: '0.0', adresse: `'Jobcenter 2025'!AB${zeile}` }];
      }),
    })),
  });
  const mappe = mitSpalte(99);
  const ergebnisse = pruefeMappe(mappe);
  expect(ergebnisse).toHaveLength(405);
  const ohneTypo = pruefeMappe(mitSpalte(null));
  for (const [index, zeile] of [
    [0, 2],
    [2, 4],
  ] as const) {
    const v = ergebnisse[index]!.vereinbarung;
    expect(v.quelle).toEqual({ art: 'liste', liste: 'ZV_Liste', zeile });
    const liste = planwerte(mappe, ergebnisse, index);
    const ziel = liste.find((p) => p.feld.name === 'ZV_IQ_Ziel_Frauen')!;
    expect(ziel.adresse).toBe(`'Jobcenter 2025'!AB${zeile}`);
    expect(typeof ziel.abgeleitet).toBe('number');
    expect(ziel.abgeleitet).toBe(ohneTypo[index]!.vereinbarung.werte.ZV_IQ_Ziel_Frauen);
    if (zeile === 4) expect(ziel.eingegeben).toBe(99);
    else expect(ziel.eingegeben).toBeUndefined();
  }
});

test('Planwerte of a seed workbook: derived values only where the core derives them', async () => {
  const mappe = await leseXlsx(beispiel('Loerrach_2024_gE-kT.xlsx'), 'Loerrach_2024_gE-kT.xlsx');
  const ergebnisse = pruefeMappe(mappe);
  const liste = planwerte(mappe, ergebnisse, 0);
  const v = ergebnisse[0]!.vereinbarung;
  for (const p of liste) {
    expect(p.feld.rolle).not.toBe('eingabe');
    if (p.eingegeben === undefined) {
      expect(v.eingegeben.has(p.feld.name)).toBe(false);
      expect(p.abgeleitet).toBe(v.werte[p.feld.name]);
    } else {
      expect(p.eingegeben).toBe(v.werte[p.feld.name]);
      expect(p.abgeleitet).not.toBe(p.eingegeben);
    }
  }
});

test('the preview text is the text of the generated Word document', async () => {
  const mappe = await leseXlsx(beispiel('Kaiserslautern_2024_gE.xlsx'), 'Kaiserslautern_2024_gE.xlsx');
  const v = pruefeMappe(mappe)[0]!.vereinbarung;
  const text = await dokumentText(await erzeugeDokument(v));
  expect(text.some((a) => a.includes('Zielvereinbarung 2024'))).toBe(true);
  expect(text.some((a) => /Kaiserslautern/.test(a))).toBe(true);
  expect(text.join('\n')).not.toMatch(/<w:|&amp;/);
});

test('counts read as German: one Warnung, several Warnungen', () => {
  const b = (severity: 'error' | 'warning') => ({ rule: 'LZB_GESAMT_SUMME' as const, severity, field: 'x', cell: null, message: '' });
  expect(anzahlText([b('warning')], 'warning')).toBe('1 Warnung');
  expect(anzahlText([b('warning'), b('warning'), b('error')], 'warning')).toBe('2 Warnungen');
  expect(anzahlText([], 'error')).toBe('0 Fehler');
});

test('Kaiserslautern: the full Planwerte table as the CLI prints it, every value entered, no rounding difference shown as a contradiction', async () => {
  const mappe = await leseXlsx(beispiel('Kaiserslautern_2024_gE.xlsx'), 'Kaiserslautern_2024_gE.xlsx');
  const [e] = pruefeMappe(mappe);
  expect(e!.befunde).toEqual([]);
  const zeilen = (i: number) =>
    plantabellen(e!)[i]!.zeilen.map((z) => [z.titel, ...z.zellen.map((c) => `${c.text} ${HERKUNFT_TEXT[c.herkunft]}`)]);
  expect(plantabellen(e!).map((t) => t.titel)).toEqual(['Integrationsquote', 'Bestand an Langzeitleistungsbeziehenden']);
  expect(zeilen(0)).toEqual([
    ['Frauen', '14,9 % eingegeben', '+1,8 % eingegeben', '15,2 % eingegeben'],
    ['Männer', '25,8 % eingegeben', '-2,3 % eingegeben', '25,2 % eingegeben'],
    ['Gesamt', '20,0 % eingegeben', '-0,6 % eingegeben', '19,9 % eingegeben'],
  ]);
  expect(zeilen(1)).toEqual([
    ['Frauen', '2.400 eingegeben', '+8,7 % eingegeben', '2.609 eingegeben'],
    ['Männer', '2.100 eingegeben', '-1,8 % eingegeben', '2.062 eingegeben'],
    ['Gesamt', '4.500 eingegeben', '+3,8 % eingegeben', '4.671 eingegeben'],
  ]);
  // the entered -0,6 % derives as -0,5 % from 20,0 % → 19,9 %: rounding, no finding, so no mark
  const gesamt = e!.vereinbarung.kennzahlen.IQ.Gesamt.Veraenderung;
  expect(wertText(findeFeld(gesamt.feld), gesamt.abgeleitet!)).toBe('-0,5 %');
  expect(plantabellen(e!).flatMap((t) => t.zeilen.flatMap((z) => z.zellen.filter((c) => c.abgeleitetText)))).toEqual([]);
  expect(planwerte(mappe, [e!], 0)).toEqual([]);
  expect(vereinbarungName(e!.vereinbarung)).toBe('Planung – Jobcenter Stadt Kaiserslautern');
});

test('Kaiserslautern with a target that contradicts its change: derived value beside it, as Prüfen reports it', async () => {
  const gelesen = await leseXlsx(beispiel('Kaiserslautern_2024_gE.xlsx'), 'Kaiserslautern_2024_gE.xlsx');
  const ziel = gelesen.bereiche.find((b) => b.name === 'ZV_IQ_Ziel_Frauen')!;
  const adresse = ziel.zellen![0]![0]!.adresse;
  const mappe: Arbeitsmappe = {
    ...gelesen,
    bereiche: gelesen.bereiche.map((b) => (b === ziel ? { ...b, zellen: [[{ ...b.zellen![0]![0]!, wert: 18 }]] } : b)),
  };
  const [e] = pruefeMappe(mappe);
  expect(e!.befunde.map((b) => [b.rule, b.cell])).toContainEqual(['IQ_ZIEL_VERAENDERUNG_WIDERSPRUCH', adresse]);
  const frauen = plantabellen(e!)[0]!.zeilen[0]!.zellen;
  expect(frauen.map((c) => [c.text, c.herkunft, c.abgeleitetText])).toEqual([
    ['14,9 %', 'eingegeben', undefined],
    ['+1,8 %', 'eingegeben', '+20,6 %'],
    ['18,0 %', 'eingegeben', '15,2 %'],
  ]);
  expect(planwerte(mappe, [e!], 0).map((p) => [p.adresse, wertText(p.feld, p.abgeleitet)])).toEqual(
    expect.arrayContaining([[adresse, '15,2 %']]),
  );
});

test('agreements of ZV_Liste are named by worksheet row and Jobcenter', async () => {
  const mappe = await leseXlsx(beispiel('ZV_Liste_405.xlsx'), 'ZV_Liste_405.xlsx');
  const namen = pruefeMappe(mappe).map((e) => vereinbarungName(e.vereinbarung));
  expect(namen.slice(0, 3)).toEqual([
    'Zeile 2 – Jobcenter Landkreis Zellstedt',
    'Zeile 3 – Jobcenter Landkreis Osterdorf',
    'Zeile 4 – Jobcenter Landkreis Dornheim',
  ]);
  expect(namen.join('\n')).not.toMatch(/\brow\b|ZV_Liste/);
});

test('a cell shown from a finding reads its number in German format', () => {
  expect(inhaltText(19006)).toBe('die Zahl 19.006');
  expect(inhaltText(14.93)).toBe('die Zahl 14,93');
  expect(inhaltText(-1234567.5)).toBe('die Zahl -1.234.567,5');
  expect(inhaltText('neunzehn')).toBe('den Text „neunzehn“');
});

test('Mümlingtal (Hessen zkT): the integration total Frauen + Männer shows as "berechnet" in Planwerte and can be written', async () => {
  const mappe = await leseXlsx(beispiel('Muemlingtal_2024_zkT.xlsx'), 'Muemlingtal_2024_zkT.xlsx');
  const [e] = pruefeMappe(mappe);
  const zeilen = integrationstabelle(e!)!;
  expect(zeilen.map((z) => [z.titel, z.zelle.text, HERKUNFT_TEXT[z.zelle.herkunft], z.zelle.abgeleitetText])).toEqual([
    ['Frauen', '258', 'eingegeben', undefined],
    ['Männer', '354', 'eingegeben', undefined],
    ['Gesamt', '612', 'berechnet', undefined],
  ]);
  const gesamt = zeilen[2]!.zelle.adresse!;
  expect(gesamt).toMatch(/!/);
  expect(planwerte(mappe, [e!], 0).filter((p) => p.feld.name === 'ZV_INT_Ziel_Gesamt')).toEqual([
    expect.objectContaining({ adresse: gesamt, abgeleitet: 612, zellwert: 612 }),
  ]);
  // an agreement without integrations has no such table
  const [kl] = pruefeMappe(await leseXlsx(beispiel('Kaiserslautern_2024_gE.xlsx'), 'Kaiserslautern_2024_gE.xlsx'));
  expect(integrationstabelle(kl!)).toBeNull();
});

test('an entered integration total that is not Frauen + Männer: the sum beside it, as Prüfen reports it', async () => {
  const gelesen = await leseXlsx(beispiel('Muemlingtal_2024_zkT.xlsx'), 'Muemlingtal_2024_zkT.xlsx');
  const bereich = gelesen.bereiche.find((b) => b.name === 'ZV_INT_Ziel_Gesamt')!;
  const mit = (wert: number): Arbeitsmappe => ({
    ...gelesen,
    bereiche: gelesen.bereiche.map((b) => (b === bereich ? { ...b, zellen: [[{ ...b.zellen![0]![0]!, wert }]] } : b)),
  });
  const [falsch] = pruefeMappe(mit(600));
  expect(falsch!.befunde.map((b) => b.rule)).toContain('INT_GESAMT_SUMME');
  expect(integrationstabelle(falsch!)![2]!.zelle).toMatchObject({ text: '600', herkunft: 'eingegeben', abgeleitetText: '612' });
  expect(planwerte(mit(600), [falsch!], 0).filter((p) => p.feld.name === 'ZV_INT_Ziel_Gesamt')).toEqual([
    expect.objectContaining({ abgeleitet: 612, eingegeben: 600 }),
  ]);
  // the right total entered: no contradiction, nothing to write
  const [richtig] = pruefeMappe(mit(612));
  expect(integrationstabelle(richtig!)![2]!.zelle).toMatchObject({ text: '612', herkunft: 'eingegeben' });
  expect(integrationstabelle(richtig!)![2]!.zelle.abgeleitetText).toBeUndefined();
  expect(planwerte(mit(612), [richtig!], 0).filter((p) => p.feld.name === 'ZV_INT_Ziel_Gesamt')).toEqual([]);
});

test('after a recalculation (LibreOffice: binary noise in every number) Kaiserslautern still shows no contradiction and offers nothing', async () => {
  const gelesen = await leseXlsx(beispiel('Kaiserslautern_2024_gE.xlsx'), 'Kaiserslautern_2024_gE.xlsx');
  // issue 9: the pane listed "Eingegeben ist +1,6 %; abgeleitet ergibt sich +1,6 %" for such a file
  const rauschen = (w: unknown): unknown => (typeof w === 'number' && !Number.isInteger(w) ? w * (1 + 3e-15) : w);
  const mappe: Arbeitsmappe = {
    ...gelesen,
    bereiche: gelesen.bereiche.map((b) => ({
      ...b,
      zellen: b.zellen?.map((r) => r.map((z) => ({ ...z, wert: rauschen(z.wert) as typeof z.wert }))) ?? null,
    })),
  };
  expect(mappe.bereiche.some((b, i) => b.zellen?.[0]?.[0]?.wert !== gelesen.bereiche[i]!.zellen?.[0]?.[0]?.wert)).toBe(true);
  const [e] = pruefeMappe(mappe);
  expect(e!.befunde.filter((b) => b.severity !== 'info')).toEqual([]);
  expect(plantabellen(e!).flatMap((t) => t.zeilen.flatMap((z) => z.zellen.filter((c) => c.abgeleitetText)))).toEqual([]);
  expect(planwerte(mappe, [e!], 0)).toEqual([]);
});
