/**
 * Word quality of the generated .docx, read back from word/document.xml: tables declare their header
 * row (w:tblLook) and repeat it, numbers and their units never break apart, the signature block stays
 * together with the text before it and carries place and date, and the document properties name the
 * agreement.
 */
import { erzeugeDokument } from '../../src/document';
import { emsland, kaiserslautern, loerrach, mansfeld, mettmann } from './beispiele';
import { teile } from './lesen';

const FUENF = { kaiserslautern, loerrach, mettmann, mansfeld, emsland };

async function dokumentXml(v: typeof loerrach): Promise<string> {
  return teile(await erzeugeDokument(v))['word/document.xml']!;
}

/** The top-level and nested tables' XML, each from its <w:tbl> on. */
const tabellen = (xml: string): string[] => xml.split('<w:tbl>').slice(1);

describe('tables declare and repeat their header row', () => {
  test.each(Object.entries(FUENF))('%s: every styled table has tblLook firstRow and a repeated first row', async (_name, v) => {
    const xml = await dokumentXml(v);
    const alle = tabellen(xml);
    expect(alle.length).toBeGreaterThan(0);
    for (const t of alle) {
      const eigenschaften = t.slice(0, t.indexOf('</w:tblPr>'));
      expect(eigenschaften).toMatch(/<w:tblLook [^>]*\/>/);
      if (eigenschaften.includes('<w:tblStyle w:val="Zieltabelle"/>')) {
        expect(eigenschaften).toMatch(/<w:tblLook [^>]*w:firstRow="(1|true)"/);
        expect(eigenschaften).toMatch(/<w:tblLook [^>]*w:noVBand="(1|true)"/);
        const ersteZeile = t.slice(t.indexOf('<w:tr>'), t.indexOf('</w:tr>'));
        expect(ersteZeile).toContain('<w:tblHeader/>');
      } else {
        // The borderless signature table is layout only: no header formatting.
        expect(eigenschaften).toMatch(/<w:tblLook [^>]*w:firstRow="(0|false)"/);
      }
    }
  });
});

/** The text of every w:t of the XML, concatenated per paragraph (raw: no-break spaces kept). */
function rohText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

describe('numbers keep their unit and § its number on one line', () => {
  test.each(Object.entries(FUENF))('%s: no plain space before % or € or after §, in prose and table cells', async (_name, v) => {
    const text = rohText(await dokumentXml(v));
    expect(text).toMatch(/§\u00a0\d/);
    expect(text).toMatch(/\d\u00a0%/);
    expect(text.match(/\d %|\d €|§ /g) ?? []).toEqual([]);
  });

  test('table cells: "19,9 % (- 0,6 %)" is written with no-break spaces', async () => {
    const xml = await dokumentXml(kaiserslautern);
    const zellen = tabellen(xml).join('');
    expect(rohText(zellen)).toContain('19,9\u00a0% (-\u00a00,6\u00a0%)');
  });

  test('prose target sentences of the zkT agreement: "um 3,9 % im Vergleich"', async () => {
    expect(rohText(await dokumentXml(emsland))).toContain('um 3,9\u00a0% im Vergleich zum Jahr 2023');
  });
});
