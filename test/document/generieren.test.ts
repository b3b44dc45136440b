/**
 * `zielplaner generate`: real .xlsx files in, real .docx files out. One agreement or a ZV_Liste,
 * file names, no overwriting without --force, no document for an agreement with errors without
 * --allow-errors, a progress bar only on a terminal, German one-line errors and exit codes 0/1/2.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as ExcelJS from 'exceljs';
import { generiere } from '../../src/cli/generieren';
import { absaetzeVon, teile, textVon } from './lesen';

const WURZEL = path.join(__dirname, '..', '..');
const BEISPIELE = path.join(WURZEL, 'examples');

function neuerOrdner(): string {
  return mkdtempSync(path.join(tmpdir(), 'zv-gen-'));
}

async function aufruf(args: string[], isTTY = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await generiere(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY });
  return { code, stdout, stderr };
}

function beispiel(datei: string, ordner: string): string {
  const ziel = path.join(ordner, datei);
  copyFileSync(path.join(BEISPIELE, datei), ziel);
  return ziel;
}

const KOPF = [
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
];

/** A ZV_Liste workbook: one agreement per row (with or without the ZV_ prefix in the header). */
async function liste(zeilen: unknown[][], ordner: string, name = 'Liste.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Alle Jobcenter');
  ws.addRow(KOPF);
  for (const z of zeilen) ws.addRow(z);
  wb.definedNames.add(`'Alle Jobcenter'!$A$1:$N$${zeilen.length + 1}`, 'ZV_Liste');
  const p = path.join(ordner, name);
  writeFileSync(p, new Uint8Array(await wb.xlsx.writeBuffer()));
  return p;
}

const zeile = (jobcenter: string, iqFrauen: number | null = 15.2): unknown[] => [
  2026,
  'gE',
  'Zielwert',
  'Agentur für Arbeit Musterstadt',
  'Erika Muster',
  'Vorsitzende der Geschäftsführung',
  jobcenter,
  'Max Muster',
  'Geschäftsführer',
  iqFrauen,
  25.2,
  19.9,
  2230,
  1900,
];

describe('one agreement', () => {
  test('written next to the workbook under Zielvereinbarung_<Jahr>_<Jobcenter>.docx', async () => {
    const ordner = neuerOrdner();
    const mappe = beispiel('Kaiserslautern_2024_gE.xlsx', ordner);
    const r = await aufruf([mappe]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const datei = path.join(ordner, 'Zielvereinbarung_2024_Jobcenter_Stadt_Kaiserslautern.docx');
    expect(r.stdout).toBe(`Zielvereinbarung geschrieben: ${datei}\n`);
    expect(textVon(readFileSync(datei))).toContain('19,9 % (- 0,6 %)');
  });

  test('an existing file is not overwritten without --force (exit 2), and is with it', async () => {
    const ordner = neuerOrdner();
    const mappe = beispiel('Loerrach_2024_gE-kT.xlsx', ordner);
    const datei = path.join(ordner, 'Zielvereinbarung_2024_Jobcenter_Landkreis_Lörrach.docx');
    writeFileSync(datei, 'von Hand bearbeitet');
    const r = await aufruf([mappe]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `zielplaner: Die Datei „${datei}“ gibt es schon; es wird nichts überschrieben. Überschreiben Sie mit --force oder wählen Sie mit --out einen anderen Ort.\n`,
    );
    expect(readFileSync(datei, 'utf8')).toBe('von Hand bearbeitet');
    const f = await aufruf([mappe, '--force']);
    expect(f.code).toBe(0);
    expect(textVon(readFileSync(datei))).toContain('Marion Dammann');
  });

  test('--out as a file name and as a new folder', async () => {
    const ordner = neuerOrdner();
    const mappe = beispiel('Emsland_2024_zkT.xlsx', ordner);
    const datei = path.join(ordner, 'Emsland.docx');
    expect((await aufruf([mappe, '--out', datei])).code).toBe(0);
    expect(textVon(readFileSync(datei))).toContain('§ 1 Verpflichtung der Vereinbarungspartner');
    const neu = path.join(ordner, 'neu', 'tiefer');
    expect((await aufruf([mappe, `--out=${neu}`])).code).toBe(0);
    expect(readdirSync(neu)).toEqual(['Zielvereinbarung_2024_Landkreis_Emsland.docx']);
  });

  test('an agreement with errors: findings printed in German, no document, exit 1; --allow-errors writes it', async () => {
    const ordner = neuerOrdner();
    const mappe = await liste([zeile('Jobcenter Fehlerhaft', null)], ordner);
    const r = await aufruf([mappe]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ZV_Liste Zeile 2 – Jobcenter Fehlerhaft: ');
    expect(r.stderr).toMatch(/Fehler 'Alle Jobcenter'!J2 \[[A-Z_]+\]: .*Frauen/);
    expect(r.stderr).toContain('kein Dokument erzeugt');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(ordner)).toEqual(['Liste.xlsx']);
    const a = await aufruf([mappe, '--allow-errors']);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('das Dokument wird trotzdem erzeugt (--allow-errors)');
    expect(readdirSync(ordner).sort()).toEqual(['Liste.xlsx', 'Zielvereinbarung_2026_Jobcenter_Fehlerhaft.docx']);
    // a document made despite errors says so on every page
    const kopf = teile(readFileSync(path.join(ordner, 'Zielvereinbarung_2026_Jobcenter_Fehlerhaft.docx')));
    const kopfzeilen = Object.entries(kopf).filter(([n]) => /^word\/header\d*\.xml$/.test(n));
    expect(kopfzeilen.map(([, xml]) => absaetzeVon(xml).join(''))).toContain('Entwurf – enthält Fehler');
    expect(kopf['word/document.xml']).toMatch(/<w:headerReference w:type="default"/);
  });
});

describe('a ZV_Liste', () => {
  test('one document per valid row, duplicates numbered, rows with errors skipped', async () => {
    const ordner = neuerOrdner();
    const mappe = await liste(
      [zeile('Jobcenter Nord'), zeile('Jobcenter Süd'), zeile('Jobcenter Nord'), zeile('Jobcenter Ost', null), zeile('Jobcenter A/B')],
      ordner,
    );
    const aus = path.join(ordner, 'aus');
    const r = await aufruf([mappe, '--out', aus]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`4 Zielvereinbarungen geschrieben nach ${aus}\n`);
    expect(r.stderr).toContain('ZV_Liste Zeile 5 – Jobcenter Ost');
    expect(r.stderr).toContain('1 von 5 Vereinbarungen haben Fehler; dafür wurde kein Dokument erzeugt.');
    expect(readdirSync(aus).sort()).toEqual([
      'Zielvereinbarung_2026_Jobcenter_A_B.docx',
      'Zielvereinbarung_2026_Jobcenter_Nord.docx',
      'Zielvereinbarung_2026_Jobcenter_Nord_2.docx',
      'Zielvereinbarung_2026_Jobcenter_Süd.docx',
    ]);
    expect(textVon(readFileSync(path.join(aus, 'Zielvereinbarung_2026_Jobcenter_Süd.docx')))).toContain('des Jobcenters Süd');
  });

  test('a progress bar on a terminal only', async () => {
    const ordner = neuerOrdner();
    const mappe = await liste([zeile('Jobcenter 1'), zeile('Jobcenter 2'), zeile('Jobcenter 3')], ordner);
    const still = await aufruf([mappe, '--out', path.join(ordner, 'a')], false);
    expect(still.stderr).toBe('');
    const tty = await aufruf([mappe, '--out', path.join(ordner, 'b')], true);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('\rDokumente werden erzeugt [');
    expect(tty.stderr).toContain('] 3/3');
    expect(tty.stderr.endsWith('\n')).toBe(true);
  });

  test('--out with a single .docx for several agreements is refused', async () => {
    const ordner = neuerOrdner();
    const mappe = await liste([zeile('Jobcenter 1'), zeile('Jobcenter 2')], ordner);
    const r = await aufruf([mappe, '--out', path.join(ordner, 'eine.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'zielplaner: Die Arbeitsmappe enthält 2 Vereinbarungen; --out „' +
        path.join(ordner, 'eine.docx') +
        '“ ist aber eine einzelne Datei. Geben Sie mit --out einen Ordner an.\n',
    );
  });
});

describe('unusable input: exit 2, one German line, no stack trace', () => {
  test.each([
    ['no workbook given', () => [], 'Es fehlt die Arbeitsmappe.'],
    ['a missing file', (o: string) => [path.join(o, 'gibtsnicht.xlsx')], 'gibt es nicht.'],
    [
      'a text file',
      (o: string) => [(writeFileSync(path.join(o, 'text.xlsx'), 'kein Excel'), path.join(o, 'text.xlsx'))],
      'keine lesbare Excel-Arbeitsmappe',
    ],
    ['an unknown option', (o: string) => [path.join(o, 'x.xlsx'), '--schnell'], 'Unbekannte Option „--schnell“'],
    ['--out without a value', (o: string) => [path.join(o, 'x.xlsx'), '--out'], 'Die Option --out braucht'],
  ])('%s', async (_name, args, meldung) => {
    const o = neuerOrdner();
    const r = await aufruf(args(o));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(meldung);
    expect(r.stderr.startsWith('zielplaner: ')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  test('a workbook without ZV_ names', async () => {
    const o = neuerOrdner();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tabelle1').getCell('A1').value = 'nichts';
    const p = path.join(o, 'leer.xlsx');
    writeFileSync(p, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await aufruf([p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('„ZV_“');
  });
});

describe('the command line on the 405-agreement example (compiled, two worker threads when asked)', () => {
  const BIN = path.join(WURZEL, 'bin', 'zielplaner.js');
  test('writes 405 documents that all open as .docx', async () => {
    expect(existsSync(path.join(WURZEL, 'lib', 'cli', 'dokumentArbeiter.js'))).toBe(true);
    const ordner = neuerOrdner();
    // the default runs in one thread (a document is a filled template); the workers stay available
    const r = await promisify(execFile)(process.execPath, [BIN, 'generate', path.join(BEISPIELE, 'ZV_Liste_405.xlsx'), '--out', ordner], {
      maxBuffer: 1 << 24,
      env: { ...process.env, ZIELPLANER_ARBEITER: '2' },
    });
    expect(r.stdout).toBe(`405 Zielvereinbarungen geschrieben nach ${ordner}\n`);
    const dateien = readdirSync(ordner);
    expect(dateien).toHaveLength(405);
    for (const d of dateien) {
      expect(d).toMatch(/^Zielvereinbarung_20\d\d_.+\.docx$/);
      const b = readFileSync(path.join(ordner, d));
      expect(b.subarray(0, 2).toString()).toBe('PK');
      expect(statSync(path.join(ordner, d)).size).toBeGreaterThan(5000);
    }
    for (const d of [dateien[0]!, dateien[404]!]) expect(textVon(readFileSync(path.join(ordner, d)))).toContain('(Ort, Datum)');
  }, 180_000);
});
