/**
 * The .xlsx reader against real workbooks made with exceljs (and, where exceljs cannot write
 * something such as a #REF! name, with the XML edited in the zip).
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { GROSSE_BLAETTER, leseXlsx } from '../../src/xlsx/xlsx';
import { parseBezug } from '../../src/xlsx/bezug';
import { UnbrauchbareDatei } from '../../src/model/vereinbarung';
import { pruefeMappe } from '../../src/kern';
import type { Arbeitsmappe, BenannterBereich } from '../../src/lesen/port';
import { alsBytes, bearbeiteTeil, fuegeNamenHinzu } from './hilfen';

function bereich(m: Arbeitsmappe, name: string): BenannterBereich {
  const b = m.bereiche.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!b) throw new Error(`no range ${name} in ${m.bereiche.map((x) => x.name).join(', ')}`);
  return b;
}

function einzel(m: Arbeitsmappe, name: string) {
  const z = bereich(m, name).zellen;
  expect(z).not.toBeNull();
  expect(z).toHaveLength(1);
  expect(z![0]).toHaveLength(1);
  return z![0]![0]!;
}

async function grundMappe(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Planung');
  const setze = (adr: string, name: string, wert: ExcelJS.CellValue, fmt?: string): void => {
    const c = ws.getCell(adr);
    c.value = wert;
    if (fmt) c.numFmt = fmt;
    wb.definedNames.add(`Planung!$${adr.replace(/(\d)/, '$$$1')}`, name);
  };
  setze('C2', 'ZV_Jahr', 2024, '0');
  setze('C3', 'ZV_Art', 'gE');
  setze('C4', 'ZV_IQ_Ziel_Frauen', 15.2, '0.0');
  setze('C5', 'ZV_IQ_Ziel_Maenner', 0.252, '0.0%');
  setze('C6', 'ZV_IQ_VJ_Frauen', '19,5 %');
  setze('C7', 'ZV_LZB_Ziel_Frauen', '4.242');
  setze('C8', 'ZV_LLU_Prognose', '38.219.839 €');
  setze('C9', 'ZV_LZB_Ziel_Maenner', 1796, '#,##0');
  setze('C10', 'ZV_Agentur', { richText: [{ text: 'Agentur für Arbeit ' }, { font: { bold: true }, text: 'Lörrach' }] });
  setze('C11', 'ZV_IQ_VJ_Maenner', { formula: '25.2/(1-0.023)', result: 25.79324462640737 });
  setze('C12', 'ZV_IQ_VJ_Gesamt', { formula: 'C4+1', result: undefined as unknown as number });
  setze('C13', 'ZV_Jobcenter', { text: 'Jobcenter Lörrach', hyperlink: 'https://www.jobcenter-loerrach.de' });
  setze('C14', 'ZV_eLb_Frauen', { error: '#N/A' } as ExcelJS.CellErrorValue);
  setze('C15', 'ZV_eLb_Maenner', { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue);
  setze('C16', 'ZV_Zusatztext', null);
  setze('C17', 'ZV_Darstellung', true);
  setze('C18', 'ZV_Traeger', new Date(Date.UTC(2024, 3, 2)), 'dd.mm.yyyy');
  return wb;
}

describe('leseXlsx: cell values and formats', () => {
  let m: Arbeitsmappe;
  beforeAll(async () => {
    m = await leseXlsx(await alsBytes(await grundMappe()), 'Planung.xlsx');
  });

  test('the title is the file name given', () => {
    expect(m.titel).toBe('Planung.xlsx');
  });

  test('numbers pass with their number format and the cell address', () => {
    expect(einzel(m, 'ZV_Jahr')).toEqual({ wert: 2024, zahlenformat: '0', adresse: 'Planung!C2' });
    expect(einzel(m, 'ZV_IQ_Ziel_Frauen')).toEqual({ wert: 15.2, zahlenformat: '0.0', adresse: 'Planung!C4' });
    expect(einzel(m, 'ZV_LZB_Ziel_Maenner')).toEqual({ wert: 1796, zahlenformat: '#,##0', adresse: 'Planung!C9' });
  });

  test('a percent-formatted number passes unchanged (0.252 with 0.0%), the core scales it', () => {
    expect(einzel(m, 'ZV_IQ_Ziel_Maenner')).toEqual({ wert: 0.252, zahlenformat: '0.0%', adresse: 'Planung!C5' });
  });

  test('German text numbers pass as text with format General', () => {
    expect(einzel(m, 'ZV_IQ_VJ_Frauen')).toMatchObject({ wert: '19,5 %', zahlenformat: 'General' });
    expect(einzel(m, 'ZV_LZB_Ziel_Frauen').wert).toBe('4.242');
    expect(einzel(m, 'ZV_LLU_Prognose').wert).toBe('38.219.839 €');
  });

  test('rich text becomes plain text, hyperlinks their text', () => {
    expect(einzel(m, 'ZV_Agentur').wert).toBe('Agentur für Arbeit Lörrach');
    expect(einzel(m, 'ZV_Jobcenter').wert).toBe('Jobcenter Lörrach');
  });

  test('formula cells give their cached result, or null without one', () => {
    expect(einzel(m, 'ZV_IQ_VJ_Maenner').wert).toBeCloseTo(25.7932, 4);
    expect(einzel(m, 'ZV_IQ_VJ_Gesamt').wert).toBeNull();
  });

  test('Excel error values keep their text, also as a formula result', () => {
    expect(einzel(m, 'ZV_eLb_Frauen').wert).toEqual({ fehler: '#N/A' });
    expect(einzel(m, 'ZV_eLb_Maenner').wert).toEqual({ fehler: '#DIV/0!' });
  });

  test('empty cells are null with format General; booleans and dates pass through', () => {
    expect(einzel(m, 'ZV_Zusatztext')).toEqual({ wert: null, zahlenformat: 'General', adresse: 'Planung!C16' });
    expect(einzel(m, 'ZV_Darstellung').wert).toBe(true);
    const d = einzel(m, 'ZV_Traeger');
    expect(d.wert).toBeInstanceOf(Date);
    expect((d.wert as Date).toISOString().slice(0, 10)).toBe('2024-04-02');
    expect(d.zahlenformat).toBe('dd.mm.yyyy');
  });

  test('every name is a defined name (herkunft name) with its reference text', () => {
    const b = bereich(m, 'ZV_Jahr');
    expect(b.herkunft).toBe('name');
    expect(b.bezug).toBe('Planung!$C$2');
  });

  test('the core reads the whole workbook without crashing', () => {
    const ergebnis = pruefeMappe(m);
    expect(ergebnis).toHaveLength(1);
    expect(ergebnis[0]!.vereinbarung.zellen['ZV_Jahr']).toBe('Planung!C2');
  });
});

describe('leseXlsx: names, sheets and references', () => {
  test('names on any sheet, sheet names with spaces quoted in addresses, names matched case-insensitively', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Deckblatt').getCell('A1').value = 'Planung';
    const ws = wb.addWorksheet('Planung 2026');
    ws.getCell('C12').value = 2026;
    const ws2 = wb.addWorksheet("Jahr's Werte");
    ws2.getCell('B2').value = 'gE';
    wb.definedNames.add("'Planung 2026'!$C$12", 'zv_jahr');
    wb.definedNames.add("'Jahr''s Werte'!$B$2", 'ZV_Art');
    wb.definedNames.add('Deckblatt!$A$1', 'Druckbereich_Anderes');
    const m = await leseXlsx(await alsBytes(wb), 'x.xlsx');
    expect(m.bereiche.map((b) => b.name).sort()).toEqual(['ZV_Art', 'zv_jahr']);
    expect(einzel(m, 'ZV_Jahr')).toEqual({ wert: 2026, zahlenformat: 'General', adresse: "'Planung 2026'!C12" });
    expect(einzel(m, 'ZV_Art').adresse).toBe("'Jahr''s Werte'!B2");
  });

  test('a range where a single cell is expected: all cells row by row, and the core reports it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Planung');
    ws.getCell('B2').value = 1;
    ws.getCell('C2').value = 2;
    ws.getCell('B3').value = 3;
    ws.getCell('C3').value = 4;
    ws.getCell('E1').value = 2024;
    wb.definedNames.add('Planung!$B$2:$C$3', 'ZV_IQ_Ziel_Frauen');
    wb.definedNames.add('Planung!$E$1', 'ZV_Jahr');
    const m = await leseXlsx(await alsBytes(wb), 'x.xlsx');
    const z = bereich(m, 'ZV_IQ_Ziel_Frauen').zellen!;
    expect(z.map((r) => r.map((c) => c.wert))).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(z[1]![0]!.adresse).toBe('Planung!B3');
    const befunde = pruefeMappe(m).flatMap((e) => e.befunde);
    expect(befunde.find((b) => b.field === 'ZV_IQ_Ziel_Frauen')?.rule).toBe('NAME_KEINE_EINZELZELLE');
  });

  test('broken names (#REF!, deleted sheet, constant) give zellen null with the reference text; the core reports them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Planung');
    ws.getCell('C2').value = 2024;
    wb.definedNames.add('Planung!$C$2', 'ZV_Jahr');
    const bytes = await fuegeNamenHinzu(await alsBytes(wb), [
      { name: 'ZV_Art', bezug: '#REF!' },
      { name: 'ZV_Agentur', bezug: 'Planung!#REF!' },
      { name: 'ZV_Jobcenter', bezug: "'Gelöschtes Blatt'!$C$5" },
      { name: 'ZV_IQ_Ziel_Frauen', bezug: '19.5' },
    ]);
    const m = await leseXlsx(bytes, 'x.xlsx');
    expect(bereich(m, 'ZV_Art')).toEqual({ name: 'ZV_Art', herkunft: 'name', bezug: '#REF!', zellen: null });
    expect(bereich(m, 'ZV_Agentur')).toMatchObject({ bezug: 'Planung!#REF!', zellen: null });
    expect(bereich(m, 'ZV_Jobcenter')).toMatchObject({ bezug: "'Gelöschtes Blatt'!$C$5", zellen: null });
    expect(bereich(m, 'ZV_IQ_Ziel_Frauen').zellen).toBeNull();
    expect(einzel(m, 'ZV_Jahr').wert).toBe(2024);
    const befunde = pruefeMappe(m).flatMap((e) => e.befunde);
    for (const feld of ['ZV_Art', 'ZV_Agentur', 'ZV_Jobcenter']) {
      expect(befunde.some((b) => b.field === feld && b.rule === 'NAME_BEZUG_UNGUELTIG')).toBe(true);
    }
  });

  test('a workbook-scoped name wins over a sheet-scoped one of the same name; a sheet-scoped name alone is read', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('A');
    const b = wb.addWorksheet('B');
    a.getCell('A1').value = 2024;
    b.getCell('A1').value = 1999;
    b.getCell('A2').value = 'gE';
    const bytes = await fuegeNamenHinzu(await alsBytes(wb), [
      { name: 'ZV_Jahr', bezug: 'B!$A$1', localSheetId: 1 },
      { name: 'ZV_Jahr', bezug: 'A!$A$1' },
      { name: 'ZV_Art', bezug: 'B!$A$2', localSheetId: 1 },
    ]);
    const m = await leseXlsx(bytes, 'x.xlsx');
    expect(m.bereiche.filter((x) => x.name === 'ZV_Jahr')).toHaveLength(1);
    expect(einzel(m, 'ZV_Jahr').wert).toBe(2024);
    expect(einzel(m, 'ZV_Art').wert).toBe('gE');
  });

  test('multi-area names yield the cells of every area in order', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan 1');
    ws.getCell('A1').value = 'a';
    ws.getCell('C3').value = 'c';
    ws.getCell('D3').value = 'd';
    const bytes = await fuegeNamenHinzu(await alsBytes(wb), [{ name: 'ZV_Test', bezug: "'Plan 1'!$A$1,'Plan 1'!$C$3:$D$3" }]);
    const m = await leseXlsx(bytes, 'x.xlsx');
    expect(bereich(m, 'ZV_Test').zellen!.map((r) => r.map((c) => c.wert))).toEqual([['a'], ['c', 'd']]);
  });

  test('reference parsing', () => {
    expect(parseBezug('Planung!$C$4')).toEqual([{ blatt: 'Planung', oben: 4, unten: 4, links: 3, rechts: 3 }]);
    expect(parseBezug("'Planung 2026'!$B$2:$A$1")).toEqual([{ blatt: 'Planung 2026', oben: 1, unten: 2, links: 1, rechts: 2 }]);
    expect(parseBezug('Liste!$A:$C')).toEqual([{ blatt: 'Liste', oben: null, unten: null, links: 1, rechts: 3 }]);
    expect(parseBezug('#REF!')).toBeNull();
    expect(parseBezug('[1]Planung!$C$4')).toBeNull();
    expect(parseBezug('OFFSET(Planung!$A$1,0,0,5,1)')).toBeNull();
    expect(parseBezug('')).toBeNull();
  });
});

describe('leseXlsx: lists', () => {
  test('an Excel table named ZV_… is read with its header row (herkunft tabelle)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ziele');
    ws.addTable({
      name: 'ZV_LokaleZiele',
      ref: 'B3',
      headerRow: true,
      columns: [{ name: 'Ziel' }, { name: 'Beschreibung' }, { name: 'Wert' }, { name: 'Vergleich' }],
      rows: [
        ['Arbeitsmarktintegration', 'Anzahl der Langzeitarbeitslosen', 1132, '<='],
        ['Integrationen', 'Integrationen von Alleinerziehenden', 261, '>='],
      ],
    });
    ws.addTable({ name: 'AndereTabelle', ref: 'H1', columns: [{ name: 'x' }], rows: [[1]] });
    const m = await leseXlsx(await alsBytes(wb), 'x.xlsx');
    expect(m.bereiche.map((b) => b.name)).toEqual(['ZV_LokaleZiele']);
    const t = bereich(m, 'ZV_LokaleZiele');
    expect(t.herkunft).toBe('tabelle');
    expect(t.bezug).toBe('Ziele!B3:E5');
    expect(t.zellen!.map((r) => r.map((c) => c.wert))).toEqual([
      ['Ziel', 'Beschreibung', 'Wert', 'Vergleich'],
      ['Arbeitsmarktintegration', 'Anzahl der Langzeitarbeitslosen', 1132, '<='],
      ['Integrationen', 'Integrationen von Alleinerziehenden', 261, '>='],
    ]);
    expect(t.zellen![2]![2]!.adresse).toBe('Ziele!D5');
  });

  test('a list as a named range with a header row reads the same cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kommunale Ziele');
    ws.addRow(['Ziel', 'Beschreibung']);
    ws.addRow(['Kinderbetreuung', 'Ausbau der Betreuungsplätze']);
    ws.addRow([null, null]);
    wb.definedNames.add("'Kommunale Ziele'!$A$1:$B$3", 'ZV_KommunaleZiele');
    const m = await leseXlsx(await alsBytes(wb), 'x.xlsx');
    const b = bereich(m, 'ZV_KommunaleZiele');
    expect(b.herkunft).toBe('name');
    expect(b.zellen!.map((r) => r.map((c) => c.wert))).toEqual([
      ['Ziel', 'Beschreibung'],
      ['Kinderbetreuung', 'Ausbau der Betreuungsplätze'],
      [null, null],
    ]);
  });

  test('ZV_Liste as whole columns stops at the used rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Liste');
    ws.addRow(['ZV_Jahr', 'Art', 'Jobcenter']);
    ws.addRow([2025, 'gE', 'Jobcenter A']);
    ws.addRow([2025, 'zkT', 'Jobcenter B']);
    const bytes = await fuegeNamenHinzu(await alsBytes(wb), [{ name: 'ZV_Liste', bezug: 'Liste!$A:$C' }]);
    const m = await leseXlsx(bytes, 'x.xlsx');
    const z = bereich(m, 'ZV_Liste').zellen!;
    expect(z).toHaveLength(3);
    expect(z[2]!.map((c) => c.wert)).toEqual([2025, 'zkT', 'Jobcenter B']);
    const ergebnis = pruefeMappe(m);
    expect(ergebnis.map((e) => e.vereinbarung.quelle)).toEqual([
      { art: 'liste', liste: 'ZV_Liste', zeile: 2 },
      { art: 'liste', liste: 'ZV_Liste', zeile: 3 },
    ]);
  });

  test('a ZV_Liste table of 10,000 rows is read completely', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Liste');
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 10000; i++) rows.push([2025, 'gE', `Jobcenter ${i + 1}`, `Agentur ${i + 1}`, 20 + (i % 7) / 10, 0.5]);
    ws.addTable({
      name: 'ZV_Liste',
      ref: 'A1',
      columns: ['ZV_Jahr', 'ZV_Art', 'Jobcenter', 'Agentur', 'IQ_VJ_Frauen', 'ZV_IQ_Veraenderung_Frauen'].map((name) => ({ name })),
      rows,
    });
    const bytes = await alsBytes(wb);
    const start = Date.now();
    const m = await leseXlsx(bytes, 'liste.xlsx');
    const ergebnis = pruefeMappe(m);
    const dauer = Date.now() - start;
    console.log(`10,000-row ZV_Liste: ${bytes.length} bytes, read and checked in ${dauer} ms`);
    expect(bereich(m, 'ZV_Liste').zellen).toHaveLength(10001);
    expect(ergebnis).toHaveLength(10000);
    expect(ergebnis[9999]!.vereinbarung.quelle).toEqual({ art: 'liste', liste: 'ZV_Liste', zeile: 10001 });
  });
});

describe('leseXlsx: unusable files', () => {
  async function fehlerVon(p: Promise<unknown>): Promise<Error> {
    try {
      await p;
    } catch (e) {
      return e as Error;
    }
    throw new Error('expected a rejection');
  }

  test('random bytes', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const e = await fehlerVon(leseXlsx(bytes, 'zufall.xlsx'));
    expect(e).toBeInstanceOf(UnbrauchbareDatei);
    expect(e.message).toMatch(/^Die Datei „zufall\.xlsx“ ist keine lesbare Excel-Arbeitsmappe \(\.xlsx\)/);
    expect(e.message).not.toMatch(/at .*\.js|Error:/);
  });

  test('a truncated workbook', async () => {
    const voll = await alsBytes(await grundMappe());
    const e = await fehlerVon(leseXlsx(voll.slice(0, Math.floor(voll.length / 2)), 'halb.xlsx'));
    expect(e).toBeInstanceOf(UnbrauchbareDatei);
    expect(e.message).toContain('„halb.xlsx“');
  });

  test('a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'kein Excel');
    const e = await fehlerVon(leseXlsx(await zip.generateAsync({ type: 'uint8array' }), 'archiv.xlsx'));
    expect(e).toBeInstanceOf(UnbrauchbareDatei);
    expect(e.message).toContain('xl/workbook.xml');
  });

  test('an empty file and an old .xls/encrypted file', async () => {
    expect(await fehlerVon(leseXlsx(new Uint8Array(0), 'leer.xlsx'))).toBeInstanceOf(UnbrauchbareDatei);
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const e = await fehlerVon(leseXlsx(cfb, 'alt.xls'));
    expect(e).toBeInstanceOf(UnbrauchbareDatei);
    expect(e.message).toContain('.xls-Format');
  });

  test('a workbook whose worksheet XML is garbage', async () => {
    const bytes = await bearbeiteTeil(
      await alsBytes(await grundMappe()),
      'xl/worksheets/sheet1.xml',
      () => '<worksheet><sheetData><row r="x"><c r=',
    );
    const e = await fehlerVon(leseXlsx(bytes, 'kaputt.xlsx'));
    expect(e).toBeInstanceOf(UnbrauchbareDatei);
  });

  test('a workbook whose sheet was deleted keeps the other names; the broken ones become findings', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Planung').getCell('A1').value = 2024;
    wb.addWorksheet('Alt').getCell('A1').value = 'gE';
    wb.definedNames.add('Planung!$A$1', 'ZV_Jahr');
    wb.definedNames.add('Alt!$A$1', 'ZV_Art');
    // delete the sheet "Alt" the way a user would leave it when the names still point to it
    let bytes = await alsBytes(wb);
    bytes = await bearbeiteTeil(bytes, 'xl/workbook.xml', (xml) => xml.replace(/<sheet [^>]*name="Alt"[^>]*\/>/, ''));
    const m = await leseXlsx(bytes, 'x.xlsx');
    expect(bereich(m, 'ZV_Art').zellen).toBeNull();
    expect(einzel(m, 'ZV_Jahr').wert).toBe(2024);
    const befunde = pruefeMappe(m).flatMap((e) => e.befunde);
    expect(befunde.find((b) => b.field === 'ZV_Art')?.rule).toBe('NAME_BEZUG_UNGUELTIG');
  });

  test('a workbook without ZV_ names reads (empty) and the core says it is no planning sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tabelle1').getCell('A1').value = 1;
    const m = await leseXlsx(await alsBytes(wb), 'fremd.xlsx');
    expect(m.bereiche).toEqual([]);
    expect(() => pruefeMappe(m)).toThrow(UnbrauchbareDatei);
  });
});

describe('leseXlsx: merged cells', () => {
  test('a name over one merged area (as Excel defines it when a merged cell is named) is that one cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Planung');
    ws.getCell('B5').value = 'Agentur für Arbeit Mettmann';
    ws.mergeCells('B5:D5');
    wb.definedNames.add('Planung!$B$5:$D$5', 'ZV_Agentur');
    const m = await leseXlsx(await alsBytes(wb), 'x.xlsx');
    expect(einzel(m, 'ZV_Agentur')).toEqual({ wert: 'Agentur für Arbeit Mettmann', zahlenformat: 'General', adresse: 'Planung!B5' });
  });

  test('in a list range the covered cells of a merged area are empty, not repeated', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ziele');
    ws.addRow(['Ziel', 'Beschreibung', 'Wert', 'Vergleich']);
    ws.addRow(['Integration', 'Lange Beschreibung über zwei Spalten', null, null]);
    ws.mergeCells('B2:C2');
    wb.definedNames.add('Ziele!$A$1:$D$2', 'ZV_LokaleZiele');
    const m = await leseXlsx(await alsBytes(wb), 'x.xlsx');
    expect(bereich(m, 'ZV_LokaleZiele').zellen![1]!.map((z) => z.wert)).toEqual([
      'Integration',
      'Lange Beschreibung über zwei Spalten',
      null,
      null,
    ]);
  });
});

/** Rewrites every SpreadsheetML part with an `x:` namespace prefix, as some export tools write them. */
async function mitPraefix(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  for (const pfad of Object.keys(zip.files)) {
    if (!/^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+|tables\/table\d+)\.xml$/.test(pfad)) continue;
    const xml = await zip.file(pfad)!.async('string');
    const neu = xml.replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, '<$1x:$2').replace(`xmlns="${main}"`, `xmlns:x="${main}"`);
    zip.file(pfad, neu);
  }
  return zip.generateAsync({ type: 'uint8array' });
}

describe('leseXlsx: the XML reader (fallback when exceljs cannot load a package)', () => {
  let original: Uint8Array;
  beforeAll(async () => {
    const wb = await grundMappe();
    const ws = wb.getWorksheet('Planung')!;
    ws.getCell('E2').value = 'zusammengefasst';
    ws.mergeCells('E2:F3');
    wb.definedNames.add('Planung!$E$2:$F$3', 'ZV_Rahmenbedingungen');
    const ziele = wb.addWorksheet('Ziele 2024');
    ziele.addTable({
      name: 'ZV_LokaleZiele',
      ref: 'B2',
      columns: [{ name: 'Ziel' }, { name: 'Beschreibung' }, { name: 'Wert' }, { name: 'Vergleich' }],
      rows: [
        ['Arbeitsmarktintegration', 'Übertritte <LZA> & mehr', 1132, '<='],
        ['Integrationen', { richText: [{ text: 'Abgänge ' }, { text: 'LZA', font: { bold: true } }] } as unknown as string, 261, '>='],
      ],
    });
    original = await alsBytes(wb);
  });

  test('gives exactly the snapshot exceljs gives', async () => {
    const a = await leseXlsx(original, 'x.xlsx');
    const b = await leseXlsx(original, 'x.xlsx', { leser: 'xml' });
    expect(b).toEqual(a);
    expect(a.bereiche.length).toBeGreaterThan(15);
  });

  test('reads a package with x: prefixes, which exceljs cannot load, to the same snapshot', async () => {
    const praefix = await mitPraefix(original);
    await expect(new ExcelJS.Workbook().xlsx.load(Buffer.from(praefix) as unknown as ArrayBuffer)).rejects.toThrow();
    expect(await leseXlsx(praefix, 'x.xlsx')).toEqual(await leseXlsx(original, 'x.xlsx'));
  });

  test('the committed examples read the same with both readers', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const ordner = `${__dirname}/../../examples`;
    for (const datei of readdirSync(ordner).filter((d) => d.endsWith('.xlsx') && !d.startsWith('ZV_Liste'))) {
      const bytes = readFileSync(`${ordner}/${datei}`);
      expect(await leseXlsx(bytes, datei, { leser: 'xml' })).toEqual(await leseXlsx(bytes, datei));
    }
  });

  test('a truncated sheet part is an unusable file for the XML reader too', async () => {
    const bytes = await bearbeiteTeil(original, 'xl/worksheets/sheet1.xml', (xml) => xml.slice(0, Math.floor(xml.length / 2)));
    await expect(leseXlsx(bytes, 'k.xlsx', { leser: 'xml' })).rejects.toBeInstanceOf(UnbrauchbareDatei);
    await expect(leseXlsx(bytes, 'k.xlsx')).rejects.toBeInstanceOf(UnbrauchbareDatei);
  });
});

/** exceljs's package loader (the prototype of every `workbook.xlsx`), watched to tell which reader read a workbook. */
const XLSX_LADER = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: (...a: unknown[]) => Promise<unknown> };

describe('leseXlsx: large workbooks (worksheet XML over GROSSE_BLAETTER) are read by the XML reader', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    // a ZV_Ist list as the published monthly values are pasted in: dates, text, numbers, empty cells
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Zielnachhaltung');
    const rows: ExcelJS.CellValue[][] = [];
    for (let i = 0; i < 9000; i++) {
      const m = (i % 12) + 1;
      const ds = new Date(Date.UTC(2024, m - 1, 15));
      rows.push([
        `Jobcenter ${i % 400}`,
        `2024-${String(m).padStart(2, '0')}`,
        ['IQ', 'LZB', 'LLU'][i % 3]!,
        i % 3 === 2 ? null : 20.5 + i / 1000,
        i % 5 === 0 ? '21,4' : 24.25,
        2_000_000 + i,
        ds,
        3,
      ]);
    }
    ws.addTable({
      name: 'ZV_Ist',
      ref: 'A1',
      columns: ['Jobcenter', 'Monat', 'Kennzahl', 'Frauen', 'Maenner', 'Gesamt', 'Datenstand', 'Wartezeit'].map((name) => ({ name })),
      rows,
    });
    ws.getColumn(7).numFmt = 'dd.mm.yyyy';
    ws.getCell('J2').value = 'zusammengefasst';
    ws.mergeCells('J2:K3');
    wb.definedNames.add('Zielnachhaltung!$J$2:$K$3', 'ZV_Rahmenbedingungen');
    bytes = await alsBytes(wb);
    const zip = await JSZip.loadAsync(bytes);
    expect((await zip.file('xl/worksheets/sheet1.xml')!.async('string')).length).toBeGreaterThan(GROSSE_BLAETTER);
  });

  test('without exceljs loading the package, to the snapshot exceljs gives', async () => {
    const mitExcelJS = await leseXlsx(bytes, 'ist.xlsx', { leser: 'exceljs' });
    const laden = jest.spyOn(XLSX_LADER, 'load');
    try {
      const m = await leseXlsx(bytes, 'ist.xlsx');
      expect(laden).not.toHaveBeenCalled();
      expect(m).toEqual(mitExcelJS);
      const ist = bereich(m, 'ZV_Ist').zellen!;
      expect(ist).toHaveLength(9001);
      // row 9001 is i = 8999: 8999 % 400 = 199, month 8999 % 12 + 1 = 12, 8999 % 3 = 2 (LLU, no Frauen), 8999 % 5 = 4
      expect(ist[9000]!.map((z) => z.wert)).toEqual([
        'Jobcenter 199',
        '2024-12',
        'LLU',
        null,
        24.25,
        2_008_999,
        new Date(Date.UTC(2024, 11, 15)),
        3,
      ]);
      expect(ist[1]![4]).toEqual({ wert: '21,4', zahlenformat: 'General', adresse: 'Zielnachhaltung!E2' });
      expect(einzel(m, 'ZV_Rahmenbedingungen').wert).toBe('zusammengefasst');
    } finally {
      laden.mockRestore();
    }
  });

  test('a small workbook is still loaded by exceljs', async () => {
    const laden = jest.spyOn(XLSX_LADER, 'load');
    try {
      await leseXlsx(await alsBytes(await grundMappe()), 'klein.xlsx');
      expect(laden).toHaveBeenCalledTimes(1);
    } finally {
      laden.mockRestore();
    }
  });
});

test('a name over a whole sheet (A1:XFD1048576) reads only the used range, quickly', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Liste');
  ws.addRow(['ZV_Jahr', 'Art']);
  ws.addRow([2025, 'gE']);
  const bytes = await fuegeNamenHinzu(await alsBytes(wb), [{ name: 'ZV_Liste', bezug: 'Liste!$A$1:$XFD$1048576' }]);
  for (const leser of ['exceljs', 'xml'] as const) {
    const start = Date.now();
    const m = await leseXlsx(bytes, 'x.xlsx', { leser });
    expect(bereich(m, 'ZV_Liste').zellen!.map((r) => r.map((z) => z.wert))).toEqual([
      ['ZV_Jahr', 'Art'],
      [2025, 'gE'],
    ]);
    expect(Date.now() - start).toBeLessThan(10000);
  }
});

test('a drop-down over whole columns does not make reading slow (exceljs would expand it cell by cell)', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Planung');
  ws.getCell('A1').value = 2024;
  ws.getCell('B2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"gE,gE-kT,zkT"'] };
  wb.definedNames.add('Planung!$A$1', 'ZV_Jahr');
  const bytes = await bearbeiteTeil(await alsBytes(wb), 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace('sqref="B2"', 'sqref="B2:K1048576"'),
  );
  const start = Date.now();
  const m = await leseXlsx(bytes, 'dv.xlsx');
  const dauer = Date.now() - start;
  expect(einzel(m, 'ZV_Jahr').wert).toBe(2024);
  expect(dauer).toBeLessThan(5000);
});
