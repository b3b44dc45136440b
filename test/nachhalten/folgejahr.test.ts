/**
 * The template's sheet "Zielnachhaltung" (its Soll formulas calculated by LibreOffice equal the core's
 * Soll, half-way values included) and `template --folgejahr` (next year's workbook from this year's).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as ExcelJS from 'exceljs';
import { findeFeld } from '../../src/catalogue/felder';
import { nachhalteMappe } from '../../src/kern';
import { runden } from '../../src/model/runden';
import { baueMappe } from '../../src/xlsx/vorlage';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { beispielXlsx, IST, VEREINBARUNG } from './beispiel';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/zielplaner.js');
const ordner = mkdtempSync(path.join(tmpdir(), 'zv-folgejahr-'));
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

const alsText = (w: unknown) => (w instanceof Date ? `${w.getUTCFullYear()}-${String(w.getUTCMonth() + 1).padStart(2, '0')}` : w);
/** The example's rows for the template (months as text, no Datenstand), plus July with a half-way Soll. */
const ZEILEN = [
  ...IST.map((z) => [alsText(z[0]), z[1], z[2], z[3], z[4], null, z[6]] as (string | number | null)[]),
  // LZB gesamt July: Soll = 2.100 × (1 − 3,5/100) = 2.100 × 0,965 = 2.026,5 exactly → 2.027 (binary: 2026,4999…)
  ['2023-07', 'LZB', 1050, 1050, 2100, null, 3],
  ['2024-07', 'LZB', 1000, 1000, 2000, null, 3],
];

test('the Soll formulas of the sheet "Zielnachhaltung", calculated by LibreOffice, equal the core', async () => {
  const werte = Object.fromEntries(Object.entries(VEREINBARUNG).filter(([k]) => findeFeld(k)?.arten.includes('gE'))) as Record<
    string,
    string | number
  >;
  const bytes = await baueMappe({ art: 'gE', werte, listen: { ZV_Ist: ZEILEN } });
  const datei = path.join(ordner, 'Vorlage_Ist.xlsx');
  writeFileSync(datei, bytes);
  const r = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(ordner, 'profil')}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      path.join(ordner, 'aus'),
      datei,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  expect(r.error).toBeUndefined();
  const calc = new ExcelJS.Workbook();
  await calc.xlsx.load(readFileSync(path.join(ordner, 'aus', 'Vorlage_Ist.xlsx')) as unknown as ArrayBuffer);
  const ws = calc.getWorksheet('Zielnachhaltung')!;
  const soll = new Map<string, (number | null)[]>();
  ws.eachRow((row, nr) => {
    if (nr < 5) return;
    const ergebnis = (c: number) => {
      const v = row.getCell(c).value as { result?: unknown } | number | string | null;
      const x = typeof v === 'object' && v !== null ? v.result : v;
      return typeof x === 'number' ? x : null;
    };
    soll.set(`${String(row.getCell(2).value)}|${String(row.getCell(1).value)}`, [ergebnis(9), ergebnis(10), ergebnis(11)]);
  });
  // the core on the same workbook
  const kern = nachhalteMappe(await leseXlsx(bytes, 'Vorlage_Ist.xlsx')).nachhaltungen[0]!;
  const kernSoll = (k: string, g: string, m: number) => {
    const s = kern.kennzahlen.find((x) => x.kennzahl === k && x.geschlecht === g)?.verlauf[m - 1]?.soll;
    return s === undefined ? null : runden(s, k === 'IQ' ? 1 : 0);
  };
  expect(soll.get('IQ|2024-06')).toEqual([10.5, 12.5, 11.5]);
  expect(soll.get('LZB|2024-06')).toEqual([950, 980, 1930]);
  expect(soll.get('LLU|2024-06')).toEqual([null, null, 1_020_000]);
  expect(soll.get('LZB|2024-07')![2]).toBe(2027);
  expect(soll.get('IQ|2023-06')).toEqual([null, null, null]);
  for (const [k, m] of [
    ['IQ', 5],
    ['IQ', 6],
    ['LZB', 6],
    ['LZB', 7],
    ['LLU', 6],
  ] as const) {
    const zeile = soll.get(`${k}|2024-0${m}`)!;
    ['Frauen', 'Maenner', 'Gesamt'].forEach((g, i) => expect([k, m, g, zeile[i]]).toEqual([k, m, g, kernSoll(k, g, m)]));
  }
}, 240_000);

test('template --folgejahr: parties, lists and December values carried over; a missing December is said', async () => {
  const mitDezember = [...IST, ['2024-12', 'IQ', 21.5, 26.0, 23.7, null, 3]];
  const quelle = path.join(ordner, 'Planung_2024.xlsx');
  writeFileSync(quelle, await beispielXlsx(mitDezember));
  const ziel = path.join(ordner, 'Planung_2025.xlsx');
  const r = await run(process.execPath, [BIN, 'template', '--folgejahr', quelle, '--out', ziel], { cwd: ordner });
  expect(r.stdout).toContain('Planungsblatt 2025 (Art gE) geschrieben');
  expect(r.stdout).toContain('Warnung: Für LZB Frauen, Männer fehlt der Jahresfortschrittswert Dezember 2024 in ZV_Ist');
  const neu = nachhalteMappe(await leseXlsx(new Uint8Array(readFileSync(ziel)), 'Planung_2025.xlsx'));
  const v = neu.ergebnisse[0]!.vereinbarung;
  expect(v.jahr).toBe(2025);
  expect(v.art).toBe('gE');
  expect(v.werte.ZV_Jobcenter).toBe('Jobcenter Musterstadt');
  expect(v.werte.ZV_Agentur_Person).toBe(VEREINBARUNG.ZV_Agentur_Person);
  expect([v.werte.ZV_IQ_VJ_Frauen, v.werte.ZV_IQ_VJ_Maenner, v.werte.ZV_IQ_VJ_Gesamt]).toEqual([21.5, 26, 23.7]);
  expect(v.werte.ZV_LZB_VJ_Frauen).toBeUndefined();
  expect(v.werte.ZV_IQ_Veraenderung_Frauen).toBeUndefined();
  // this year's months are next year's previous-year rows of ZV_Ist
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(ziel) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Zielnachhaltung')!;
  const zeilen: unknown[][] = [];
  ws.eachRow((row, nr) => nr >= 5 && zeilen.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]));
  expect(zeilen).toHaveLength(72);
  expect(zeilen).toContainEqual(['2024-06', 'IQ', 10.6]);
  expect(zeilen).toContainEqual(['2025-06', 'IQ', null]);

  const nochmal = await run(process.execPath, [BIN, 'template', '--folgejahr', quelle, '--out', ziel], { cwd: ordner }).catch((e) => e);
  expect(nochmal.code).toBe(2);
  expect(nochmal.stderr).toContain('wird nicht überschrieben');
}, 120_000);
