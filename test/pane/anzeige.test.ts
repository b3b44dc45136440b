/** The pane's pure helpers on real workbooks: Planwerte, German value texts, the .docx preview text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findeFeld } from '../../src/catalogue/felder';
import { pruefeMappe } from '../../src/kern';
import { erzeugeDokument } from '../../src/document';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { anzahlText, dokumentText, planwerte, wertText, zusammenfassung } from '../../src/pane/anzeige';
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
