/**
 * The command line over real .xlsx files the test makes itself, laid out unlike the template, and
 * over broken files: exit codes, German output, the contract's JSON, never a stack trace.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { alsBytes, fuegeNamenHinzu } from '../xlsx/hilfen';
import { fuehreAus, type Ergebnis } from './befehl';

const ordner = mkdtempSync(path.join(tmpdir(), 'zv-cli-'));

const zielplaner = (...args: string[]): Promise<Ergebnis> => fuehreAus(ordner, args);

function datei(name: string, bytes: Uint8Array | string): string {
  const p = path.join(ordner, name);
  writeFileSync(p, bytes);
  return p;
}

/** An own layout: labels in column B, values in column D of a sheet with a space in its name. */
async function eigeneMappe(werte: Record<string, unknown>, blatt = 'Planung 2026'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Deckblatt').getCell('A1').value = 'Zielplanung';
  const ws = wb.addWorksheet(blatt);
  Object.entries(werte).forEach(([name, wert], i) => {
    const zeile = 5 + i * 2;
    ws.getCell(`B${zeile}`).value = name.replace(/^ZV_/, '');
    const c = ws.getCell(`D${zeile}`);
    c.value = wert as ExcelJS.CellValue;
    if (typeof wert === 'number' && wert < 1 && wert > 0) c.numFmt = '0.0%';
    wb.definedNames.add(`'${blatt}'!$D$${zeile}`, name);
  });
  return alsBytes(wb);
}

const GUT = {
  ZV_Jahr: 2026,
  ZV_Art: 'gE',
  ZV_Darstellung: 'Zielwert',
  ZV_Agentur: 'Agentur für Arbeit Musterstadt',
  ZV_Agentur_Person: 'Erika Muster',
  ZV_Agentur_Funktion: 'Vorsitzende der Geschäftsführung',
  ZV_Jobcenter: 'Jobcenter Musterstadt',
  ZV_Jobcenter_Person: 'Max Muster',
  ZV_Jobcenter_Funktion: 'Geschäftsführer',
  ZV_IQ_VJ_Frauen: 0.15,
  ZV_IQ_VJ_Maenner: 0.25,
  ZV_IQ_VJ_Gesamt: 0.196,
  ZV_IQ_Veraenderung_Frauen: 2,
  ZV_IQ_Veraenderung_Maenner: -1,
  ZV_LZB_VJ_Frauen: 2000,
  ZV_LZB_VJ_Maenner: 1800,
  ZV_LZB_Veraenderung_Frauen: '+ 1,5 %',
  ZV_LZB_Veraenderung_Maenner: -2,
};

describe('zielplaner validate', () => {
  test('a good workbook in its own layout: exit 0, German table, percent formats and text numbers read', async () => {
    const p = datei('Eigen.xlsx', await eigeneMappe(GUT));
    const r = await zielplaner('validate', p);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 Vereinbarung geprüft');
    expect(r.stdout).toContain('Integrationsquote Frauen  15,0 %');
    expect(r.stdout).toContain("'Planung 2026'!D");
    expect(r.stdout).toContain('ZAHL_ALS_TEXT');
  });

  test('--json prints the contract object with derived values as displayed', async () => {
    const p = datei('Eigen-json.xlsx', await eigeneMappe(GUT));
    const r = await zielplaner('validate', p, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['file', 'agreements']);
    expect(j.file).toBe(p);
    const a = j.agreements[0];
    expect(Object.keys(a)).toEqual(['source', 'values', 'findings']);
    expect(a.source).toBe('Planung 2026');
    expect(a.values.ZV_IQ_Ziel_Frauen).toBe(15.3);
    expect(a.values.ZV_IQ_VJ_Frauen).toBe(15);
    expect(a.values.ZV_LZB_Ziel_Gesamt).toBe(2030 + 1764);
    expect(Object.keys(a.findings[0])).toEqual(['rule', 'severity', 'field', 'cell', 'message']);
  });

  test('a word in a number cell on a sheet with a space: exit 1, that cell and a German message', async () => {
    const p = datei('Wort.xlsx', await eigeneMappe({ ...GUT, ZV_IQ_Veraenderung_Frauen: 'etwas mehr' }));
    const r = await zielplaner('validate', p, '--json');
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).agreements[0].findings.find((x: { rule: string }) => x.rule === 'KEINE_ZAHL');
    expect(f.cell).toBe("'Planung 2026'!D29");
    expect(f.message).toContain('„etwas mehr“');
  });

  test('names pointing nowhere and a deleted sheet are findings, not crashes', async () => {
    let bytes = await eigeneMappe(GUT);
    bytes = await fuegeNamenHinzu(bytes, [
      { name: 'ZV_eLb_Frauen', bezug: '#REF!' },
      { name: 'ZV_eLb_Maenner', bezug: "'Gelöscht'!$A$1" },
    ]);
    const r = await zielplaner('validate', datei('Kaputt.xlsx', bytes), '--json');
    expect(r.code).toBe(1);
    const regeln = JSON.parse(r.stdout).agreements[0].findings.map((x: { rule: string; field: string }) => `${x.rule}:${x.field}`);
    expect(regeln).toEqual(expect.arrayContaining(['NAME_BEZUG_UNGUELTIG:ZV_eLb_Frauen', 'NAME_BEZUG_UNGUELTIG:ZV_eLb_Maenner']));
  });

  test.each([
    ['a missing file', async () => path.join(ordner, 'gibtsnicht.xlsx'), /gibt es nicht/],
    ['a text file', async () => datei('text.xlsx', 'Hallo'), /keine lesbare Excel-Arbeitsmappe/],
    ['a truncated workbook', async () => datei('halb.xlsx', (await eigeneMappe(GUT)).slice(0, 900)), /keine lesbare Excel-Arbeitsmappe/],
    [
      'a zip that is not a workbook',
      async () => {
        const zip = new JSZip();
        zip.file('hallo.txt', 'kein Excel');
        return datei('zip.xlsx', await zip.generateAsync({ type: 'uint8array' }));
      },
      /keine lesbare Excel-Arbeitsmappe/,
    ],
    [
      'a workbook without ZV_ names',
      async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('Haushalt').getCell('A1').value = 42;
        return datei('ohne.xlsx', await alsBytes(wb));
      },
      /keine Namen, die mit „ZV_“ beginnen/,
    ],
    ['a folder', async () => ordner, /ist ein Ordner/],
  ])('%s: exit 2, one German sentence, no stack trace', async (_name, machen, meldung) => {
    const r = await zielplaner('validate', await machen());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(meldung);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  test('usage errors exit 2 in German', async () => {
    expect((await zielplaner('prüfen')).stderr).toContain('Unbekannter Befehl');
    expect((await zielplaner('validate')).code).toBe(2);
    expect((await zielplaner('validate', 'a.xlsx', '--csv')).stderr).toContain('Unbekannte Option „--csv“');
  });

  test('ZV_Liste with 10,000 rows: every row checked, findings per worksheet row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Alle Jobcenter');
    ws.addRow(['Jahr', 'Art', 'Agentur', 'Jobcenter', 'IQ_Ziel_Frauen', 'IQ_Ziel_Maenner', 'LZB_Ziel_Frauen', 'LZB_Ziel_Maenner']);
    for (let i = 0; i < 10000; i++)
      ws.addRow([2026, 'gE', `Agentur ${i}`, `Jobcenter ${i}`, i === 4321 ? 'hoch' : 15 + (i % 5), 25, 2000 + i, 1800]);
    wb.definedNames.add(`'Alle Jobcenter'!$A$1:$H$10001`, 'ZV_Liste');
    const r = await zielplaner('validate', datei('Liste.xlsx', await alsBytes(wb)), '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.agreements).toHaveLength(10000);
    expect(j.agreements[4321].source).toBe('ZV_Liste row 4323');
    const fehler = j.agreements.filter((a: { findings: { severity: string }[] }) => a.findings.some((f) => f.severity === 'error'));
    expect(fehler.map((a: { source: string }) => a.source)).toEqual(['ZV_Liste row 4323']);
    expect(fehler[0].findings.find((f: { rule: string }) => f.rule === 'KEINE_ZAHL').cell).toBe("'Alle Jobcenter'!E4323");
  });
});

describe('zielplaner template', () => {
  test.each(['gE', 'gE-kT', 'zkT'])('--art %s writes a workbook that validate reads; it refuses to overwrite', async (art) => {
    const ziel = `Vorlage-${art}.xlsx`;
    const r = await zielplaner('template', '--art', art, '--out', ziel);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(ordner, ziel))).toBe(true);
    const v = await zielplaner('validate', ziel, '--json');
    expect([0, 1]).toContain(v.code);
    const a = JSON.parse(v.stdout).agreements[0];
    expect(a.values.ZV_Art).toBe(art);
    expect(
      a.findings.every((f: { rule: string }) =>
        ['PFLICHTFELD_FEHLT', 'GESCHLECHT_FEHLT', 'UNTERZEICHNER_FEHLT', 'ZIELWERT_FEHLT'].includes(f.rule),
      ),
    ).toBe(true);
    const nochmal = await zielplaner('template', '--art', art, '--out', ziel);
    expect(nochmal.code).toBe(2);
    expect(nochmal.stderr).toContain('wird nicht überschrieben');
  });

  test('the target year is next year unless --jahr says otherwise; the message names it', async () => {
    const naechstes = new Date().getFullYear() + 1;
    const r = await zielplaner('template', '--art', 'zkT', '--out', 'Vorlage-Jahr.xlsx');
    expect(r.stdout).toContain(`Zieljahr ${naechstes}`);
    const v = JSON.parse((await zielplaner('validate', 'Vorlage-Jahr.xlsx', '--json')).stdout).agreements[0];
    expect(v.values.ZV_Jahr).toBe(naechstes);
    expect(v.findings.some((f: { field: string }) => f.field === 'ZV_Jahr')).toBe(false);
    const j = await zielplaner('template', '--art', 'gE', '--jahr', '2031', '--out', 'Vorlage-2031.xlsx');
    expect(j.code).toBe(0);
    expect(JSON.parse((await zielplaner('validate', 'Vorlage-2031.xlsx', '--json')).stdout).agreements[0].values.ZV_Jahr).toBe(2031);
  });

  test('an unknown kind is refused', async () => {
    const r = await zielplaner('template', '--art', 'Option');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Erlaubt sind: gE, gE-kT, zkT');
  });
});

describe('zielplaner validate --out (the checked copy)', () => {
  test('writes the copy where asked, leaves the input byte for byte, keeps --json clean', async () => {
    const bytes = await eigeneMappe({ ...GUT, ZV_IQ_Veraenderung_Frauen: 'etwas mehr' });
    const p = datei('Kopie-Eingabe.xlsx', bytes);
    const ziel = path.join(ordner, 'aus', 'geprüft.xlsx');
    mkdirSync(path.dirname(ziel), { recursive: true });
    const vorher = readdirSync(ordner).sort();
    const r = await zielplaner('validate', p, '--json', '--out', ziel);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).agreements).toHaveLength(1);
    expect(r.stderr).toBe(`Geprüfte Kopie geschrieben: ${ziel}\n`);
    expect(Buffer.from(readFileSync(p)).equals(Buffer.from(bytes))).toBe(true);
    expect(readdirSync(ordner).sort()).toEqual(vorher); // nothing written next to the input
    const kopie = await JSZip.loadAsync(readFileSync(ziel));
    const kommentare = await kopie.file('xl/comments1.xml')!.async('string');
    expect(kommentare).toContain('Fehler: ');
    // text mode says where the copy went; an existing file is kept without --force
    const nochmal = await zielplaner('validate', p, '--out', ziel);
    expect(nochmal.code).toBe(2);
    expect(nochmal.stderr).toContain('wird nicht überschrieben');
    const mitForce = await zielplaner('validate', p, '--out', ziel, '--force');
    expect(mitForce.code).toBe(1);
    expect(mitForce.stdout).toContain(`Geprüfte Kopie geschrieben: ${ziel}`);
  });

  test('the copy never replaces its input, not even with --force', async () => {
    const bytes = await eigeneMappe(GUT);
    const p = datei('Selbst.xlsx', bytes);
    const r = await zielplaner('validate', p, '--out', p, '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('darf die Arbeitsmappe');
    expect(Buffer.from(readFileSync(p)).equals(Buffer.from(bytes))).toBe(true);
  });

  test('an .xlsm copy keeps its macro project', async () => {
    const zip = await JSZip.loadAsync(await eigeneMappe(GUT));
    const makro = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
    zip.file('xl/vbaProject.bin', makro);
    const p = datei('Makro.xlsm', await zip.generateAsync({ type: 'uint8array' }));
    const ziel = path.join(ordner, 'Makro (geprüft).xlsm');
    const r = await zielplaner('validate', p, '--out', ziel);
    expect(r.code).toBe(0);
    const kopie = await JSZip.loadAsync(readFileSync(ziel));
    expect(await kopie.file('xl/vbaProject.bin')!.async('uint8array')).toEqual(makro);
  });
});
