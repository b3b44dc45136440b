/**
 * `validate --json` over the further target forms (issue 12): the new values, the derived
 * integrations total, and findings on the right cells, from the committed examples and from an own
 * layout written by the test (lib/ is compiled before the tests, as for test/cli/validate.test.ts).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as ExcelJS from 'exceljs';
import { alsBytes } from '../xlsx/hilfen';
import { entpacke, packe, setze, txt, zellen } from '../xlsx/pakete';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/zielplaner.js');
const BEISPIELE = path.resolve(__dirname, '../../examples');
const ordner = mkdtempSync(path.join(tmpdir(), 'zv-formen-'));

interface Befund {
  rule: string;
  severity: string;
  field: string;
  cell: string | null;
  message: string;
}
interface Ausgabe {
  agreements: { source: string; values: Record<string, unknown>; findings: Befund[] }[];
}

async function validiere(datei: string): Promise<{ code: number; json: Ausgabe }> {
  try {
    const r = await run(process.execPath, [BIN, 'validate', datei, '--json'], { cwd: ordner });
    return { code: 0, json: JSON.parse(r.stdout) as Ausgabe };
  } catch (e) {
    const x = e as { code: number; stdout: string };
    return { code: x.code, json: JSON.parse(x.stdout) as Ausgabe };
  }
}

test('Mümlingtal (Hessen zkT): integration counts with their total, the LZB total only as a hint', async () => {
  const { code, json } = await validiere(path.join(BEISPIELE, 'Muemlingtal_2024_zkT.xlsx'));
  expect(code).toBe(0);
  const [a] = json.agreements;
  expect(a!.values).toMatchObject({
    ZV_INT_Ziel_Frauen: 258,
    ZV_INT_Ziel_Maenner: 354,
    ZV_INT_Ziel_Gesamt: 612,
    ZV_LZB_Veraenderung_Gesamt: -1.5,
  });
  expect(a!.findings.map((f) => [f.rule, f.severity])).toEqual([['LZB_NUR_GESAMT', 'info']]);
});

/** The readable German report (validate without --json). */
async function bericht(datei: string): Promise<string[]> {
  const r = await run(process.execPath, [BIN, 'validate', datei], { cwd: ordner });
  return r.stdout.split('\n').map((z) => z.trim().replace(/\s{2,}/g, ' | '));
}

test('the German report lists the integration counts and the K1 bound beside the Planwerte', async () => {
  const muemlingtal = await bericht(path.join(BEISPIELE, 'Muemlingtal_2024_zkT.xlsx'));
  expect(muemlingtal).toEqual(
    expect.arrayContaining([
      'Integrationen Frauen | – | – | mindestens 258',
      'Integrationen Männer | – | – | mindestens 354',
      'Integrationen gesamt | – | – | mindestens 612',
    ]),
  );
  expect(muemlingtal.some((z) => z.startsWith('Leistungen zum Lebensunterhalt'))).toBe(false);
  const jadeland = await bericht(path.join(BEISPIELE, 'Jadeland_2021_zkT.xlsx'));
  expect(jadeland).toContain('Leistungen zum Lebensunterhalt (K1) | – | höchstens +4,6 % | –');
  expect(jadeland.some((z) => z.startsWith('Integrationen '))).toBe(false);
  const mansfeld = await bericht(path.join(BEISPIELE, 'Mansfeld-Suedharz_2020_gE-kT.xlsx'));
  expect(mansfeld).toContain('Leistungen zum Lebensunterhalt (K1) | – | – | Prognose 38.219.839 €');
});

test('Jadeland (Niedersachsen zkT): the K1 bound and the second ministry among the values', async () => {
  const { code, json } = await validiere(path.join(BEISPIELE, 'Jadeland_2021_zkT.xlsx'));
  expect(code).toBe(0);
  const [a] = json.agreements;
  expect(a!.values).toMatchObject({
    ZV_LLU_Veraenderung: 4.6,
    ZV_IQ_Ziel_Gesamt: 28.4,
    ZV_Land2: 'Niedersächsisches Ministerium für Soziales, Gesundheit und Gleichstellung',
    ZV_Land2_Person: 'Jens Oltmanns',
  });
  expect(a!.findings).toEqual([]);
});

test('an own layout: derived total, wrong total, large K1 bound, unsigned second ministry, incomplete further target', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Planung');
  const werte: Record<string, ExcelJS.CellValue> = {
    ZV_Jahr: 2024,
    ZV_Art: 'zkT',
    ZV_Land: 'Niedersächsisches Ministerium für Wirtschaft, Arbeit, Verkehr und Digitalisierung',
    ZV_Land_Person: 'Dr. Heike Sandmann',
    ZV_Land_Funktion: 'In Vertretung',
    ZV_Land2: 'Niedersächsisches Ministerium für Soziales, Gesundheit und Gleichstellung',
    ZV_Traeger: 'Landkreis Jadeland',
    ZV_Traeger_Person: 'Karin Wilkens',
    ZV_Traeger_Funktion: 'Landrätin',
    ZV_IQ_Veraenderung_Frauen: 2,
    ZV_IQ_Veraenderung_Maenner: 1,
    ZV_LZB_Veraenderung_Gesamt: 2.5,
    ZV_LLU_Veraenderung: 24.6,
    ZV_INT_Ziel_Frauen: 258,
    ZV_INT_Ziel_Maenner: 354,
  };
  Object.entries(werte).forEach(([name, wert], i) => {
    ws.getCell(`B${i + 3}`).value = wert;
    wb.definedNames.add(`Planung!$B$${i + 3}`, name);
  });
  for (const name of ['ZV_Land2_Person', 'ZV_Land2_Funktion']) {
    const zeile = Object.keys(werte).length + 3 + (name.endsWith('Person') ? 0 : 1);
    wb.definedNames.add(`Planung!$B$${zeile}`, name);
  }
  const ziele = wb.addWorksheet('Ziele');
  ziele.addRow(['Kennzahl', 'Wert', 'Einheit', 'Vergleich', 'Bezug']);
  ziele.addRow(['K3E1 Integrationsquote der Langzeitleistungsbeziehenden', null, '%', '>=', 'Zielwert']);
  wb.definedNames.add('Ziele!$A$1:$E$2', 'ZV_Ergaenzungsziele');
  const datei = path.join(ordner, 'Eigene.xlsx');
  writeFileSync(datei, await alsBytes(wb));

  const { code, json } = await validiere(datei);
  expect(code).toBe(1);
  const [a] = json.agreements;
  expect(a!.values.ZV_INT_Ziel_Gesamt).toBe(612);
  expect(a!.findings.map((f) => [f.rule, f.severity, f.field, f.cell])).toEqual([
    ['LZB_NUR_GESAMT', 'info', 'ZV_LZB_Veraenderung_Gesamt', 'Planung!B14'],
    ['UNTERZEICHNER_FEHLT', 'warning', 'ZV_Land2_Person', 'Planung!B18'],
    ['LLU_VERAENDERUNG_GROSS', 'warning', 'ZV_LLU_Veraenderung', 'Planung!B15'],
    ['ERGAENZUNGSZIEL_UNVOLLSTAENDIG', 'error', 'ZV_Ergaenzungsziele', 'Ziele!B2'],
  ]);
});

test('an entered integrations total that differs from the sum: exit 1, the error on its cell', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Planung');
  const werte: Record<string, ExcelJS.CellValue> = {
    ZV_Jahr: 2024,
    ZV_Art: 'zkT',
    ZV_Land: 'Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales',
    ZV_Land_Person: 'Martina Köhler',
    ZV_Land_Funktion: 'Staatssekretärin',
    ZV_Traeger: 'Landkreis Mümlingtal',
    ZV_Traeger_Person: 'Frank Reinhardt',
    ZV_Traeger_Funktion: 'Landrat',
    ZV_IQ_Veraenderung_Frauen: 2,
    ZV_IQ_Veraenderung_Maenner: 1,
    ZV_LZB_Veraenderung_Frauen: -1,
    ZV_LZB_Veraenderung_Maenner: -2,
    ZV_INT_Ziel_Frauen: 258,
    ZV_INT_Ziel_Maenner: 354,
    ZV_INT_Ziel_Gesamt: 621,
  };
  Object.entries(werte).forEach(([name, wert], i) => {
    ws.getCell(`C${i + 2}`).value = wert;
    wb.definedNames.add(`Planung!$C$${i + 2}`, name);
  });
  const datei = path.join(ordner, 'Summe.xlsx');
  writeFileSync(datei, await alsBytes(wb));
  const { code, json } = await validiere(datei);
  expect(code).toBe(1);
  const [a] = json.agreements;
  expect(a!.values.ZV_INT_Ziel_Gesamt).toBe(621);
  expect(a!.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([['INT_GESAMT_SUMME', 'error', 'Planung!C16']]);
  expect(a!.findings[0]!.message).toContain('von der Summe 612 aus Frauen (258) und Männern (354) ab');
});

test('validate --out on the Hessen example with the total left empty: the copy holds 612 in that cell, the input stays', async () => {
  const t = entpacke(new Uint8Array(readFileSync(path.join(BEISPIELE, 'Muemlingtal_2024_zkT.xlsx'))));
  const teil = 'xl/worksheets/sheet1.xml';
  const gesamt = zellen(txt(t, teil)).get('B63')!;
  expect(gesamt).toMatch(/<f>IF\(AND\(ISNUMBER\(ZV_INT_Ziel_Frauen\)/); // the example's formula, emptied here
  setze(t, teil, txt(t, teil).replace(gesamt, '<c r="B63" s="20"/>'));
  const bytes = packe(t);
  const eingabe = path.join(ordner, 'Muemlingtal-leer.xlsx');
  writeFileSync(eingabe, bytes);
  const ziel = path.join(ordner, 'Muemlingtal-geprueft.xlsx');
  const r = await run(process.execPath, [BIN, 'validate', eingabe, '--json', '--out', ziel], { cwd: ordner });
  const json = JSON.parse(r.stdout) as Ausgabe;
  expect(json.agreements[0]!.values.ZV_INT_Ziel_Gesamt).toBe(612);
  const kopie = entpacke(new Uint8Array(readFileSync(ziel)));
  expect(zellen(txt(kopie, teil)).get('B63')).toBe('<c r="B63" s="20"><v>612</v></c>');
  expect(zellen(txt(kopie, teil)).get('B61')).toBe(zellen(txt(t, teil)).get('B61'));
  expect(Buffer.from(readFileSync(eingabe)).equals(Buffer.from(bytes))).toBe(true);
});
