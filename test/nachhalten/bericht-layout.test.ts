/**
 * The layout of the Zielerreichungsbericht as LibreOffice sets it: the report of the guide's example
 * (scripts/nachhaltungsbeispiel.js, the same workbook as docs/bilder/zielerreichungsbericht.png) is
 * written by the real CLI, converted to PDF and read back with `pdftotext -layout`. No header word and
 * no figure of the table may break: every header word stands whole on a line, and every row of the
 * table is one line with its Kennzahl, Ziel, Ist, Soll, Abweichung, Prognose and Ampel in this order.
 * The expected figures come from the CLI's JSON, formatted as the report formats them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { abweichungText, ampelText, GESCHLECHT_ANZEIGE, kennzahlWert, ppText, type Ampel, type IstKennzahl } from '../../src/nachhalten';
import type { Geschlecht } from '../../src/catalogue/felder';
import { DATEINAME, nachhaltungsMappe } from '../../scripts/nachhaltungsbeispiel';
import { fuehreAus } from '../cli/befehl';

const ordner = mkdtempSync(path.join(tmpdir(), 'zv-bericht-layout-'));
const profil = mkdtempSync(path.join(tmpdir(), 'zv-lo-profil-'));

afterAll(() => {
  rmSync(ordner, { recursive: true, force: true });
  rmSync(profil, { recursive: true, force: true });
});

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: path.resolve(__dirname, '../..'), stdio: 'pipe' });
}, 120_000);

interface Stand {
  kennzahl: IstKennzahl;
  geschlecht: Geschlecht;
  ziel: number | null;
  ist: number | null;
  soll: number | null;
  abweichung: number | null;
  abweichung_pp?: number | null;
  prognose: number | null;
  ampel: Ampel | null;
}

const wert = <T>(x: T | null | undefined): T | undefined => (x === null ? undefined : x);
/** pdftotext writes the no-break space as it is; compare with plain spaces. */
const eben = (s: string): string => s.replace(/\u00a0/g, ' ');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the report’s table in LibreOffice: header words and figures never break, one line per row, numbers right-aligned', async () => {
  const mappe = path.join(ordner, DATEINAME);
  writeFileSync(mappe, await nachhaltungsMappe());
  const json = await fuehreAus(ordner, ['nachhalten', mappe, '--json']);
  expect(json.code).toBe(0);
  const staende = (JSON.parse(json.stdout) as { agreements: { kennzahlen: Stand[] }[] }).agreements[0]!.kennzahlen;
  expect(staende.length).toBe(7);

  const docx = path.join(ordner, 'Zielerreichungsbericht.docx');
  expect((await fuehreAus(ordner, ['nachhalten', mappe, '--out', docx])).code).toBe(0);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profil}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', ordner, docx],
    { stdio: 'pipe', timeout: 240_000 },
  );
  const layout = eben(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', docx.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' }));
  const zeilen = layout.split('\n');
  const kopf = zeilen.findIndex((z) => /^\s*Kennzahl\s+Ziel\s+Ist\s+Soll\s/.test(z));
  expect(kopf).toBeGreaterThanOrEqual(0);
  const ende = zeilen.findIndex((z, i) => i > kopf && z.trim().startsWith('Soll = Vorjahreswert'));
  expect(ende).toBeGreaterThan(kopf);
  // the header row: a label of two lines ("Prognose" / "Dezember") stands around the one-line labels
  const tabelle = zeilen.slice(kopf - 1, ende);

  // header: every word whole on a line (a break inside a word would leave e.g. "Ampe" and "l")
  const woerter = new Set(tabelle.flatMap((z) => z.trim().split(/\s+/)));
  for (const w of ['Kennzahl', 'Ziel', 'Ist', 'Soll', 'Abweichung', 'Prognose', 'Dezember', 'Ampel', 'Erläuterung']) {
    expect([w, woerter.has(w)]).toEqual([w, true]);
  }
  expect(zeilen[kopf]).toMatch(/Kennzahl\s+Ziel\s+Ist\s+Soll\s+Abweichung\s+Ampel\s+Erläuterung/);

  // rows: one line each, the figures whole and in the order of the columns
  for (const s of staende) {
    const k = s.kennzahl;
    const abw = abweichungText(wert(s.abweichung));
    const felder = [
      `${k} ${GESCHLECHT_ANZEIGE[s.geschlecht]}`,
      kennzahlWert(k, wert(s.ziel)),
      kennzahlWert(k, wert(s.ist)),
      kennzahlWert(k, wert(s.soll)),
      k === 'IQ' ? `${abw} (${ppText(wert(s.abweichung_pp))})` : abw,
      kennzahlWert(k, wert(s.prognose)),
      ampelText(wert(s.ampel)),
    ];
    const zeile = tabelle.find((z) => z.trimStart().startsWith(felder[0]!)) ?? '';
    expect([felder[0], zeile]).toEqual([felder[0], expect.stringMatching(new RegExp(felder.map(escape).join('\\s+')))]);
  }
  // the widest figure of the example, the one that broke as "49.692. 000 €"
  expect(tabelle.some((z) => z.includes('49.692.000 €'))).toBe(true);

  // figures are right-aligned: the Ist column ends at the same place in every row
  const istEnden = staende.map((s) => {
    const zeile = tabelle.find((z) => z.trimStart().startsWith(`${s.kennzahl} ${GESCHLECHT_ANZEIGE[s.geschlecht]}`))!;
    const ist = kennzahlWert(s.kennzahl, wert(s.ist));
    const ziel = kennzahlWert(s.kennzahl, wert(s.ziel));
    return zeile.indexOf(ist, zeile.indexOf(ziel) + ziel.length) + ist.length;
  });
  expect(Math.max(...istEnden) - Math.min(...istEnden)).toBeLessThanOrEqual(2);

  // the chart stays: the monthly table with its bars follows
  expect(layout).toContain('Verlauf Integrationsquote (K2), Frauen: Ist und Soll je Monat');
  // each chart's longest bar (60 characters, the year's largest value) stands whole on one line
  const balken = (layout.match(/█+/g) ?? []).map((b) => b.length);
  expect(Math.max(...balken)).toBe(60);
  expect(balken.filter((n) => n === 60).length).toBeGreaterThanOrEqual(staende.length);
}, 300_000);
