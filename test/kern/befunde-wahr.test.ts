/**
 * Findings that tell the truth (issue 10, item 7): the entered value in every range and choice
 * message, in German format; German wording.
 */
import { pruefeMappe } from '../../src/kern';
import { zahlWieEingegeben } from '../../src/model/format';
import { GRUNDLAGE, liste, mappe } from './hilfen';

function meldungen(felder: Record<string, unknown>): string[] {
  const [r] = pruefeMappe(mappe({ ...GRUNDLAGE, ...felder } as typeof GRUNDLAGE));
  return (r?.befunde ?? []).map((b) => b.message);
}

describe('range and choice messages show the entered value, in German format', () => {
  test.each([
    [{ ZV_Jahr: 1999 }, /„Zieljahr“ \(ZV_Jahr\) ist 1999, muss aber zwischen 2011 und 2060 liegen/],
    [{ ZV_IQ_VJ_Frauen: 150 }, /\(ZV_IQ_VJ_Frauen\) ist 150 %, muss aber zwischen 0 und 100 % liegen/],
    [{ ZV_IQ_VJ_Frauen: 112.75 }, /\(ZV_IQ_VJ_Frauen\) ist 112,75 %/],
    [{ ZV_LZB_VJ_Frauen: -1234 }, /\(ZV_LZB_VJ_Frauen\) ist -1.234, darf aber nicht negativ sein/],
    [{ ZV_Art: 'gX' }, /\(ZV_Art\) enthält „gX“, zulässig ist nur/],
  ])('%j', (felder, erwartet) => {
    const alle = meldungen(felder);
    expect(alle.some((m) => erwartet.test(m))).toBe(true);
    expect(alle.join('\n')).not.toMatch(/undefined|nicht negativ liegen/);
  });
});

test('numbers as entered: all decimals, German separators', () => {
  expect(zahlWieEingegeben(12.75)).toBe('12,75');
  expect(zahlWieEingegeben(4242)).toBe('4.242');
  expect(zahlWieEingegeben(-0.5)).toBe('-0,5');
  expect(zahlWieEingegeben(1e308)).toBe('1e+308');
});

describe('an invalid entered value stays what was entered', () => {
  test.each([150, 1e308, -3])('ZV_IQ_VJ_Frauen = %p is reported and kept, never replaced by the derived value', (x) => {
    // Ziel and Veränderung are entered too, so a VJ could be derived from them
    const [r] = pruefeMappe(mappe({ ...GRUNDLAGE, ZV_IQ_VJ_Frauen: x, ZV_IQ_Ziel_Frauen: 15.2 }));
    expect(r?.befunde.some((b) => b.field === 'ZV_IQ_VJ_Frauen' && b.severity === 'error')).toBe(true);
    expect(r?.vereinbarung.werte.ZV_IQ_VJ_Frauen).toBe(x);
  });
});

describe('dates and numbers in lists, in German format', () => {
  test('a date in „Beschreibung“ is the description (no „hat keine Beschreibung“), 12.75 reads „12,75“', () => {
    const lokale = liste(
      'ZV_LokaleZiele',
      ['Ziel', 'Beschreibung', 'Wert', 'Vergleich'],
      [
        ['Stichtag', new Date(Date.UTC(2026, 2, 15)), null, null],
        ['Quote', 12.75, null, null],
      ],
    );
    const [r] = pruefeMappe(mappe(GRUNDLAGE, 'Planung', [lokale]));
    expect(r?.befunde.filter((b) => b.rule === 'ZIEL_OHNE_BESCHREIBUNG')).toEqual([]);
    expect(r?.vereinbarung.listen.lokaleZiele.map((z) => z.beschreibung)).toEqual(['15.03.2026', '12,75']);
  });
});

test('two ZV_Liste columns meaning the same field: a finding on the second column, the first is read', () => {
  const zv = liste(
    'ZV_Liste',
    ['Jahr', 'ZV_Art', 'Jobcenter', 'IQ_VJ_Frauen', 'Integrationsquote Vorjahr (Frauen)'],
    [[2025, 'gE', 'Jobcenter A', 15.5, 17.1]],
    'Liste',
    1,
  );
  const [r] = pruefeMappe({ titel: 'L.xlsx', bereiche: [zv] });
  const doppelt = r?.befunde.filter((b) => b.rule === 'LISTE_SPALTE_DOPPELT') ?? [];
  expect(doppelt).toHaveLength(1);
  expect(doppelt[0]).toMatchObject({ cell: 'Liste!E1', severity: 'error' });
  expect(doppelt[0]?.message).toMatch(/„Integrationsquote Vorjahr \(Frauen\)“ .* wie die Spalte „IQ_VJ_Frauen“ in Liste!D1/);
  expect(r?.vereinbarung.werte.ZV_IQ_VJ_Frauen).toBe(15.5);
});

describe('one true message per problem', () => {
  test('a date in ZV_Jahr: „enthält ein Datum“, not also „ist leer“', () => {
    const [r] = pruefeMappe(mappe({ ...GRUNDLAGE, ZV_Jahr: new Date(Date.UTC(2026, 0, 1)) }));
    const jahr = r?.befunde.filter((b) => b.field === 'ZV_Jahr') ?? [];
    expect(jahr).toHaveLength(1);
    expect(jahr[0]?.message).toMatch(/enthält ein Datum/);
  });

  test.each(['[1]Planung!$B$6', "'file:///home/a/Quelle.ods'#$Planung.$B$6"])('a name to another workbook (%s)', (bezug) => {
    const g = mappe(GRUNDLAGE);
    const bereiche = g.bereiche.map((x) => (x.name === 'ZV_Jahr' ? { ...x, bezug, zellen: null } : x));
    const [r] = pruefeMappe({ ...g, bereiche });
    const jahr = r?.befunde.filter((b) => b.field === 'ZV_Jahr') ?? [];
    expect(jahr).toHaveLength(1);
    expect(jahr[0]?.message).toMatch(/verweist auf eine Zelle in einer anderen Arbeitsmappe/);
    expect(jahr[0]?.message).not.toMatch(/gelöscht|es gibt keinen Namen/);
  });
});
