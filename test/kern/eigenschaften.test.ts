/**
 * Property-based: the core never throws on arbitrary cell values, and every invalid value in a
 * number field yields an error finding on its cell.
 */
import fc from 'fast-check';
import { FELDER, istZahlenfeld } from '../../src/catalogue/felder';
import { leseZahlText } from '../../src/lesen/eingabe';
import { pruefeMappe } from '../../src/kern';
import type { Rohwert } from '../../src/lesen/port';
import { mappe } from './hilfen';

const rohwert: fc.Arbitrary<Rohwert> = fc.oneof(
  fc.string(),
  fc.double(),
  fc.double({ min: -1e300, max: 1e300 }),
  fc.double({ min: -1e-300, max: 1e-300 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, 19.5, 2024, 4242),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
  fc.constantFrom('19,5 %', '4.242', '38.219.839 €', 'gE', 'zkT', '', '  ', '\u0000\u0007', '😀', '<b>&amp;</b>'),
  fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#VALUE!').map((fehler) => ({ fehler })),
);

function ungueltigeZahl(w: Rohwert): boolean {
  if (w === null) return false;
  if (typeof w === 'number') return !Number.isFinite(w);
  if (typeof w === 'string') return w.trim() !== '' && leseZahlText(w) === null;
  return true; // booleans, dates, error values
}

describe('Eigenschaften des Kerns', () => {
  test('never throws, and every non-number in a number field is an error on its cell', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FELDER.map((f) => f.name)), rohwert, { minKeys: 1 }), (werte) => {
        const ergebnisse = pruefeMappe(mappe(werte));
        expect(ergebnisse).toHaveLength(1);
        const r = ergebnisse[0]!;
        for (const f of FELDER) {
          if (!(f.name in werte) || !istZahlenfeld(f)) continue;
          const zelle = r.vereinbarung.zellen[f.name];
          if (ungueltigeZahl(werte[f.name]!)) {
            expect(r.befunde.some((b) => b.cell === zelle && b.severity === 'error' && b.field === f.name)).toBe(true);
          }
        }
        for (const b of r.befunde) {
          expect(b.message).toMatch(/[.!?]$/);
          expect(['error', 'warning', 'info']).toContain(b.severity);
        }
        for (const v of Object.values(r.vereinbarung.werte)) {
          if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
        }
        JSON.stringify(r.befunde);
      }),
      { numRuns: 400 },
    );
  });

  test('numbers outside their range are errors on their cell', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100.0001, max: 1e12, noNaN: true }),
        fc.double({ min: -1e12, max: -0.0001, noNaN: true }),
        (zuHoch, negativ) => {
          const [r] = pruefeMappe(mappe({ ZV_Jahr: 2024, ZV_Art: 'gE', ZV_IQ_Ziel_Frauen: zuHoch, ZV_LZB_Ziel_Frauen: negativ }));
          const z = r!.vereinbarung.zellen;
          expect(r!.befunde.some((b) => b.cell === z.ZV_IQ_Ziel_Frauen && b.rule === 'IQ_BEREICH')).toBe(true);
          expect(r!.befunde.some((b) => b.cell === z.ZV_LZB_Ziel_Frauen && b.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
