/**
 * The checked copy for the browser page: findings as German comments with a highlight fill, derived
 * values filled in, everything else unchanged. Read back with exceljs and with our own reader.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { baueMappe } from '../../src/xlsx/vorlage';
import { LISTEN } from '../../src/catalogue/felder';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { leseStruktur } from '../../src/xlsx/paket';
import { schreibeGepruefteMappe, MARKIERUNG, zerlegeAdresse } from '../../src/xlsx/gepruefteKopie';
import { pruefeMappe } from '../../src/kern';
import type { Pruefergebnis } from '../../src/model/vereinbarung';
import { UnbrauchbareDatei } from '../../src/model/vereinbarung';
import { alsBytes, bearbeiteTeil, feldnamen, fuegeNamenHinzu, ladeMappe } from './hilfen';
import { dxfFarben, entpacke, markierteZellen, txt } from './pakete';
import { KAISERSLAUTERN } from '../../beispiele/saat';

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
}

function zelle(wb: ExcelJS.Workbook, adresse: string): ExcelJS.Cell {
  const t = zerlegeAdresse(adresse)!;
  return wb.getWorksheet(t.blatt)!.getCell(t.zelle);
}

function notiz(c: ExcelJS.Cell): string {
  const n = c.note as unknown;
  if (!n) return '';
  if (typeof n === 'string') return n;
  return ((n as { texts: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
}

function fuellung(c: ExcelJS.Cell): string | undefined {
  return (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
}

describe('schreibeGepruefteMappe', () => {
  let original: Uint8Array;
  let kopie: Uint8Array;
  let ergebnisse: Pruefergebnis[];
  let wbAlt: ExcelJS.Workbook;
  let wbNeu: ExcelJS.Workbook;

  beforeAll(async () => {
    let bytes = await baueMappe({
      art: 'gE',
      werte: {
        // Kaiserslautern 2024 without the Jobcenter's signer (warnings) and a total that contradicts F + M (an error)
        ...KAISERSLAUTERN.optionen.werte,
        ZV_Jobcenter_Person: null,
        ZV_Jobcenter_Funktion: null,
        ZV_LZB_Ziel_Gesamt: 12000,
      },
      listen: { ZV_LokaleZiele: [['Integration', 'Mehr Integrationen von Alleinerziehenden', 261, '>=']] },
    });
    // things the copy must keep: a note of the user's own, another sheet, a broken name, a sheet-scoped name
    const wb = await ladeMappe(bytes);
    wb.getWorksheet('Planung')!.getCell('A1').note = 'Eigene Notiz';
    const notizen = wb.addWorksheet('Notizen');
    notizen.getCell('A1').value = 'Abgestimmt mit der RD am 02.04.2024';
    notizen.getCell('B2').value = { formula: '1+1', result: 2 };
    notizen.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
    bytes = await alsBytes(wb);
    original = await fuegeNamenHinzu(bytes, [
      { name: 'ZV_Alt', bezug: '#REF!' },
      { name: 'Lokal', bezug: 'Notizen!$A$1', localSheetId: 2 },
    ]);
    ergebnisse = pruefeMappe(await leseXlsx(original, 'kl.xlsx'));
    kopie = await schreibeGepruefteMappe(original, ergebnisse);
    wbAlt = await ladeMappe(original);
    wbNeu = await ladeMappe(kopie);
  });

  test('the example has errors and warnings on cells', () => {
    const befunde = ergebnisse.flatMap((e) => e.befunde);
    expect(befunde.some((b) => b.severity === 'error' && b.cell)).toBe(true);
    expect(befunde.some((b) => b.severity === 'warning' && b.cell)).toBe(true);
  });

  test('every finding with a cell is a German comment on that cell, highlighted in the colour of its severity', async () => {
    const teile = entpacke(kopie);
    const markiert = markierteZellen(txt(teile, 'xl/worksheets/sheet1.xml'));
    const farben = dxfFarben(txt(teile, 'xl/styles.xml'));
    for (const b of ergebnisse.flatMap((e) => e.befunde)) {
      if (!b.cell) continue;
      const c = zelle(wbNeu, b.cell);
      const praefix = b.severity === 'error' ? 'Fehler' : b.severity === 'warning' ? 'Warnung' : 'Hinweis';
      expect(notiz(c)).toContain(`${praefix}: ${b.message}`);
      // the highlight is a conditional format (the cell's own fill stays)
      const farbe = farben[markiert.get(zerlegeAdresse(b.cell)!.zelle)!];
      expect([MARKIERUNG.error, MARKIERUNG.warning, MARKIERUNG.info]).toContain(farbe);
      if (b.severity === 'error') expect(farbe).toBe(MARKIERUNG.error);
    }
  });

  test('formula cells in derived places are entered cells: formula and result stay as they were', () => {
    const v = ergebnisse[0]!.vereinbarung;
    const abgeleitet = feldnamen(v.werte).filter((f) => !v.eingegeben.has(f) && v.zellen[f]);
    expect(abgeleitet).toEqual(expect.arrayContaining(['ZV_IQ_Ziel_Frauen', 'ZV_IQ_Ziel_Gesamt', 'ZV_LZB_Ziel_Frauen']));
    for (const f of abgeleitet) {
      const c = zelle(wbNeu, v.zellen[f]!);
      expect(c.formula).toBe(zelle(wbAlt, v.zellen[f]!).formula);
      expect(c.result).toBe(zelle(wbAlt, v.zellen[f]!).result);
    }
    expect(zelle(wbNeu, v.zellen['ZV_IQ_Ziel_Frauen']!).formula).toBeTruthy();
  });

  test('every other cell keeps its value and fill', () => {
    const geaendert = new Set<string>();
    for (const e of ergebnisse) {
      for (const b of e.befunde) if (b.cell) geaendert.add(b.cell);
      for (const f of feldnamen(e.vereinbarung.werte))
        if (!e.vereinbarung.eingegeben.has(f) && e.vereinbarung.zellen[f]) geaendert.add(e.vereinbarung.zellen[f]!);
    }
    let verglichen = 0;
    for (const ws of wbAlt.worksheets) {
      const neu = wbNeu.getWorksheet(ws.name)!;
      ws.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (c) => {
          const adr = `${/^[A-Za-z0-9_]+$/.test(ws.name) ? ws.name : `'${ws.name}'`}!${c.address}`;
          if (geaendert.has(adr)) return;
          const n = neu.getCell(c.address);
          expect(JSON.stringify(n.value)).toBe(JSON.stringify(c.value));
          expect(fuellung(n)).toBe(fuellung(c));
          verglichen++;
        });
      });
    }
    expect(verglichen).toBeGreaterThan(100);
    expect(notiz(wbNeu.getWorksheet('Planung')!.getCell('A1'))).toBe('Eigene Notiz');
  });

  test('defined names (also #REF! and sheet-scoped ones) and tables are unchanged', async () => {
    expect(leseStruktur(await workbookXml(kopie)).namen).toEqual(leseStruktur(await workbookXml(original)).namen);
    const tabellen = (wb: ExcelJS.Workbook) =>
      wb.worksheets.flatMap((ws) =>
        ws.getTables().map((t) => {
          const m = (t as unknown as { table: { name: string; tableRef: string; columns: { name: string }[] } }).table;
          return [ws.name, m.name, m.tableRef, m.columns.map((c) => c.name)];
        }),
      );
    expect(tabellen(wbNeu)).toEqual(tabellen(wbAlt));
    // the template's lists for a gE agreement, each an Excel table
    expect(tabellen(wbNeu).map((t) => t[1])).toEqual(LISTEN.filter((l) => l.arten.includes('gE')).map((l) => l.name));
  });

  test('the copy reads and checks like the original: its findings come back on the same cells', async () => {
    const wieder = pruefeMappe(await leseXlsx(kopie, 'kopie.xlsx'));
    const schluessel = (e: Pruefergebnis[]) => e.flatMap((x) => x.befunde.map((b) => `${b.rule}|${b.field}|${b.cell}`)).sort();
    // derived values written into the copy read as entered values there, which may add findings about them
    expect(schluessel(wieder)).toEqual(expect.arrayContaining(schluessel(ergebnisse)));
    expect(wieder[0]!.vereinbarung.werte['ZV_IQ_Ziel_Gesamt']).toBe(ergebnisse[0]!.vereinbarung.werte['ZV_IQ_Ziel_Gesamt']);
  });

  test("checking the checked copy again does not repeat the comments; the user's own note stays", async () => {
    const nochmal = await schreibeGepruefteMappe(kopie, pruefeMappe(await leseXlsx(kopie, 'kopie.xlsx')));
    const wb2 = await ladeMappe(nochmal);
    for (const b of ergebnisse.flatMap((e) => e.befunde)) {
      if (!b.cell) continue;
      const text = notiz(zelle(wb2, b.cell));
      expect(text.split(b.message).length - 1).toBe(1);
    }
    expect(notiz(wb2.getWorksheet('Planung')!.getCell('A1'))).toBe('Eigene Notiz');
  });

  test('findings on ZV_Liste rows land in their rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Liste 2025');
    ws.addTable({
      name: 'ZV_Liste',
      ref: 'A1',
      columns: ['Jahr', 'Art', 'Jobcenter', 'Agentur', 'IQ_Ziel_Frauen'].map((name) => ({ name })),
      rows: [
        [2025, 'gE', 'Jobcenter A', 'Agentur A', 19.5],
        [2025, 'gE', 'Jobcenter B', 'Agentur B', 140],
      ],
    });
    const bytes = await alsBytes(wb);
    const erg = pruefeMappe(await leseXlsx(bytes, 'liste.xlsx'));
    const kopieListe = await ladeMappe(await schreibeGepruefteMappe(bytes, erg));
    const zeile3 = erg[1]!.befunde.filter((b) => b.cell?.endsWith('3'));
    expect(zeile3.length).toBeGreaterThan(0);
    for (const b of zeile3) expect(notiz(zelle(kopieListe, b.cell!))).toContain(b.message);
    expect(notiz(kopieListe.getWorksheet('Liste 2025')!.getCell('E3'))).toMatch(/^Fehler: /);
  });

  test('a name over a whole sheet does not exhaust memory and is kept in the copy', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Planung');
    ws.getCell('B2').value = 2024;
    wb.definedNames.add('Planung!$B$2', 'ZV_Jahr');
    const bytes = await fuegeNamenHinzu(await alsBytes(wb), [{ name: 'Alles', bezug: 'Planung!$A$1:$XFD$1048576' }]);
    const erg = pruefeMappe(await leseXlsx(bytes, 'gross.xlsx'));
    const kopieGross = await schreibeGepruefteMappe(bytes, erg);
    expect(leseStruktur(await workbookXml(kopieGross)).namen).toEqual(leseStruktur(await workbookXml(bytes)).namen);
    // findings without a cell (ZV_Art has no name at all) are not placed anywhere, and nothing breaks
    expect(erg[0]!.befunde.some((b) => b.field === 'ZV_Art' && b.cell === null)).toBe(true);
    const wieder = await leseXlsx(kopieGross, 'kopie.xlsx');
    expect(wieder.bereiche.find((b) => b.name === 'ZV_Jahr')!.zellen![0]![0]!.wert).toBe(2024);
  });

  test('drop-downs over whole columns are kept in the copy, in their place', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Planung');
    ws.getCell('B2').value = 2024;
    ws.getCell('C3').dataValidation = { type: 'list', allowBlank: true, formulae: ['"gE,gE-kT,zkT"'] };
    ws.getCell('C4').value = { text: 'Link', hyperlink: 'https://example.org' };
    wb.definedNames.add('Planung!$B$2', 'ZV_Jahr');
    const bytes = await bearbeiteTeil(await alsBytes(wb), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('sqref="C3"', 'sqref="C3:K1048576"'),
    );
    const erg = pruefeMappe(await leseXlsx(bytes, 'dv.xlsx'));
    const kopieDv = await schreibeGepruefteMappe(bytes, erg);
    const blatt = await (await JSZip.loadAsync(kopieDv)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(blatt).toContain('sqref="C3:K1048576"');
    expect(blatt.indexOf('<dataValidations')).toBeLessThan(blatt.indexOf('<hyperlinks'));
    expect(blatt.indexOf('<dataValidations')).toBeGreaterThan(blatt.indexOf('</sheetData>'));
    expect((await leseXlsx(kopieDv, 'k.xlsx')).bereiche.find((b) => b.name === 'ZV_Jahr')!.zellen![0]![0]!.wert).toBe(2024);
  });

  test('an unusable original gives the German error, not a crash', async () => {
    await expect(schreibeGepruefteMappe(new Uint8Array([1, 2, 3, 4]), [])).rejects.toBeInstanceOf(UnbrauchbareDatei);
  });
});
