/**
 * Word quality of the generated .docx, read back from word/document.xml: tables declare their header
 * row (w:tblLook) and repeat it, numbers and their units never break apart, the signature block stays
 * together with the text before it and carries place and date, and the document properties name the
 * agreement.
 */
import { erzeugeDokument } from '../../src/document';
import { emsland, kaiserslautern, loerrach, mansfeld, mettmann } from './beispiele';
import { absaetzeVon, teile } from './lesen';
import type { Vereinbarung } from '../../src/model/vereinbarung';
import { datumText } from '../../src/document/parteien';

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

/** The signature table: the borderless table without the table style. */
function unterschriftTabelle(xml: string): string {
  const t = tabellen(xml).find((x) => !x.includes('<w:tblStyle w:val="Zieltabelle"/>'));
  expect(t).toBeDefined();
  return t!.slice(0, t!.indexOf('</w:tbl>'));
}

const mit = (v: Vereinbarung, werte: Record<string, string | number>): Vereinbarung => ({ ...v, werte: { ...v.werte, ...werte } });
/** The agreement without the places and dates of its signatures (the seeds carry them). */
const ohneOrtDatum = (v: Vereinbarung): Vereinbarung => ({
  ...v,
  werte: Object.fromEntries(Object.entries(v.werte).filter(([name]) => !/_(Ort|Datum)$/.test(name))),
});

describe('the signature block', () => {
  test.each(Object.entries(FUENF))(
    '%s: every paragraph keeps its lines together, all but the last stay with the next',
    async (_name, v) => {
      const absaetze = unterschriftTabelle(await dokumentXml(v))
        .split('</w:p>')
        .slice(0, -1);
      expect(absaetze.length).toBeGreaterThanOrEqual(10);
      for (const p of absaetze.filter((p) => p.includes('w:pStyle w:val="Unterschrift"'))) expect(p).toContain('<w:keepLines/>');
      // Only the role paragraphs of the last row may let the page break after them.
      const ohneKeepNext = absaetze.filter((p) => p.includes('w:pStyle w:val="Unterschrift"') && !p.includes('<w:keepNext/>'));
      expect(ohneKeepNext.length).toBeGreaterThanOrEqual(1);
      expect(ohneKeepNext.length).toBeLessThanOrEqual(2);
    },
  );

  test('zkT: the last paragraph before the signatures stays with them', async () => {
    const xml = await dokumentXml(emsland);
    const vorher = xml.slice(0, xml.lastIndexOf('<w:tbl>')).split('</w:p>').slice(-2, -1)[0]!;
    expect(vorher).toContain('<w:keepNext/>');
  });

  test.each(Object.entries({ kaiserslautern, loerrach, mettmann, mansfeld }))(
    '%s: the Präambel’s last paragraph stays with the signature block after it',
    async (_name, v) => {
      const xml = await dokumentXml(v);
      const tabelle = xml.indexOf('<w:tbl>');
      // the first table of a gE/gE-kT agreement is the signature block, right after the Präambel
      expect(xml.slice(tabelle, xml.indexOf('</w:tblPr>', tabelle))).not.toContain('<w:tblStyle w:val="Zieltabelle"/>');
      const vorher = xml.slice(0, tabelle).split('</w:p>').slice(-2, -1)[0]!;
      expect(absaetzeVon(`${vorher}</w:p>`)[0]).toMatch(/^Die Planwerte der geschäftspolitischen Ziele werden auf Basis/);
      expect(vorher).toContain('<w:keepNext/>');
    },
  );

  test('without place and date the line above "(Ort, Datum)" stays empty to fill by hand', async () => {
    const text = absaetzeVon(unterschriftTabelle(await dokumentXml(ohneOrtDatum(loerrach))));
    expect(text.filter((t) => t === '(Ort, Datum)')).toHaveLength(3);
    expect(text.join('\n')).not.toMatch(/, den /);
  });

  test('place and date from ZV_…_Ort and ZV_…_Datum stand on the line above each signature', async () => {
    const v = mit(ohneOrtDatum(loerrach), {
      ZV_Agentur_Ort: 'Lörrach',
      ZV_Agentur_Datum: '02.04.2024',
      ZV_Traeger_Ort: 'Lörrach',
      ZV_Traeger_Datum: '2024-04-03',
      ZV_Jobcenter_Ort: 'Weil am Rhein',
    });
    const text = absaetzeVon(unterschriftTabelle(await dokumentXml(v)));
    // Two blocks side by side: Agentur and Träger in the first row, the Jobcenter below.
    expect(text.slice(0, 2)).toEqual(['Lörrach, den 02.04.2024', '(Ort, Datum)']);
    expect(text).toContain('Lörrach, den 03.04.2024');
    expect(text).toContain('Weil am Rhein');
    expect(text.indexOf('Weil am Rhein')).toBeGreaterThan(text.indexOf('Lörrach, den 03.04.2024'));
  });

  test('signature dates as entered, as ISO text or as an Excel serial number', () => {
    expect(datumText('02.04.2024')).toBe('02.04.2024');
    expect(datumText('2024-04-02')).toBe('02.04.2024');
    expect(datumText('45384')).toBe('02.04.2024');
    expect(datumText('Anfang April')).toBe('Anfang April');
  });
});

describe('document properties name the agreement', () => {
  test.each([
    ['loerrach', loerrach, 'Jobcenter Landkreis Lörrach', 'Zielvereinbarung 2024 – Jobcenter Landkreis Lörrach'],
    ['emsland', emsland, 'Landkreis Emsland', 'Zielvereinbarung 2024 – Landkreis Emsland'],
  ] as const)('%s: creator, description and title from the Jobcenter (zkT: Träger) and the year', async (_n, v, autor, titel) => {
    const core = teile(await erzeugeDokument(v))['docProps/core.xml']!;
    expect(core).toContain(`<dc:creator>${autor}</dc:creator>`);
    expect(core).toContain(`<cp:lastModifiedBy>${autor}</cp:lastModifiedBy>`);
    expect(core).toContain(`<dc:title>${titel}</dc:title>`);
    expect(core).toContain(`<dc:description>${titel} (${v.art})</dc:description>`);
    expect(core).not.toMatch(/Zielplaner|Planung|Zeile/);
  });
});

describe('compound roles are declined in the party block', () => {
  test('"zwischen dem Stellvertretenden Vorsitzenden …", "dem Ersten Kreisbeigeordneten", "der Stellvertretenden Geschäftsführerin"', async () => {
    const v = mit(loerrach, {
      ZV_Agentur_Funktion: 'Stellvertretender Vorsitzender der Geschäftsführung',
      ZV_Traeger_Funktion: 'Erster Kreisbeigeordneter',
      ZV_Jobcenter_Funktion: 'Stellvertretende Geschäftsführerin',
    });
    const absaetze = absaetzeVon(await dokumentXml(v));
    const nach = (vor: string): string => absaetze[absaetze.indexOf(vor) + 1] ?? '';
    expect(nach('zwischen dem')).toMatch(/^Stellvertretenden Vorsitzenden der Geschäftsführung\n/);
    expect(nach('dem')).toMatch(/^Ersten Kreisbeigeordneten\n/);
    expect(nach('und der')).toMatch(/^Stellvertretenden Geschäftsführerin\n/);
  });
});
