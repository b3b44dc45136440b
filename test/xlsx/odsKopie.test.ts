/**
 * The checked copy of an .ods is an .ods again, patched: only content.xml and styles.xml change, the
 * findings are notes (annotations) with a highlight (a LibreOffice conditional format), derived values
 * go into empty cells only, repeated rows and cells are split only around the cells written; checked
 * again it is the same; LibreOffice Calc opens it and keeps notes and highlights. The command line
 * writes it with `--out <name>.ods` and refuses a name with another ending.
 * Needs `soffice` (Debian: libreoffice-calc-nogui) for the LibreOffice parts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { pruefeMappe } from '../../src/kern';
import { alleKennzahlwerte, type Pruefergebnis } from '../../src/model/vereinbarung';
import { leseArbeitsmappe } from '../../src/xlsx/mappe';
import { leseOds } from '../../src/xlsx/ods';
import { baueMappe } from '../../src/xlsx/vorlage';
import { schreibeGepruefteMappe } from '../../src/xlsx/gepruefteKopie';
import { gepruefterName, istOdsDatei } from '../../src/lesen/kopie';
import { fuehreAus } from '../cli/befehl';

let ordner: string;
beforeAll(() => {
  ordner = mkdtempSync(path.join(tmpdir(), 'zielplaner-odskopie-'));
});
afterAll(() => {
  if (ordner) rmSync(ordner, { recursive: true, force: true });
});

const roh = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);
const inhalt = (bytes: Uint8Array): string => strFromU8(roh(bytes)['content.xml']!);
const gleich = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

/** Parts of the original whose bytes differ in the copy (and parts missing or added). */
function geaendert(original: Uint8Array, kopie: Uint8Array): string[] {
  const a = roh(original);
  const b = roh(kopie);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !gleich(a[k], b[k])).sort();
}

const schluessel = (e: readonly Pruefergebnis[]): string[] => e.flatMap((x) => x.befunde.map((b) => `${b.rule}|${b.cell}`)).sort();

/** The text of a cell's annotation paragraphs, by Excel address, read from content.xml. */
function notizen(xml: string): string[] {
  return [...xml.matchAll(/<office:annotation\b[^>]*>([\s\S]*?)<\/office:annotation>/g)].map((m) => m[1]!);
}

/** Rows of a sheet as (repeat, number of columns), to show that splitting keeps the grid. */
function raster(xml: string, blatt: string): { zeilen: number; spalten: number[] } {
  const start = xml.indexOf(`table:name="${blatt}"`);
  const ende = xml.indexOf('</table:table>', start);
  const teil = xml.slice(start, ende);
  let zeilen = 0;
  const spalten: number[] = [];
  for (const m of teil.matchAll(/<table:table-row\b([^>]*?)(\/?)>([\s\S]*?)(?:<\/table:table-row>|(?=<table:table-row\b)|$)/g)) {
    const n = Number(/table:number-rows-repeated="(\d+)"/.exec(m[1]!)?.[1] ?? 1);
    zeilen += n;
    let s = 0;
    if (m[2] !== '/')
      for (const c of m[3]!.matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)\/?>/g))
        s += Number(/table:number-columns-repeated="(\d+)"/.exec(c[1]!)?.[1] ?? 1);
    for (let i = 0; i < Math.min(n, 3); i++) spalten.push(s);
  }
  return { zeilen, spalten };
}

// ---- a hand-made .ods: repeated rows and cells, a percent cell, a user's note ----------------------

const KOPF =
  '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" ' +
  'office:version="1.3">';
const STILE_XML =
  '<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3"><office:styles>' +
  '<style:style style:name="Default" style:family="table-cell"/></office:styles></office:document-styles>';
const AUTO =
  '<office:automatic-styles><number:percentage-style style:name="N11"><number:number number:decimal-places="1" number:min-integer-digits="1"/>' +
  '<number:text>%</number:text></number:percentage-style><style:style style:name="ce1" style:family="table-cell" style:data-style-name="N11"/></office:automatic-styles>';
const BILD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);

function ods(koerper: string): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(
      '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
    ),
    'content.xml': strToU8(
      `${KOPF}${AUTO}<office:body><office:spreadsheet>${koerper}</office:spreadsheet></office:body></office:document-content>`,
    ),
    'styles.xml': strToU8(STILE_XML),
    'meta.xml': strToU8('<?xml version="1.0"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
    'Pictures/bild.png': BILD,
  });
}

const zeile = (...zellen: string[]): string => `<table:table-row>${zellen.join('')}</table:table-row>`;
const text = (t: string): string => `<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
const zahl = (x: number): string =>
  `<table:table-cell office:value-type="float" office:value="${x}"><text:p>${x}</text:p></table:table-cell>`;
const NOTIZ =
  '<office:annotation><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Anna</dc:creator><text:p>Eigene Notiz</text:p></office:annotation>';
const name = (n: string, zelle: string): string =>
  `<table:named-range table:name="${n}" table:base-cell-address="$'Planung 2026'.$A$1" table:cell-range-address="$'Planung 2026'.$${zelle.replace(/(\d+)/, '$$$1')}"/>`;

function planung(ziel: string): Uint8Array {
  return ods(
    '<table:table table:name="Planung 2026"><table:table-column table:number-columns-repeated="16384"/>' +
      zeile(text('Jahr'), zahl(2024)) +
      zeile(text('Art'), text('gE')) +
      zeile(text('Jobcenter'), text('Jobcenter Stadt Kaiserslautern')) +
      zeile(
        text('IQ VJ Frauen'),
        '<table:table-cell table:style-name="ce1" office:value-type="percentage" office:value="0.149"><text:p>14,9 %</text:p></table:table-cell>',
      ) +
      zeile(text('IQ Veränderung Frauen'), zahl(1.8)) +
      // the derived cell: empty, percent format, inside a run of three repeated cells
      zeile(text('IQ Ziel Frauen'), '<table:table-cell table:style-name="ce1" table:number-columns-repeated="3"/>', text('rechts')) +
      zeile(text('IQ Ziel Männer'), `<table:table-cell office:value-type="string">${NOTIZ}<text:p>${ziel}</text:p></table:table-cell>`) +
      // the Agentur (a required field) is empty, in the middle of a million repeated rows
      '<table:table-row table:number-rows-repeated="1048568"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
      zeile('<table:table-cell table:number-columns-repeated="3"/>', text('ganz unten')) +
      '</table:table>' +
      '<table:named-expressions>' +
      name('ZV_Jahr', 'B1') +
      name('ZV_Art', 'B2') +
      name('ZV_Jobcenter', 'B3') +
      name('ZV_IQ_VJ_Frauen', 'B4') +
      name('ZV_IQ_Veraenderung_Frauen', 'B5') +
      name('ZV_IQ_Ziel_Frauen', 'B6') +
      name('ZV_IQ_Ziel_Maenner', 'B7') +
      name('ZV_Agentur', 'B500') +
      '</table:named-expressions>',
  );
}

describe('the checked copy of a hand-made .ods', () => {
  const original = planung('ungefähr zwanzig');
  const vorher = Uint8Array.from(original);
  let ergebnisse: Pruefergebnis[];
  let kopie: Uint8Array;

  beforeAll(async () => {
    ergebnisse = pruefeMappe(leseOds(original, 'Planung.ods'));
    kopie = await schreibeGepruefteMappe(original, ergebnisse);
  });

  test('is an .ods again; only content.xml and styles.xml change, every other part keeps its bytes', () => {
    expect(istOdsDatei(kopie)).toBe(true);
    expect(Object.keys(roh(kopie))[0]).toBe('mimetype');
    expect(geaendert(original, kopie)).toEqual(['content.xml', 'styles.xml']);
    expect(roh(kopie)['Pictures/bild.png']).toEqual(BILD);
    expect(gleich(original, vorher)).toBe(true); // the input is never modified
  });

  test('every finding is a note on its cell, with the highlight of its severity', () => {
    const zellen = new Set(ergebnisse.flatMap((e) => e.befunde.flatMap((b) => (b.cell ? [b.cell] : []))));
    expect(zellen).toEqual(new Set(["'Planung 2026'!B7", "'Planung 2026'!B500"]));
    const xml = inhalt(kopie);
    const n = notizen(xml);
    // B7: the user's note first, the finding appended
    const b7 = n.find((x) => x.includes('Eigene Notiz'))!;
    expect(b7.indexOf('Eigene Notiz')).toBeLessThan(b7.indexOf('Fehler: '));
    expect(b7).toContain('„ungefähr zwanzig“');
    // B500: a note of Zielplaner's own
    expect(n.some((x) => x.includes('>Zielplaner</dc:creator>') && /Fehler: Das Pflichtfeld „Agentur für Arbeit“/.test(x))).toBe(true);
    expect(xml).toContain(
      `<calcext:conditional-format calcext:target-range-address="'Planung 2026'.B7 'Planung 2026'.B500"><calcext:condition calcext:apply-style-name="ZielplanerFehler"`,
    );
    expect(strFromU8(roh(kopie)['styles.xml']!)).toContain(
      '<style:style style:name="ZielplanerFehler" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffc7ce"/>',
    );
    // namespaces the hand-made file lacked are declared
    expect(xml).toMatch(/^[\s\S]*?<office:document-content[^>]*xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
    expect(xml).toMatch(/^[\s\S]*?<office:document-content[^>]*xmlns:calcext="/);
  });

  test('the derived value goes into the empty percent cell; entered cells read as before', async () => {
    const abgeleitet = alleKennzahlwerte(ergebnisse[0]!.vereinbarung).find((k) => k.zelle === "'Planung 2026'!B6")!;
    expect(abgeleitet.eingegeben).toBe(false);
    expect(typeof abgeleitet.wert).toBe('number');
    const wieder = await leseArbeitsmappe(kopie, 'Planung.ods');
    const zelle = (n: string) => wieder.bereiche.find((b) => b.name === n)?.zellen?.[0]?.[0];
    expect(zelle('ZV_IQ_Ziel_Frauen')).toEqual({
      wert: Number(((abgeleitet.wert as number) / 100).toPrecision(15)),
      zahlenformat: '0.0%',
      adresse: "'Planung 2026'!B6",
    });
    const alt = leseOds(original, 'Planung.ods');
    for (const b of alt.bereiche.filter((x) => x.name !== 'ZV_IQ_Ziel_Frauen'))
      expect([b.name, wieder.bereiche.find((x) => x.name === b.name)?.zellen]).toEqual([b.name, b.zellen]);
    // the findings come back on the same cells
    expect(schluessel(pruefeMappe(wieder))).toEqual(expect.arrayContaining(schluessel(ergebnisse)));
  });

  test('repeated rows and cells are split around the written cells only: the grid stays the same size', () => {
    const vor = raster(inhalt(original), 'Planung 2026');
    const nach = raster(inhalt(kopie), 'Planung 2026');
    expect(vor.zeilen).toBe(1048576);
    expect(nach.zeilen).toBe(vor.zeilen);
    // each row keeps its width (rows 1–7, then the repeated rows 8–499, row 500, 501…)
    expect(new Set(nach.spalten.slice(0, 7))).toEqual(new Set(vor.spalten.slice(0, 7)));
    expect(nach.spalten.slice(7).every((s) => s === 16384 || s === 4)).toBe(true);
    // the cells right of the derived one are still there and empty, „rechts“ stays in E6
    const wieder = leseOds(kopie, 'Planung.ods');
    expect(wieder.bereiche.length).toBe(leseOds(original, 'Planung.ods').bereiche.length);
    const xml = inhalt(kopie);
    expect(xml).toContain('<table:table-cell table:style-name="ce1" office:value-type="percentage"');
    expect(xml).toMatch(
      /office:value-type="percentage" office:value="[\d.]+" calcext:value-type="percentage"><text:p>[\d,]+ %<\/text:p><\/table:table-cell><table:table-cell table:style-name="ce1" table:number-columns-repeated="2"\/><table:table-cell office:value-type="string"><text:p>rechts<\/text:p>/,
    );
    expect(xml).toContain(
      '<table:table-row table:number-rows-repeated="492"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
    );
  });

  test('checked again it is the same copy: no note or highlight twice', async () => {
    const nochmal = await schreibeGepruefteMappe(kopie, pruefeMappe(leseOds(kopie, 'Planung.ods')));
    expect(inhalt(nochmal)).toBe(inhalt(kopie));
    expect(strFromU8(roh(nochmal)['styles.xml']!)).toBe(strFromU8(roh(kopie)['styles.xml']!));
  });

  test('corrected and checked again: the old finding and its highlight are gone, the user’s note stays', async () => {
    // the user types a number into B7 of the checked copy
    const t = roh(kopie);
    const xml = strFromU8(t['content.xml']!).replace(
      /<table:table-cell office:value-type="string">(<office:annotation>[\s\S]*?<\/office:annotation>)<text:p>ungefähr zwanzig<\/text:p>/,
      '<table:table-cell office:value-type="float" office:value="20">$1<text:p>20</text:p>',
    );
    expect(xml).not.toBe(strFromU8(t['content.xml']!));
    const korrigiert = zipSync({ ...t, mimetype: [t.mimetype!, { level: 0 }], 'content.xml': strToU8(xml) });
    const e = pruefeMappe(leseOds(korrigiert, 'Planung.ods'));
    expect(e.flatMap((x) => x.befunde.map((b) => b.cell))).not.toContain("'Planung 2026'!B7");
    const neu = inhalt(await schreibeGepruefteMappe(korrigiert, e));
    const b7 = notizen(neu).find((x) => x.includes('Eigene Notiz'))!;
    expect(b7).not.toContain('Fehler: ');
    expect(neu).not.toContain("'Planung 2026'.B7");
    expect(notizen(neu).filter((x) => x.includes('>Zielplaner</dc:creator>'))).toHaveLength(1); // B500 only
  });
});

test('the name of the checked copy keeps the format: .ods stays .ods (also when recognised by content)', () => {
  expect(gepruefterName('Planung 2026.ods')).toBe('Planung 2026 (geprüft).ods');
  expect(gepruefterName('Planung 2026.xlsx')).toBe('Planung 2026 (geprüft).xlsx');
  expect(gepruefterName('Planung 2026.xlsm')).toBe('Planung 2026 (geprüft).xlsm');
  expect(gepruefterName('Planung', true)).toBe('Planung (geprüft).ods');
  expect(istOdsDatei(planung('x'))).toBe(true);
});

// ---- a planning template saved by LibreOffice Calc as .ods ---------------------------------------

describe('a planning sheet saved by LibreOffice Calc as .ods', () => {
  let original: Uint8Array;
  let kopie: Uint8Array;
  let ergebnisse: Pruefergebnis[];
  const profil = (): string => `-env:UserInstallation=file://${path.join(ordner, 'profil')}`;
  const soffice = (args: string[]): void => {
    const r = spawnSync('soffice', ['--headless', '--norestore', profil(), ...args], { encoding: 'utf8', timeout: 180000 });
    if (r.error) throw new Error(`LibreOffice (soffice) is needed for this test: ${r.error.message}`);
  };

  beforeAll(async () => {
    const xlsx = await baueMappe({
      art: 'gE',
      werte: {
        ZV_Jahr: 2024,
        ZV_Art: 'gE',
        ZV_Jobcenter: 'Jobcenter Stadt Kaiserslautern',
        ZV_IQ_VJ_Frauen: 14.9,
        ZV_IQ_VJ_Maenner: 25.8,
        ZV_IQ_Veraenderung_Frauen: 1.8,
        ZV_IQ_Ziel_Maenner: 'ungefähr zwanzig',
        ZV_LZB_VJ_Frauen: 5000,
        ZV_LZB_Veraenderung_Frauen: 8.7,
      },
      listen: {},
    });
    writeFileSync(path.join(ordner, 'Planung.xlsx'), xlsx);
    soffice(['--convert-to', 'ods', '--outdir', ordner, path.join(ordner, 'Planung.xlsx')]);
    original = new Uint8Array(readFileSync(path.join(ordner, 'Planung.ods')));
    ergebnisse = pruefeMappe(await leseArbeitsmappe(original, 'Planung.ods'));
    kopie = await schreibeGepruefteMappe(original, ergebnisse);
    writeFileSync(path.join(ordner, 'Planung (geprüft).ods'), kopie);
  }, 200000);

  test('only content.xml and styles.xml change; the findings come back on the same cells', async () => {
    expect(ergebnisse.flatMap((e) => e.befunde).length).toBeGreaterThan(2);
    expect(geaendert(original, kopie)).toEqual(['content.xml', 'styles.xml']);
    expect(istOdsDatei(kopie)).toBe(true);
    const wieder = pruefeMappe(await leseArbeitsmappe(kopie, 'Planung.ods'));
    expect(schluessel(wieder)).toEqual(schluessel(ergebnisse));
    // the user's own content validations and formulas are untouched
    const a = inhalt(original);
    const b = inhalt(kopie);
    for (const m of a.matchAll(/<table:content-validation\b[\s\S]*?<\/table:content-validation>/g)) expect(b).toContain(m[0]);
    expect(b.match(/table:formula="/g)?.length).toBe(a.match(/table:formula="/g)?.length);
  });

  test('LibreOffice Calc opens the copy and keeps every note and highlight (saved from it as .xlsx)', () => {
    const aus = path.join(ordner, 'aus');
    soffice(['--convert-to', 'xlsx', '--outdir', aus, path.join(ordner, 'Planung (geprüft).ods')]);
    const datei = path.join(aus, 'Planung (geprüft).xlsx');
    expect(existsSync(datei)).toBe(true);
    const t = unzipSync(new Uint8Array(readFileSync(datei)));
    const kommentare = Object.keys(t)
      .filter((k) => /^xl\/comments\d*\.xml$/.test(k))
      .map((k) => strFromU8(t[k]!))
      .join('');
    const zellen = [...new Set(ergebnisse.flatMap((e) => e.befunde.flatMap((b) => (b.cell ? [b.cell.split('!')[1]!] : []))))].sort();
    const mitNotiz = [...kommentare.matchAll(/<comment ref="([A-Z]+\d+)"/g)].map((m) => m[1]!).sort();
    expect(mitNotiz).toEqual(zellen);
    expect(kommentare).toContain('Fehler: Die Zelle Planung!B');
    const blatt = strFromU8(t['xl/worksheets/sheet1.xml']!);
    const markiert = [...blatt.matchAll(/<conditionalFormatting sqref="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')).sort();
    expect(markiert).toEqual(expect.arrayContaining(zellen));
    const stile = strFromU8(t['xl/styles.xml']!);
    expect(stile).toContain('FFFFC7CE');
    expect(stile).toContain('FFFFEB9C');
  }, 200000);

  test('the command line writes it with --out <name>.ods and refuses another ending with one German sentence', async () => {
    const ods = path.join(ordner, 'Planung.ods');
    const ziel = path.join(ordner, 'cli (geprüft).ods');
    const r = await fuehreAus(ordner, ['validate', ods, '--out', ziel]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Geprüfte Kopie geschrieben: ${ziel}`);
    const geschrieben = new Uint8Array(readFileSync(ziel));
    expect(istOdsDatei(geschrieben)).toBe(true);
    expect(schluessel(pruefeMappe(await leseArbeitsmappe(geschrieben, 'x.ods')))).toEqual(schluessel(ergebnisse));

    const falsch = path.join(ordner, 'Geprüft.xlsx');
    const f = await fuehreAus(ordner, ['validate', ods, '--out', falsch]);
    expect(f.code).toBe(2);
    expect(f.stdout).toBe('');
    expect(f.stderr).toBe(
      `zielplaner: Die geprüfte Kopie einer OpenDocument-Tabelle ist wieder eine .ods-Datei, „${falsch}“ hat aber eine andere Endung. Wählen Sie mit --out einen Namen mit der Endung .ods, z. B. „${path.join(ordner, 'Geprüft')}.ods“.\n`,
    );
    expect(existsSync(falsch)).toBe(false);
  }, 60000);
});
