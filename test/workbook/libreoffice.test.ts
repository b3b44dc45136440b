/**
 * The template's formulas, calculated by a real spreadsheet (LibreOffice Calc, headless), give the
 * same derived values as the core's rules; and the files Zielplaner writes open in LibreOffice.
 * Needs `soffice` (Debian: libreoffice-calc-nogui; `node scripts/systempakete.mjs libreoffice-calc-nogui`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findeFeld, type Feld } from '../../src/catalogue/felder';
import { baueMappe, erzeugeVorlage, formelFuer } from '../../src/workbook/vorlage';
import { leseXlsx } from '../../src/workbook/xlsx';
import { pruefeMappe } from '../../src/kern';
import { runden } from '../../src/rules/runden';
import type { Pruefergebnis } from '../../src/model/vereinbarung';
import { BEISPIELE } from '../../scripts/beispiele';

let ordner: string;
const dateien: Record<string, Uint8Array> = {};
const berechnet: Record<string, Uint8Array> = {};

function stellen(f: Feld): number {
  return f.typ === 'quote' || f.typ === 'veraenderung' ? 1 : 0;
}

beforeAll(async () => {
  ordner = mkdtempSync(path.join(tmpdir(), 'zielplaner-lo-'));
  for (const b of BEISPIELE) dateien[b.datei] = await baueMappe(b.optionen);
  dateien['Vorlage_gE-kT.xlsx'] = await erzeugeVorlage('gE-kT', 2026);
  for (const [name, bytes] of Object.entries(dateien)) writeFileSync(path.join(ordner, name), bytes);
  const r = spawnSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(ordner, 'profil')}`, '--convert-to', 'xlsx', '--outdir', path.join(ordner, 'aus'),
      ...Object.keys(dateien).map((d) => path.join(ordner, d))],
    { encoding: 'utf8', timeout: 120000 },
  );
  if (r.error) throw new Error(`LibreOffice (soffice) is needed for this test: ${r.error.message}`);
  for (const name of Object.keys(dateien)) berechnet[name] = readFileSync(path.join(ordner, 'aus', name));
}, 180000);

afterAll(() => {
  if (ordner) rmSync(ordner, { recursive: true, force: true });
});

describe.each(BEISPIELE.map((b) => [b.datei]))('%s calculated by LibreOffice', (datei: string) => {
  let kern: Pruefergebnis;
  let calc: Pruefergebnis;
  beforeAll(async () => {
    kern = pruefeMappe(await leseXlsx(dateien[datei]!, datei))[0]!;
    calc = pruefeMappe(await leseXlsx(berechnet[datei]!, datei))[0]!;
  });

  test('every derived value of the core equals the spreadsheet formula result, as displayed', () => {
    const v = kern.vereinbarung;
    const abgeleitet = Object.keys(v.werte).filter((f) => !v.eingegeben.has(f) && formelFuer(findeFeld(f)!));
    for (const feld of abgeleitet) {
      const lo = calc.vereinbarung.werte[feld];
      expect([feld, typeof lo === 'number' ? runden(lo, stellen(findeFeld(feld)!)) : lo]).toEqual([feld, v.werte[feld]]);
    }
  });

  test('the calculated workbook validates like the original', () => {
    expect(calc.befunde.filter((b) => b.severity === 'error')).toEqual([]);
  });
});

test('at least the gE examples derive values through formulas (the comparison is not empty)', async () => {
  const k = pruefeMappe(await leseXlsx(dateien['Kaiserslautern_2024_gE.xlsx']!, 'k'))[0]!.vereinbarung;
  const abgeleitet = Object.keys(k.werte).filter((f) => !k.eingegeben.has(f));
  expect(abgeleitet).toEqual(expect.arrayContaining(['ZV_IQ_Ziel_Frauen', 'ZV_IQ_Ziel_Gesamt', 'ZV_IQ_Veraenderung_Gesamt', 'ZV_LZB_Ziel_Gesamt', 'ZV_LZB_Veraenderung_Gesamt']));
});

test('the empty template opens in LibreOffice; its empty formulas stay empty, the findings stay the same', async () => {
  const vorher = pruefeMappe(await leseXlsx(dateien['Vorlage_gE-kT.xlsx']!, 'v'))[0]!;
  const nachher = pruefeMappe(await leseXlsx(berechnet['Vorlage_gE-kT.xlsx']!, 'v'))[0]!;
  const k = (e: Pruefergebnis) => e.befunde.map((b) => `${b.rule}|${b.field}|${b.cell}`).sort();
  expect(k(nachher)).toEqual(k(vorher));
  expect(nachher.vereinbarung.werte['ZV_IQ_Ziel_Gesamt'] ?? '').toBe('');
});
