/**
 * The template's formulas, calculated by a real spreadsheet (LibreOffice Calc, headless), give the
 * same derived values as the core's rules; and the files Zielplaner writes open in LibreOffice.
 * Needs `soffice` (Debian: libreoffice-calc-nogui; `node scripts/systempakete.mjs libreoffice-calc-nogui`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ARTEN, FELD, findeFeld, type Feld } from '../../src/catalogue/felder';
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
/**
 * Binary half-way values (issue 10): 14 × 1,025 = 14,349999999999998 (IQ 14,4), 5100 × 1,015 =
 * 5176,499999999999 (5.177 persons, Calc's plain ROUND gives 5.176), the LZB total change
 * (7.900 / 8.000 − 1) × 100 = −1,2499999999999956 (−1,3 %), and an IQ total of exactly 17,25 (17,3).
 */
const HALBWERTE: Beispiel = {
  datei: 'Halbwerte.xlsx',
  optionen: {
    art: 'gE',
    werte: {
      ...OHNE_ELB.optionen.werte,
      ZV_IQ_VJ_Frauen: 14,
      ZV_IQ_Veraenderung_Frauen: 2.5,
      ZV_IQ_VJ_Maenner: 19.6,
      ZV_IQ_Ziel_Maenner: 20.15,
      ZV_IQ_VJ_Gesamt: 17,
      ZV_eLb_Frauen: 10000,
      ZV_eLb_Maenner: 10000,
      ZV_LZB_VJ_Frauen: 5100,
      ZV_LZB_Veraenderung_Frauen: 1.5,
      ZV_LZB_VJ_Maenner: 2900,
      ZV_LZB_Ziel_Maenner: 2723,
    },
  },
};
const FAELLE: readonly Beispiel[] = [...BEISPIELE, OHNE_ELB, HALBWERTE];
const VORLAGEN = ARTEN.map((art) => [art, `Vorlage_${art}.xlsx`] as const);

let ordner: string;
const dateien: Record<string, Uint8Array> = {};
const berechnet: Record<string, Uint8Array> = {};
/** The first sheet (Planung) as LibreOffice shows it: field name (column D) → text of the value cell (column B). */
const angezeigt: Record<string, Map<string, string>> = {};

/** CSV rows (RFC 4180 quoting, as LibreOffice writes it). */
function csvZeilen(text: string): string[][] {
  const zeilen: string[][] = [];
  let zeile: string[] = [];
  let feld = '';
  let inAnfuehrung = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inAnfuehrung && ch === '"' && text[i + 1] === '"') {
      feld += '"';
      i++;
    } else if (ch === '"') {
      inAnfuehrung = !inAnfuehrung;
    } else if (!inAnfuehrung && (ch === ',' || ch === '\n')) {
      zeile.push(feld);
      feld = '';
      if (ch === '\n') {
        zeilen.push(zeile);
        zeile = [];
      }
    } else if (inAnfuehrung || ch !== '\r') {
      feld += ch;
    }
  }
  if (feld !== '' || zeile.length > 0) zeilen.push([...zeile, feld]);
  return zeilen;
}

function soffice(ziel: string, dateienListe: readonly string[]): void {
  const r = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(ordner, 'profil')}`,
      '--convert-to',
      ziel,
      '--outdir',
      path.join(ordner, ziel.startsWith('csv') ? 'csv' : 'aus'),
      ...dateienListe.map((d) => path.join(ordner, d)),
    ],
    { encoding: 'utf8', timeout: 120000 },
  );
  if (r.error) throw new Error(`LibreOffice (soffice) is needed for this test: ${r.error.message}`);
}

function stellen(f: Feld): number {
  return f.typ === 'quote' || f.typ === 'veraenderung' ? 1 : 0;
}

beforeAll(async () => {
  ordner = mkdtempSync(path.join(tmpdir(), 'zielplaner-lo-'));
  for (const b of FAELLE) dateien[b.datei] = await baueMappe(b.optionen);
  for (const [art, name] of VORLAGEN) dateien[name] = await erzeugeVorlage(art, 2026);
  for (const [name, bytes] of Object.entries(dateien)) writeFileSync(path.join(ordner, name), bytes);
  soffice('xlsx', Object.keys(dateien));
  // "as shown" (token 9): the cells' texts with their number formats, in the en-US locale (1033)
  soffice('csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true', Object.keys(dateien));
  for (const name of Object.keys(dateien)) {
    berechnet[name] = readFileSync(path.join(ordner, 'aus', name));
    const csv = readFileSync(path.join(ordner, 'csv', name.replace(/\.xlsx$/, '.csv')), 'utf8');
    angezeigt[name] = new Map(csvZeilen(csv).map((z) => [z[3] ?? '', z[1] ?? '']));
  }
}, 240000);

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

  test('every derived value of the core equals the spreadsheet formula result, as stored and as displayed', () => {
    const v = kern.vereinbarung;
    const abgeleitet = feldnamen(v.werte).filter((f) => !v.eingegeben.has(f) && formelFuer(findeFeld(f)!));
    for (const feld of abgeleitet) {
      const lo = calc.vereinbarung.werte[feld];
      expect([feld, typeof lo === 'number' ? runden(lo, stellen(findeFeld(feld)!)) : lo]).toEqual([feld, v.werte[feld]]);
      // what the controller sees in Calc is what the agreement prints
      const text = angezeigt[datei]!.get(feld);
      expect([feld, text === undefined ? undefined : Number(text.replace(/,/g, ''))]).toEqual([feld, v.werte[feld]]);
    }
  });

  test('every formula cell with a result in Calc is a value the core derives (no value of its own)', () => {
    const v = kern.vereinbarung;
    for (const [feld, text] of angezeigt[datei]!) {
      const f = findeFeld(feld);
      if (!f || !formelFuer(f) || v.eingegeben.has(f.name)) continue;
      expect([feld, text === '' ? undefined : v.werte[f.name] !== undefined]).toEqual([feld, text === '' ? undefined : true]);
    }
  });

  test('a derived stock of persons is stored whole', () => {
    for (const feld of [FELD.ZV_LZB_Ziel_Frauen, FELD.ZV_LZB_Ziel_Maenner, FELD.ZV_LZB_Ziel_Gesamt]) {
      const lo = calc.vereinbarung.werte[feld];
      if (typeof lo === 'number') expect([feld, Number.isInteger(lo)]).toEqual([feld, true]);
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

test('the half-way cases round as the rules do, in the stored values and on screen', () => {
  const a = angezeigt[HALBWERTE.datei]!;
  expect(a.get('ZV_IQ_Ziel_Frauen')).toBe('14.4');
  expect(a.get('ZV_IQ_Ziel_Gesamt')).toBe('17.3');
  expect(a.get('ZV_LZB_Ziel_Frauen')).toBe('5,177');
  expect(a.get('ZV_LZB_Ziel_Gesamt')).toBe('7,900');
  expect(a.get('ZV_LZB_Veraenderung_Gesamt')).toBe('-1.3');
});

test('the half-way workbook, saved by Calc and read back, prints what the rules derive', async () => {
  const nachher = pruefeMappe(await leseXlsx(berechnet[HALBWERTE.datei]!, 'h'))[0]!.vereinbarung.werte;
  expect([nachher.ZV_LZB_Ziel_Frauen, nachher.ZV_LZB_Ziel_Gesamt]).toEqual([5177, 7900]);
  expect(runden(nachher.ZV_IQ_Ziel_Frauen as number, 1)).toBe(14.4);
  expect(runden(nachher.ZV_LZB_Veraenderung_Gesamt as number, 1)).toBe(-1.3);
});

test.each(VORLAGEN)(
  'the empty %s template opens in LibreOffice; its empty formulas stay empty, the findings stay the same',
  async (_art, name) => {
    expect(berechnet[name]!.length).toBeGreaterThan(1000);
    const vorher = pruefeMappe(await leseXlsx(dateien[name]!, 'v'))[0]!;
    const nachher = pruefeMappe(await leseXlsx(berechnet[name]!, 'v'))[0]!;
    const k = (e: Pruefergebnis) => e.befunde.map((b) => `${b.rule}|${b.field}|${b.cell}`).sort();
    expect(k(nachher)).toEqual(k(vorher));
    expect(nachher.vereinbarung.werte['ZV_IQ_Ziel_Gesamt'] ?? '').toBe('');
    expect(nachher.vereinbarung.jahr).toBe(2026);
    // no error values from the formulas either
    for (const [feld, text] of angezeigt[name]!) if (feld.startsWith('ZV_')) expect([feld, text.startsWith('#')]).toEqual([feld, false]);
  },
);
