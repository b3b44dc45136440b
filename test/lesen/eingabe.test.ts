import { feldFuer } from '../../src/catalogue/felder';
import { leseEingabe, leseZahlText } from '../../src/lesen/eingabe';

const zelle = (wert: unknown, zahlenformat = 'General') => ({ wert: wert as never, zahlenformat, adresse: "'Planung 2026'!C12" });

describe('Zahlen als deutscher Text', () => {
  test.each([
    ['19,5 %', 19.5, true],
    ['4.242', 4242, false],
    ['38.219.839 €', 38219839, false],
    ['+ 3,8 %', 3.8, true],
    ['−1,8', -1.8, false],
    ['19.5', 19.5, false],
    ['1.234,5', 1234.5, false],
    ['7.331 Personen', 7331, false],
  ])('%s', (text, zahl, prozent) => {
    expect(leseZahlText(text)).toEqual({ zahl, prozent });
  });
  test.each(['neunzehn', '19,5,3', '', '1.23.4', '--3', '12abc'])('kein Zahltext: %p', (t) => {
    expect(leseZahlText(t)).toBeNull();
  });
});

describe('leseEingabe', () => {
  const quote = feldFuer('ZV_IQ_Ziel_Frauen');
  test('a plain number is taken as is', () => {
    expect(leseEingabe(quote, zelle(19.5))).toEqual({ wert: 19.5 });
  });
  test('a percent-formatted 0.195 is 19,5', () => {
    expect(leseEingabe(quote, zelle(0.195, '0.0%'))).toEqual({ wert: 19.5 });
  });
  test('a quoted percent sign in the format does not scale', () => {
    expect(leseEingabe(quote, zelle(19.5, '0.0 "%"'))).toEqual({ wert: 19.5 });
  });
  test('text that is clearly a number: value and a warning on the cell', () => {
    const r = leseEingabe(quote, zelle('19,5 %'));
    expect(r.wert).toBe(19.5);
    expect(r.befund).toMatchObject({ rule: 'ZAHL_ALS_TEXT', severity: 'warning', cell: "'Planung 2026'!C12", field: 'ZV_IQ_Ziel_Frauen' });
    expect(r.befund?.message).toContain('als Text');
  });
  test('a word in a number cell is an error in German', () => {
    const r = leseEingabe(quote, zelle('ungefähr zwanzig'));
    expect(r.wert).toBeUndefined();
    expect(r.befund).toMatchObject({ rule: 'KEINE_ZAHL', severity: 'error', cell: "'Planung 2026'!C12" });
    expect(r.befund?.message).toMatch(/enthält den Text „ungefähr zwanzig“, erwartet wird eine Quote in Prozent/);
  });
  test('Excel error values are reported with their German names', () => {
    expect(leseEingabe(quote, zelle({ fehler: '#N/A' })).befund?.message).toContain('#NV');
    expect(leseEingabe(quote, zelle({ fehler: '#REF!' })).befund?.message).toContain('#BEZUG!');
    expect(leseEingabe(quote, zelle({ fehler: '#DIV/0!' })).befund?.rule).toBe('ZELLE_FEHLERWERT');
  });
  test('empty cells give neither value nor finding', () => {
    expect(leseEingabe(quote, zelle(null))).toEqual({});
    expect(leseEingabe(quote, zelle('   '))).toEqual({});
  });
  test('dates and booleans in number cells are errors', () => {
    expect(leseEingabe(quote, zelle(new Date(Date.UTC(2024, 0, 1)))).befund?.message).toContain('ein Datum');
    expect(leseEingabe(quote, zelle(true)).befund?.message).toContain('WAHR');
  });
  test('choices are matched case-insensitively', () => {
    expect(leseEingabe(feldFuer('ZV_Art'), zelle('ge-kt'))).toEqual({ wert: 'gE-kT' });
    expect(leseEingabe(feldFuer('ZV_Darstellung'), zelle('zielwert  mit veränderung'))).toEqual({ wert: 'Zielwert mit Veränderung' });
  });
});
