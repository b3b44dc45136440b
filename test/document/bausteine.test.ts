/**
 * The built-in layout's WordprocessingML is written by bausteine.ts, not by docx: for every section of
 * every example workbook, of every agreement of examples/ZV_Liste_405.xlsx and of agreements full of
 * awkward text, the XML bausteine.ts writes is the XML docx writes for the same blocks (docx's public
 * Packer, document.xml read back), element for element and attribute for attribute.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { abschnitte, baueDokumentAus } from '../../src/document';
import { alsXml } from '../../src/document/bausteine';
import { pruefeMappe } from '../../src/kern';
import type { Vereinbarung } from '../../src/model/vereinbarung';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { vereinbarung } from './beispiele';

const BEISPIELE = path.join(__dirname, '..', '..', 'examples');

async function alle(datei: string): Promise<Vereinbarung[]> {
  return pruefeMappe(await leseXlsx(readFileSync(path.join(BEISPIELE, datei)), datei)).map((r) => r.vereinbarung);
}

/** The body docx writes for the agreement's blocks (between <w:body> and the section properties). */
async function docxKoerper(v: Vereinbarung): Promise<string> {
  const bloecke = abschnitte(v).flatMap((a) => a.bloecke);
  const xml = strFromU8(unzipSync(await Packer.pack(baueDokumentAus(v, bloecke), 'uint8array'))['word/document.xml']!);
  return xml.slice(xml.indexOf('<w:body>') + 8, xml.lastIndexOf('<w:sectPr'));
}

const eigenerKoerper = (v: Vereinbarung): string =>
  abschnitte(v)
    .flatMap((a) => a.bloecke)
    .map(alsXml)
    .join('');

describe('bausteine.ts writes what docx writes', () => {
  const beispiele = readdirSync(BEISPIELE).filter((d) => /_\d{4}_.*\.xlsx$/.test(d));

  test.each(beispiele)('%s', async (datei) => {
    for (const v of await alle(datei)) {
      const eigen = eigenerKoerper(v);
      // a whole agreement: paragraphs with runs and a table of signatures at least
      expect(eigen.length).toBeGreaterThan(5000);
      expect(eigen).toMatch(/^<w:p>.*<w:tbl>.*<\/w:tbl>/s);
      expect(eigen).toBe(await docxKoerper(v));
    }
  });

  test('every agreement of ZV_Liste_405.xlsx', async () => {
    const liste = await alle('ZV_Liste_405.xlsx');
    expect(liste).toHaveLength(405);
    for (const v of liste) expect(eigenerKoerper(v)).toBe(await docxKoerper(v));
  }, 120_000);

  test('awkward text: quotes, ampersands, angle brackets, tabs, line breaks, emoji, empty lists', async () => {
    const v = vereinbarung(
      'gE-kT',
      2024,
      null,
      {
        ZV_Jobcenter: "Jobcenter „Nord“ & <Süd> 'x'",
        ZV_Agentur: 'Agentur für Arbeit A&B',
        ZV_Agentur_Funktion: 'Vorsitzende der Geschäftsführung',
        ZV_Traeger: 'Landkreis Ä\tÖ',
        ZV_Zusatztext: 'Erste Zeile\nzweite Zeile\n\nNeuer Absatz mit 😀 und § 16a',
      },
      {
        lokaleZiele: [
          { ziel: 'A & B', beschreibung: 'Text mit "Anführung" und 3,9 %', wert: 12.75, vergleich: '<=' },
          { ziel: 'A & B', beschreibung: 'zweite Zeile desselben Ziels' },
        ],
        kommunaleZiele: [{ ziel: '', beschreibung: '' }],
      },
    );
    expect(eigenerKoerper(v)).toBe(await docxKoerper(v));
  });
});
