/**
 * The .docx as Word sees it: heading styles, table style with repeated header row, A4, German
 * language, page numbers, document properties; text is data (escaping, line breaks, control
 * characters, emoji, long text); missing values never print "undefined" or "NaN"; the zkT bound wording.
 */
import { validateXML } from 'xmllint-wasm';
import { erzeugeDokument, dokumentTitel } from '../../src/document';
import { bindung, bindungText } from '../../src/document/zieleProsa';
import { nominalphrase, rolleDativ } from '../../src/document/sprache';
import { dateiname } from '../../src/document/dateiname';
import { emsland, kaiserslautern, loerrach, mansfeld, mettmann, vereinbarung } from './beispiele';
import { absaetzeVon, teile, textVon } from './lesen';

/** libxml2 parses every XML part of the package: no errors means well-formed. */
async function wohlgeformt(xmlTeile: Record<string, string>): Promise<void> {
  const xml = Object.entries(xmlTeile).map(([fileName, contents]) => ({ fileName, contents }));
  const r = await validateXML({ xml, normalization: 'c14n' });
  expect(r.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(xml.length).toBeGreaterThan(10);
}

describe('a well-made Word document', () => {
  let t: Record<string, string>;
  beforeAll(async () => {
    t = teile(await erzeugeDokument(loerrach));
  });

  test('section headings use Word heading styles with outline levels (navigation pane, TOC)', () => {
    const doc = t['word/document.xml']!;
    expect(doc).toContain('<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">I) Geschäftspolitische Ziele SGB II</w:t>');
    expect(doc).toContain('<w:pStyle w:val="Title"/>');
    const styles = t['word/styles.xml']!;
    expect(styles).toMatch(/w:styleId="Heading1">.*?<w:name w:val="Heading 1"\/>.*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/w:styleId="Heading2">.*?<w:outlineLvl w:val="1"\/>/);
  });

  test('German language on the document defaults and the heading styles', () => {
    const styles = t['word/styles.xml']!;
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*?<w:lang w:val="de-DE"\/>.*?<\/w:rPrDefault>/);
    expect(styles).toMatch(/w:styleId="Heading1">.*?<w:lang w:val="de-DE"\/>.*?<\/w:style>/);
    expect(styles).not.toMatch(/w:lang w:val="en-/);
  });

  test('A4 portrait with margins, page numbers in the footer', () => {
    const doc = t['word/document.xml']!;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1417"/);
    const fuss = Object.entries(t).find(([n]) => /word\/footer\d*\.xml/.test(n))?.[1] ?? '';
    expect(fuss).toContain('PAGE');
    expect(fuss).toContain('NUMPAGES');
    expect(fuss).toContain('Zielvereinbarung 2024 – Jobcenter Landkreis Lörrach – Seite ');
  });

  test('tables use the table style and repeat their header row', () => {
    const doc = t['word/document.xml']!;
    const tabellen = doc.split('<w:tbl>').slice(1);
    const mitStil = tabellen.filter((x) => x.includes('<w:tblStyle w:val="Zieltabelle"/>'));
    expect(mitStil.length).toBe(3); // I, III and IV; the borderless signature table has no style
    for (const x of mitStil) expect(x.indexOf('<w:tblHeader/>')).toBeLessThan(x.indexOf('</w:tr>'));
    expect(t['word/styles.xml']).toMatch(/<w:style w:type="table" w:styleId="Zieltabelle">.*?<w:tblStylePr w:type="firstRow">/);
  });

  test('document properties: title and subject', () => {
    const core = t['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Zielvereinbarung 2024 – Jobcenter Landkreis Lörrach</dc:title>');
    expect(core).toContain('<dc:subject>Zielvereinbarung nach § 48b Abs. 1 S. 1 Nr. 2 SGB II für das Jahr 2024</dc:subject>');
    expect(core).toContain('<dc:creator>Jobcenter Landkreis Lörrach</dc:creator>');
  });

  test('every part of all five documents is well-formed XML', async () => {
    for (const v of [kaiserslautern, loerrach, mettmann, mansfeld, emsland]) await wohlgeformt(teile(await erzeugeDokument(v)));
  });

  test('the title of a zkT agreement names the Träger', () => {
    expect(dokumentTitel(emsland)).toBe('Zielvereinbarung 2024 – Landkreis Emsland');
  });
});

describe('text is data, never markup', () => {
  const boese = 'A & B <b>fett</b> "Zitat" \'x\' ]]> &amp;';
  const lang = 'Beschreibung '.repeat(400).slice(0, 5000);
  const v = vereinbarung(
    'gE-kT',
    2026,
    'Zielwert',
    {
      ZV_Agentur: `Agentur für Arbeit ${boese}`,
      ZV_Agentur_Person: 'Zoë 😀 Müller\u0000\u0007\u001B',
      ZV_Agentur_Funktion: 'Vorsitzender der Geschäftsführung',
      ZV_Jobcenter: 'Jobcenter <Süd>',
      ZV_Traeger: 'Landkreis "Nord" & Co',
      ZV_IQ_Ziel_Gesamt: 19.5,
      ZV_Zusatztext: 'Erste Zeile\nzweite Zeile\r\ndritte Zeile\n\nNeuer Absatz\u000Bmit Excel-Umbruch',
    },
    {
      lokaleZiele: [{ ziel: `Ziel ${boese}`, beschreibung: lang }],
      kommunaleZiele: [{ ziel: 'Zeile 1\nZeile 2', beschreibung: 'mit\tTab und \uFFFF\uD800 kaputten Zeichen' }],
    },
  );
  let bytes: Uint8Array;
  let text: string;
  beforeAll(async () => {
    bytes = await erzeugeDokument(v);
    text = textVon(bytes);
  });

  test('&, <, >, quotes show as typed and the XML stays valid', async () => {
    expect(text).toContain(`der Agentur für Arbeit ${boese}`);
    expect(text).toContain(`Ziel ${boese}`);
    expect(text).toContain('Landkreis "Nord" & Co');
    expect(text).toContain('Jobcenter <Süd>');
    await wohlgeformt(teile(bytes));
  });

  test('control characters are removed, emoji kept', () => {
    expect(text).toContain('Zoë 😀 Müller\n');
    // eslint-disable-next-line no-control-regex -- the test looks for the characters XML cannot carry
    expect(teile(bytes)['word/document.xml']).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(text).toContain('mit\tTab und  kaputten Zeichen');
  });

  test('line breaks become real breaks, empty lines new paragraphs', () => {
    const doc = teile(bytes)['word/document.xml']!;
    expect(doc).toMatch(/Erste Zeile<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">zweite Zeile/);
    const absaetze = absaetzeVon(doc);
    expect(absaetze).toContain('Erste Zeile\nzweite Zeile\ndritte Zeile');
    expect(absaetze).toContain('Neuer Absatz\nmit Excel-Umbruch');
    expect(absaetze).toContain('Zeile 1\nZeile 2');
  });

  test('a 5,000-character description arrives whole', () => {
    expect(text).toContain(lang.trim());
  });

  test('file names are safe for every file system', () => {
    expect(dateiname(v)).toBe('Zielvereinbarung_2026_Jobcenter_Süd.docx');
    expect(dateiname(vereinbarung('gE', 2026, null, { ZV_Jobcenter: 'JC a/b\\c:d*?' }))).toBe('Zielvereinbarung_2026_JC_a_b_c_d.docx');
    expect(dateiname(vereinbarung('gE', 2026, null, { ZV_Jobcenter: 'CON' }))).toBe('Zielvereinbarung_2026__CON.docx');
  });
});

describe('missing values', () => {
  test('an almost empty agreement gives blank cells and lines, never "undefined" or "NaN"', async () => {
    for (const art of ['gE', 'gE-kT', 'zkT'] as const) {
      const v = { ...vereinbarung(art, 2025, null, { ZV_IQ_Ziel_Frauen: Number.NaN, ZV_LZB_Ziel_Frauen: 'keine Angabe' }), jahr: null };
      const bytes = await erzeugeDokument(v);
      const alles = Object.values(teile(bytes)).join('');
      expect(alles).not.toMatch(/undefined|NaN|null/);
      const text = textVon(bytes);
      expect(text.match(/\(Ort, Datum\)/g)).toHaveLength(art === 'gE-kT' ? 3 : 2);
    }
  });

  test('signers without names: the role stays, the name line is left blank to write on', async () => {
    const v = vereinbarung('gE', 2024, 'Zielwert', {
      ZV_Agentur: 'Agentur für Arbeit Kaiserslautern-Pirmasens',
      ZV_Agentur_Funktion: 'Vorsitzender der Geschäftsführung',
      ZV_Jobcenter: 'Jobcenter Stadt Kaiserslautern',
    });
    const bytes = await erzeugeDokument(v);
    const text = textVon(bytes);
    expect(text).toContain(
      '(Ort, Datum)\nVorsitzender der Geschäftsführung\nder Agentur für Arbeit Kaiserslautern-Pirmasens\n(Ort, Datum)\nJobcenter Stadt Kaiserslautern',
    );
    // per signer: place/date line, "(Ort, Datum)", signature line, the (empty) name line, the role
    const doc = teile(bytes)['word/document.xml']!;
    expect(doc.match(/<w:pStyle w:val="Unterschrift"\/>/g)).toHaveLength(10);
    expect(
      doc.match(/<w:pStyle w:val="Unterschrift"\/>(?:<w:keep(?:Next|Lines)\/>)*<\/w:pPr><w:r><w:t xml:space="preserve"><\/w:t>/g),
    ).toHaveLength(2);
    // without any role the title still names the Jobcenter with its article
    expect(text).toContain('und dem\nJobcenter Stadt Kaiserslautern');
  });

  test('the form "Veränderung" prints signed changes for both Kennzahlen', async () => {
    const v = vereinbarung('gE', 2025, 'Veränderung', {
      ZV_IQ_Veraenderung_Gesamt: 2,
      ZV_IQ_Veraenderung_Frauen: 0,
      ZV_LZB_Veraenderung_Maenner: -0.04,
    });
    const a = absaetzeVon(teile(await erzeugeDokument(v))['word/document.xml']!);
    expect(a[a.indexOf('Integrationsquote (gesamt) - nachrichtlich') + 1]).toBe('+ 2,0 %');
    expect(a[a.indexOf('Integrationsquote der Frauen') + 1]).toBe('± 0,0 %');
    expect(a[a.indexOf('Veränderung des Bestands an Langzeitleistungsbeziehenden - Männer') + 1]).toBe('± 0,0 %');
  });
});

describe('zkT bound wording (domain.md polarity rule)', () => {
  test.each([
    ['IQ', 3.9, 'um 3,9 % steigt'],
    ['IQ', -1.25, 'um nicht mehr als 1,3 % sinkt'],
    ['LZB', 14, 'um nicht mehr als 14,0 % steigt'],
    ['LZB', -2.5, 'mindestens um 2,5 % sinkt'],
    ['IQ', 0, 'gleich bleibt'],
    ['LZB', 0.04, 'gleich bleibt'],
  ] as const)('%s %d → "%s"', (k, wert, erwartet) => {
    expect(bindungText(bindung(k, wert))).toBe(erwartet);
  });

  test('mixed directions keep each verb; zero change "gleich bleibt" in the sentence', async () => {
    const v = vereinbarung('zkT', 2026, null, {
      ZV_Traeger: 'Stadt Musterstadt',
      ZV_Land: 'Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen',
      ZV_IQ_Veraenderung_Gesamt: 0,
      ZV_IQ_Veraenderung_Frauen: 1.2,
      ZV_IQ_Veraenderung_Maenner: -0.8,
      ZV_LZB_Veraenderung_Gesamt: -3,
    });
    const text = textVon(await erzeugeDokument(v));
    expect(text).toContain('wenn die Integrationsquote der Stadt Musterstadt im Vergleich zum Jahr 2025 gleich bleibt.');
    expect(text).toContain('wenn die Integrationsquote der Frauen um 1,2 % steigt und die der Männer um nicht mehr als 0,8 % sinkt.');
    expect(text).toContain('Langzeitleistungsbeziehenden der Stadt Musterstadt mindestens um 3,0 % im Vergleich zum Jahr 2025 sinkt.');
    expect(text).toContain('Die Stadt Musterstadt und das Land Nordrhein-Westfalen setzen sich dafür ein');
    expect(text).toContain(
      'schließt das\nMinisterium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen\nmit der\nStadt Musterstadt',
    );
  });
});

describe('German inflection of names and roles', () => {
  test.each([
    ['Landkreis Lörrach', 'der Landkreis Lörrach', 'des Landkreises Lörrach', 'dem Landkreis Lörrach'],
    ['Kreis Mettmann', 'der Kreis Mettmann', 'des Kreises Mettmann', 'dem Kreis Mettmann'],
    [
      'Jobcenter Stadt Kaiserslautern',
      'das Jobcenter Stadt Kaiserslautern',
      'des Jobcenters Stadt Kaiserslautern',
      'dem Jobcenter Stadt Kaiserslautern',
    ],
    ['Agentur für Arbeit Lörrach', 'die Agentur für Arbeit Lörrach', 'der Agentur für Arbeit Lörrach', 'der Agentur für Arbeit Lörrach'],
    ['Region Hannover', 'die Region Hannover', 'der Region Hannover', 'der Region Hannover'],
    [
      'Niedersächsisches Ministerium für Soziales',
      'das Niedersächsische Ministerium für Soziales',
      'des Niedersächsischen Ministeriums für Soziales',
      'dem Niedersächsischen Ministerium für Soziales',
    ],
  ])('%s', (name, nom, gen, dat) => {
    expect(nominalphrase(name)).toMatchObject({ nominativ: nom, genitiv: gen, dativ: dat, erkannt: true });
  });

  test('unknown names are used as written', () => {
    expect(nominalphrase('ProArbeit kAöR')).toMatchObject({ nominativ: 'ProArbeit kAöR', genitiv: 'ProArbeit kAöR', erkannt: false });
  });

  test.each([
    ['Vorsitzender der Geschäftsführung', 'dem', 'Vorsitzenden der Geschäftsführung'],
    ['Vorsitzende der Geschäftsführung', 'der', 'Vorsitzenden der Geschäftsführung'],
    ['Geschäftsführerin', 'der', 'Geschäftsführerin'],
    ['Geschäftsführer', 'dem', 'Geschäftsführer'],
    ['Landrat', 'dem', 'Landrat'],
    ['Oberbürgermeisterin', 'der', 'Oberbürgermeisterin'],
    ['Stellvertretender Vorsitzender der Geschäftsführung', 'dem', 'Stellvertretenden Vorsitzenden der Geschäftsführung'],
    ['Stellvertretende Vorsitzende der Geschäftsführung', 'der', 'Stellvertretenden Vorsitzenden der Geschäftsführung'],
    ['Erster Kreisbeigeordneter', 'dem', 'Ersten Kreisbeigeordneten'],
    ['Erste Beigeordnete', 'der', 'Ersten Beigeordneten'],
    ['Stellvertretende Geschäftsführerin', 'der', 'Stellvertretenden Geschäftsführerin'],
    ['Stellvertretender Geschäftsführer', 'dem', 'Stellvertretenden Geschäftsführer'],
    ['Kommissarischer Leiter', 'dem', 'Kommissarischen Leiter'],
    ['Präsident', 'dem', 'Präsidenten'],
    ['Direktor', 'dem', 'Direktor'],
    ['Bürgermeister', 'dem', 'Bürgermeister'],
    ['Landrätin', 'der', 'Landrätin'],
  ])('role %s → %s %s', (f, artikel, rolle) => {
    expect(rolleDativ(f)).toEqual({ artikel, rolle });
  });
});

describe('zipping through fflate (zip.ts)', () => {
  test('parts compressed once and parts deflated per document: readable, with the CRCs zlib computes', async () => {
    const { festesTeil, zippe } = await import('../../src/document/zip');
    const { strToU8, unzipSync } = await import('fflate');
    const { crc32 } = await import('node:zlib');
    const text = strToU8('<a>ä😀</a>'.repeat(50));
    const fest = festesTeil('word/styles.xml', text, 6);
    const bild = festesTeil('word/media/bild.png', new Uint8Array([137, 80, 78, 71, 1, 2, 3]), 6);
    expect(fest.verfahren).toBe(8);
    expect(fest.daten.length).toBeLessThan(text.length);
    // an image is stored as it is: it is compressed already
    expect(bild.verfahren).toBe(0);
    const zwei = [1, 2].map((n) =>
      zippe(
        [
          fest,
          bild,
          { name: 'word/document.xml', roh: strToU8(`<w:document>${n}</w:document>`) },
          { name: 'leer.txt', roh: new Uint8Array(0) },
        ],
        new Date(1980, 0, 1),
      ),
    );
    for (const [i, zip] of zwei.entries()) {
      const e = unzipSync(zip);
      expect(new TextDecoder().decode(e['word/styles.xml'])).toBe('<a>ä😀</a>'.repeat(50));
      expect([...e['word/media/bild.png']!]).toEqual([137, 80, 78, 71, 1, 2, 3]);
      expect(new TextDecoder().decode(e['word/document.xml'])).toBe(`<w:document>${i + 1}</w:document>`);
      expect(e['leer.txt']).toHaveLength(0);
      // every CRC in the central directory matches its data (zlib's CRC-32, not fflate's)
      const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
      let pos = dv.getUint32(zip.length - 22 + 16, true);
      for (let n = 0; n < 4; n++) {
        expect(dv.getUint32(pos, true)).toBe(0x02014b50);
        const laenge = dv.getUint16(pos + 28, true);
        const name = new TextDecoder().decode(zip.subarray(pos + 46, pos + 46 + laenge));
        expect({ name, crc: dv.getUint32(pos + 16, true) }).toEqual({ name, crc: crc32(e[name]!) });
        pos += 46 + laenge + dv.getUint16(pos + 30, true) + dv.getUint16(pos + 32, true);
      }
    }
    // the part compressed once is the same bytes in both archives
    const stelle = (zip: Uint8Array) => zip.subarray(0, 30 + 'word/styles.xml'.length + fest.daten.length);
    expect(Buffer.from(stelle(zwei[0]!)).equals(Buffer.from(stelle(zwei[1]!)))).toBe(true);
  });
});
