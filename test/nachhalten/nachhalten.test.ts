/**
 * Zielnachhaltung in the core: the hand-computed example (arithmetic in the comments) for all three
 * Ampel colours, both polarities and a bound target (K1), and each check of the monthly values.
 */
import { nachhalteMappe } from '../../src/kern';
import type { Rohwert } from '../../src/lesen/port';
import { runden } from '../../src/model/runden';
import type { Kennzahlstand, Nachhaltung } from '../../src/nachhalten';
import { beispielMappe, IST, VEREINBARUNG } from './beispiel';
import { liste, mappe } from '../kern/hilfen';

function nachhaltung(zeilen: Rohwert[][] = IST, felder = VEREINBARUNG): Nachhaltung {
  const n = nachhalteMappe(beispielMappe(zeilen, felder)).nachhaltungen;
  expect(n).toHaveLength(1);
  return n[0]!;
}

function stand(n: Nachhaltung, k: string, g: string): Kennzahlstand {
  const s = n.kennzahlen.find((x) => x.kennzahl === k && x.geschlecht === g);
  expect(s).toBeDefined();
  return s!;
}

const r1 = (x: number | undefined) => (x === undefined ? undefined : runden(x, 1));
const r0 = (x: number | undefined) => (x === undefined ? undefined : runden(x, 0));
const regeln = (n: Nachhaltung) => n.befunde.map((b) => b.rule);

describe('hand-computed example, June 2024', () => {
  const n = nachhaltung();

  test('the latest month with a value and the data basis', () => {
    expect(n.monat).toBe('2024-06');
    expect(n.datenstand).toBe('2024-07-15');
    expect(n.wartezeit).toBe(3);
    expect(n.befunde.filter((b) => b.severity !== 'info')).toEqual([]);
  });

  test('IQ Frauen (higher is better): meets the Soll → grün', () => {
    // Soll = VJ(06/2023) × (1 + V/100) = 10,0 × 1,05 = 10,5
    // Abweichung = (10,6 / 10,5 − 1) × 100 = 0,952… → +1,0 %; in Prozentpunkten 10,6 − 10,5 = +0,1
    // Prognose = Ist × VJ(12/2023) / VJ(06/2023) = 10,6 × 20,0 / 10,0 = 21,2
    const s = stand(n, 'IQ', 'Frauen');
    expect(s.ist).toBe(10.6);
    expect(r1(s.soll)).toBe(10.5);
    expect(r1(s.abweichung)).toBe(1.0);
    expect(r1(s.abweichungPp)).toBe(0.1);
    expect(r1(s.prognose)).toBe(21.2);
    expect(r1(s.ziel)).toBe(21.0);
    expect(s.ampel).toBe('gruen');
  });

  test('IQ Männer: misses by less than 2 % → gelb', () => {
    // Soll = 12,0 × 1,04 = 12,48 (shown 12,5); Abweichung = (12,3 / 12,48 − 1) × 100 = −1,442… → −1,4 %
    // Prozentpunkte 12,3 − 12,48 = −0,18 → −0,2; Prognose = 12,3 × 25,0 / 12,0 = 25,625 → 25,6
    const s = stand(n, 'IQ', 'Maenner');
    expect(r1(s.soll)).toBe(12.5);
    expect(r1(s.abweichung)).toBe(-1.4);
    expect(r1(s.abweichungPp)).toBe(-0.2);
    expect(r1(s.prognose)).toBe(25.6);
    expect(s.ampel).toBe('gelb');
  });

  test('IQ gesamt with the unrounded derived V: misses by more than 2 % → rot', () => {
    // V gesamt = (23,5 / 22,5 − 1) × 100 = 4,4444…; Soll = 11,0 × 1,044444… = 11,48888… (shown 11,5)
    // Abweichung = (11,0 / 11,48888… − 1) × 100 = −4,255… → −4,3 % (with V rounded to 4,4 it would be −4,2)
    // Prozentpunkte 11,0 − 11,4889 = −0,49 → −0,5; Prognose = 11,0 × 22,5 / 11,0 = 22,5; Ziel 23,5
    const s = stand(n, 'IQ', 'Gesamt');
    expect(r1(s.soll)).toBe(11.5);
    expect(r1(s.abweichung)).toBe(-4.3);
    expect(r1(s.abweichungPp)).toBe(-0.5);
    expect(r1(s.prognose)).toBe(22.5);
    expect(r1(s.ziel)).toBe(23.5);
    expect(s.ampel).toBe('rot');
  });

  test('LZB (lower is better): below the Soll → grün, a little above → gelb, far above → rot', () => {
    // Frauen: Soll = 1.000 × 0,95 = 950; Ist 940; (940 / 950 − 1) × 100 = −1,05… → −1,1 % → grün
    //         Prognose = 940 × 1.010 / 1.000 = 949,4 → 949
    const f = stand(n, 'LZB', 'Frauen');
    expect(r0(f.soll)).toBe(950);
    expect(r1(f.abweichung)).toBe(-1.1);
    expect(r0(f.prognose)).toBe(949);
    expect(f.ampel).toBe('gruen');
    expect(f.abweichungPp).toBeUndefined();
    // Männer: Soll = 1.000 × 0,98 = 980; Ist 990; (990 / 980 − 1) × 100 = +1,02… → +1,0 % → gelb
    //         Prognose = 990 × 990 / 1.000 = 980,1 → 980
    const m = stand(n, 'LZB', 'Maenner');
    expect(r0(m.soll)).toBe(980);
    expect(r1(m.abweichung)).toBe(1.0);
    expect(r0(m.prognose)).toBe(980);
    expect(m.ampel).toBe('gelb');
    // Gesamt: V = (1.930 / 2.000 − 1) × 100 = −3,5; Soll = 2.000 × 0,965 = 1.930; Ist 2.000
    //         (2.000 / 1.930 − 1) × 100 = +3,63… → +3,6 % → rot; Ziel 1.930
    const g = stand(n, 'LZB', 'Gesamt');
    expect(r0(g.soll)).toBe(1930);
    expect(r1(g.abweichung)).toBe(3.6);
    expect(r0(g.ziel)).toBe(1930);
    expect(g.ampel).toBe('rot');
  });

  test('K1 as a bound (höchstens +2,0 %): exactly at the bound is grün', () => {
    // Soll = 1.000.000 × 1,02 = 1.020.000 = Ist → Abweichung 0,0 % → grün (lower is better, bound met)
    // Prognose = 1.020.000 × 2.000.000 / 1.000.000 = 2.040.000; Ziel = VJ Dezember × 1,02 = 2.040.000
    const s = stand(n, 'LLU', 'Gesamt');
    expect(r0(s.soll)).toBe(1_020_000);
    expect(r1(s.abweichung)).toBe(0);
    expect(r0(s.prognose)).toBe(2_040_000);
    expect(r0(s.ziel)).toBe(2_040_000);
    expect(s.ampel).toBe('gruen');
    // no gender values for K1 in ZV_Ist, so no rows for them
    expect(n.kennzahlen.filter((x) => x.kennzahl === 'LLU')).toHaveLength(1);
  });

  test('the path by month for the chart', () => {
    const s = stand(n, 'IQ', 'Frauen');
    expect(s.verlauf).toHaveLength(12);
    // May: Soll = 8,0 × 1,05 = 8,4, Ist 8,5
    expect(s.verlauf[4]).toMatchObject({ monat: '2024-05', ist: 8.5, vorjahr: 8.0 });
    expect(r1(s.verlauf[4]!.soll)).toBe(8.4);
    expect(s.verlauf[6]).toEqual({ monat: '2024-07' });
  });

  test('gelb boundary: exactly 2 % missed is still gelb, binary noise aside', () => {
    // IQ Frauen Soll 10,5; Ist 10,29 → (10,29 / 10,5 − 1) × 100 = −2,0 % exactly → gelb; 10,28 → −2,095… → rot
    const zeilen = IST.map((z) => (z[0] === '2024-06' && z[1] === 'IQ' ? [z[0], z[1], 10.29, ...z.slice(3)] : z));
    expect(stand(nachhaltung(zeilen), 'IQ', 'Frauen').ampel).toBe('gelb');
    const rot = IST.map((z) => (z[0] === '2024-06' && z[1] === 'IQ' ? [z[0], z[1], 10.28, ...z.slice(3)] : z));
    expect(stand(nachhaltung(rot), 'IQ', 'Frauen').ampel).toBe('rot');
  });

  test('K1 without ZV_LLU_Veraenderung: Ist only, no Soll and no Ampel', () => {
    const { ZV_LLU_Veraenderung: _weg, ...ohne } = VEREINBARUNG;
    const s = stand(nachhaltung(IST, ohne), 'LLU', 'Gesamt');
    expect(s.ist).toBe(1_020_000);
    expect(s.soll).toBeUndefined();
    expect(s.ampel).toBeUndefined();
    expect(r0(s.prognose)).toBe(2_040_000);
  });
});

test('a Kennzahl published later (K1 up to May) is compared at its own latest month, with a hint', () => {
  // LLU: Soll May = 900.000 × 1,02 = 918.000; Ist 930.000 → (930.000 / 918.000 − 1) × 100 = +1,307… → +1,3 % → gelb
  const zeilen = [
    ...IST.filter((z) => !(z[1] === 'LLU' && z[0] === '2024-06')),
    ['2023-05', 'LLU', null, null, 900_000, null, 3],
    ['2024-05', 'LLU', null, null, 930_000, null, 3],
  ];
  const n = nachhaltung(zeilen);
  expect(n.monat).toBe('2024-06');
  const s = stand(n, 'LLU', 'Gesamt');
  expect(s.monat).toBe('2024-05');
  expect(r0(s.soll)).toBe(918_000);
  expect(r1(s.abweichung)).toBe(1.3);
  expect(s.ampel).toBe('gelb');
  expect(n.befunde.find((b) => b.rule === 'IST_MONAT_FEHLT')?.message).toContain('verglichen wird der letzte Wert (2024-05)');
});

describe('checks of the monthly values', () => {
  const mit = (...zusatz: Rohwert[][]) => [...IST, ...zusatz];
  const ohne = (monat: string, k: string) => IST.filter((z) => !(z[0] === monat && z[1] === k));

  test('a month twice with different values: error on the second row, the first counts', () => {
    const n = nachhaltung(mit(['2024-06', 'IQ', 10.9, 12.3, 11.0, null, 3]));
    const b = n.befunde.find((x) => x.rule === 'IST_MONAT_DOPPELT')!;
    expect(b.severity).toBe('error');
    expect(b.cell).toBe('Zielnachhaltung!A13');
    expect(b.related).toEqual(['Zielnachhaltung!A6']);
    expect(b.message).toContain('2024-06');
    expect(b.message).toContain('10,9');
    expect(stand(n, 'IQ', 'Frauen').ist).toBe(10.6);
    // the same row twice is no finding
    expect(regeln(nachhaltung(mit(['2024-06', 'IQ', 10.6, 12.3, 11.0, null, 3])))).not.toContain('IST_MONAT_DOPPELT');
  });

  test('a target-year month without the previous year’s same month: warning, no Soll', () => {
    const n = nachhaltung(ohne('2023-06', 'LZB'));
    const b = n.befunde.find((x) => x.rule === 'IST_VORJAHR_FEHLT')!;
    expect(b.severity).toBe('warning');
    expect(b.cell).toBe('Zielnachhaltung!A8');
    expect(b.message).toContain('2023-06');
    expect(stand(n, 'LZB', 'Frauen').soll).toBeUndefined();
    expect(stand(n, 'LZB', 'Frauen').ampel).toBeUndefined();
  });

  test('no previous December: no Prognose', () => {
    expect(stand(nachhaltung(ohne('2023-12', 'IQ')), 'IQ', 'Frauen').prognose).toBeUndefined();
  });

  test('different Wartezeit in one comparison: error naming the months', () => {
    const zeilen = IST.map((z) => (z[0] === '2023-06' && z[1] === 'IQ' ? [...z.slice(0, 6), 0] : z));
    const b = nachhaltung(zeilen).befunde.find((x) => x.rule === 'IST_WARTEZEIT_GEMISCHT')!;
    expect(b.severity).toBe('error');
    expect(b.message).toContain('2023-06: 0 Monate');
    expect(b.message).toContain('2024-06: 3 Monate');
  });

  test('different Datenstand of this year’s and the previous year’s value: warning', () => {
    const zeilen = IST.map((z) => (z[0] === '2023-06' && z[1] === 'LZB' ? [...z.slice(0, 5), '15.07.2023', 3] : z));
    const b = nachhaltung(zeilen).befunde.find((x) => x.rule === 'IST_DATENSTAND_GEMISCHT')!;
    expect(b.severity).toBe('warning');
    expect(b.message).toContain('15.07.2023');
    expect(b.message).toContain('15.07.2024');
  });

  test('an IQ that falls within the year: warning on the lower cell', () => {
    const zeilen = IST.map((z) => (z[0] === '2024-06' && z[1] === 'IQ' ? [z[0], z[1], 8.4, ...z.slice(3)] : z));
    const b = nachhaltung(zeilen).befunde.find((x) => x.rule === 'IST_IQ_FAELLT')!;
    expect(b.severity).toBe('warning');
    expect(b.cell).toBe('Zielnachhaltung!C6');
    expect(b.message).toContain('von 8,5 % (2024-05) auf 8,4 % (2024-06)');
  });

  test('text in number cells: a clear number is read with a warning, anything else is an error', () => {
    const zeilen = IST.map((z) => (z[0] === '2024-06' && z[1] === 'IQ' ? [z[0], z[1], '10,6 %', 'viel', ...z.slice(4)] : z));
    const n = nachhaltung(zeilen);
    expect(stand(n, 'IQ', 'Frauen').ist).toBe(10.6);
    const warnung = n.befunde.find((x) => x.rule === 'ZAHL_ALS_TEXT')!;
    expect(warnung).toMatchObject({ severity: 'warning', cell: 'Zielnachhaltung!C6', field: 'ZV_Ist' });
    const fehler = n.befunde.find((x) => x.rule === 'KEINE_ZAHL')!;
    expect(fehler).toMatchObject({ severity: 'error', cell: 'Zielnachhaltung!D6' });
    expect(fehler.message).toContain('„viel“');
  });

  test('percent-formatted IQ cells are read as percent', () => {
    const z = liste('ZV_Ist', ['Monat', 'Kennzahl', 'Frauen'], [['2024-06', 'IQ', 0.106]], 'Zielnachhaltung');
    const zelle = z.zellen![1]![2]!;
    const bereich = { ...z, zellen: [z.zellen![0]!, [z.zellen![1]![0]!, z.zellen![1]![1]!, { ...zelle, zahlenformat: '0.0%' }]] };
    const n = nachhalteMappe(mappe(VEREINBARUNG, 'Planung', [bereich])).nachhaltungen[0]!;
    expect(stand(n, 'IQ', 'Frauen').ist).toBe(10.6);
  });

  test('an unreadable month or Kennzahl is an error on its cell; no ZV_Ist at all is an error', () => {
    const n = nachhaltung(mit(['Juni', 'IQ', 1, 1, 1, null, 3], ['2024-06', 'K9', 1, 1, 1, null, 3], ['2024-06', 'IQ', 1, 1, 1, null, 5]));
    expect(n.befunde.find((b) => b.rule === 'IST_MONAT_UNGUELTIG')?.cell).toBe('Zielnachhaltung!A13');
    expect(n.befunde.find((b) => b.rule === 'IST_KENNZAHL_UNBEKANNT')?.cell).toBe('Zielnachhaltung!B14');
    expect(n.befunde.find((b) => b.rule === 'IST_WARTEZEIT_UNGUELTIG')?.cell).toBe('Zielnachhaltung!G15');
    const leer = nachhalteMappe(mappe(VEREINBARUNG)).nachhaltungen[0]!;
    expect(leer.befunde.find((b) => b.rule === 'IST_FEHLT')?.severity).toBe('error');
  });
});
