/**
 * The built task pane (dist/taskpane.html, the production bundle) in Debian's Chromium, with office.js
 * replaced by a stand-in over a small workbook (test/build/excel-im-browser.js): it starts in German,
 * reads the workbook in two syncs, shows a finding's cell on another sheet, highlights on request, follows the
 * Office theme (light and dark), passes axe-core (including colour contrast, which jsdom cannot
 * check), logs no errors and requests nothing but its own files. Screenshots: docs/bilder/taskpane-*.png with `npm run bilder`, else test-output/bilder/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { BILDER, schwereVerstoesse, starteBrowser, starteServer, type Server, type Sitzung } from '../e2e/hilfen';
import { sichereBuild } from './bau';

jest.setTimeout(900_000);

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const STUB = readFileSync(path.join(__dirname, 'excel-im-browser.js'), 'utf8');
const NAMEN = [
  { name: 'ZV_Jahr', bezug: 'Planung!C4', wert: 2024, format: '0' },
  { name: 'ZV_Art', bezug: 'Planung!C5', wert: 'gE' },
  { name: 'ZV_Jobcenter', bezug: 'Planung!C6', wert: 'Jobcenter Kaiserslautern' },
  { name: 'ZV_Agentur', bezug: 'Planung!C7', wert: 'Agentur für Arbeit Kaiserslautern' },
  { name: 'ZV_IQ_VJ_Frauen', bezug: 'Planung!C10', wert: 20, format: '0.0' },
  { name: 'ZV_IQ_Veraenderung_Frauen', bezug: 'Planung!C11', wert: 5, format: '0.0' },
  { name: 'ZV_IQ_Ziel_Frauen', bezug: 'Planung!C12', wert: '', format: '0.0' },
  { name: 'ZV_IQ_VJ_Maenner', bezug: 'Planung!C13', wert: 22, format: '0.0' },
  { name: 'ZV_IQ_Veraenderung_Maenner', bezug: 'Planung!C14', wert: 2, format: '0.0' },
  { name: 'ZV_IQ_Ziel_Maenner', bezug: "'Werte 2026'!D3", wert: 30, format: '0.0' },
  { name: 'ZV_IQ_VJ_Gesamt', bezug: 'Planung!C16', wert: 21, format: '0.0' },
];

let server: Server;
let sitzung: Sitzung;

beforeAll(async () => {
  server = await starteServer(sichereBuild());
  sitzung = await starteBrowser(server.adresse);
});
afterAll(async () => {
  await sitzung?.schliesse();
  await server?.stoppe();
});

/** Opens the task pane with the stand-in office.js (page routes win over the session's blocking route). */
async function oeffne(page: Page, thema: 'hell' | 'dunkel'): Promise<void> {
  await page.unroute(OFFICE_JS).catch(() => undefined);
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.__ZIELPLANER_TEST=${JSON.stringify({ thema, namen: NAMEN })};\n${STUB}`,
    }),
  );
  await page.goto(new URL('taskpane.html', server.adresse).href);
  await page.getByText(/Planungsblatt erkannt/).waitFor();
}

async function barrierefrei(page: Page, wo: string): Promise<void> {
  expect(await schwereVerstoesse(page, wo)).toEqual([]);
}

test('the built pane in Chromium: German, two syncs to read, a finding shows its cell, highlights, axe', async () => {
  const page = sitzung.page;
  await page.setViewportSize({ width: 380, height: 900 }); // a task pane is narrow
  await oeffne(page, 'hell');
  const excel = await page.evaluate(() => (window as any).__excel.laeufe.map((l: { syncs: number }) => l.syncs));
  expect(excel[0]).toBe(2); // the first Excel.run is the reading: names+tables, then all ranges
  await page.getByRole('tab', { name: /^Prüfen/ }).click();
  await page.getByRole('heading', { name: /^Fehler \(\d+\)$/ }).waitFor();
  await page.getByRole('button', { name: /^Fehler in Zelle 'Werte 2026'!D3/ }).click();
  await page.getByText("Zelle 'Werte 2026'!D3 ausgewählt.").waitFor();
  // highlights only on request
  expect(await page.evaluate(() => (window as any).__excel.zellen['Werte 2026!D3'].bedingte.length)).toBe(0);
  await page.getByRole('switch', { name: 'Befunde in den Zellen markieren' }).click();
  await page.getByText('Die Befunde sind in den Zellen markiert.').waitFor();
  const protokoll = await page.evaluate(() => {
    const p = (window as any).__excel;
    return { ausgewaehlt: p.ausgewaehlt, aktiviert: p.aktiviert, markiert: p.zellen['Werte 2026!D3'].bedingte.length };
  });
  expect(protokoll).toEqual({ ausgewaehlt: ['Werte 2026!D3'], aktiviert: ['Werte 2026'], markiert: 1 });
  mkdirSync(BILDER, { recursive: true });
  await page.screenshot({ path: path.join(BILDER, 'taskpane-pruefen.png'), fullPage: true });
  await barrierefrei(page, 'Prüfen (hell)');
  for (const bereich of ['Felder zuordnen', 'Planwerte', 'Start']) {
    await page.getByRole('tab', { name: bereich }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await barrierefrei(page, `${bereich} (hell)`);
  }
  await page.getByRole('button', { name: 'Befunde ansehen' }).click();
  await page.getByRole('button', { name: 'Markierungen entfernen' }).click();
  await page.getByText('Die Markierungen wurden entfernt; die Zellen sind wieder wie vorher.').waitFor();
  const rest = await page.evaluate(() =>
    Object.values((window as any).__excel.zellen).reduce((n: number, z: any) => n + z.bedingte.length, 0),
  );
  expect(rest).toBe(0);
  expect(sitzung.fehler).toEqual([]);
});

test('Planwerte are written into the cells, and the agreement is generated on demand and downloaded', async () => {
  const page = sitzung.page;
  await oeffne(page, 'hell');
  const vorher = sitzung.anfragen.length;
  await page.getByRole('tab', { name: 'Planwerte' }).click();
  const frauen = page.getByRole('checkbox', { name: 'Zielwert Integrationsquote (Frauen): 21,0 % (Planung!C12)' });
  await frauen.waitFor();
  await page.getByRole('button', { name: 'Planwerte in die Zellen schreiben' }).click();
  await page.getByText(/Planwerte? wurden? in die Zellen geschrieben\./).waitFor();
  expect(await page.evaluate(() => (window as any).__excel.zellen['Planung!C12'].wert)).toBe(21);
  await page.screenshot({ path: path.join(BILDER, 'taskpane-planwerte.png'), fullPage: true });

  // the document builder (docx) is fetched only now, as its own chunk
  const geladenVorher = sitzung.anfragen.slice(0, vorher).filter((u) => /\/dokument\.[0-9a-f]+\.js$/.test(u));
  expect(geladenVorher).toEqual([]);
  await page.getByRole('tab', { name: 'Vereinbarung' }).click();
  const vorschau = page.getByRole('region', { name: /^Vorschau: .*\.docx$/ });
  await vorschau.waitFor({ timeout: 60_000 });
  expect(await vorschau.innerText()).toContain('Zielvereinbarung 2024');
  expect(sitzung.anfragen.some((u) => /\/dokument\.[0-9a-f]+\.js$/.test(u))).toBe(true);
  await barrierefrei(page, 'Vereinbarung (hell)');
  await page.screenshot({ path: path.join(BILDER, 'taskpane-vereinbarung.png'), fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Word-Dokument speichern' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Zielvereinbarung_2024_.*\.docx$/);
  expect(
    readFileSync(await download.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  await page.getByText(/Das Word-Dokument wird heruntergeladen/).waitFor();
  expect(sitzung.fehler).toEqual([]);
});

test('the pane follows a dark Office theme and stays readable', async () => {
  const page = sitzung.page;
  await oeffne(page, 'dunkel');
  const hintergrund = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
  const [r, g, b] = (hintergrund.match(/\d+/g) ?? []).map(Number) as [number, number, number];
  expect(r + g + b).toBeLessThan(3 * 80);
  await page.getByRole('tab', { name: /^Prüfen/ }).click();
  await page.getByRole('heading', { name: /^Fehler \(\d+\)$/ }).waitFor();
  await page.screenshot({ path: path.join(BILDER, 'taskpane-dunkel.png'), fullPage: true });
  await barrierefrei(page, 'Prüfen (dunkel)');
  expect(sitzung.fehler).toEqual([]);
  // nothing but the pane's own files (and the stand-in for Microsoft's office.js) was requested
  const origin = new URL(server.adresse).origin;
  expect(sitzung.anfragen.filter((u) => !u.startsWith(origin) && u !== OFFICE_JS)).toEqual([]);
});

test('speichern.html (the Excel-for-Mac fallback) turns the document in its fragment into a download', async () => {
  const page = sitzung.page;
  // a small real .docx-like zip is enough: the page must hand over exactly these bytes
  const bytes = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 251))]);
  const b64 = bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const name = 'Zielvereinbarung_2024_Jobcenter Kaiserslautern.docx';
  const b64Name = Buffer.from(name, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  await page.goto(`${new URL('speichern.html', server.adresse).href}#${b64Name}.${b64}`);
  const link = page.getByRole('link', { name: `„${name}“ speichern` });
  await link.waitFor();
  expect(new URL(page.url()).hash).toBe(''); // the document does not stay in the address bar
  await barrierefrei(page, 'speichern.html');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(name);
  expect(readFileSync(await download.path()).equals(bytes)).toBe(true);

  // the older form, with the | re-encoded as %7C the way macOS may pass it on, still works
  await page.goto('about:blank');
  await page.goto(`${new URL('speichern.html', server.adresse).href}#${encodeURIComponent(name)}%7C${b64}`);
  await page.getByRole('link', { name: `„${name}“ speichern` }).waitFor();

  await page.goto(new URL('speichern.html', server.adresse).href);
  await page.getByText(/Diese Seite enthält kein Dokument/).waitFor();
  expect(sitzung.fehler).toEqual([]);
});

test('taskpane.html opened outside Office: a German page that links to the browser mode', async () => {
  const page = sitzung.page;
  await page.unroute(OFFICE_JS).catch(() => undefined);
  // as if office.js could not be loaded: no Office object at all
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto(new URL('taskpane.html', server.adresse).href);
  await page.getByText('Office.js konnte nicht geladen werden').waitFor();
  await barrierefrei(page, 'taskpane.html außerhalb von Office');
  await page.getByRole('link', { name: 'Zielplaner im Browser öffnen' }).click();
  await page.waitForURL(/\/index\.html$/);
  expect(sitzung.fehler).toEqual([]);
});
