/**
 * OpenDocument spreadsheets (.ods) are read like .xlsx: the example workbooks, converted by a real
 * LibreOffice Calc (headless), give the same findings and values as the .xlsx they came from; hand-made
 * .ods files cover named expressions, percent, date and repeated cells; .xls, .xlsb and encrypted
 * workbooks get one German sentence; the command line reads .ods and stdin.
 * Needs `soffice` (Debian: libreoffice-calc-nogui).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { pruefeMappe } from '../../src/kern';
import type { Pruefergebnis } from '../../src/model/vereinbarung';
import { excelBezug, leseOds } from '../../src/xlsx/ods';
import { leseArbeitsmappe } from '../../src/xlsx/mappe';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { fuehreAus, type Ergebnis } from '../cli/befehl';

const BEISPIELE = path.resolve(__dirname, '../../examples');
const KORPUS = path.resolve(__dirname, '../../../shared/corpus/real-workbooks');
const XLSX = readdirSync(BEISPIELE).filter((d) => d.endsWith('.xlsx'));

let ordner: string;

beforeAll(() => {
  ordner = mkdtempSync(path.join(tmpdir(), 'zielplaner-ods-'));
  const r = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(ordner, 'profil')}`,
      '--convert-to',
      'ods',
      '--outdir',
      ordner,
      ...XLSX.map((d) => path.join(BEISPIELE, d)),
    ],
    { encoding: 'utf8', timeout: 180000 },
  );
  if (r.error) throw new Error(`LibreOffice (soffice) is needed for this test: ${r.error.message}`);
}, 200000);

afterAll(() => {
  if (ordner) rmSync(ordner, { recursive: true, force: true });
});

/** What a user sees of a check: the agreement's values and every finding with cell and message. */
function gesehen(ergebnisse: readonly Pruefergebnis[]): unknown {
  return JSON.parse(JSON.stringify(ergebnisse));
}

describe.each(XLSX.map((d) => [d]))('%s saved as .ods by LibreOffice', (datei: string) => {
  test('gives the same findings and values as the .xlsx', async () => {
    const odsName = datei.replace(/\.xlsx$/, '.ods');
    const ods = readFileSync(path.join(ordner, odsName));
    const xlsx = readFileSync(path.join(BEISPIELE, datei));
    const ausOds = pruefeMappe(await leseArbeitsmappe(ods, datei));
    const ausXlsx = pruefeMappe(await leseXlsx(xlsx, datei));
    expect(ausOds.length).toBeGreaterThan(0);
    expect(gesehen(ausOds)).toEqual(gesehen(ausXlsx));
  });
});

test('ZV_Liste_405 as .ods: the list comes from the database range, all 405 agreements', async () => {
  const mappe = await leseArbeitsmappe(readFileSync(path.join(ordner, 'ZV_Liste_405.ods')), 'ZV_Liste_405.ods');
  const liste = mappe.bereiche.find((b) => b.name === 'ZV_Liste');
  expect(liste?.herkunft).toBe('tabelle');
  // the same range as the table of the .xlsx the .ods was converted from
  const ausXlsx = await leseXlsx(readFileSync(path.join(BEISPIELE, 'ZV_Liste_405.xlsx')), 'ZV_Liste_405.xlsx');
  expect(liste?.bezug).toBe(ausXlsx.bereiche.find((b) => b.name === 'ZV_Liste')?.bezug);
  expect(liste?.bezug).toMatch(/^'Jobcenter 2025'!A1:[A-Z]+406$/);
  expect(pruefeMappe(mappe)).toHaveLength(405);
});

test('the .ods files of the shared corpus are read or refused with a German sentence', async () => {
  let dateien: string[] = [];
  try {
    dateien = readdirSync(KORPUS).filter((d) => d.toLowerCase().endsWith('.ods'));
  } catch {
    dateien = [];
  }
  for (const d of dateien) {
    await leseArbeitsmappe(readFileSync(path.join(KORPUS, d)), d).then(
      (m) => expect(m.titel).toBe(d),
      (e: Error) => expect(e.message).toMatch(/^Die Datei „/),
    );
  }
});

// ---- hand-made .ods -------------------------------------------------------------------------

const KOPF =
  '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" ' +
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">';

function ods(inhalt: string, manifest = ''): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(`${KOPF}${inhalt}</office:document-content>`),
    'META-INF/manifest.xml': strToU8(
      `<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">${manifest}</manifest:manifest>`,
    ),
  });
}

const STILE =
  '<office:automatic-styles><number:percentage-style style:name="N11"><number:number number:decimal-places="1" number:min-integer-digits="1"/>' +
  '<number:text>%</number:text></number:percentage-style><style:style style:name="ce1" style:family="table-cell" style:data-style-name="N11"/></office:automatic-styles>';

function zeile(...zellen: string[]): string {
  return `<table:table-row>${zellen.join('')}</table:table-row>`;
}
const text = (t: string): string => `<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
const zahl = (x: number): string =>
  `<table:table-cell office:value-type="float" office:value="${x}"><text:p>${x}</text:p></table:table-cell>`;

/** A planning sheet named „Planung 2026“ with a million repeated rows and 16 000 repeated columns. */
const PLANUNG = ods(
  `${STILE}<office:body><office:spreadsheet><table:table table:name="Planung 2026">` +
    '<table:table-column table:number-columns-repeated="16384"/>' +
    zeile(text('Jahr'), zahl(2026)) +
    zeile(
      text('IQ VJ Frauen'),
      '<table:table-cell table:style-name="ce1" office:value-type="percentage" office:value="0.173"><text:p>17,3 %</text:p></table:table-cell>',
    ) +
    zeile(
      text('Datum'),
      '<table:table-cell office:value-type="date" office:date-value="2026-03-15"><text:p>15.03.26</text:p></table:table-cell>',
    ) +
    zeile(
      text('Agentur'),
      '<table:table-cell office:value-type="string"><text:p>Agentur für <text:span>Arbeit</text:span><text:s text:c="2"/>Musterstadt</text:p></table:table-cell>',
    ) +
    zeile(
      text('Fehler'),
      '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>',
    ) +
    '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
    zeile('<table:table-cell table:number-columns-repeated="3"/>', text('ganz unten')) +
    '</table:table><table:table table:name="Leer">' +
    zeile(zahl(1)) +
    zeile(zahl(2)) +
    '<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
    '</table:table>' +
    '<table:named-expressions>' +
    '<table:named-range table:name="ZV_Jahr" table:base-cell-address="$\'Planung 2026\'.$A$1" table:cell-range-address="$\'Planung 2026\'.$B$1"/>' +
    '<table:named-range table:name="ZV_IQ_VJ_Frauen" table:base-cell-address="$\'Planung 2026\'.$A$1" table:cell-range-address="$\'Planung 2026\'.$B$2"/>' +
    '<table:named-expression table:name="ZV_Datum" table:base-cell-address="$\'Planung 2026\'.$A$1" table:expression="of:=[$\'Planung 2026\'.$B$3]"/>' +
    '<table:named-expression table:name="ZV_Agentur" table:base-cell-address="$\'Planung 2026\'.$A$1" table:expression="of:=[$\'Planung 2026\'.$B$4]"/>' +
    '<table:named-range table:name="ZV_Fehler" table:base-cell-address="$\'Planung 2026\'.$A$1" table:cell-range-address="$\'Planung 2026\'.$B$5"/>' +
    '<table:named-range table:name="ZV_Unten" table:base-cell-address="$\'Planung 2026\'.$A$1" table:cell-range-address="$\'Planung 2026\'.$D$1048576"/>' +
    '<table:named-range table:name="ZV_Spalte" table:base-cell-address="$\'Planung 2026\'.$A$1" table:cell-range-address="$Leer.$A$1:.$A$1048576"/>' +
    '<table:named-expression table:name="ZV_Summe" table:base-cell-address="$\'Planung 2026\'.$A$1" table:expression="of:=SUM([.B1:.B2])"/>' +
    '</table:named-expressions></office:spreadsheet></office:body>',
);

describe('a hand-made .ods', () => {
  test('named ranges and plain-reference named expressions are the names, with Excel addresses', () => {
    const m = leseOds(PLANUNG, 'Planung.ods');
    const name = (n: string) => m.bereiche.find((b) => b.name === n);
    expect(name('ZV_Jahr')).toMatchObject({ herkunft: 'name', bezug: "'Planung 2026'!$B$1" });
    expect(name('ZV_Jahr')?.zellen).toEqual([[{ wert: 2026, zahlenformat: 'General', adresse: "'Planung 2026'!B1" }]]);
    expect(name('ZV_IQ_VJ_Frauen')?.zellen?.[0]?.[0]).toEqual({ wert: 0.173, zahlenformat: '0.0%', adresse: "'Planung 2026'!B2" });
    expect(name('ZV_Datum')?.zellen?.[0]?.[0]?.wert).toEqual(new Date(Date.UTC(2026, 2, 15)));
    expect(name('ZV_Agentur')?.zellen?.[0]?.[0]?.wert).toBe('Agentur für Arbeit  Musterstadt');
    expect(name('ZV_Fehler')?.zellen?.[0]?.[0]?.wert).toEqual({ fehler: '#DIV/0!' });
    expect(name('ZV_Unten')?.zellen?.[0]?.[0]).toEqual({ wert: 'ganz unten', zahlenformat: 'General', adresse: "'Planung 2026'!D1048576" });
    // a formula is not a reference: the name is there, its cells are not
    expect(name('ZV_Summe')?.zellen).toBeNull();
  });

  test('a million repeated rows are not expanded (a whole column ends at the used range)', () => {
    const start = Date.now();
    const m = leseOds(PLANUNG, 'Planung.ods');
    const spalte = m.bereiche.find((b) => b.name === 'ZV_Spalte');
    expect(spalte?.bezug).toBe('Leer!$A$1:$A$1048576');
    expect(spalte?.zellen?.map((r) => r[0]?.wert)).toEqual([1, 2]);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  test('a percent cell is scaled like Excel’s: 0,173 in a percent cell is the quota 17,3', () => {
    const [r] = pruefeMappe(leseOds(PLANUNG, 'Planung.ods'));
    expect(JSON.stringify(r?.vereinbarung)).toContain('17.3');
  });

  test('references: ODF addresses in Excel form', () => {
    expect(excelBezug('$Planung.$C$4')).toBe('Planung!$C$4');
    expect(excelBezug("'Jobcenter 2025'.A1:'Jobcenter 2025'.AA406")).toBe("'Jobcenter 2025'!A1:AA406");
    expect(excelBezug('$Ziele.$A$3:.$D$6')).toBe('Ziele!$A$3:$D$6');
    expect(excelBezug("$'O''Brien'.$A$1")).toBe("'O''Brien'!$A$1");
    expect(excelBezug('.A1')).toBeNull();
  });
});

describe('files that cannot be read get one German sentence', () => {
  const faelle: [string, Uint8Array, RegExp][] = [
    [
      'an .xls (Compound File Binary)',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      /\.xls\b.*speichern Sie sie als „Excel-Arbeitsmappe \(\*\.xlsx\)“/,
    ],
    [
      'an .xlsb',
      zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.bin': new Uint8Array([1, 2, 3]) }),
      /binäre Excel-Arbeitsmappe \(\.xlsb\).*speichern Sie sie als/,
    ],
    [
      'an encrypted .ods',
      ods('', '<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>'),
      /mit einem Kennwort verschlüsselt/,
    ],
    ['a truncated .ods', ods(`${STILE}<office:body>`).slice(0, 200), /beschädigt|keine lesbare/],
    ['an .ods without sheets', ods('<office:body><office:text/></office:body>'), /keine Tabellenblätter/],
  ];
  test.each(faelle)('%s', async (_n, bytes, meldung) => {
    await expect(leseArbeitsmappe(bytes, 'Mappe')).rejects.toThrow(meldung);
  });
});

describe('the command line', () => {
  const zielplaner = (...args: string[]): Promise<Ergebnis> => fuehreAus(ordner, args);

  test('validate reads an .ods and gives the same JSON as for the .xlsx; the .ods is unchanged', async () => {
    const datei = path.join(ordner, 'Kaiserslautern_2024_gE.ods');
    const vorher = readFileSync(datei);
    const o = await zielplaner('validate', datei, '--json');
    const x = await zielplaner('validate', path.join(BEISPIELE, 'Kaiserslautern_2024_gE.xlsx'), '--json');
    expect(o.stderr).toBe('');
    expect(o.code).toBe(x.code);
    const ohneDatei = (t: string) => JSON.stringify({ ...JSON.parse(t), file: undefined });
    expect(ohneDatei(o.stdout)).toBe(ohneDatei(x.stdout));
    expect(readFileSync(datei).equals(vorher)).toBe(true);
  });

  test('an .xls gets one German sentence and exit 2', async () => {
    const datei = path.join(ordner, 'alt.xls');
    writeFileSync(datei, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = await zielplaner('validate', datei);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^zielplaner: Die Datei „alt\.xls“ ist im alten Excel-Format/);
  });
});
