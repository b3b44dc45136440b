/**
 * The checked copy as a package patch, diffed part by part against its original: a workbook with
 * chart, image, pivot table, external link, threaded comment, the user's notes and conditional format,
 * x14 and plain validations, a hidden sheet, sheet protection, a calculated table column, macros
 * (.xlsm) and custom properties; every workbook of ../shared/corpus/real-workbooks; LibreOffice opens
 * a checked copy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { baueMappe } from '../../src/xlsx/vorlage';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { schreibeGepruefteMappe, MARKIERUNG, zerlegeAdresse } from '../../src/xlsx/gepruefteKopie';
import { pruefeMappe } from '../../src/kern';
import { alleKennzahlwerte, type Pruefergebnis } from '../../src/model/vereinbarung';
import type { FeldName } from '../../src/catalogue/felder';
import { UnbrauchbareDatei } from '../../src/model/vereinbarung';
import { alsBytes, ladeMappe } from './hilfen';
import {
  darfAendern,
  entpacke,
  istLeer,
  markierteZellen,
  mitPraefix,
  dxfFarben,
  mitNamen,
  ordnungsfehler,
  packe,
  reichesPaket,
  setze,
  TC_AUTOR,
  txt,
  vergleiche,
  wohlgeformt,
  zellen,
  type Teile,
} from './pakete';

const KORPUS = path.resolve(__dirname, '../../../shared/corpus/real-workbooks');

const schluessel = (e: readonly Pruefergebnis[]): string[] =>
  e.flatMap((x) => x.befunde.map((b) => `${b.rule}|${b.field}|${b.cell}`)).sort();
/**
 * The cells the copy may fill: derived Planwerte of cells that held nothing, and the integrations
 * total (Frauen + Männer) when its cell held nothing.
 */
const abgeleitet = (e: readonly Pruefergebnis[]): Set<string> =>
  new Set(
    e.flatMap((x) => {
      const v = x.vereinbarung;
      const int = v.zellen.ZV_INT_Ziel_Gesamt;
      return [
        ...alleKennzahlwerte(v).flatMap((k) => (!k.eingegeben && k.wert !== undefined && k.zelle ? [k.zelle] : [])),
        ...(int !== undefined && !v.eingegeben.has('ZV_INT_Ziel_Gesamt') && v.werte.ZV_INT_Ziel_Gesamt !== undefined ? [int] : []),
      ];
    }),
  );

/** The sheet parts by sheet name. */
function blaetter(t: Teile): Map<string, string> {
  const wbPfad = Object.keys(t).find((k) => k.toLowerCase() === 'xl/workbook.xml')!;
  const wb = txt(t, wbPfad);
  const rels = txt(t, 'xl/_rels/workbook.xml.rels');
  const ziele = new Map(
    [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]*)"/.exec(m[0])?.[1], /Target="([^"]*)"/.exec(m[0])?.[1]]),
  );
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/
      .exec(m[0])?.[1]
      ?.replace(/&amp;/g, '&')
      .replace(/&apos;/g, "'");
    const id = /\b(?:\w+:)?id="([^"]*)"/.exec(m[0])?.[1];
    const ziel = id ? ziele.get(id) : undefined;
    if (name && ziel) out.set(name, ziel.startsWith('/') ? ziel.slice(1) : `xl/${ziel}`);
  }
  return out;
}

/** The checks every copy passes, whatever the original: part diff, well-formed, order, entered cells. */
function pruefeKopie(original: Uint8Array, kopie: Uint8Array, ergebnisse: readonly Pruefergebnis[]): ReturnType<typeof vergleiche> {
  const d = vergleiche(original, kopie);
  expect(d.fehlt).toEqual([]);
  expect(d.geaendert.filter((p) => !darfAendern(p))).toEqual([]);
  expect(d.neu.filter((p) => !darfAendern(p))).toEqual([]);
  const a = entpacke(original);
  const b = entpacke(kopie);
  for (const p of [...d.geaendert, ...d.neu]) {
    if (p.endsWith('.vml') && !d.neu.includes(p)) continue; // Excel's own VML need not be XML
    if (d.geaendert.includes(p) && !wohlgeformt(txt(a, p))) continue; // broken already in the original
    expect([p, wohlgeformt(txt(b, p))]).toEqual([p, true]);
  }
  const werteZellen = new Set(
    [...abgeleitet(ergebnisse)].map((w) => zerlegeAdresse(w)).flatMap((z) => (z ? [`${z.blatt.toLowerCase()}!${z.zelle}`] : [])),
  );
  for (const p of d.geaendert.filter((x) => /^xl\/worksheets\/[^/]+\.xml$/i.test(x))) {
    expect([p, ordnungsfehler(txt(b, p))]).toEqual([p, []]);
    const vorher = zellen(txt(a, p));
    const nachher = zellen(txt(b, p));
    const name = [...blaetter(a)].find(([, x]) => x === p)?.[0] ?? '';
    for (const [ref, c] of vorher) {
      if (nachher.get(ref) === c) continue;
      // only an empty cell that gets a derived value may change
      expect([ref, istLeer(c)]).toEqual([ref, true]);
      expect(werteZellen.has(`${name.toLowerCase()}!${ref}`)).toBe(true);
    }
  }
  // styles: only the highlight dxfs are added
  if (d.geaendert.includes('xl/styles.xml')) {
    const ohne = (s: string): string => s.replace(/<(\w+:)?dxfs\b(?:[^>]*\/>|[\s\S]*?<\/(\w+:)?dxfs>)/, '');
    expect(ohne(txt(b, 'xl/styles.xml'))).toBe(ohne(txt(a, 'xl/styles.xml')));
  }
  // content types and relationships: every original entry is still there
  for (const p of d.geaendert.filter((x) => x.endsWith('.rels') || x === '[Content_Types].xml')) {
    for (const m of txt(a, p).matchAll(/<(?:\w+:)?(Relationship|Override|Default)\b[^>]*\/>/g)) expect(txt(b, p)).toContain(m[0]);
  }
  return d;
}

describe('the checked copy of a rich workbook', () => {
  let original: Uint8Array;
  let kopie: Uint8Array;
  let ergebnisse: Pruefergebnis[];
  let zelleVon: (feld: FeldName) => string;
  let t0: Teile;
  let t1: Teile;

  beforeAll(async () => {
    const basis = await baueMappe({
      art: 'gE',
      werte: {
        ZV_Jahr: 2024,
        ZV_Art: 'gE',
        ZV_Darstellung: 'Zielwert mit Veränderung',
        ZV_Agentur: 'Agentur für Arbeit Kaiserslautern-Pirmasens',
        ZV_Agentur_Person: 'Peter Weißler',
        ZV_Agentur_Funktion: 'Vorsitzender der Geschäftsführung',
        ZV_Jobcenter: 'Jobcenter Stadt Kaiserslautern',
        ZV_IQ_VJ_Frauen: 14.9,
        ZV_IQ_VJ_Maenner: 25.8,
        ZV_IQ_VJ_Gesamt: 20.0,
        ZV_IQ_Veraenderung_Frauen: 1.8,
        ZV_IQ_Veraenderung_Maenner: -2.3,
        ZV_IQ_Ziel_Maenner: 'ungefähr zwanzig',
        ZV_LZB_VJ_Frauen: 5000,
        ZV_LZB_VJ_Maenner: 4700,
        ZV_LZB_Veraenderung_Frauen: 8.7,
        ZV_LZB_Veraenderung_Maenner: -1.8,
        ZV_LZB_Ziel_Gesamt: 12000,
      },
    });
    const zellen0 = pruefeMappe(await leseXlsx(basis, 'basis.xlsx'))[0]!.vereinbarung.zellen;
    zelleVon = (feld) => zerlegeAdresse(zellen0[feld]!)!.zelle;
    const wb = await ladeMappe(basis);
    const planung = wb.getWorksheet('Planung')!;
    planung.getCell('A1').note = 'Eigene Notiz';
    planung.getCell(zelleVon('ZV_LZB_Ziel_Gesamt')).note = 'Eigene Anmerkung: Zahl aus der RD';
    // an empty derived cell in a percent format, and one in the template's format
    planung.getCell(zelleVon('ZV_IQ_Ziel_Frauen')).value = null;
    planung.getCell(zelleVon('ZV_IQ_Ziel_Frauen')).numFmt = '0.0%';
    planung.getCell(zelleVon('ZV_LZB_Ziel_Frauen')).value = null;
    await planung.protect('', { selectLockedCells: true });
    const notizen = wb.addWorksheet('Notizen');
    notizen.state = 'hidden';
    notizen.getCell('A1').value = 'gE';
    notizen.getCell('A2').value = 'gE-kT';
    notizen.getCell('A3').value = 'zkT';
    notizen.getCell('B2').value = { formula: '1+1', result: 2 };
    const gebaut = entpacke(await alsBytes(wb));
    const teile = blaetter(gebaut);
    original = reichesPaket(packe(gebaut), teile.get('Planung')!, teile.get('Notizen')!, zelleVon('ZV_Jobcenter_Person'));
    ergebnisse = pruefeMappe(await leseXlsx(original, 'Planung.xlsm'));
    kopie = await schreibeGepruefteMappe(original, ergebnisse);
    t0 = entpacke(original);
    t1 = entpacke(kopie);
  });

  test('only the parts that must change change; every other part keeps its bytes', () => {
    const d = pruefeKopie(original, kopie, ergebnisse);
    bilanz(original, kopie);
    expect(d.geaendert.sort()).toEqual(
      ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
    expect(d.neu).toEqual([]);
    for (const p of [
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/media/image1.png',
      'xl/pivotTables/pivotTable1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/pivotCache/pivotCacheRecords1.xml',
      'xl/externalLinks/externalLink1.xml',
      'xl/threadedComments/threadedComment1.xml',
      'xl/persons/person.xml',
      'xl/vbaProject.bin',
      'docProps/custom.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/tables/table1.xml',
      '[Content_Types].xml',
    ])
      expect([p, d.gleich.includes(p)]).toEqual([p, true]);
  });

  test('an .xlsm stays an .xlsm with its macros', () => {
    expect(txt(t1, '[Content_Types].xml')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(t1['xl/vbaProject.bin']).toEqual(t0['xl/vbaProject.bin']);
  });

  test('every finding is a note on its cell and a highlight of its severity', () => {
    const blatt = txt(t1, 'xl/worksheets/sheet1.xml');
    const kommentare = txt(t1, 'xl/comments1.xml');
    const markiert = markierteZellen(blatt);
    const farben = dxfFarben(txt(t1, 'xl/styles.xml'));
    const threadZelle = zelleVon('ZV_Jobcenter_Person');
    const befunde = ergebnisse.flatMap((e) => e.befunde).filter((b) => b.cell);
    expect(befunde.some((b) => b.severity === 'error')).toBe(true);
    for (const b of befunde) {
      const ref = zerlegeAdresse(b.cell!)!.zelle;
      const praefix = b.severity === 'error' ? 'Fehler' : b.severity === 'warning' ? 'Warnung' : 'Hinweis';
      const text = `${praefix}: ${b.message}`.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      if (ref !== threadZelle) expect(kommentare).toContain(text);
      expect(markiert.has(ref)).toBe(true);
      const farbe = farben[markiert.get(ref)!];
      expect([MARKIERUNG.error, MARKIERUNG.warning, MARKIERUNG.info]).toContain(farbe);
      if (b.severity === 'error') expect(farbe).toBe(MARKIERUNG.error);
    }
  });

  test("the user's notes, threaded comment and conditional format stay", () => {
    const kommentare = txt(t1, 'xl/comments1.xml');
    expect(kommentare).toContain('Eigene Notiz');
    // the user's note on a cell with a finding keeps its text, the finding follows it
    const eigene = /<comment ref="([A-Z]+\d+)"[^>]*>((?:(?!<\/comment>)[\s\S])*Eigene Anmerkung[\s\S]*?)<\/comment>/.exec(kommentare)!;
    expect(eigene[1]).toBe(zelleVon('ZV_LZB_Ziel_Gesamt'));
    expect(eigene[2]).toMatch(/Eigene Anmerkung: Zahl aus der RD[\s\S]*Fehler: /);
    // the threaded comment's legacy note: exactly as it was
    const thread = (s: string): string => /<comment ref="[A-Z]+\d+" authorId="\d+" shapeId="0">[\s\S]*?<\/comment>/.exec(s)![0];
    expect(thread(kommentare)).toBe(thread(txt(t0, 'xl/comments1.xml')));
    expect(kommentare).toContain(`<author>${TC_AUTOR}</author>`);
    expect(txt(t1, 'xl/worksheets/sheet1.xml')).toContain(
      '<cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="Ziel">',
    );
    expect(txt(t1, 'xl/worksheets/sheet1.xml')).toContain('<x14:dataValidation type="list"');
    expect(txt(t1, 'xl/worksheets/sheet1.xml')).toContain('<sheetProtection');
    expect(txt(t1, 'xl/worksheets/sheet1.xml')).toContain('<x14:sparkline><xm:f>Planung!B6:B8</xm:f>');
  });

  test('derived values go into empty cells only, in the cell’s own number format; entered cells stay', () => {
    const vorher = zellen(txt(t0, 'xl/worksheets/sheet1.xml'));
    const nachher = zellen(txt(t1, 'xl/worksheets/sheet1.xml'));
    const iq = ergebnisse[0]!.vereinbarung.werte['ZV_IQ_Ziel_Frauen'];
    expect(iq).toBe(15.2);
    expect(nachher.get(zelleVon('ZV_IQ_Ziel_Frauen'))).toMatch(/<v>0\.152<\/v>/); // 15,2 % in a 0.0% cell
    expect(nachher.get(zelleVon('ZV_LZB_Ziel_Frauen'))).toMatch(
      new RegExp(`<v>${ergebnisse[0]!.vereinbarung.werte['ZV_LZB_Ziel_Frauen']}</v>`),
    );
    // the text typed into a derivable cell, and the formula cells, are unchanged
    expect(nachher.get(zelleVon('ZV_IQ_Ziel_Maenner'))).toBe(vorher.get(zelleVon('ZV_IQ_Ziel_Maenner')));
    expect(nachher.get(zelleVon('ZV_IQ_Ziel_Gesamt'))).toBe(vorher.get(zelleVon('ZV_IQ_Ziel_Gesamt')));
    expect(vorher.get(zelleVon('ZV_IQ_Ziel_Gesamt'))).toMatch(/<f>/);
  });

  test('the copy reads and checks like the original: the findings come back on the same cells', async () => {
    const wieder = pruefeMappe(await leseXlsx(kopie, 'kopie.xlsm'));
    const ohneAbgeleitete = (e: readonly Pruefergebnis[]) => schluessel(e).filter((k) => !/IQ_Ziel_Frauen|LZB_Ziel_Frauen/.test(k));
    expect(ohneAbgeleitete(wieder)).toEqual(expect.arrayContaining(ohneAbgeleitete(ergebnisse)));
    expect(wieder[0]!.vereinbarung.werte['ZV_IQ_Ziel_Frauen']).toBe(15.2);
  });

  test('corrected and checked again: no stale notes or highlights, nothing added twice', async () => {
    // the user fills in the missing Funktion (a warning before) in the checked copy
    const ref = zelleVon('ZV_Jobcenter_Funktion');
    const korrigiert = { ...t1 };
    setze(
      korrigiert,
      'xl/worksheets/sheet1.xml',
      txt(t1, 'xl/worksheets/sheet1.xml').replace(
        new RegExp(`<c r="${ref}"([^>]*?)/>`),
        `<c r="${ref}"$1 t="inlineStr"><is><t>Geschäftsführerin</t></is></c>`,
      ),
    );
    const bytes = packe(korrigiert);
    const erg2 = pruefeMappe(await leseXlsx(bytes, 'k.xlsm'));
    expect(erg2.flatMap((e) => e.befunde).some((b) => b.cell?.endsWith(`!${ref}`))).toBe(false);
    const kopie2 = await schreibeGepruefteMappe(bytes, erg2);
    const t2 = entpacke(kopie2);
    pruefeKopie(bytes, kopie2, erg2);
    expect(markierteZellen(txt(t2, 'xl/worksheets/sheet1.xml')).has(ref)).toBe(false);
    expect(txt(t2, 'xl/comments1.xml')).not.toContain(`ref="${ref}"`);
    expect(t2['xl/styles.xml']).toEqual(t1['xl/styles.xml']); // the dxfs of the first check are reused
    const kommentare = txt(t2, 'xl/comments1.xml');
    for (const b of erg2.flatMap((e) => e.befunde).filter((x) => x.cell)) {
      const m = b.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      if (zerlegeAdresse(b.cell!)!.zelle !== zelleVon('ZV_Jobcenter_Person')) expect(kommentare.split(m).length - 1).toBe(1);
    }
    expect(kommentare).toContain('Eigene Anmerkung: Zahl aus der RD');
    expect(kommentare.split('Eigene Anmerkung').length - 1).toBe(1);
    // the VML holds one note shape per comment
    const vml = txt(t2, 'xl/drawings/vmlDrawing1.vml');
    expect(vml.split('ObjectType="Note"').length - 1).toBe(kommentare.split('<comment ').length - 1);
  });

  test('LibreOffice opens the checked copy and keeps its findings; a copy of its own save works too', async () => {
    const ordner = mkdtempSync(path.join(tmpdir(), 'zielplaner-kopie-'));
    try {
      writeFileSync(path.join(ordner, 'kopie.xlsx'), kopie);
      const aus = path.join(ordner, 'aus');
      const r = spawnSync(
        'soffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${ordner}/profil`,
          '--convert-to',
          'xlsx',
          '--outdir',
          aus,
          path.join(ordner, 'kopie.xlsx'),
        ],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      if (r.error) throw new Error(`LibreOffice (soffice) is needed for this test: ${r.error.message}`);
      expect(r.status).toBe(0);
      const wieder = entpacke(new Uint8Array(readFileSync(path.join(aus, 'kopie.xlsx'))));
      const kommentare = Object.keys(wieder)
        .filter((p) => /comments\d*\.xml$/.test(p))
        .map((p) => txt(wieder, p))
        .join('');
      expect(kommentare).toContain('Eigene Anmerkung: Zahl aus der RD');
      expect(kommentare).toContain('Fehler: ');
      expect(Object.keys(wieder).some((p) => /charts\/chart\d+\.xml$/.test(p))).toBe(true);
      // a workbook saved by LibreOffice Calc gets its checked copy too (it used to fail in exceljs)
      const lo = new Uint8Array(readFileSync(path.join(aus, 'kopie.xlsx')));
      const erg = pruefeMappe(await leseXlsx(lo, 'lo.xlsx'));
      expect(erg.flatMap((e) => e.befunde).some((b) => b.severity === 'error' && b.cell)).toBe(true);
      const loKopie = await schreibeGepruefteMappe(lo, erg);
      pruefeKopie(lo, loKopie, erg);
      expect(schluessel(pruefeMappe(await leseXlsx(loKopie, 'lo.xlsx')))).toEqual(expect.arrayContaining(schluessel(erg)));
    } finally {
      rmSync(ordner, { recursive: true, force: true });
    }
  });
});

test('on a sheet with a table, the note drawing goes before <tableParts> (CT_Worksheet order)', async () => {
  const ExcelJS = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Liste 2025');
  ws.addTable({
    name: 'ZV_Liste',
    ref: 'A1',
    columns: ['Jahr', 'Art', 'Jobcenter', 'Agentur', 'IQ_Ziel_Frauen'].map((name) => ({ name })),
    rows: [[2025, 'gE', 'Jobcenter B', 'Agentur B', 140]],
  });
  const bytes = await alsBytes(wb);
  const erg = pruefeMappe(await leseXlsx(bytes, 'liste.xlsx'));
  const kopie = await schreibeGepruefteMappe(bytes, erg);
  const d = pruefeKopie(bytes, kopie, erg);
  expect(d.neu.sort()).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml']);
  const blatt = txt(entpacke(kopie), 'xl/worksheets/sheet1.xml');
  expect(blatt.indexOf('<legacyDrawing r:id=')).toBeGreaterThan(0);
  expect(blatt.indexOf('<legacyDrawing')).toBeLessThan(blatt.indexOf('<tableParts'));
  expect(txt(entpacke(kopie), 'xl/tables/table1.xml')).toBe(txt(entpacke(bytes), 'xl/tables/table1.xml'));
});

test('a ZV_Liste of 5,000 rows: derived values in every empty row cell, one note per finding cell, in one pass', async () => {
  const ExcelJS = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Alle Jobcenter');
  ws.addRow(['Jahr', 'Art', 'Agentur', 'Jobcenter', 'IQ_VJ_Frauen', 'IQ_Veraenderung_Frauen', 'IQ_Ziel_Frauen']);
  for (let i = 0; i < 5000; i++) ws.addRow([2026, 'gE', `Agentur ${i}`, `Jobcenter ${i}`, 15, 1.5, i === 17 ? 'offen' : null]);
  wb.definedNames.add(`'Alle Jobcenter'!$A$1:$G$5001`, 'ZV_Liste');
  const bytes = await alsBytes(wb);
  const erg = pruefeMappe(await leseXlsx(bytes, 'liste.xlsx'));
  const kopie = await schreibeGepruefteMappe(bytes, erg);
  pruefeKopie(bytes, kopie, erg);
  const blatt = zellen(txt(entpacke(kopie), 'xl/worksheets/sheet1.xml'));
  for (let r = 2; r <= 5001; r++)
    expect(blatt.get(`G${r}`)).toBe(
      r === 19 ? zellen(txt(entpacke(bytes), 'xl/worksheets/sheet1.xml')).get('G19') : `<c r="G${r}"><v>15.2</v></c>`,
    );
  const kommentare = txt(entpacke(kopie), 'xl/comments1.xml');
  const zellenMitBefund = new Set(erg.flatMap((e) => e.befunde.filter((b) => b.cell).map((b) => b.cell)));
  expect(kommentare.split('<comment ').length - 1).toBe(zellenMitBefund.size);
}, 60_000);

test('a package with x: prefixes (which exceljs cannot load) gets prefixed notes, highlights and values', async () => {
  const ExcelJS = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Planung');
  const werte: [string, string, unknown][] = [
    ['ZV_Jahr', 'B2', 2024],
    ['ZV_IQ_VJ_Frauen', 'B3', 14.9],
    ['ZV_IQ_Veraenderung_Frauen', 'B4', 1.8],
    ['ZV_IQ_Ziel_Frauen', 'B5', null],
    ['ZV_Art', 'B6', 'keine Art'],
  ];
  for (const [name, zelle, wert] of werte) {
    ws.getCell(zelle).value = wert as never;
    wb.definedNames.add(`Planung!$${zelle[0]}$${zelle.slice(1)}`, name);
  }
  ws.getCell('B5').numFmt = '0.0%';
  ws.getCell('A1').value = 'Planung';
  const original = mitPraefix(await alsBytes(wb));
  const erg = pruefeMappe(await leseXlsx(original, 'x.xlsx'));
  expect(erg[0]!.befunde.some((b) => b.cell === 'Planung!B6' && b.severity === 'error')).toBe(true);
  const kopie = await schreibeGepruefteMappe(original, erg);
  pruefeKopie(original, kopie, erg);
  const blatt = txt(entpacke(kopie), 'xl/worksheets/sheet1.xml');
  expect(blatt).toMatch(/<x:c r="B5"[^>]*><x:v>0\.152<\/x:v><\/x:c>/);
  expect(blatt).toMatch(/<x:conditionalFormatting sqref="[^"]*B6/);
  expect(blatt).toMatch(/<x:legacyDrawing r:id="rId\d+"\/>/);
  const wieder = pruefeMappe(await leseXlsx(kopie, 'x.xlsx'));
  expect(wieder[0]!.vereinbarung.werte['ZV_IQ_Ziel_Frauen']).toBe(15.2);
  expect(wieder[0]!.befunde.some((b) => b.cell === 'Planung!B6' && b.severity === 'error')).toBe(true);
});

describe('the integrations total in the checked copy (Mümlingtal, the Hessen zkT example)', () => {
  const BEISPIEL = path.resolve(__dirname, '../../examples/Muemlingtal_2024_zkT.xlsx');
  const beispiel = new Uint8Array(readFileSync(BEISPIEL));
  const teil = blaetter(entpacke(beispiel)).get('Planung')!;
  // the example's total is a formula (=Frauen+Männer); a controller's own sheet may leave it empty or type a number
  const mitGesamt = (zelle: (alt: string) => string): Uint8Array => {
    const t = entpacke(beispiel);
    const xml = txt(t, teil);
    const alt = zellen(xml).get('B63')!;
    expect(alt).toMatch(/^<c r="B63" s="20"><f>/);
    setze(t, teil, xml.replace(alt, zelle(alt)));
    return packe(t);
  };

  test('an empty total cell gets Frauen + Männer (612) in its own style; the counts stay as entered', async () => {
    const original = mitGesamt(() => '<c r="B63" s="20"/>');
    const erg = pruefeMappe(await leseXlsx(original, 'Muemlingtal.xlsx'));
    const v = erg[0]!.vereinbarung;
    expect(v.zellen.ZV_INT_Ziel_Gesamt).toBe('Planung!B63');
    expect(v.eingegeben.has('ZV_INT_Ziel_Gesamt')).toBe(false);
    const kopie = await schreibeGepruefteMappe(original, erg);
    pruefeKopie(original, kopie, erg);
    const vorher = zellen(txt(entpacke(original), teil));
    const nachher = zellen(txt(entpacke(kopie), teil));
    expect(nachher.get('B63')).toBe('<c r="B63" s="20"><v>612</v></c>');
    expect(nachher.get('B61')).toBe(vorher.get('B61'));
    expect(nachher.get('B62')).toBe(vorher.get('B62'));
    // read again, the total is an entry that agrees with the counts
    const wieder = pruefeMappe(await leseXlsx(kopie, 'Muemlingtal.xlsx'));
    expect(wieder[0]!.vereinbarung.eingegeben.has('ZV_INT_Ziel_Gesamt')).toBe(true);
    expect(wieder[0]!.vereinbarung.werte.ZV_INT_Ziel_Gesamt).toBe(612);
    expect(wieder[0]!.befunde.filter((b) => b.rule.startsWith('INT_'))).toEqual([]);
  });

  test('an entered total that is not the sum stays as typed and gets the error as note and red highlight', async () => {
    const original = mitGesamt(() => '<c r="B63" s="20"><v>621</v></c>');
    const erg = pruefeMappe(await leseXlsx(original, 'Muemlingtal.xlsx'));
    const fehler = erg[0]!.befunde.filter((b) => b.rule === 'INT_GESAMT_SUMME');
    expect(fehler.map((b) => [b.severity, b.cell])).toEqual([['error', 'Planung!B63']]);
    const kopie = await schreibeGepruefteMappe(original, erg);
    pruefeKopie(original, kopie, erg);
    const t = entpacke(kopie);
    const blatt = txt(t, teil);
    expect(zellen(blatt).get('B63')).toBe('<c r="B63" s="20"><v>621</v></c>');
    const kommentarTeil = Object.keys(t).find((k) => /^xl\/comments\d*\.xml$/.test(k))!;
    expect(txt(t, kommentarTeil)).toContain(
      'Fehler: Die Integrationen gesamt „Integrationen mindestens (gesamt)“ (Planung!B63) von mindestens 621 weichen um 9 von der Summe 612 aus Frauen (258) und Männern (354) ab.',
    );
    expect(dxfFarben(txt(t, 'xl/styles.xml'))[markierteZellen(blatt).get('B63')!]).toBe(MARKIERUNG.error);
    // the finding comes back from the copy on the same cell
    const wieder = pruefeMappe(await leseXlsx(kopie, 'Muemlingtal.xlsx'));
    expect(wieder[0]!.befunde.filter((b) => b.rule === 'INT_GESAMT_SUMME').map((b) => b.cell)).toEqual(['Planung!B63']);
  });

  test('the shipped example (total as a formula) keeps its formula cell byte for byte', async () => {
    const erg = pruefeMappe(await leseXlsx(beispiel, 'Muemlingtal.xlsx'));
    expect(erg[0]!.vereinbarung.werte.ZV_INT_Ziel_Gesamt).toBe(612);
    const kopie = await schreibeGepruefteMappe(beispiel, erg);
    pruefeKopie(beispiel, kopie, erg);
    expect(zellen(txt(entpacke(kopie), teil)).get('B63')).toBe(zellen(txt(entpacke(beispiel), teil)).get('B63'));
  });
});

test('a ZV_Liste with integration counts: each empty total gets its row’s sum, a typed total stays with its error', async () => {
  const ExcelJS = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hessen');
  ws.addRow(['Jahr', 'Art', 'Traeger', 'Land', 'INT_Ziel_Frauen', 'INT_Ziel_Maenner', 'INT_Ziel_Gesamt']);
  ws.addRow([2024, 'zkT', 'Landkreis A', 'Ministerium', 258, 354, null]);
  ws.addRow([2024, 'zkT', 'Landkreis B', 'Ministerium', 1200, 1310, 2500]);
  ws.addRow([2024, 'zkT', 'Landkreis C', 'Ministerium', 40, null, null]);
  wb.definedNames.add('Hessen!$A$1:$G$4', 'ZV_Liste');
  const bytes = await alsBytes(wb);
  const erg = pruefeMappe(await leseXlsx(bytes, 'hessen.xlsx'));
  expect(erg.map((e) => e.befunde.filter((b) => b.rule.startsWith('INT_')).map((b) => [b.rule, b.cell]))).toEqual([
    [],
    [['INT_GESAMT_SUMME', 'Hessen!G3']],
    [['INT_GESCHLECHT_FEHLT', 'Hessen!F4']],
  ]);
  const kopie = await schreibeGepruefteMappe(bytes, erg);
  pruefeKopie(bytes, kopie, erg);
  const vorher = zellen(txt(entpacke(bytes), 'xl/worksheets/sheet1.xml'));
  const nachher = zellen(txt(entpacke(kopie), 'xl/worksheets/sheet1.xml'));
  expect(nachher.get('G2')).toBe('<c r="G2"><v>612</v></c>');
  expect(nachher.get('G3')).toBe(vorher.get('G3')); // 2500 as typed
  expect(nachher.get('G3')).toMatch(/<v>2500<\/v>/);
  expect(istLeer(nachher.get('G4'))).toBe(true); // one gender only: no total to write
  expect(markierteZellen(txt(entpacke(kopie), 'xl/worksheets/sheet1.xml')).has('G3')).toBe(true);
});

test('an input that is no OOXML package gets one German sentence', async () => {
  await expect(schreibeGepruefteMappe(new Uint8Array([1, 2, 3, 4]), [])).rejects.toBeInstanceOf(UnbrauchbareDatei);
  const cfb = new Uint8Array(512);
  cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await expect(schreibeGepruefteMappe(cfb, [])).rejects.toThrow(/mit einem Kennwort geschützt oder im alten \.xls-Format/);
  await expect(schreibeGepruefteMappe(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), [])).rejects.toThrow(/ZIP-Archiv beschädigt/);
  const ods = packe({
    mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet'),
    'content.xml': new Uint8Array(1),
  });
  // an .ods gets an .ods copy (odsKopie.test.ts); one without sheets gets a German sentence
  await expect(schreibeGepruefteMappe(ods, [])).rejects.toThrow(
    /keine geprüfte Kopie geschrieben werden, weil ihr Teil content\.xml keine Tabellenblätter enthält/,
  );
});

/** Names bound onto the first worksheet of a corpus file: values of any kind, and empty cells. */
const KORPUS_NAMEN = (blatt: string): Record<string, string> => {
  const b = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(blatt) ? blatt : `'${blatt.replace(/'/g, "''")}'`;
  return {
    ZV_Jahr: `${b}!$A$1`,
    ZV_Art: `${b}!$B$1`,
    ZV_Jobcenter: `${b}!$A$2`,
    ZV_IQ_VJ_Frauen: `${b}!$B$2`,
    ZV_IQ_Veraenderung_Frauen: `${b}!$C$3`,
    ZV_IQ_Ziel_Frauen: `${b}!$AZ$300`,
  };
};

/** What the copies keep, by kind of part: counted over every copy made in this file. */
export const BILANZ = new Map<string, { vorher: number; behalten: number }>();
function zaehle(art: string, vorher: number, behalten: number): void {
  const e = BILANZ.get(art) ?? { vorher: 0, behalten: 0 };
  BILANZ.set(art, { vorher: e.vorher + vorher, behalten: e.behalten + behalten });
}

function bilanz(original: Uint8Array, kopie: Uint8Array): void {
  const a = entpacke(original);
  const b = entpacke(kopie);
  const gleich = (p: string): boolean => b[p] !== undefined && b[p]!.length === a[p]!.length && b[p]!.every((x, i) => x === a[p]![i]);
  const arten: [string, RegExp][] = [
    ['chart', /^xl\/charts\/chart[^/]*\.xml$/],
    ['drawing (shapes, images placement)', /^xl\/drawings\/drawing[^/]*\.xml$/],
    ['image/media', /^xl\/media\//],
    ['pivot table + cache', /^xl\/pivot(Tables|Cache)\/[^/]+\.xml$/],
    ['macro (vbaProject.bin)', /vbaProject\.bin$/],
    ['external link', /^xl\/externalLinks\/[^/]+\.xml$/],
    ['threaded comment', /^xl\/threadedComments\//],
    ['table', /^xl\/tables\//],
    ['custom properties', /^docProps\/custom\.xml$/],
  ];
  for (const [art, re] of arten) {
    const teile = Object.keys(a).filter((p) => re.test(p));
    zaehle(art, teile.length, teile.filter(gleich).length);
  }
  // notes of the user, conditional formats and data validations inside changed parts: kept verbatim
  const notizen = (t: Teile): string[] =>
    Object.keys(t)
      .filter((p) => /^xl\/comments[^/]*\.xml$/.test(p))
      .flatMap((p) => [...txt(t, p).matchAll(/<(?:\w+:)?comment\b[\s\S]*?<\/(?:\w+:)?comment>/g)].map((m) => m[0]));
  const autorZielplaner = (t: Teile): boolean => Object.keys(t).some((p) => /^xl\/comments/.test(p) && txt(t, p).includes('>Zielplaner</'));
  const alt = autorZielplaner(a) ? [] : notizen(a);
  const neuText = notizen(b).join('\n');
  const kern = (c: string): string => /<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/.exec(c)?.[1] ?? c;
  zaehle('comment (user note)', alt.length, alt.filter((c) => neuText.includes(c) || neuText.includes(kern(c))).length);
  const blaetterA = Object.keys(a).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p));
  const bloecke = (re: RegExp): [number, number] => {
    let vorher = 0;
    let behalten = 0;
    for (const p of blaetterA) {
      const x = [...txt(a, p).matchAll(re)].map((m) => m[0]);
      vorher += x.length;
      behalten += x.filter((s) => b[p] && txt(b, p).includes(s)).length;
    }
    return [vorher, behalten];
  };
  zaehle('conditional format', ...bloecke(/<(?:\w+:)?conditionalFormatting\b[\s\S]*?<\/(?:\w+:)?conditionalFormatting>/g));
  zaehle('data validation', ...bloecke(/<dataValidation\b[\s\S]*?<\/dataValidation>/g));
  zaehle('data validation (x14, extLst)', ...bloecke(/<x14:dataValidation\b[\s\S]*?<\/x14:dataValidation>/g));
  zaehle('sparkline group', ...bloecke(/<x14:sparklineGroup\b[\s\S]*?<\/x14:sparklineGroup>/g));
  zaehle('hyperlink', ...bloecke(/<(?:\w+:)?hyperlink\b[^>]*\/>/g));
  zaehle('sheet protection', ...bloecke(/<(?:\w+:)?sheetProtection\b[^>]*\/>/g));
  zaehle('merged cells', ...bloecke(/<(?:\w+:)?mergeCells\b[\s\S]*?<\/(?:\w+:)?mergeCells>/g));
}

describe('every workbook of the real-workbooks corpus', () => {
  const dateien = existsSync(KORPUS)
    ? readdirSync(KORPUS)
        .filter((f) => /\.xlsx$/i.test(f))
        .sort()
    : [];

  test('the corpus is there (36 files)', () => {
    expect(dateien.length).toBe(36);
  });

  test.each(dateien)('%s: the checked copy changes only what it must', async (datei) => {
    const roh = new Uint8Array(readFileSync(path.join(KORPUS, datei)));
    const vorher = Buffer.from(roh);
    let mitZv: Uint8Array;
    try {
      const erstes = [...blaetter(entpacke(roh))].find(([, teil]) => /worksheets\//.test(teil))![0];
      mitZv = mitNamen(roh, KORPUS_NAMEN(erstes));
    } catch {
      mitZv = roh;
    }
    let ergebnisse: Pruefergebnis[];
    try {
      ergebnisse = pruefeMappe(await leseXlsx(mitZv, datei));
    } catch (e) {
      // unreadable: the reader says so in German, the copy too (never a crash)
      expect(e).toBeInstanceOf(UnbrauchbareDatei);
      await schreibeGepruefteMappe(mitZv, []).then(
        (k) => pruefeKopie(mitZv, k, []),
        (f: unknown) => expect(f).toBeInstanceOf(UnbrauchbareDatei),
      );
      return;
    }
    expect(ergebnisse.flatMap((e) => e.befunde).some((b) => b.cell)).toBe(true);
    const kopie = await schreibeGepruefteMappe(mitZv, ergebnisse);
    pruefeKopie(mitZv, kopie, ergebnisse);
    bilanz(mitZv, kopie);
    const wieder = pruefeMappe(await leseXlsx(kopie, datei));
    const ohneAbgeleitete = (e: readonly Pruefergebnis[]) => schluessel(e).filter((k) => !/IQ_Ziel_Frauen/.test(k));
    expect(ohneAbgeleitete(wieder)).toEqual(expect.arrayContaining(ohneAbgeleitete(ergebnisse)));
    // checked again: the same copy, nothing doubled
    const nochmal = await schreibeGepruefteMappe(kopie, wieder);
    const t1 = entpacke(kopie);
    const t2 = entpacke(nochmal);
    for (const p of Object.keys(t2).filter((x) => /^xl\/comments/.test(x)))
      expect([p, txt(t2, p).split('<comment ').length]).toEqual([p, txt(t1, p).split('<comment ').length]);
    expect(Buffer.from(roh).equals(vorher)).toBe(true);
  });

  afterAll(() => {
    if (BILANZ.size === 0) return;
    const zeilen = [...BILANZ].map(
      ([art, { vorher, behalten }]) => `${art.padEnd(36)} ${String(behalten).padStart(4)} / ${String(vorher).padEnd(4)}`,
    );
    const ziel = process.env.ZIELPLANER_BILANZ;
    if (ziel) writeFileSync(ziel, `${zeilen.join('\n')}\n`);
  });
});
