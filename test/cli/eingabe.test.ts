/**
 * How the command line meets the shell, with real child processes: output into a pipe closed early,
 * standard input as `-`, a size limit (also for endless devices), the help's stream and exit status,
 * one verdict for an empty list, and no library output on the terminal.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as ExcelJS from 'exceljs';
import { alsBytes } from '../xlsx/hilfen';
import { fuehreAus } from './befehl';
import { GROESSTE_DATEI, zuGrossMeldung } from '../../src/lesen/grenzen';
import { Abbruch, leseMappe } from '../../src/cli/datei';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/zielplaner.js');
const LISTE = path.resolve(__dirname, '../../examples/ZV_Liste_405.xlsx');
const KL = path.resolve(__dirname, '../../examples/Kaiserslautern_2024_gE.xlsx');
const ordner = mkdtempSync(path.join(tmpdir(), 'zv-eingabe-'));
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

interface Ergebnis {
  code: number | null;
  stdout: string;
  stderr: string;
}

const zielplaner = (...args: string[]): Promise<Ergebnis> => fuehreAus(ordner, args, 60000);

/** Runs the command with `eingabe` on stdin; `lesen` bytes of stdout are read, then the pipe is closed. */
function mitLeitung(args: string[], optionen: { eingabe?: Buffer; lesen?: number } = {}): Promise<Ergebnis & { gelesen: string }> {
  return new Promise((resolve, reject) => {
    const kind = spawn(process.execPath, [BIN, ...args], { cwd: ordner, stdio: ['pipe', 'pipe', 'pipe'] });
    let gelesen = '';
    let stderr = '';
    kind.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    kind.stdout.on('data', (d: Buffer) => {
      gelesen += d.toString();
      if (optionen.lesen !== undefined && gelesen.length >= optionen.lesen) kind.stdout.destroy(); // like `head` exiting
    });
    kind.stdin.on('error', () => undefined);
    if (optionen.eingabe) kind.stdin.end(optionen.eingabe);
    else kind.stdin.end();
    kind.on('error', reject);
    kind.on('close', (code) => resolve({ code, stdout: gelesen, stderr, gelesen }));
  });
}

test('validate --json into a pipe closed after a few bytes ends quietly, with the results’ exit status', async () => {
  const ganz = await zielplaner('validate', LISTE, '--json');
  expect(ganz.stdout.length).toBeGreaterThan(100000);
  const r = await mitLeitung(['validate', LISTE, '--json'], { lesen: 10 });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(ganz.code);
  expect(ganz.stdout.startsWith(r.gelesen.slice(0, 10))).toBe(true);
});

test('the shell pipe `| head -4` prints four lines and no EPIPE trace', async () => {
  const { stdout, stderr } = await run(
    'sh',
    ['-c', `"${process.execPath}" "${BIN}" validate "${LISTE}" --json | head -4; echo "status \${PIPESTATUS:-}"`],
    {
      cwd: ordner,
    },
  );
  expect(stdout.split('\n').slice(0, 4).join('\n')).toMatch(/^\{\n {2}"file"/);
  expect(stderr).not.toMatch(/EPIPE|Error|at /);
});

test('`-` reads the workbook from standard input', async () => {
  const ausDatei = await zielplaner('validate', KL, '--json');
  const r = await mitLeitung(['validate', '-', '--json'], { eingabe: readFileSync(KL) });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(ausDatei.code);
  const befunde = (t: string) => (JSON.parse(t) as { results: unknown }).results;
  expect(befunde(r.stdout)).toEqual(befunde(ausDatei.stdout));
});

test('`validate - --out` writes the checked copy from the workbook read on standard input', async () => {
  const ziel = path.join(ordner, 'Kaiserslautern (geprüft).xlsx');
  const ausDatei = await zielplaner('validate', KL, '--json');
  const r = await mitLeitung(['validate', '-', '--json', '--out', ziel], { eingabe: readFileSync(KL) });
  expect(r.code).toBe(ausDatei.code);
  expect(r.stderr).toBe(`Geprüfte Kopie geschrieben: ${ziel}\n`);
  // the copy is a readable workbook that gives the same results as the input
  const kopie = await zielplaner('validate', ziel, '--json');
  const befunde = (t: string) => (JSON.parse(t) as { results: unknown }).results;
  expect(kopie.code).toBe(ausDatei.code);
  expect(befunde(kopie.stdout)).toEqual(befunde(ausDatei.stdout));
});

test('validate /dev/zero stops quickly with one German sentence and exit 2', async () => {
  const start = Date.now();
  const r = await zielplaner('validate', '/dev/zero');
  expect(Date.now() - start).toBeLessThan(20000);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^zielplaner: Die Datei „\/dev\/zero“ ist größer als 50 MB und wird nicht gelesen/);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
});

test('a file over the limit is refused before it is read, with the sentence the browser page shows too', async () => {
  const gross = path.join(ordner, 'gross.xlsx');
  // a sparse file: its size is over the limit without writing 51 MB
  writeFileSync(gross, '');
  truncateSync(gross, GROESSTE_DATEI + 1);
  const r = await zielplaner('validate', gross);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`zielplaner: ${zuGrossMeldung(gross)}\n`);
  expect(r.stderr).toMatch(/größer als 50 MB und wird nicht gelesen/);
  // in process as well: the reader stops with the shared sentence
  await expect(leseMappe(gross)).rejects.toThrow(new Abbruch(zuGrossMeldung(gross)));
});

test('a file exactly at the limit is not refused for its size', async () => {
  const grenze = path.join(ordner, 'grenze.xlsx');
  writeFileSync(grenze, '');
  truncateSync(grenze, GROESSTE_DATEI);
  const fehler = (await leseMappe(grenze).catch((e: unknown) => e)) as Error;
  expect(fehler).toBeInstanceOf(Abbruch);
  expect(fehler.message).not.toMatch(/größer als/);
});

test('without arguments the help goes to stderr with exit 2; --help prints it on stdout with exit 0', async () => {
  const ohne = await zielplaner();
  expect(ohne.code).toBe(2);
  expect(ohne.stdout).toBe('');
  expect(ohne.stderr).toMatch(/^Zielplaner – Zielvereinbarungen/);
  const hilfe = await zielplaner('--help');
  expect(hilfe.code).toBe(0);
  expect(hilfe.stderr).toBe('');
  expect(hilfe.stdout).toMatch(/zielplaner validate <arbeitsmappe\.xlsx\|\.xlsm\|\.ods\|->/);
});

test('an empty ZV_Liste gets the same verdict from validate and generate', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Liste');
  ws.addRow(['Jahr', 'Art', 'Jobcenter']);
  wb.definedNames.add('Liste!$A$1:$C$5', 'ZV_Liste');
  const datei = path.join(ordner, 'leer.xlsx');
  writeFileSync(datei, await alsBytes(wb));
  const v = await zielplaner('validate', datei);
  const g = await zielplaner('generate', datei, '--out', path.join(ordner, 'aus'));
  expect(v.code).toBe(2);
  expect(g.code).toBe(2);
  expect(v.stderr).toMatch(/enthält keine Vereinbarung/);
  expect(g.stderr).toBe(v.stderr);
});

test('exceljs warnings (a sheet name over 31 characters) never reach the terminal', async () => {
  const bytes = readFileSync(KL);
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const langer = 'Planung mit einem sehr langen Blattnamen über 31 Zeichen';
  zip.file(
    'xl/workbook.xml',
    wbXml.replace(/name="Planung"/, `name="${langer}"`).replace(/(>|')?Planung!/g, (_m, p: string | undefined) => `${p ?? ''}'${langer}'!`),
  );
  const datei = path.join(ordner, 'langer-name.xlsx');
  writeFileSync(datei, await zip.generateAsync({ type: 'uint8array' }));
  const r = await zielplaner('validate', datei, '--json');
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(/"file"/);
});
