/**
 * The planning template: built from the catalogue, read back by the .xlsx reader and checked by the
 * core. An empty template must give findings only for missing required inputs.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { ARTEN, FELDER, LISTEN, type Art } from '../../src/catalogue/felder';
import {
  erzeugeVorlage,
  baueMappe,
  formelFuer,
  naechstesZieljahr,
  FARBE_EINGABE,
  FARBE_BERECHNET,
  FARBE_VORSCHLAG,
  LEGENDE,
} from '../../src/xlsx/vorlage';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { pruefeMappe } from '../../src/kern';
import { ladeMappe } from './hilfen';
import path from 'node:path';

function namenVon(wb: ExcelJS.Workbook): Map<string, string> {
  const m = new Map<string, string>();
  for (const d of wb.definedNames.model) m.set(d.name, d.ranges[0] ?? '');
  return m;
}

function zelleVon(wb: ExcelJS.Workbook, bezug: string): ExcelJS.Cell {
  const [blatt, adr] = bezug.split('!') as [string, string];
  const ws = wb.getWorksheet(blatt.replace(/^'|'$/g, ''));
  if (!ws) throw new Error(`no sheet ${blatt}`);
  return ws.getCell(adr.replace(/\$/g, ''));
}

function fuellfarbe(c: ExcelJS.Cell): string | undefined {
  const f = c.fill as ExcelJS.FillPattern | undefined;
  return f?.fgColor?.argb;
}

/** The order of a worksheet's children in the OOXML schema (CT_Worksheet); Excel repairs a sheet that breaks it. */
const BLATT_REIHENFOLGE = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Problems a spreadsheet would repair: malformed XML, sheet children out of order, parts without a content type, dangling relationships. */
async function paketFehler(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const teile = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const xml: Record<string, string> = {};
  for (const t of teile) if (/\.(xml|rels)$/.test(t)) xml[t] = await zip.file(t)!.async('string');
  const fehler: string[] = [];
  const geprueft = await validateXML({
    xml: Object.entries(xml).map(([fileName, contents]) => ({ fileName, contents })),
    normalization: 'c14n',
  });
  fehler.push(...geprueft.errors.map((e) => e.rawMessage));
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
  for (const [t, inhalt] of Object.entries(xml).filter(([t]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(t))) {
    const wurzel = (parser.parse(inhalt) as Record<string, unknown[]>[]).find((k) => 'worksheet' in k)!;
    const kinder = (wurzel.worksheet as Record<string, unknown>[]).map((k) => Object.keys(k).find((x) => x !== ':@')!);
    const stellen = kinder.map((k) => BLATT_REIHENFOLGE.indexOf(k));
    if (stellen.some((x) => x < 0) || stellen.some((x, i) => i > 0 && x <= stellen[i - 1]!)) fehler.push(`${t}: ${kinder.join(' ')}`);
  }
  const typen = xml['[Content_Types].xml'] ?? '';
  const endungen = [...typen.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
  const ueberschrieben = new Set([...typen.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]!));
  for (const t of teile) {
    if (t === '[Content_Types].xml') continue;
    if (!ueberschrieben.has(t) && !endungen.includes(t.split('.').pop()!.toLowerCase())) fehler.push(`${t}: no content type`);
  }
  for (const [t, inhalt] of Object.entries(xml).filter(([t]) => t.endsWith('.rels'))) {
    const basis = t.replace(/_rels\/[^/]*\.rels$/, '');
    for (const m of inhalt.matchAll(/<Relationship [^>]*Target="([^"]+)"[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const ziel = m[1]!.startsWith('/') ? m[1]!.slice(1) : path.posix.normalize(basis + m[1]!);
      if (!teile.includes(ziel)) fehler.push(`${t}: missing ${ziel}`);
    }
  }
  return fehler;
}

describe.each(ARTEN.map((a) => [a]))('template for %s', (art: Art) => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await erzeugeVorlage(art, 2026);
    wb = await ladeMappe(bytes);
  });

  test('every catalogue field of the kind has its workbook-scoped name on one cell, and no other field does', () => {
    const namen = namenVon(wb);
    const erwartet = FELDER.filter((f) => f.arten.includes(art)).map((f) => f.name);
    for (const name of erwartet) expect(namen.get(name)).toMatch(/^Planung!\$B\$\d+$/);
    const fremd = FELDER.filter((f) => !f.arten.includes(art)).map((f) => f.name);
    for (const name of fremd) expect(namen.has(name)).toBe(false);
  });

  test('labels in German beside each named cell; number formats from the catalogue', () => {
    const namen = namenVon(wb);
    for (const f of FELDER.filter((x) => x.arten.includes(art))) {
      const c = zelleVon(wb, namen.get(f.name)!);
      const label = c.worksheet.getCell(Number(c.row), 1).value;
      expect(String(label)).toContain(f.bezeichnung);
      if (f.zahlenformat) expect(c.numFmt).toBe(f.zahlenformat);
    }
  });

  test('drop-downs for ZV_Art (and ZV_Darstellung where it applies) list the catalogue choices', () => {
    const namen = namenVon(wb);
    for (const f of FELDER.filter((x) => x.auswahl && x.arten.includes(art))) {
      const dv = zelleVon(wb, namen.get(f.name)!).dataValidation;
      expect(dv.type).toBe('list');
      expect(dv.formulae?.[0]).toBe(`"${f.auswahl!.join(',')}"`);
    }
    expect(zelleVon(wb, namen.get('ZV_Art')!).value).toBe(art);
    expect(zelleVon(wb, namen.get('ZV_Jahr')!).value).toBe(2026);
  });

  test('input cells are yellow, derived ones green or grey and carry formulas', () => {
    const namen = namenVon(wb);
    for (const f of FELDER.filter((x) => x.arten.includes(art))) {
      const c = zelleVon(wb, namen.get(f.name)!);
      const formel = formelFuer(f);
      if (!formel) {
        expect(fuellfarbe(c)).toBe(FARBE_EINGABE);
      } else {
        expect([FARBE_VORSCHLAG, FARBE_BERECHNET]).toContain(fuellfarbe(c));
        expect(c.formula).toBe(formel);
      }
    }
    expect(zelleVon(wb, namen.get('ZV_IQ_Ziel_Gesamt')!).formula).toContain('ZV_eLb_Frauen');
    expect(zelleVon(wb, namen.get('ZV_LZB_Ziel_Gesamt')!).formula).toBe(
      'IF(AND(ISNUMBER(ZV_LZB_Ziel_Frauen),ISNUMBER(ZV_LZB_Ziel_Maenner)),ZV_LZB_Ziel_Frauen+ZV_LZB_Ziel_Maenner,"")',
    );
  });

  test('the lists of the kind are Excel tables with the catalogue columns', () => {
    const listen = LISTEN.filter((l) => l.arten.includes(art));
    const tabellen = wb.worksheets.flatMap((ws) =>
      ws.getTables().map((t) => (t as unknown as { table: { name: string; columns: { name: string }[] } }).table),
    );
    expect(tabellen.map((t) => t.name).sort()).toEqual(listen.map((l) => l.name).sort());
    for (const l of listen) {
      const t = tabellen.find((x) => x.name === l.name)!;
      expect(t.columns.map((c) => c.name)).toEqual(l.spalten.map((s) => s.name));
    }
  });

  test('the legend names every fill colour used on the sheets, each once with its meaning', () => {
    const ws = wb.getWorksheet('Planung')!;
    const legende = new Map<string, string>();
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const farbe = fuellfarbe(c);
        if (farbe && typeof c.value === 'string' && Number(c.col) === 6) legende.set(farbe, c.value);
      }),
    );
    const benutzt = new Set<string>();
    for (const blatt of wb.worksheets) blatt.eachRow((row) => row.eachCell((c) => void (fuellfarbe(c) && benutzt.add(fuellfarbe(c)!))));
    expect(benutzt.size).toBeGreaterThanOrEqual(3);
    for (const farbe of benutzt) expect([farbe, legende.has(farbe)]).toEqual([farbe, true]);
    expect([...legende.keys()].sort()).toEqual(LEGENDE.map(([f]) => f).sort());
    for (const text of legende.values()) expect(text.length).toBeGreaterThan(5);
  });

  test('the package is one a spreadsheet opens without repairing it', async () => {
    expect(await paketFehler(bytes)).toEqual([]);
  });

  test('frozen header rows', () => {
    expect(wb.getWorksheet('Planung')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  test('read back and checked by the core: findings only about missing required inputs, never a crash', async () => {
    const mappe = await leseXlsx(bytes, `Vorlage_${art}.xlsx`);
    const ergebnisse = pruefeMappe(mappe);
    expect(ergebnisse).toHaveLength(1);
    const fehler = ergebnisse[0]!.befunde.filter((b) => b.severity === 'error');
    expect(fehler.length).toBeGreaterThan(0);
    // every finding is about a missing input (required field, gender values, signer names), on its template cell
    for (const b of ergebnisse[0]!.befunde) {
      expect(b.rule).toMatch(/^(PFLICHTFELD|GESCHLECHT|UNTERZEICHNER)_FEHLT$/);
      expect(b.cell).toMatch(/^Planung!B\d+$/);
    }
    const pflicht = FELDER.filter((f) => f.pflicht.includes(art) && f.typ === 'text').map((f) => f.name);
    for (const name of pflicht) expect(fehler.some((b) => b.field === name)).toBe(true);
    // Jahr and Art were filled in, so they are not missing
    expect(fehler.some((b) => b.field === 'ZV_Jahr' || b.field === 'ZV_Art')).toBe(false);
  });
});

test('a template without a year is made for next year (issue 10: `template` fills the year)', async () => {
  const ergebnisse = pruefeMappe(await leseXlsx(await erzeugeVorlage('gE'), 'v.xlsx'));
  expect(ergebnisse[0]!.vereinbarung.jahr).toBe(new Date().getFullYear() + 1);
  expect(ergebnisse[0]!.befunde.some((b) => b.field === 'ZV_Jahr')).toBe(false);
  expect(naechstesZieljahr(new Date(2026, 11, 31))).toBe(2027);
});

test('values and cached formula results written by baueMappe are what the reader sees', async () => {
  const bytes = await baueMappe({
    art: 'gE',
    werte: { ZV_Jahr: 2024, ZV_Art: 'gE', ZV_IQ_VJ_Frauen: 14.9, ZV_IQ_Veraenderung_Frauen: 1.8, ZV_IQ_Ziel_Maenner: 25.2 },
    ergebnisse: { ZV_IQ_Ziel_Frauen: 15.2 },
    listen: { ZV_LokaleZiele: [['Integration', 'Mehr Integrationen', 100, '>=']] },
  });
  const m = await leseXlsx(bytes, 'b.xlsx');
  const wert = (name: string) => m.bereiche.find((b) => b.name === name)!.zellen![0]![0]!.wert;
  expect(wert('ZV_IQ_Ziel_Frauen')).toBe(15.2);
  expect(wert('ZV_IQ_Ziel_Maenner')).toBe(25.2);
  expect(wert('ZV_IQ_Ziel_Gesamt')).toBeNull();
  const liste = m.bereiche.find((b) => b.name === 'ZV_LokaleZiele')!;
  expect(liste.herkunft).toBe('tabelle');
  expect(liste.zellen![1]!.map((z) => z.wert)).toEqual(['Integration', 'Mehr Integrationen', 100, '>=']);
});

test('lists as named ranges with a header row on a sheet with a space in its name', async () => {
  const bytes = await baueMappe({
    art: 'gE-kT',
    blatt: 'Planung 2026',
    listenAlsBereich: true,
    werte: { ZV_Jahr: 2026, ZV_Art: 'gE-kT' },
    listen: { ZV_KommunaleZiele: [['Kinderbetreuung', 'Plätze schaffen']] },
  });
  const m = await leseXlsx(bytes, 'b.xlsx');
  const liste = m.bereiche.find((b) => b.name === 'ZV_KommunaleZiele')!;
  expect(liste.herkunft).toBe('name');
  expect(liste.zellen!.map((r) => r.map((z) => z.wert))).toEqual([
    ['Ziel', 'Beschreibung'],
    ['Kinderbetreuung', 'Plätze schaffen'],
  ]);
  expect(m.bereiche.find((b) => b.name === 'ZV_Jahr')!.zellen![0]![0]!.adresse).toMatch(/^'Planung 2026'!B\d+$/);
  const ergebnisse = pruefeMappe(m);
  expect(ergebnisse[0]!.vereinbarung.listen.kommunaleZiele).toEqual([{ ziel: 'Kinderbetreuung', beschreibung: 'Plätze schaffen' }]);
});
