/**
 * `zielplaner generate --pdf` (issue 11): a PDF/A-2b beside each .docx, made by the installed
 * LibreOffice (the compiled CLI in lib/ runs as a child process, as in validate.test.ts); without
 * LibreOffice on PATH the .docx files are still written, one German sentence, exit status 2.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as ExcelJS from 'exceljs';
import { BIN } from './befehl';

const run = promisify(execFile);
const BEISPIELE = path.resolve(__dirname, '../../examples');

interface Ergebnis {
  code: number;
  stdout: string;
  stderr: string;
}

async function generate(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Ergebnis> {
  try {
    const r = await run(process.execPath, [BIN, 'generate', ...args], { cwd, env, timeout: 170_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as Ergebnis;
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

function kopie(datei: string): { ordner: string; mappe: string } {
  const ordner = mkdtempSync(path.join(tmpdir(), 'zv-pdf-'));
  const mappe = path.join(ordner, datei);
  copyFileSync(path.join(BEISPIELE, datei), mappe);
  return { ordner, mappe };
}

/** pdftotext with its layout dissolved: words separated by single spaces. */
function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('Lörrach 2024: the PDF lies beside the .docx, is a PDF/A-2b and carries the agreement text', async () => {
  const { ordner, mappe } = kopie('Loerrach_2024_gE-kT.xlsx');
  const r = await generate(ordner, [mappe, '--pdf']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const pdf = path.join(ordner, 'Zielvereinbarung_2024_Jobcenter_Landkreis_Lörrach.pdf');
  expect(r.stdout).toContain(`PDF/A geschrieben: ${pdf}`);
  expect(existsSync(pdf.replace(/\.pdf$/, '.docx'))).toBe(true);

  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/^Title:\s+Zielvereinbarung 2024 – Jobcenter Landkreis Lörrach$/m);
  expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
  const xmp = execFileSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' });
  expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
  expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);

  const text = pdfText(pdf);
  expect(text).toContain('Zielvereinbarung 2024');
  expect(text).toContain('der Agentur für Arbeit Lörrach');
  expect(text).toContain('des Jobcenters Landkreis Lörrach');
  expect(text).toContain('Präambel');
}, 180_000);

/** A ZV_Liste workbook of three gE agreements (the layout of test/document/generieren.test.ts). */
async function liste(ordner: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Alle Jobcenter');
  ws.addRow([
    'Jahr',
    'Art',
    'Darstellung',
    'Agentur',
    'Agentur_Person',
    'Agentur_Funktion',
    'Jobcenter',
    'Jobcenter_Person',
    'Jobcenter_Funktion',
    'IQ_Ziel_Frauen',
    'IQ_Ziel_Maenner',
    'IQ_Ziel_Gesamt',
    'LZB_Ziel_Frauen',
    'LZB_Ziel_Maenner',
  ]);
  for (const jc of ['Jobcenter Nordstadt', 'Jobcenter Südstadt', 'Jobcenter Weststadt'])
    ws.addRow([
      2026,
      'gE',
      'Zielwert',
      'Agentur für Arbeit Musterstadt',
      'Erika Muster',
      'Vorsitzende der Geschäftsführung',
      jc,
      'Max Muster',
      'Geschäftsführer',
      15.2,
      25.2,
      19.9,
      2230,
      1900,
    ]);
  wb.definedNames.add(`'Alle Jobcenter'!$A$1:$N$4`, 'ZV_Liste');
  const p = path.join(ordner, 'Liste.xlsx');
  writeFileSync(p, new Uint8Array(await wb.xlsx.writeBuffer()));
  return p;
}

test('a ZV_Liste batch is converted in one LibreOffice run: one PDF beside each .docx', async () => {
  const ordner = mkdtempSync(path.join(tmpdir(), 'zv-pdf-'));
  const mappe = await liste(ordner);
  // a logging soffice in front of the real one: counts the LibreOffice starts
  const echt = execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  const zwischen = mkdtempSync(path.join(tmpdir(), 'zv-lo-'));
  const protokoll = path.join(zwischen, 'aufrufe.txt');
  writeFileSync(path.join(zwischen, 'soffice'), `#!/bin/sh\necho start >> '${protokoll}'\nexec '${echt}' "$@"\n`, { mode: 0o755 });
  const aus = path.join(ordner, 'aus');
  const env = { ...process.env, PATH: `${zwischen}${path.delimiter}${process.env.PATH ?? ''}` };
  const r = await generate(ordner, [mappe, '--out', aus, '--pdf'], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`3 PDF/A-Dateien geschrieben nach ${aus}`);
  expect(readFileSync(protokoll, 'utf8')).toBe('start\n');
  const dateien = readdirSync(aus).sort();
  const docx = dateien.filter((d) => d.endsWith('.docx'));
  expect(docx).toHaveLength(3);
  expect(dateien.filter((d) => d.endsWith('.pdf'))).toEqual(docx.map((d) => d.replace(/\.docx$/, '.pdf')));
  expect(pdfText(path.join(aus, 'Zielvereinbarung_2026_Jobcenter_Südstadt.pdf'))).toContain('des Jobcenters Südstadt');

  // without --force an existing PDF is not overwritten
  const nochmal = await generate(ordner, [mappe, '--out', aus, '--pdf'], env);
  expect(nochmal.code).toBe(2);
  expect(nochmal.stderr).toContain('gibt es schon; es wird nichts überschrieben');
  expect(readFileSync(protokoll, 'utf8')).toBe('start\n');
}, 180_000);

test('without LibreOffice on PATH: the .docx is written, one German sentence, exit status 2', async () => {
  const { ordner, mappe } = kopie('Kaiserslautern_2024_gE.xlsx');
  const leer = mkdtempSync(path.join(tmpdir(), 'zv-ohne-lo-'));
  const r = await generate(ordner, [mappe, '--pdf'], { ...process.env, PATH: leer });
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toEqual([
    expect.stringMatching(/^zielplaner: PDF nicht erstellt: LibreOffice ist nicht installiert/),
  ]);
  expect(r.stdout).toContain('Zielvereinbarung geschrieben:');
  const dateien = readdirSync(ordner);
  expect(dateien).toContain('Zielvereinbarung_2024_Jobcenter_Stadt_Kaiserslautern.docx');
  expect(dateien.filter((d) => d.endsWith('.pdf'))).toEqual([]);
}, 60_000);
