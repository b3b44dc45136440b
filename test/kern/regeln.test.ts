/**
 * The rule catalogue (src/catalogue/regeln.ts): the user guide's table is generated from it and
 * current, every rule id is exercised by some test, and findings carry the catalogue's severity.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REGEL_IDS, REGELN, type Regel } from '../../src/catalogue/regeln';
import {
  KATALOG_ANFANG,
  KATALOG_ENDE,
  katalogMarkdown,
  regelnMarkdown,
  REGELN_ANFANG,
  REGELN_ENDE,
} from '../../src/catalogue/dokumentation';
import { pruefeMappe } from '../../src/kern';
import { leseXlsx } from '../../src/xlsx/xlsx';

const WURZEL = path.resolve(__dirname, '../..');

function testdateien(ordner: string): string[] {
  return readdirSync(ordner, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(ordner, e.name);
    return e.isDirectory() ? testdateien(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

test('the rule table of docs/anleitung.md is generated from the catalogue and current (npm run doku)', () => {
  const anleitung = readFileSync(path.join(WURZEL, 'docs/anleitung.md'), 'utf8');
  const a = anleitung.indexOf(REGELN_ANFANG);
  const e = anleitung.indexOf(REGELN_ENDE);
  expect(a).toBeGreaterThan(0);
  expect(anleitung.slice(a, e + REGELN_ENDE.length)).toBe(regelnMarkdown());
  for (const id of REGEL_IDS) expect(regelnMarkdown()).toContain(`| \`${id}\` |`);
  expect(regelnMarkdown()).toContain('| `LZB_GESAMT_SUMME` | Warnung/Fehler | **Zielbestand gesamt ist nicht die Summe.**');
});

test('the user guide carries the generated field table too, current (npm run doku)', () => {
  const anleitung = readFileSync(path.join(WURZEL, 'docs/anleitung.md'), 'utf8');
  const a = anleitung.indexOf(KATALOG_ANFANG);
  const e = anleitung.indexOf(KATALOG_ENDE);
  expect(a).toBeGreaterThan(0);
  expect(anleitung.slice(a, e + KATALOG_ENDE.length)).toBe(katalogMarkdown());
  // under its own heading in section 1, before the file formats; the intro points there
  expect(anleitung.lastIndexOf('\n### Alle Namen und Listen\n', a)).toBeGreaterThan(anleitung.indexOf('\n## 1. Das Planungsblatt\n'));
  expect(a).toBeLessThan(anleitung.indexOf('\n### Dateiformate'));
  expect(anleitung).toContain('Die vollständige Liste steht unten unter „Alle Namen und Listen“.');
});

test('the guide lists the fields and rules of the further target forms (issue 12), read from the files', () => {
  const anleitung = readFileSync(path.join(WURZEL, 'docs/anleitung.md'), 'utf8');
  const datei = readFileSync(path.join(WURZEL, 'docs/planungsblatt.md'), 'utf8');
  const zeile = (text: string, name: string): string => text.split('\n').find((z) => z.startsWith(`| \`${name}\` |`)) ?? '';
  // the generated field tables (the guide's, and the repository contract's below its own table)
  for (const felder of [anleitung.slice(anleitung.indexOf(KATALOG_ANFANG)), datei.slice(datei.indexOf(KATALOG_ANFANG))]) {
    expect(zeile(felder, 'ZV_LLU_Veraenderung')).toContain('| Prozent, relativ |');
    for (const g of ['Frauen', 'Maenner']) expect(zeile(felder, `ZV_INT_Ziel_${g}`)).toContain('| ganze Zahl (Personen) |');
    expect(zeile(felder, 'ZV_INT_Ziel_Gesamt')).toContain('| Eingabe oder berechnet |');
    for (const n of ['ZV_Land2', 'ZV_Land2_Person', 'ZV_Land2_Funktion']) expect(zeile(felder, n)).toContain('| zkT |');
    expect(zeile(felder, 'ZV_Ergaenzungsziele')).toContain('`Kennzahl`, `Wert`, `Einheit`, `Vergleich` (optional), `Bezug` (optional)');
    expect(zeile(felder, 'ZV_WeitereZiele')).toContain('`Erfolgskriterium` (optional)');
  }
  for (const id of [
    'INT_GESAMT_SUMME',
    'INT_GESCHLECHT_FEHLT',
    'LLU_VERAENDERUNG_GROSS',
    'ERGAENZUNGSZIEL_UNVOLLSTAENDIG',
    'ERGAENZUNGSZIEL_EINHEIT',
    'ERGAENZUNGSZIEL_BEZUG',
    'ERGAENZUNGSZIEL_BEREICH',
    'ERGAENZUNGSZIEL_GANZE_ZAHL',
    'LAND2_FEHLT',
  ])
    expect(zeile(anleitung, id)).not.toBe('');
  // whole and not negative: the schema's rules name the integration counts too
  expect(zeile(anleitung, 'GANZE_ZAHL')).toContain('Integrationen');
  expect(zeile(anleitung, 'BESTAND_NEGATIV')).toContain('Integrationen');
});

test('every rule id of the catalogue is named in a test', () => {
  const diese = path.resolve(__filename);
  const text = testdateien(path.join(WURZEL, 'test'))
    .filter((p) => path.resolve(p) !== diese)
    .map((p) => readFileSync(p, 'utf8'))
    .join('\n');
  const ungetestet = REGEL_IDS.filter((id) => !new RegExp(`\\b${id}\\b`).test(text));
  expect(ungetestet).toEqual([]);
});

test('every title and explanation is one German sentence, every id is upper-case', () => {
  for (const [id, r] of Object.entries(REGELN) as [string, Regel][]) {
    expect(id).toMatch(/^[A-Z][A-Z0-9_]+[A-Z]$/); // digits only in field names such as LAND2
    expect(r.titel.length).toBeGreaterThan(3);
    expect(r.erklaerung).toMatch(/^[A-ZÄÖÜ„].*\.$/);
  }
});

test('the findings on every example carry a catalogue id and a severity the catalogue allows', async () => {
  const ordner = path.join(WURZEL, 'examples');
  let n = 0;
  for (const datei of readdirSync(ordner).filter((d) => d.endsWith('.xlsx'))) {
    for (const e of pruefeMappe(await leseXlsx(readFileSync(path.join(ordner, datei)), datei))) {
      for (const b of e.befunde) {
        const r: Regel = REGELN[b.rule];
        expect(r).toBeDefined();
        expect([r.schwere, ...(r.auchFehler ? ['error'] : [])]).toContain(b.severity);
        n++;
      }
    }
  }
  expect(n).toBeGreaterThan(0);
});
