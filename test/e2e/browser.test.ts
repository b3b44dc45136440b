/**
 * The browser mode (dist/index.html) in Debian's Chromium, end to end: open workbooks the page never
 * saw (built here with exceljs), see the findings with sheet and cell and click one, see the derived
 * values, download the agreement (.docx) and the checked workbook and read both back, check
 * accessibility with axe-core, and make sure no request leaves 127.0.0.1. Screenshots for the README
 * are written to docs/bilder/pane-*.png by `npm run bilder` (test-output/bilder/ otherwise).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { sichereBuild } from '../build/bau';
import { BILDER, nichtLokal, schwereVerstoesse, starteBrowser, starteServer, WURZEL, type Server, type Sitzung } from './hilfen';
import { BLATT, ladeMappe, mit, planungsmappe, SAUBER, zeileVon } from './mappen';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { hatFehler, pruefeMappe } from '../../src/kern';
import { DATEINAME, nachhaltungsMappe } from '../../scripts/nachhaltungsbeispiel';
import { strFromU8, unzipSync } from 'fflate';
import { BRIEFKOPF, eigeneVorlage } from '../pane/eigeneVorlage';

jest.setTimeout(120_000);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZELLE_IQ_VJ_FRAUEN = `'${BLATT}'!C${zeileVon(SAUBER, 'ZV_IQ_VJ_Frauen')}`;

let server: Server;
let sitzung: Sitzung;
let page: Page;

/** Opens a workbook through the page's file input and waits until the pane has checked it. */
async function oeffne(name: string, bytes: Uint8Array): Promise<void> {
  await page.setInputFiles('input[type=file]', { name, mimeType: XLSX, buffer: Buffer.from(bytes) });
  await page.getByTestId('dateiname').filter({ hasText: name }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: /^Geprüft:/ })
    .waitFor();
}

async function zumBereich(name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** axe-core on the page as it is: no serious or critical violations. */
async function barrierefrei(wo: string): Promise<void> {
  expect(await schwereVerstoesse(page, wo)).toEqual([]);
}

async function bild(name: string): Promise<void> {
  mkdirSync(BILDER, { recursive: true });
  await page.screenshot({ path: path.join(BILDER, `pane-${name}.png`), fullPage: true });
}

/** Clicks `ausloeser` and returns the download's suggested name and bytes. */
async function lade(ausloeser: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), ausloeser()]);
  const pfad = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(pfad) };
}

/** The text of a .docx's main part, one paragraph a line. */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

beforeAll(async () => {
  server = await starteServer(sichereBuild());
  sitzung = await starteBrowser(server.adresse);
  page = sitzung.page;
}, 900_000);

afterAll(async () => {
  await sitzung?.schliesse();
  const code = await server?.stoppe();
  expect(code).toBe(0);
});

describe('Browser-Modus in Chromium', () => {
  test('first visit: the page is ready for a file, offers the example, loads no office.js, and is accessible', async () => {
    await page.goto(server.adresse);
    await page.waitForFunction(() => document.documentElement.dataset.zielplaner === 'bereit');
    await expect(page.title()).resolves.toContain('Zielplaner');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.getByRole('button', { name: 'Arbeitsmappe öffnen …' }).waitFor();
    await page.getByRole('button', { name: 'Beispielmappe öffnen' }).waitFor();
    await page.getByText('Planungsmappe (.xlsx, .xlsm, .ods) hierher ziehen oder').waitFor();
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('undefined');
    expect(sitzung.anfragen.some((u) => /office\.js|appsforoffice/i.test(u))).toBe(false);
    await barrierefrei('Startseite');
    await bild('start');
  });

  test('a blank planning template of each kind downloads and reads back as that kind, for next year', async () => {
    const jahr = new Date().getFullYear() + 1;
    for (const art of ['gE', 'gE-kT', 'zkT'] as const) {
      await page.getByLabel('Art der Vereinbarung').selectOption(art);
      const { name, bytes } = await lade(() => page.getByRole('button', { name: 'Leeres Planungsblatt herunterladen' }).click());
      expect(name).toBe(`Planungsblatt_${art}_${jahr}.xlsx`);
      const [ergebnis] = pruefeMappe(await leseXlsx(new Uint8Array(bytes), name));
      expect([ergebnis!.vereinbarung.art, ergebnis!.vereinbarung.jahr]).toEqual([art, jahr]);
      // only inputs are missing in a blank template
      for (const b of ergebnis!.befunde) expect(b.rule).toMatch(/_FEHLT$/);
    }
  });

  test('the built-in example opens from the same origin and shows its finding with sheet and cell', async () => {
    await page.getByRole('button', { name: 'Beispielmappe öffnen' }).click();
    await page.getByTestId('dateiname').filter({ hasText: 'Mettmann_2025_gE-kT.xlsx' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^Geprüft: 0 Fehler, 1 Warnung/ })
      .waitFor();
    await zumBereich(/^Prüfen/);
    await page.getByRole('button', { name: /^Warnung in Zelle 'Planung 2025'!B\d+: .*Langzeitleistungsbeziehenden/ }).waitFor();
    expect(sitzung.anfragen.some((u) => u.startsWith(server.adresse) && u.endsWith('.xlsx'))).toBe(true);
  });

  test('acceptance: an unseen workbook with a word in a number cell on "Planung 2026" shows that cell and a German message; clicking it shows the cell', async () => {
    await oeffne('Planung 2026.xlsx', await planungsmappe(mit(SAUBER, { ZV_IQ_VJ_Frauen: 'neunzehn' })));
    await page.getByRole('tab', { name: /Prüfen, 1 Fehler/ }).click();
    const befund = page.getByRole('button', { name: `Fehler in Zelle ${ZELLE_IQ_VJ_FRAUEN}`, exact: false });
    await befund.waitFor();
    const text = (await befund.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(ZELLE_IQ_VJ_FRAUEN);
    expect(text).toContain('„neunzehn“');
    expect(text).toMatch(/Tragen Sie eine Zahl ein|enthält/);
    await barrierefrei('Prüfen');

    await befund.click();
    const zelle = page.getByRole('region', { name: `Zelle ${ZELLE_IQ_VJ_FRAUEN}` });
    await zelle.waitFor();
    await barrierefrei('Prüfen mit Zellansicht');
    await bild('befunde');
    await expect(zelle.innerText()).resolves.toContain('(ZV_IQ_VJ_Frauen) enthält den Text „neunzehn“.');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Zelle ${ZELLE_IQ_VJ_FRAUEN} ausgewählt.` })
        .count(),
    ).resolves.toBe(1);
    expect(nichtLokal(sitzung.anfragen, server.adresse)).toEqual([]);
  });

  test('a workbook without errors: no findings, and the derived values in German format with their cells', async () => {
    await oeffne('Planung ohne Fehler.xlsx', await planungsmappe(SAUBER));
    await page.getByRole('status').filter({ hasText: 'Geprüft: 0 Fehler, 0 Warnungen.' }).waitFor();
    await zumBereich(/^Prüfen/);
    await page.getByText('Keine Befunde: Die Planwerte sind vollständig und stimmig.').waitFor();
    await zumBereich(/^Planwerte$/);
    const zeile = (feld: string): string => `'${BLATT}'!C${zeileVon(SAUBER, feld)}`;
    // IQ Frauen 14,93 × 1,018 = 15,2; IQ Männer 25,79 × 0,977 = 25,2; LZB 2130 × 1,087 + 1866 × 0,982 = 2315 + 1832 = 4147 (whole persons per gender, then the sum)
    for (const erwartet of [
      `: 15,2 % (${zeile('ZV_IQ_Ziel_Frauen')})`,
      `: 25,2 % (${zeile('ZV_IQ_Ziel_Maenner')})`,
      `: 19,9 % (${zeile('ZV_IQ_Ziel_Gesamt')})`,
      `: 2.315 (${zeile('ZV_LZB_Ziel_Frauen')})`,
      `: 4.147 (${zeile('ZV_LZB_Ziel_Gesamt')})`,
    ]) {
      await page.getByText(erwartet, { exact: false }).first().waitFor();
    }
    // the browser cannot write into the user's file: the pane says where the values end up instead of greyed checkboxes
    await page
      .getByText('Die berechneten Werte stehen in der Kopie, die „Geprüfte Arbeitsmappe herunterladen“ liefert', { exact: false })
      .waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    // the full table: the derived target of the women's row, marked in words as computed
    const iq = page.getByRole('table', { name: 'Integrationsquote' });
    const frauen = iq.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Frauen' }) });
    await expect(frauen.getByRole('cell').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^14,9 %\s*eingegeben$/),
      expect.stringMatching(/^\+1,8 %\s*eingegeben$/),
      expect.stringMatching(/^15,2 %\s*berechnet$/),
    ]);
    await barrierefrei('Planwerte');
    await bild('planwerte');
  });

  test('the agreement: preview in the page and a .docx download that reads back with the parties and the targets', async () => {
    await zumBereich(/^Vereinbarung$/);
    const vorschau = page.getByRole('region', { name: /^Vorschau: / });
    await vorschau.waitFor();
    const vorschauText = await vorschau.innerText();
    expect(vorschauText).toContain('Zielvereinbarung 2026');
    expect(vorschauText).toContain('Jobcenters Stadt Kaiserslautern');
    await barrierefrei('Vereinbarung');
    await bild('vereinbarung');

    const { name, bytes } = await lade(() => page.getByRole('button', { name: 'Word-Dokument speichern' }).click());
    expect(name).toMatch(/^Zielvereinbarung_2026_.*\.docx$/);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = await docxText(bytes);
    expect(text).toContain('Zielvereinbarung 2026');
    expect(text).toContain('Agentur für Arbeit Kaiserslautern-Pirmasens');
    expect(text).toContain('Jobcenters Stadt Kaiserslautern');
    // the number and its % are joined by no-break spaces (no line break between them in Word)
    expect(text).toMatch(/15,2\u00a0%/);
    expect(text.replace(/\u00a0/g, ' ')).toContain('15,2 % (+ 1,8 %)');
    expect(text).toContain('Edeltraud Nikodemus');
    await page.getByText('Das Word-Dokument wird heruntergeladen.', { exact: false }).waitFor();
  });

  test('the checked workbook: findings as German comments with highlights, derived values filled in, the rest unchanged', async () => {
    await oeffne('Planung 2026.xlsx', await planungsmappe(mit(SAUBER, { ZV_IQ_VJ_Frauen: 'neunzehn' })));
    const { name, bytes } = await lade(() => page.getByRole('button', { name: 'Geprüfte Arbeitsmappe herunterladen' }).click());
    expect(name).toBe('Planung 2026 (geprüft).xlsx');
    const wb = await ladeMappe(new Uint8Array(bytes));
    const ws = wb.getWorksheet(BLATT);
    expect(ws).toBeDefined();
    const c = (feld: string) => ws!.getCell(`C${zeileVon(SAUBER, feld)}`);
    const fehlerZelle = c('ZV_IQ_VJ_Frauen');
    expect(fehlerZelle.value).toBe('neunzehn');
    const notiz = fehlerZelle.note;
    const notizText = typeof notiz === 'string' ? notiz : (notiz?.texts ?? []).map((t) => t.text).join('');
    expect(notizText).toMatch(/^Fehler: /);
    expect(notizText).toContain('„neunzehn“');
    // the highlight is a tagged conditional format on the cell (the cell's own fill stays)
    const blattXml = (await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    const zeileFehler = zeileVon(SAUBER, 'ZV_IQ_VJ_Frauen');
    expect(blattXml).toMatch(
      new RegExp(
        `<conditionalFormatting sqref="(?:[^"]* )?C${zeileFehler}(?: [^"]*)?"><cfRule type="expression" dxfId="\\d+"[^>]*><formula>N\\("Zielplaner-Markierung"\\)=0</formula>`,
      ),
    );
    // derived where derivable (Männer, LZB), entered values untouched, names kept
    expect(c('ZV_IQ_Ziel_Maenner').value).toBe(25.2);
    expect(c('ZV_LZB_Ziel_Gesamt').value).toBe(4147);
    expect(c('ZV_IQ_Ziel_Frauen').value ?? null).toBeNull();
    expect(c('ZV_LZB_VJ_Frauen').value).toBe(2130);
    expect(c('ZV_Jobcenter').value).toBe('Jobcenter Stadt Kaiserslautern');
    expect(c('ZV_Jahr').note).toBeUndefined();
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    expect(workbookXml).toContain('name="ZV_IQ_VJ_Frauen"');
  });

  test('a workbook dropped anywhere on the page opens (drag & drop)', async () => {
    const bytes = await planungsmappe(mit(SAUBER, { ZV_LZB_VJ_Maenner: 'viele' }));
    const zone = page.getByRole('region', { name: 'Arbeitsmappe öffnen' });
    await page.evaluate(
      ({ name, b64, typ }) => {
        const inhalt = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([inhalt], name, { type: typ }));
        (window as unknown as { __dt: DataTransfer }).__dt = dt;
        document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      { name: 'Gezogen.xlsx', b64: Buffer.from(bytes).toString('base64'), typ: XLSX },
    );
    await expect(zone.getAttribute('data-ziehen')).resolves.toBe('ja');
    await page.evaluate(() => {
      const dt = (window as unknown as { __dt: DataTransfer }).__dt;
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.getByTestId('dateiname').filter({ hasText: 'Gezogen.xlsx' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^Geprüft: 1 Fehler/ })
      .waitFor();
    await expect(zone.getAttribute('data-ziehen')).resolves.toBeNull();
    await zumBereich(/^Prüfen/);
    await page
      .getByRole('button', { name: `Fehler in Zelle '${BLATT}'!C${zeileVon(SAUBER, 'ZV_LZB_VJ_Maenner')}`, exact: false })
      .waitFor();
  });

  test('a file that is not a planning workbook gives a German message on the page, no crash', async () => {
    await page.setInputFiles('input[type=file]', { name: 'Notizen.xlsx', mimeType: XLSX, buffer: Buffer.from('kein Excel') });
    const meldung = page.getByText('Datei nicht verwendbar');
    await meldung.waitFor();
    const ganz = await page.locator('[role=alert], .fui-MessageBar').filter({ hasText: 'Datei nicht verwendbar' }).first().innerText();
    expect(ganz).toMatch(/Notizen\.xlsx|Excel-Arbeitsmappe/);
    expect(sitzung.fehler.filter((f) => f.startsWith('pageerror'))).toEqual([]);
  });

  test('the real example workbooks open too (Lörrach gE-kT, Emsland zkT)', async () => {
    for (const datei of ['Loerrach_2024_gE-kT.xlsx', 'Emsland_2024_zkT.xlsx']) {
      await oeffne(datei, readFileSync(path.join(WURZEL, 'examples', datei)));
      await page
        .getByRole('status')
        .filter({ hasText: /^Geprüft: 0 Fehler/ })
        .waitFor();
    }
  });

  test('Zielnachhaltung: the tab „Nachhalten“ shows Soll, Ist, Abweichung and Ampel of June and the charts of Ist against Soll', async () => {
    await page.goto(server.adresse);
    await page.waitForFunction(() => document.documentElement.dataset.zielplaner === 'bereit');
    await oeffne(DATEINAME, await nachhaltungsMappe());
    await zumBereich(/^Nachhalten$/);
    const bereich = page.getByRole('region', { name: 'Zielnachhaltung Jobcenter Stadt Kaiserslautern' });
    await bereich.waitFor();
    await page.getByRole('img', { name: 'Ist und Soll IQ Frauen nach Monat' }).waitFor();
    const text = await bereich.innerText();
    expect(text).toContain('Juni 2024');
    expect(text).toContain('Datenstand 15.07.2024, Wartezeit 3 Monate');
    // IQ Frauen: Soll 7,6 %, Ist 7,8 % (+2,2 %, grün); IQ Männer 3 % under its Soll (rot); IQ Gesamt 1 % under (gelb)
    for (const w of ['7,6 %', '7,8 %', '+2,2 %', 'grün', 'gelb', 'rot']) expect(text).toContain(w);
    expect(await page.getByRole('img', { name: /^Ist und Soll .* nach Monat/ }).count()).toBe(7);
    await barrierefrei('Nachhalten');
    await bild('nachhalten');
  });

  test('a ZV_Liste of 405 agreements: one ZIP of .docx with a progress bar; an own template is kept in this browser and fills the documents', async () => {
    const datei = 'ZV_Liste_405.xlsx';
    const bytes = readFileSync(path.join(WURZEL, 'examples', datei));
    const ohneFehler = pruefeMappe(await leseXlsx(new Uint8Array(bytes), datei)).filter((e) => !hatFehler(e.befunde));
    await oeffne(datei, bytes);
    await zumBereich(/^Vereinbarung$/);
    await page.getByRole('region', { name: /^Vorschau: / }).waitFor({ timeout: 60_000 });
    const knopf = page.getByRole('button', { name: 'Alle Vereinbarungen als ZIP herunterladen' });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      (async () => {
        await knopf.click();
        // the page stays responsive: the progress bar and its German text show while the documents are made
        await page.getByRole('progressbar', { name: 'Fortschritt der ZIP-Datei' }).waitFor();
        await page
          .getByText(new RegExp(`^\\d+ von ${ohneFehler.length} Vereinbarungen erstellt$`))
          .first()
          .waitFor();
      })(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Zielvereinbarungen(_\d{4})?\.zip$/);
    const inhalt = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const namen = Object.keys(inhalt);
    expect(namen).toHaveLength(ohneFehler.length);
    expect(namen.every((n) => /^Zielvereinbarung_.*\.docx$/.test(n))).toBe(true);
    expect(strFromU8(unzipSync(inhalt[namen[0]!]!)['word/document.xml']!)).toContain('<w:body>');
    await barrierefrei('Vereinbarung mit ZIP');

    // an own template: chosen, shown by name, used for the preview, kept across a reload of the page
    await page.setInputFiles('input[aria-label="Eigene Word-Vorlage (.docx) auswählen"]', {
      name: 'Briefkopf.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(eigeneVorlage()),
    });
    await page.getByTestId('vorlagenname').filter({ hasText: 'Briefkopf.docx' }).waitFor();
    await page
      .getByRole('region', { name: /^Vorschau: / })
      .filter({ hasText: BRIEFKOPF })
      .waitFor();
    await page.reload();
    await oeffne(datei, bytes);
    await zumBereich(/^Vereinbarung$/);
    await page.getByTestId('vorlagenname').filter({ hasText: 'Briefkopf.docx' }).waitFor();
    await page
      .getByRole('region', { name: /^Vorschau: / })
      .filter({ hasText: BRIEFKOPF })
      .waitFor();
    await page.getByRole('button', { name: 'Eingebaute Vorlage verwenden' }).click();
    await page.getByText('Die Dokumente werden wieder mit der eingebauten Vorlage erzeugt.').waitFor();
    expect(nichtLokal(sitzung.anfragen, server.adresse)).toEqual([]);
  });

  test('no request left 127.0.0.1 during all of the above', () => {
    expect(sitzung.anfragen.length).toBeGreaterThan(3);
    expect(sitzung.fremde).toEqual([]);
    expect(nichtLokal(sitzung.anfragen, server.adresse)).toEqual([]);
  });
});
