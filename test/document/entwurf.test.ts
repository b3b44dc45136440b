/**
 * A document made despite error findings carries a visible draft mark on every page (the default
 * header of its only section); a document without errors has none. File names fit the file system.
 */
import { dateiname, erzeugeDokument } from '../../src/document';
import { absaetzeVon, teile, textVon } from './lesen';
import { kaiserslautern, vereinbarung } from './beispiele';
import { pruefeMappe } from '../../src/kern';
import { GRUNDLAGE, mappe } from '../kern/hilfen';

function kopfzeilen(docx: Uint8Array): string[] {
  return Object.entries(teile(docx))
    .filter(([n]) => /^word\/header\d*\.xml$/.test(n))
    .map(([, xml]) => absaetzeVon(xml).join(''));
}

test('with entwurf: „Entwurf – enthält Fehler“ in the header of every page; the text is unchanged', async () => {
  const entwurf = await erzeugeDokument(kaiserslautern, { entwurf: true });
  const normal = await erzeugeDokument(kaiserslautern);
  expect(kopfzeilen(entwurf)).toEqual(['Entwurf – enthält Fehler']);
  const dokument = teile(entwurf)['word/document.xml'] ?? '';
  // one section, its default header is the mark (no different first page that would lack it)
  expect(dokument.match(/<w:sectPr\b/g)).toHaveLength(1);
  expect(dokument).toMatch(/<w:headerReference w:type="default"/);
  expect(dokument).not.toMatch(/<w:titlePg\/>/);
  expect(kopfzeilen(normal)).toEqual([]);
  expect(textVon(entwurf)).toBe(textVon(normal));
});

test('file names are cut to a byte length every file system takes (≤ 255 bytes of UTF-8)', () => {
  for (const name of ['😀'.repeat(120), '札幌市雇用センター'.repeat(30), 'Jobcenter '.repeat(60), 'Ä'.repeat(300)]) {
    const d = dateiname(vereinbarung('gE', 2026, null, { ZV_Jobcenter: name }));
    expect(Buffer.byteLength(d, 'utf8')).toBeLessThanOrEqual(255);
    expect(d).toMatch(/^Zielvereinbarung_2026_.+\.docx$/);
    expect(d).not.toMatch(/\uFFFD/);
  }
  // short names stay whole
  expect(dateiname(vereinbarung('gE', 2026, null, { ZV_Jobcenter: 'Jobcenter Süd' }))).toBe('Zielvereinbarung_2026_Jobcenter_Süd.docx');
});

test('an invalid entered value is printed as entered, never as a derived value or „NaN“', async () => {
  // VJ 14,93 and +1,8 % would derive a Zielwert of 15,2 for women; 1e308 was entered
  const [r] = pruefeMappe(mappe({ ...GRUNDLAGE, ZV_IQ_Ziel_Frauen: 1e308 }));
  expect(r?.befunde.some((b) => b.field === 'ZV_IQ_Ziel_Frauen' && b.severity === 'error')).toBe(true);
  const text = textVon(await erzeugeDokument(r!.vereinbarung, { entwurf: true }));
  expect(text).toContain('1e+308 %');
  expect(text).not.toMatch(/15,2 %|NaN|Infinity|undefined/);
});
