/**
 * The user guide (docs/anleitung.md, shipped as dist/hilfe.html, the manifest's SupportUrl) answers
 * what a controller without IT at hand needs first (issue 9): how to get the add-in, how to sideload
 * it, and what to do when something does not work. Its pictures exist, so the help page shows them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const WURZEL = resolve(__dirname, '..', '..');
const anleitung = readFileSync(join(WURZEL, 'docs', 'anleitung.md'), 'utf8');

function abschnitt(titel: string): string {
  const start = anleitung.indexOf(`\n### ${titel}\n`);
  expect(start).toBeGreaterThan(0);
  const rest = anleitung.slice(start + titel.length + 6);
  const ende = rest.search(/\n#{2,3} /);
  return ende < 0 ? rest : rest.slice(0, ende);
}

test('getting the add-in: what to ask IT for, in German', () => {
  const text = abschnitt('Das Add-in bekommen: Was Sie Ihre IT fragen');
  expect(text).toContain('ZIELPLANER_URL=https://');
  expect(text).toContain('Integrierte Apps');
  expect(text).toContain('Ein Satz für das Ticket');
});

test('sideloading step by step for Excel on the web, Windows and Mac', () => {
  const text = abschnitt('Das Add-in selbst querladen (zum Ausprobieren)');
  for (const wo of ['**Excel im Web:**', '**Excel für Windows:**', '**Excel für Mac:**']) expect(text).toContain(wo);
  expect(text).toContain('Kataloge vertrauenswürdiger Add-Ins');
  expect(text).toContain('Library/Containers/com.microsoft.Excel/Data/Documents/wef/');
});

test('troubleshooting: certificates, no ribbon button, saving on a Mac, LibreOffice, what the findings mean', () => {
  const text = abschnitt('Wenn etwas nicht klappt');
  for (const thema of [
    '**Zertifikatswarnung',
    '**Keine Schaltfläche im Menüband:**',
    '**Speichern auf dem Mac:**',
    '**Mit LibreOffice arbeiten:**',
    '**Was die Meldungen bedeuten:**',
  ])
    expect(text).toContain(thema);
  expect(text).toContain('npx office-addin-dev-certs install');
});

test('every picture the guide shows exists in docs/bilder (copied to dist/bilder for the help page)', () => {
  const bilder = [...anleitung.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
  expect(bilder.length).toBeGreaterThanOrEqual(3);
  for (const b of bilder) {
    expect(b).toMatch(/^bilder\/[\w-]+\.png$/);
    expect([b, existsSync(join(WURZEL, 'docs', b))]).toEqual([b, true]);
  }
});

test('the section „Zielnachhaltung“ shows the tab „Nachhalten“ and the Zielerreichungsbericht', () => {
  const start = anleitung.indexOf('\n## 8. Zielnachhaltung\n');
  expect(start).toBeGreaterThan(0);
  const rest = anleitung.slice(start + 1);
  const ende = rest.search(/\n## /);
  const text = ende < 0 ? rest : rest.slice(0, ende);
  expect(text).toContain('](bilder/pane-nachhalten.png)');
  expect(text).toContain('](bilder/zielerreichungsbericht.png)');
  expect(text).toContain('### Im Add-in und auf der Browser-Seite: der Bereich „Nachhalten“');
});

test('the README says per Excel version which ExcelApi it has and what Zielplaner shows (Microsoft’s requirement-set table)', () => {
  const readme = readFileSync(join(WURZEL, 'README.md'), 'utf8');
  const zeile = (excel: string): string => readme.split('\n').find((z) => z.startsWith(`| ${excel} |`)) ?? '';
  expect(zeile('Office 2016 (one-time purchase)')).toMatch(/\| 1\.1 \| not offered \(manifest needs 1\.4\)/);
  expect(zeile('Office 2019 (one-time purchase / LTSC)')).toMatch(/\| 1\.7 \(1\.8 starts with Office 2021\) \|/);
  expect(zeile('Office LTSC 2021')).toMatch(/\| 1\.14 \|/);
  expect(zeile('Office LTSC 2024')).toMatch(/\| 1\.17 \|/);
  for (const excel of ['Microsoft 365 (Windows, current builds)', 'Excel on the web', 'Excel for Mac (Microsoft 365, current)'])
    expect(zeile(excel)).toMatch(/\| all/);
});
