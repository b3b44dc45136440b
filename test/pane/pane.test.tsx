/**
 * The pane with Testing Library, over the real Excel adapter on office-addin-mock: the German texts,
 * a finding's click selects its cell (also on another sheet), binding creates the name, Planwerte
 * ask before overwriting an entered value, the document preview and the Mac save fallback.
 */
import * as React from 'react';
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Zielplaner } from '../../src/pane/components/Zielplaner';
import { ExcelUmgebung } from '../../src/excel/umgebung';
import { ausSpeicherFragment } from '../../src/pane/speicherfragment';
import { baueExcel, bearbeitung, installiere, type NameDef } from '../excel/excelMock';

const n = (name: string, adresse: string, wert: unknown, format = 'General'): NameDef => ({
  name,
  bezug: adresse.replace(/!([A-Z]+)(\d+)$/, '!$$$1$$$2'),
  adresse,
  werte: [[wert ?? '']],
  formate: [[format]],
});

function planung(): NameDef[] {
  return [
    n('ZV_Jahr', 'Planung!C4', 2024, '0'),
    n('ZV_Art', 'Planung!C5', 'gE'),
    n('ZV_Jobcenter', 'Planung!C6', 'Jobcenter Kaiserslautern'),
    n('ZV_Agentur', 'Planung!C7', 'Agentur für Arbeit Kaiserslautern'),
    n('ZV_IQ_VJ_Frauen', 'Planung!C10', 20, '0.0'),
    n('ZV_IQ_Veraenderung_Frauen', 'Planung!C11', 5, '0.0'),
    n('ZV_IQ_Ziel_Frauen', 'Planung!C12', '', '0.0'),
    n('ZV_IQ_VJ_Maenner', 'Planung!C13', 22, '0.0'),
    n('ZV_IQ_Veraenderung_Maenner', 'Planung!C14', 2, '0.0'),
    n('ZV_IQ_Ziel_Maenner', "'Werte 2026'!D3", 30, '0.0'),
    n('ZV_IQ_VJ_Gesamt', 'Planung!C16', 21, '0.0'),
    n('ZV_IQ_Ziel_Gesamt', 'Planung!C17', '', '0.0%'),
  ];
}

const alles = (): boolean => true;

// jsdom lacks ResizeObserver and TextEncoder, which every browser that runs Office add-ins has
// (Fluent's MessageBar/Dialog and the docx builder use them)
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

function starte(namen: NameDef[]) {
  const fake = baueExcel({ namen });
  installiere(fake);
  const umgebung = new ExcelUmgebung({ anforderung: alles });
  const user = userEvent.setup();
  return { fake, umgebung, user };
}

test('the German pane recognises the planning workbook and counts the findings', async () => {
  const { umgebung } = starte(planung());
  render(<Zielplaner umgebung={umgebung} dokumentErzeugen={async () => ({ bytes: new Uint8Array(), dateiname: 'x.docx' })} />);
  expect(await screen.findByText(/Planungsblatt erkannt: 12 Felder sind zugeordnet, 1 Vereinbarung\./)).toBeTruthy();
  for (const tab of ['Start', 'Felder zuordnen', 'Planwerte', 'Vereinbarung']) expect(screen.getByRole('tab', { name: tab })).toBeTruthy();
  expect(screen.getByRole('tab', { name: 'Prüfen, 3 Fehler' })).toBeTruthy();
  // the result is said once, in the status line of Start; "Zielplaner" is no heading of its own
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Geprüft: 3 Fehler, 3 Warnungen.'));
  expect(screen.queryAllByText(/Ergebnis der Prüfung|Geprüft:/)).toHaveLength(1);
  expect(screen.queryByRole('heading', { name: 'Zielplaner' })).toBeNull();
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Überblick');
});

test('defect 2: highlights only on request (off by default); a finding selects its cell on the other sheet; highlights can be removed', async () => {
  const { fake, umgebung, user } = starte(planung());
  render(<Zielplaner umgebung={umgebung} startBereich="pruefen" />);
  const fehler = await screen.findByRole('heading', { name: 'Fehler (3)' });
  expect(screen.getByRole('heading', { name: 'Warnungen (3)' })).toBeTruthy();
  // the count is in the heading only: no extra badge beside it, and no status line repeating it here
  expect(fehler.parentElement!.textContent).toBe('Fehler (3)');
  expect(screen.queryByText(/Geprüft:/)).toBeNull();
  expect(screen.getByRole('heading', { name: 'Hinweise (0)' })).toBeTruthy();
  const gruppe = fehler.closest('section')!;
  const befund = within(gruppe as HTMLElement).getByRole('button', { name: /^Fehler in Zelle 'Werte 2026'!D3: Der Zielwert/ });
  // highlights write into the workbook, so they are off until the user asks for them
  const schalter = screen.getByRole('switch', { name: 'Befunde in den Zellen markieren' }) as HTMLInputElement;
  expect(schalter.checked).toBe(false);
  expect([...fake.zellen.values()].flatMap((z) => z.bedingte)).toEqual([]);
  await user.click(schalter);
  await screen.findByText('Die Befunde sind in den Zellen markiert.');
  expect(fake.zellen.get('Werte 2026!D3')?.bedingte).toHaveLength(1);
  await user.click(befund);
  await waitFor(() => expect(fake.ausgewaehlt).toEqual(['Werte 2026!D3']));
  expect(fake.aktiviert).toEqual(['Werte 2026']);
  expect(await screen.findByText("Zelle 'Werte 2026'!D3 ausgewählt.")).toBeTruthy();

  await user.click(screen.getByRole('button', { name: 'Markierungen entfernen' }));
  await screen.findByText('Die Markierungen wurden entfernt; die Zellen sind wieder wie vorher.');
  for (const z of fake.zellen.values()) expect(z.bedingte).toEqual([]);
  expect((screen.getByRole('switch', { name: 'Befunde in den Zellen markieren' }) as HTMLInputElement).checked).toBe(false);
});

test("defect 4: a co-author's edit is re-checked without writing into the workbook; the user's own edit may", async () => {
  const { fake, umgebung, user } = starte(planung());
  render(<Zielplaner umgebung={umgebung} startBereich="pruefen" />);
  await screen.findByRole('heading', { name: 'Fehler (3)' });
  await user.click(screen.getByRole('switch', { name: 'Befunde in den Zellen markieren' }));
  await screen.findByText('Die Befunde sind in den Zellen markiert.');
  await waitFor(() => expect(fake.aenderung).not.toBeNull());
  const markieren = jest.spyOn(umgebung as { markieren: NonNullable<ExcelUmgebung['markieren']> }, 'markieren');
  await fake.aenderung!(bearbeitung('Remote'));
  await screen.findByText('Die Mappe wurde von jemand anderem geändert und erneut geprüft.', {}, { timeout: 3000 });
  expect(markieren).not.toHaveBeenCalled();
  await fake.aenderung!(bearbeitung('Local'));
  await screen.findByText('Nach Ihrer Änderung erneut geprüft.', {}, { timeout: 3000 });
  expect(markieren).toHaveBeenCalledTimes(1);
});

test('binding a field to the selected cell creates the defined name', async () => {
  const { fake, umgebung, user } = starte(planung());
  render(<Zielplaner umgebung={umgebung} startBereich="zuordnen" />);
  const zeile = (text: string) => screen.queryAllByRole('listitem').filter((li) => li.textContent?.includes(text));
  await waitFor(() => expect(zeile('ZV_Jahr · Planung!C4')).toHaveLength(1), { timeout: 8000 });
  expect(zeile('ZV_Jobcenter_Person · nicht zugeordnet')).toHaveLength(1);
  fake.auswahl = { adresse: 'Planung!C20', zeilen: 1, spalten: 1 };
  await user.click(screen.getByRole('button', { name: 'Unterzeichner/in des Jobcenters: Auswahl zuordnen' }));
  await screen.findByText('„Unterzeichner/in des Jobcenters“ ist jetzt Planung!C20 zugeordnet (Name ZV_Jobcenter_Person).');
  expect(fake.namen.get('ZV_Jobcenter_Person')).toBe('Planung!C20');

  // a single-cell field refuses a range, in German, and creates nothing
  fake.auswahl = { adresse: 'Planung!C21:D22', zeilen: 2, spalten: 2 };
  await user.click(screen.getByRole('button', { name: 'Funktion (Jobcenter): Auswahl zuordnen' }));
  expect(await screen.findByText(/wählen Sie bitte genau eine Zelle aus \(ausgewählt ist Planung!C21:D22\)/)).toBeTruthy();
  expect(fake.namen.has('ZV_Jobcenter_Funktion')).toBe(false);

  await user.click(screen.getByRole('button', { name: 'Zieljahr: Zuordnung entfernen' }));
  await screen.findByText('Die Zuordnung von „Zieljahr“ wurde entfernt; der Inhalt der Zelle bleibt erhalten.');
  expect(fake.namen.has('ZV_Jahr')).toBe(false);
});

test('a workbook without ZV_ names offers to create the planning sheet', async () => {
  const { umgebung } = starte([]);
  render(<Zielplaner umgebung={umgebung} />);
  expect(await screen.findByRole('button', { name: 'Planungsblatt anlegen' })).toBeTruthy();
  expect(screen.getByText(/kein Planungsblatt gefunden/)).toBeTruthy();
  expect(screen.getByRole('radio', { name: /zkT – Land und zugelassener kommunaler Träger/ })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Eigenes Blatt zuordnen' })).toBeTruthy();
  // no error: the tab carries no "0" (issue 9: "Fehler (0)" plus a red "0" badge)
  expect(screen.getByRole('tab', { name: 'Prüfen, 0 Fehler' }).textContent).not.toMatch(/\d/);
});

test('Planwerte fill empty cells and overwrite an entered value only after the user confirms', async () => {
  const { fake, umgebung, user } = starte(planung());
  render(<Zielplaner umgebung={umgebung} startBereich="planwerte" />);
  const frauen = await screen.findByRole('checkbox', { name: 'Zielwert Integrationsquote (Frauen): 21,0 % (Planung!C12)' });
  await waitFor(() => expect((frauen as HTMLInputElement).checked).toBe(true));
  const maenner = screen.getByRole('checkbox', { name: "Zielwert Integrationsquote (Männer): 22,4 % ('Werte 2026'!D3)" });
  expect((maenner as HTMLInputElement).checked).toBe(false);
  expect(screen.getByText('Eingegeben ist 30,0 %; abgeleitet ergibt sich 22,4 %.')).toBeTruthy();
  // the full table: per row Vorjahr | Veränderung | Zielwert, each with its origin as a word
  const iq = within(screen.getByRole('table', { name: 'Integrationsquote' }));
  const reihe = (name: string) => iq.getAllByRole('row').find((r) => r.querySelector('th')?.textContent === name)!;
  const zellen = (name: string) => [...reihe(name).querySelectorAll('td')].map((td) => td.textContent);
  expect(iq.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Gruppe', 'Vorjahr', 'Veränderung', 'Zielwert']);
  expect(zellen('Frauen')).toEqual(['20,0 %eingegeben', '+5,0 %eingegeben', '21,0 %berechnet']);
  // the entered target contradicts VJ × (1 + V) (an error in Prüfen): the derived value stands beside it
  // (the change is the other side of that finding: it is marked with what target and VJ imply; the VJ is not)
  expect(zellen('Männer')).toEqual(['22,0 %eingegeben', '+2,0 %eingegeben≠ berechnet +36,4 %', '30,0 %eingegeben≠ berechnet 22,4 %']);

  await user.click(maenner);
  await waitFor(() => expect((maenner as HTMLInputElement).checked).toBe(true));
  await user.click(screen.getByRole('button', { name: 'Planwerte in die Zellen schreiben' }));
  const titel = await screen.findByText('Eingegebene Werte überschreiben?');
  const dialog = titel.closest('[role="dialog"]') as HTMLElement;
  expect(dialog.getAttribute('aria-modal')).toBe('true');
  expect(within(dialog).getByText("Zielwert Integrationsquote (Männer) ('Werte 2026'!D3): 30,0 % wird durch 22,4 % ersetzt.")).toBeTruthy();
  // (hidden: true because jsdom treats the dialog's opening animation state as invisible)
  expect(within(dialog).getByRole('button', { name: 'Überschreiben', hidden: true })).toBeTruthy();
  await user.click(within(dialog).getByRole('button', { name: 'Nur leere Zellen füllen', hidden: true }));
  await waitFor(() => expect(fake.zellen.get('Planung!C12')?.values).toEqual([[21]]));
  // the percent-formatted total cell gets the fraction, the entered value stays
  expect(fake.zellen.get('Planung!C17')?.values).toEqual([[0.255]]);
  expect(fake.zellen.get('Werte 2026!D3')?.values ?? [['']]).toEqual([['']]); // not written

  expect(await screen.findByText('2 Planwerte wurden in die Zellen geschrieben.')).toBeTruthy();

  // chosen again and confirmed: now the entered value is replaced
  const wieder = screen.getByRole('checkbox', { name: "Zielwert Integrationsquote (Männer): 22,4 % ('Werte 2026'!D3)" });
  await waitFor(() => expect((wieder as HTMLInputElement).checked).toBe(false));
  await user.click(wieder);
  await user.click(screen.getByRole('button', { name: 'Planwerte in die Zellen schreiben' }));
  const zweiter = (await screen.findByText('Eingegebene Werte überschreiben?')).closest('[role="dialog"]') as HTMLElement;
  await user.click(within(zweiter).getByRole('button', { name: 'Überschreiben', hidden: true }));
  await waitFor(() => expect(fake.zellen.get('Werte 2026!D3')?.values).toEqual([[22.4]]));
});

test('the integration total (Frauen + Männer) shows in the Planwerte table as "berechnet" and is written like the other derived values', async () => {
  const { fake, umgebung, user } = starte([
    ...planung(),
    n('ZV_INT_Ziel_Frauen', 'Planung!C30', 258, '#,##0'),
    n('ZV_INT_Ziel_Maenner', 'Planung!C31', 1354, '#,##0'),
    n('ZV_INT_Ziel_Gesamt', 'Planung!C32', '', '#,##0'),
  ]);
  render(<Zielplaner umgebung={umgebung} startBereich="planwerte" />);
  const tabelle = within(await screen.findByRole('table', { name: 'Integrationen (mindestens)' }));
  const zeilen = tabelle.getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
  expect(zeilen).toEqual([
    ['Gruppe', 'Zielwert'],
    ['Frauen', '258eingegeben'],
    ['Männer', '1.354eingegeben'],
    ['Gesamt', '1.612berechnet'],
  ]);
  const gesamt = screen.getByRole('checkbox', { name: 'Integrationen mindestens (gesamt): 1.612 (Planung!C32)' });
  await waitFor(() => expect((gesamt as HTMLInputElement).checked).toBe(true));
  await user.click(screen.getByRole('button', { name: 'Planwerte in die Zellen schreiben' }));
  await waitFor(() => expect(fake.zellen.get('Planung!C32')?.values).toEqual([[1612]]));
});

test('the agreement preview shows the document text; on a Mac the system browser offers the download', async () => {
  const { umgebung, user } = starte(planung());
  const geoeffnet: string[] = [];
  (globalThis as any).Office = {
    context: {
      platform: 'Mac',
      requirements: { isSetSupported: (s: string) => s === 'OpenBrowserWindowApi' },
      ui: { openBrowserWindow: (url: string) => geoeffnet.push(url) },
    },
    PlatformType: { Mac: 'Mac', iOS: 'iOS', PC: 'PC', OfficeOnline: 'OfficeOnline' },
  };
  const { erzeugeDokument, dateiname } = await import('../../src/document');
  render(
    <Zielplaner
      umgebung={umgebung}
      startBereich="vereinbarung"
      dokumentErzeugen={async (v) => ({ bytes: await erzeugeDokument(v), dateiname: dateiname(v) })}
    />,
  );
  const vorschau = await screen.findByRole('region', { name: /^Vorschau: .*\.docx$/ }, { timeout: 15000 });
  expect(within(vorschau).getAllByText(/Zielvereinbarung 2024/).length).toBeGreaterThan(0);
  expect(within(vorschau).getAllByText(/Jobcenter Kaiserslautern/).length).toBeGreaterThan(0);
  expect(screen.getByText(/Die Planung enthält noch Fehler/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Word-Dokument speichern' }));
  expect(await screen.findByText(/Excel für Mac kann Dateien nicht direkt aus dem Aufgabenbereich speichern/)).toBeTruthy();
  expect(geoeffnet).toHaveLength(1);
  const url = new URL(geoeffnet[0]!);
  expect(url.pathname.endsWith('/speichern.html')).toBe(true);
  // the fragment carries the .docx (a zip: "PK")
  // (fragment-safe: no literal | and no percent escapes, which macOS would re-encode)
  expect(url.hash).toMatch(/^#[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  const dokument = ausSpeicherFragment(url.hash)!;
  expect(dokument.name).toMatch(/\.docx$/);
  expect(Buffer.from(dokument.bytes).subarray(0, 2).toString()).toBe('PK');
  delete (globalThis as any).Office;
}, 30000);

test('keyboard and screen reader: areas and findings work with Enter, no axe violations', async () => {
  const { fake, umgebung, user } = starte(planung());
  const { container } = render(<Zielplaner umgebung={umgebung} />);
  await screen.findByText(/Planungsblatt erkannt/);
  // (arrow-key movement inside the tab list is Fluent's own, tabster needs a real layout engine)
  screen.getByRole('tab', { name: 'Prüfen, 3 Fehler' }).focus();
  await user.keyboard('{Enter}');
  const befund = await screen.findByRole('button', { name: /^Fehler in Zelle 'Werte 2026'!D3/ });
  befund.focus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(fake.ausgewaehlt).toEqual(['Werte 2026!D3']));

  const axe = require('axe-core');
  for (const bereich of ['Prüfen, 3 Fehler', 'Felder zuordnen', 'Planwerte', 'Start']) {
    await user.click(screen.getByRole('tab', { name: bereich }));
    await screen.findByRole('heading', { level: 2 });
    // colour contrast needs a real renderer (checked in Chromium by the browser-page e2e test)
    const ergebnis = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(ergebnis.violations.map((v: { id: string; nodes: { html: string }[] }) => `${bereich}: ${v.id} ${v.nodes[0]?.html}`)).toEqual(
      [],
    );
  }
});
