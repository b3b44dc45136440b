/**
 * `zielplaner nachhalten` over real .xlsx files (ZV_Ist as an Excel table): the German table, the
 * contract's JSON, exit codes, the Zielerreichungsbericht read back and opened by LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import { beispielXlsx, IST, VEREINBARUNG } from './beispiel';
import { textVon } from '../document/lesen';
import { fuehreAus, type Ergebnis } from '../cli/befehl';

const ordner = mkdtempSync(path.join(tmpdir(), 'zv-nachhalten-'));
const profil = mkdtempSync(path.join(tmpdir(), 'zv-lo-profil-'));

afterAll(() => {
  rmSync(ordner, { recursive: true, force: true });
  rmSync(profil, { recursive: true, force: true });
});

const zielplaner = (...args: string[]): Promise<Ergebnis> => fuehreAus(ordner, args);

function datei(name: string, bytes: Uint8Array | string): string {
  const p = path.join(ordner, name);
  writeFileSync(p, bytes);
  return p;
}

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: path.resolve(__dirname, '../..'), stdio: 'pipe' });
}, 120_000);

test('the German table on the terminal, exit 0 whatever the Ampel shows', async () => {
  const mappe = datei('Nachhalten.xlsx', await beispielXlsx());
  const r = await zielplaner('nachhalten', mappe);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Stand Juni 2024, Datenstand 15.07.2024, Wartezeit 3 Monate');
  const zeile = (k: string, g: string) => r.stdout.split('\n').find((l) => new RegExp(`^\\s+${k}\\s+${g}\\s`).test(l)) ?? '';
  expect(zeile('IQ', 'Frauen')).toMatch(/21,0 %\s+10,6 %\s+10,5 %\s+\+1,0 % \(\+0,1 Pp\.\)\s+21,2 %\s+grün/);
  expect(zeile('IQ', 'Gesamt')).toMatch(/23,5 %\s+11,0 %\s+11,5 %\s+-4,3 % \(-0,5 Pp\.\)\s+22,5 %\s+rot/);
  expect(zeile('LZB', 'Männer')).toMatch(/980\s+990\s+980\s+\+1,0 %\s+980\s+gelb/);
  expect(zeile('LLU', 'Gesamt')).toMatch(/2\.040\.000 €\s+1\.020\.000 €\s+1\.020\.000 €\s+0,0 %\s+2\.040\.000 €\s+grün/);
}, 60_000);

test('--json prints the contract’s object; errors give exit 1; a broken file exit 2', async () => {
  const mappe = datei('Nachhalten-json.xlsx', await beispielXlsx());
  const r = await zielplaner('nachhalten', mappe, '--json');
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout);
  expect(j.file).toBe(mappe);
  expect(j.agreements).toHaveLength(1);
  expect(j.agreements[0].source).toBe('Planung');
  expect(j.agreements[0].monat).toBe('2024-06');
  expect(j.agreements[0].kennzahlen[0]).toEqual({
    kennzahl: 'IQ',
    geschlecht: 'Frauen',
    ist: 10.6,
    soll: 10.5,
    abweichung: 1.0,
    abweichung_pp: 0.1,
    prognose: 21.2,
    ziel: 21.0,
    ampel: 'gruen',
  });
  expect(
    j.agreements[0].kennzahlen.find((k: { kennzahl: string; geschlecht: string }) => k.kennzahl === 'LZB' && k.geschlecht === 'Gesamt'),
  ).toEqual({
    kennzahl: 'LZB',
    geschlecht: 'Gesamt',
    ist: 2000,
    soll: 1930,
    abweichung: 3.6,
    prognose: 2000,
    ziel: 1930,
    ampel: 'rot',
  });
  expect(j.agreements[0].findings).toEqual([]);

  const doppelt = datei('Doppelt.xlsx', await beispielXlsx([...IST, ['2024-06', 'LZB', 941, 990, 2000, null, 3]]));
  const f = await zielplaner('nachhalten', doppelt, '--json');
  expect(f.code).toBe(1);
  const befund = JSON.parse(f.stdout).agreements[0].findings.find((b: { rule: string }) => b.rule === 'IST_MONAT_DOPPELT');
  expect(befund).toMatchObject({ severity: 'error', field: 'ZV_Ist', cell: 'Zielnachhaltung!A13' });

  const kaputt = await zielplaner('nachhalten', datei('kaputt.xlsx', 'kein Zip'));
  expect(kaputt.code).toBe(2);
  expect(kaputt.stderr).toMatch(/^zielplaner: .*keine lesbare Excel-Arbeitsmappe/);
  expect(kaputt.stderr).not.toMatch(/at .*\.js/);
}, 60_000);

test('--out writes the Zielerreichungsbericht, never overwrites without --force, and LibreOffice opens it', async () => {
  const mappe = datei('Bericht.xlsx', await beispielXlsx());
  const ziel = path.join(ordner, 'Bericht.docx');
  const r = await zielplaner('nachhalten', mappe, '--out', ziel);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Zielerreichungsbericht geschrieben');
  const text = textVon(new Uint8Array(readFileSync(ziel)));
  expect(text).toContain('Zielerreichungsbericht 2024');
  expect(text).toContain('Jobcenter Musterstadt');
  expect(text).toContain('Datenbasis: Datenstand 15.07.2024, Wartezeit 3 Monate');
  for (const w of [
    '10,6 %',
    '10,5 %',
    '+1,0 %',
    '+0,1 Pp.',
    '21,2 %',
    'grün',
    'gelb',
    'rot',
    '1.020.000 €',
    '2.040.000 €',
    'Erläuterung',
  ]) {
    expect(text).toContain(w);
  }
  expect(text).toContain('Verlauf Integrationsquote (K2), Frauen: Ist und Soll je Monat');
  expect(text).toContain('Mai 2024');
  // the Ampel cell is shaded in its colour
  const xml = execFileSync('unzip', ['-p', ziel, 'word/document.xml'], { encoding: 'utf8' });
  expect(xml).toMatch(/w:fill="00B050"/);
  expect(xml).toMatch(/w:fill="C00000"/);

  const nochmal = await zielplaner('nachhalten', mappe, '--out', ziel);
  expect(nochmal.code).toBe(2);
  expect(nochmal.stderr).toContain('wird nicht überschrieben');
  expect((await zielplaner('nachhalten', mappe, '--out', ziel, '--force')).code).toBe(0);

  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profil}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', ordner, ziel],
    {
      stdio: 'pipe',
      timeout: 240_000,
    },
  );
  const pdf = ziel.replace(/\.docx$/, '.pdf');
  expect(existsSync(pdf)).toBe(true);
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const w of ['Zielerreichungsbericht 2024', '10,6 %', '-4,3 %', '2.040.000 €', 'Wartezeit 3 Monate', 'Juni 2024'])
    expect(pdfText).toContain(w);
}, 300_000);

test('a ZV_Liste of several agreements: ZV_Ist rows assigned by the Jobcenter column, one overview report', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Liste');
  const felder = Object.keys(VEREINBARUNG);
  ws.addRow(felder);
  const namen = ['Jobcenter A', 'Jobcenter B', 'Jobcenter C', 'Jobcenter D'];
  for (const n of namen) ws.addRow(felder.map((f) => (f === 'ZV_Jobcenter' ? n : (VEREINBARUNG[f] as number | string))));
  wb.definedNames.add(`Liste!$A$1:$${String.fromCharCode(64 + felder.length)}$5`, 'ZV_Liste');
  const ist = wb.addWorksheet('Ist');
  ist.addTable({
    name: 'ZV_Ist',
    ref: 'A1',
    columns: ['Jobcenter', 'Monat', 'Kennzahl', 'Frauen', 'Maenner', 'Gesamt', 'Wartezeit'].map((name) => ({ name })),
    rows: [
      ...namen
        .slice(0, 3)
        .flatMap((n) =>
          IST.map(
            (z) =>
              [
                n,
                z[0] instanceof Date ? '2024-06' : z[0],
                z[1],
                z[2],
                z[3],
                n === 'Jobcenter B' && z[1] === 'LZB' && z[0] === '2023-06' ? 2100 : z[4],
                3,
              ] as ExcelJS.CellValue[],
          ),
        ),
      ['Jobcenter X', '2024-06', 'IQ', 1, 1, 1, 3],
    ],
  });
  const mappe = datei('Liste.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
  const r = await zielplaner('nachhalten', mappe, '--json', '--out', path.join(ordner, 'Liste.docx'));
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout);
  expect(j.agreements.map((a: { source: string }) => a.source)).toEqual([
    'ZV_Liste row 2',
    'ZV_Liste row 3',
    'ZV_Liste row 4',
    'ZV_Liste row 5',
  ]);
  const lzbGesamt = (i: number) =>
    j.agreements[i].kennzahlen.find((k: { kennzahl: string; geschlecht: string }) => k.kennzahl === 'LZB' && k.geschlecht === 'Gesamt');
  expect(lzbGesamt(0).soll).toBe(1930);
  // B's previous June is 2.100: Soll = 2.100 × 0,965 = 2.026,5 → 2.027 (half-way rounded up)
  expect(lzbGesamt(1).soll).toBe(2027);
  expect(j.agreements[3].monat).toBeNull();
  expect(j.agreements[0].findings.find((b: { rule: string }) => b.rule === 'IST_OHNE_VEREINBARUNG').message).toContain('Jobcenter X');
  const text = textVon(new Uint8Array(readFileSync(path.join(ordner, 'Liste.docx'))));
  expect(text).toContain('Übersicht: 4 Vereinbarungen (Gesamtwerte)');
  expect(text).toContain('Jobcenter B');
}, 60_000);
