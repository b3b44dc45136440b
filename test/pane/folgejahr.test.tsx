/**
 * "Planung für das Folgejahr" in the Excel task pane, over the real Excel adapter on the Excel mock:
 * the pane reads ZV_Ist as Excel reports it (dates as serial numbers with a date format), builds next
 * year's workbook and hands it to the pane's save path; in Excel for Mac that is the system browser
 * with speichern.html, the workbook in the URL's fragment.
 */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Zielplaner } from '../../src/pane/components/Zielplaner';
import { ExcelUmgebung } from '../../src/excel/umgebung';
import { ausSpeicherFragment } from '../../src/pane/speicherfragment';
import { leseArbeitsmappe } from '../../src/xlsx/mappe';
import { pruefeMappe } from '../../src/kern';
import { baueExcel, installiere, type NameDef } from '../excel/excelMock';
import { IST, KOPF, VEREINBARUNG } from '../nachhalten/beispiel';

beforeAll(() => {
  const util = require('node:util');
  (globalThis as any).TextEncoder ??= util.TextEncoder;
  (globalThis as any).TextDecoder ??= util.TextDecoder;
  (globalThis as any).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

afterEach(() => {
  delete (globalThis as any).Office;
});

/** Excel's serial number of a date (1900 date system). */
const serial = (d: Date): number => d.getTime() / 86_400_000 + 25569;

const DS = new Date(Date.UTC(2025, 0, 15));
/** The example's rows plus December 2024, whose JFW become the previous-year values of 2025. */
const ZEILEN = [
  ...IST,
  [new Date(Date.UTC(2024, 11, 1)), 'IQ', 21.5, 26.5, 24.0, DS, 3],
  [new Date(Date.UTC(2024, 11, 1)), 'LZB', 945, 975, 1920, DS, 3],
  [new Date(Date.UTC(2024, 11, 1)), 'LLU', null, null, 2_030_000, DS, 3],
];

function namen(): NameDef[] {
  return Object.entries(VEREINBARUNG).map(([name, e], i) => {
    const roh = typeof e === 'object' && e !== null && !(e instanceof Date) && 'wert' in e ? e.wert : e;
    const datum = roh instanceof Date;
    return {
      name,
      bezug: `Planung!$C$${i + 2}`,
      adresse: `Planung!C${i + 2}`,
      werte: [[datum ? serial(roh) : (roh ?? '')]],
      formate: [[datum ? 'dd.mm.yyyy' : 'General']],
    };
  });
}

function starte() {
  // Office.js reports a date cell as its serial number; the number format says it is a date
  const werte = [KOPF, ...ZEILEN.map((z) => z.map((w) => (w instanceof Date ? serial(w) : (w ?? ''))))];
  const formate = [
    KOPF.map(() => 'General'),
    ...ZEILEN.map((z) => z.map((w, i) => (w instanceof Date ? (i === 0 ? 'mmm yyyy' : 'dd.mm.yyyy') : 'General'))),
  ];
  const fake = baueExcel({
    namen: namen(),
    tabellen: [{ name: 'ZV_Ist', adresse: `Zielnachhaltung!A1:G${werte.length}`, werte, formate }],
    blaetter: ['Planung', 'Zielnachhaltung'],
  });
  installiere(fake);
  return new ExcelUmgebung({ anforderung: () => true });
}

function mac(geoeffnet: string[]): void {
  (globalThis as any).Office = {
    context: {
      platform: 'Mac',
      requirements: { isSetSupported: (s: string) => s === 'OpenBrowserWindowApi' },
      ui: { openBrowserWindow: (url: string) => geoeffnet.push(url) },
    },
    PlatformType: { Mac: 'Mac', iOS: 'iOS', PC: 'PC', OfficeOnline: 'OfficeOnline' },
  };
}

test('in Excel for Mac the button builds next year’s workbook and opens it in the system browser', async () => {
  const umgebung = starte();
  const geoeffnet: string[] = [];
  mac(geoeffnet);
  const user = userEvent.setup();
  render(<Zielplaner umgebung={umgebung} startBereich="nachhalten" />);
  // ZV_Ist as Excel reports it: the latest month is June 2024 (December is a later month of the same year)
  expect(await screen.findByRole('table', { name: 'Zielnachhaltung Jobcenter Musterstadt' })).toBeTruthy();

  await user.click(screen.getByRole('button', { name: 'Planung für das Folgejahr' }));
  expect(
    await screen.findByText(/Deshalb wurde Ihr Standardbrowser mit der Arbeitsmappe „Planung_2025\.xlsx“ geöffnet/, {}, { timeout: 15000 }),
  ).toBeTruthy();
  expect(geoeffnet).toHaveLength(1);
  const url = new URL(geoeffnet[0]!);
  expect(url.pathname.endsWith('/speichern.html')).toBe(true);
  const datei = ausSpeicherFragment(url.hash)!;
  expect(datei.name).toBe('Planung_2025.xlsx');

  // the workbook in the fragment is next year's plan: ZV_Jahr 2025, previous-year values = December 2024's JFW
  const neu = pruefeMappe(await leseArbeitsmappe(datei.bytes, datei.name));
  expect(neu).toHaveLength(1);
  const v = neu[0]!.vereinbarung;
  expect(v.jahr).toBe(2025);
  expect(v.werte.ZV_Jobcenter).toBe('Jobcenter Musterstadt');
  const mappe = await leseArbeitsmappe(datei.bytes, datei.name);
  const wert = (name: string) => mappe.bereiche.find((b) => b.name === name)?.zellen?.[0]?.[0]?.wert;
  expect(wert('ZV_IQ_VJ_Frauen')).toBe(21.5);
  expect(wert('ZV_IQ_VJ_Maenner')).toBe(26.5);
  expect(wert('ZV_LZB_VJ_Frauen')).toBe(945);
}, 30000);

test('where Excel can offer no download, the pane says so in German and names the other ways', async () => {
  const umgebung = starte();
  // Excel on Windows, but this WebView has no blob URLs (jsdom neither): nothing can start a download
  (globalThis as any).Office = {
    context: { platform: 'PC', requirements: { isSetSupported: () => true }, ui: {} },
    PlatformType: { Mac: 'Mac', iOS: 'iOS', PC: 'PC', OfficeOnline: 'OfficeOnline' },
  };
  const user = userEvent.setup();
  render(<Zielplaner umgebung={umgebung} startBereich="nachhalten" />);
  await user.click(await screen.findByRole('button', { name: 'Planung für das Folgejahr' }));
  const titel = await screen.findByText('Das hat nicht geklappt.', {}, { timeout: 15000 });
  expect(titel.parentElement!.textContent).toMatch(
    /Diese Excel-Umgebung kann keine Dateien zum Herunterladen anbieten\. Die Planung für das Folgejahr erhalten Sie auch auf der Browser-Seite von Zielplaner oder mit „npx zielplaner template --folgejahr“\./,
  );
  await waitFor(() =>
    expect((screen.getByRole('button', { name: 'Planung für das Folgejahr' }) as HTMLButtonElement).disabled).toBe(false),
  );
});
