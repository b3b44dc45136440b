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
import { feldnamen } from './hilfen';
import { baueMappe, erzeugeVorlage, formelFuer } from '../../src/xlsx/vorlage';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { pruefeMappe } from '../../src/kern';
import { runden } from '../../src/model/runden';
import type { Pruefergebnis } from '../../src/model/vereinbarung';
import { BEISPIELE, type Beispiel } from '../../beispiele/saat';

/** Besides the examples: the IQ total weighted by the previous year's quotas (no eLb stocks). */
const OHNE_ELB: Beispiel = {
  datei: 'Gewichte_aus_Vorjahr.xlsx',
  optionen: {
    art: 'gE',
    werte: {
      ZV_Jahr: 2026,
      ZV_Art: 'gE',
      ZV_Agentur: 'Agentur für Arbeit Musterstadt',
      ZV_Jobcenter: 'Jobcenter Musterstadt',
      ZV_Agentur_Person: 'Anna Becker',
      ZV_Agentur_Funktion: 'Vorsitzende der Geschäftsführung',
      ZV_Jobcenter_Person: 'Bernd Conrad',
      ZV_Jobcenter_Funktion: 'Geschäftsführer',
      ZV_IQ_VJ_Frauen: 17.3,
      ZV_IQ_VJ_Maenner: 26.1,
      ZV_IQ_VJ_Gesamt: 21.2,
      ZV_IQ_Veraenderung_Frauen: 2.4,
      ZV_IQ_Ziel_Maenner: 26.5,
      ZV_LZB_VJ_Frauen: 6021,
      ZV_LZB_VJ_Maenner: 5377,
      ZV_LZB_Veraenderung_Frauen: -2.2,
      ZV_LZB_Ziel_Maenner: 5300,
    },
  },
};
const FAELLE: readonly Beispiel[] = [...BEISPIELE, OHNE_ELB];

let ordner: string;
const dateien: Record<string, Uint8Array> = {};
const berechnet: Record<string, Uint8Array> = {};

function stellen(f: Feld): number {
  return f.typ === 'quote' || f.typ === 'veraenderung' ? 1 : 0;
}

beforeAll(async () => {
  ordner = mkdtempSync(path.join(tmpdir(), 'zielplaner-lo-'));
  for (const b of FAELLE) dateien[b.datei] = await baueMappe(b.optionen);
  dateien['Vorlage_gE-kT.xlsx'] = await erzeugeVorlage('gE-kT', 2026);
  for (const [name, bytes] of Object.entries(dateien)) writeFileSync(path.join(ordner, name), bytes);
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
      ...Object.keys(dateien).map((d) => path.join(ordner, d)),
    ],
    { encoding: 'utf8', timeout: 120000 },
  );
  if (r.error) throw new Error(`LibreOffice (soffice) is needed for this test: ${r.error.message}`);
  for (const name of Object.keys(dateien)) berechnet[name] = readFileSync(path.join(ordner, 'aus', name));
}, 180000);

afterAll(() => {
  if (ordner) rmSync(ordner, { recursive: true, force: true });
});

describe.each(FAELLE.map((b) => [b.datei]))('%s calculated by LibreOffice', (datei: string) => {
  let kern: Pruefergebnis;
  let calc: Pruefergebnis;
  beforeAll(async () => {
    kern = pruefeMappe(await leseXlsx(dateien[datei]!, datei))[0]!;
    calc = pruefeMappe(await leseXlsx(berechnet[datei]!, datei))[0]!;
  });

  test('every derived value of the core equals the spreadsheet formula result, as displayed', () => {
    const v = kern.vereinbarung;
    const abgeleitet = feldnamen(v.werte).filter((f) => !v.eingegeben.has(f) && formelFuer(findeFeld(f)!));
    for (const feld of abgeleitet) {
      const lo = calc.vereinbarung.werte[feld];
      expect([feld, typeof lo === 'number' ? runden(lo, stellen(findeFeld(feld)!)) : lo]).toEqual([feld, v.werte[feld]]);
    }
  });

  test('the calculated workbook validates like the original', () => {
    expect(calc.befunde.filter((b) => b.severity === 'error')).toEqual([]);
  });
});

test('the weights from the previous year are used and compared (no eLb stocks)', async () => {
  const v = pruefeMappe(await leseXlsx(dateien[OHNE_ELB.datei]!, 'o'))[0]!.vereinbarung;
  expect(feldnamen(v.werte).filter((f) => !v.eingegeben.has(f))).toEqual(
    expect.arrayContaining([
      'ZV_IQ_Ziel_Frauen',
      'ZV_IQ_Ziel_Gesamt',
      'ZV_IQ_Veraenderung_Gesamt',
      'ZV_LZB_Ziel_Frauen',
      'ZV_LZB_VJ_Gesamt',
      'ZV_LZB_Ziel_Gesamt',
    ]),
  );
});

test('at least the gE examples derive values through formulas (the comparison is not empty)', async () => {
  const k = pruefeMappe(await leseXlsx(dateien['Kaiserslautern_2024_gE.xlsx']!, 'k'))[0]!.vereinbarung;
  const abgeleitet = feldnamen(k.werte).filter((f) => !k.eingegeben.has(f));
  expect(abgeleitet).toEqual(
    expect.arrayContaining([
      'ZV_IQ_Ziel_Frauen',
      'ZV_IQ_Ziel_Gesamt',
      'ZV_IQ_Veraenderung_Gesamt',
      'ZV_LZB_Ziel_Gesamt',
      'ZV_LZB_Veraenderung_Gesamt',
    ]),
  );
});

test('the empty template opens in LibreOffice; its empty formulas stay empty, the findings stay the same', async () => {
  const vorher = pruefeMappe(await leseXlsx(dateien['Vorlage_gE-kT.xlsx']!, 'v'))[0]!;
  const nachher = pruefeMappe(await leseXlsx(berechnet['Vorlage_gE-kT.xlsx']!, 'v'))[0]!;
  const k = (e: Pruefergebnis) => e.befunde.map((b) => `${b.rule}|${b.field}|${b.cell}`).sort();
  expect(k(nachher)).toEqual(k(vorher));
  expect(nachher.vereinbarung.werte['ZV_IQ_Ziel_Gesamt'] ?? '').toBe('');
});
