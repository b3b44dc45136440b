/**
 * Every generated document opens in LibreOffice: the five examples and a document full of awkward
 * text are converted to PDF headless (Debian's libreoffice-writer-nogui, a throw-away profile), and
 * pdftotext (poppler-utils) finds the title, the parties and the figures in the PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { erzeugeDokument } from '../../src/document';
import { pruefeMappe } from '../../src/kern';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { vereinbarung } from './beispiele';

const BEISPIELE = path.join(__dirname, '..', '..', 'examples');
const ordner = mkdtempSync(path.join(tmpdir(), 'zv-lo-'));
const profil = mkdtempSync(path.join(tmpdir(), 'zv-lo-profil-'));

afterAll(() => {
  if (!process.env.ZV_BEHALTEN) rmSync(ordner, { recursive: true, force: true });
  rmSync(profil, { recursive: true, force: true });
});

/** Converts .docx files to PDF with LibreOffice in one run; returns the PDFs' text (pdftotext -layout off). */
function alsPdfText(dateien: string[]): Map<string, string> {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profil}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', ordner, ...dateien],
    { stdio: 'pipe', timeout: 240_000 },
  );
  const texte = new Map<string, string>();
  for (const d of dateien) {
    const pdf = d.replace(/\.docx$/, '.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    texte.set(path.basename(d), execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  }
  return texte;
}

const ERWARTET: Record<string, readonly string[]> = {
  'Kaiserslautern_2024_gE.xlsx': ['Zielvereinbarung 2024', 'Jobcenters Stadt Kaiserslautern', '19,9 % (- 0,6 %)', '+ 3,8 %', 'Herbst 2023'],
  'Loerrach_2024_gE-kT.xlsx': ['Zielvereinbarung 2024', 'Landrätin', '4.242', 'Kommunales Ziel zu', '* Gilt nur für die Ziele'],
  'Mettmann_2025_gE-kT.xlsx': ['Zielvereinbarung 2025', 'jobcenters ME-aktiv', '20,4 %', '19.006', 'in %'],
  'Mansfeld-Suedharz_2020_gE-kT.xlsx': [
    'Zielvereinbarung 2020',
    '38.219.839 €',
    'Vermeidung Übertritte LZA kleiner gleich',
    '1.132',
    '18,9 %',
  ],
  'Emsland_2024_zkT.xlsx': [
    'Vereinbarung',
    'Grundsicherung für Arbeitsuchende',
    'Landkreis Emsland',
    '§ 2 Ziele, Zielindikatoren und Ergänzungsgrößen',
    'um nicht mehr als 14,0 %',
  ],
};

test('the five example agreements and a document of awkward text open in LibreOffice and become PDFs', async () => {
  const dateien: string[] = [];
  for (const mappe of Object.keys(ERWARTET)) {
    const [r] = pruefeMappe(await leseXlsx(readFileSync(path.join(BEISPIELE, mappe)), mappe));
    const datei = path.join(ordner, mappe.replace(/\.xlsx$/, '.docx'));
    writeFileSync(datei, await erzeugeDokument(r!.vereinbarung));
    dateien.push(datei);
  }
  const seltsam = vereinbarung(
    'gE-kT',
    2026,
    'Veränderung und Zielwert',
    {
      ZV_Agentur: 'Agentur für Arbeit <A&B> "Süd"',
      ZV_Jobcenter: 'Jobcenter 😀 Test',
      ZV_Traeger: 'Landkreis\u0001 Steuerzeichen',
      ZV_IQ_Ziel_Frauen: 15.5,
      ZV_Zusatztext: 'Zeile eins\nZeile zwei\u0000',
    },
    { lokaleZiele: [{ ziel: 'Sehr lang', beschreibung: 'Wort '.repeat(1000) }], kommunaleZiele: [{ ziel: '', beschreibung: '' }] },
  );
  const datei = path.join(ordner, 'seltsam.docx');
  writeFileSync(datei, await erzeugeDokument(seltsam));
  dateien.push(datei);

  const texte = alsPdfText(dateien);
  for (const [mappe, teile] of Object.entries(ERWARTET)) {
    const text = texte.get(mappe.replace(/\.xlsx$/, '.docx'))!;
    for (const t of teile) expect({ mappe, enthaelt: text.includes(t) ? t : `fehlt: ${t}` }).toEqual({ mappe, enthaelt: t });
  }
  const s = texte.get('seltsam.docx')!;
  expect(s).toContain('Zielvereinbarung 2026');
  expect(s).toContain('Agentur für Arbeit <A&B> "Süd"');
  expect(s).toContain('Landkreis Steuerzeichen');
  expect(s).toContain('Jobcenter 😀 Test');
  expect(s).toMatch(/Seite 1 von [2-9]/);
}, 300_000);
