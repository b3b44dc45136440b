import { runden, rundeProzent, rundeGanz } from '../../src/model/runden';
import { euro, personen, prozent, vorzeichen, zahl } from '../../src/model/format';

describe('kaufmännisches Runden, dezimal', () => {
  test.each([
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [0.05, 1, 0.1],
    [-0.05, 1, -0.1],
    [0.15, 1, 0.2],
    [0.25, 1, 0.3],
    [-2.675, 2, -2.68],
    [19.45, 1, 19.5],
    [4241.5, 0, 4242],
    [-4241.5, 0, -4242],
    [0.1 + 0.2, 1, 0.3],
    [5e-324, 1, 0],
    [1.5e300, 1, 1.5e300],
    [1.25e-7, 8, 1.3e-7],
    [19.44999, 1, 19.4],
    [-0.04, 1, 0],
    // whole numbers: unchanged below 10^15, reduced to 15 significant digits beyond
    [38219839, 0, 38219839],
    [-4242, 1, -4242],
    [999999999999999, 0, 999999999999999],
    [1234567890123456, 0, 1234567890123460],
  ])('runden(%p, %p) = %p', (x, d, erwartet) => {
    expect(runden(x, d)).toBe(erwartet);
  });

  test('never returns negative zero', () => {
    expect(Object.is(runden(-0.04, 1), -0)).toBe(false);
    expect(Object.is(runden(-0, 0), -0)).toBe(false);
  });

  test('one decimal for quotas and changes, whole persons for stocks', () => {
    expect(rundeProzent(15.1682)).toBe(15.2);
    expect(rundeGanz(10153.6)).toBe(10154);
  });
});

describe('deutsche Zahlenformate', () => {
  test('quotas, stocks, euros, signed changes', () => {
    expect(prozent(19.5)).toBe('19,5 %');
    expect(personen(4242)).toBe('4.242');
    expect(euro(38219839)).toBe('38.219.839 €');
    expect(vorzeichen(3.8)).toBe('+3,8');
    expect(vorzeichen(-1.8)).toBe('-1,8');
    expect(vorzeichen(0)).toBe('0,0');
    expect(zahl(2.675, 2)).toBe('2,68');
    expect(zahl(-0.05, 1)).toBe('-0,1');
    expect(zahl(1234567.891, 1)).toBe('1.234.567,9');
  });
});
