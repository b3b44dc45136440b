/**
 * The own Word template in the pane (the browser page renders the same component) with the real
 * template engine: a template with a letterhead, a row loop over ZV_LokaleZiele and a condition on
 * ZV_Traeger fills the preview and the saved document, stays in this browser's storage for the next
 * time, and the built-in layout comes back on request. A template with an unknown tag is refused with
 * the engine's German sentence, and nothing is generated from it.
 */
import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Zielplaner } from '../../src/pane/components/Zielplaner';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { pruefeMappe } from '../../src/kern';
import { ladeVorlage, VorlageFehlerhaft } from '../../src/document/vorlage';
import { lokaleVorlagenablage, VORLAGEN_SCHLUESSEL } from '../../src/pane/vorlagenablage';
import type { Arbeitsmappe } from '../../src/lesen/port';
import type { Arbeitsumgebung } from '../../src/pane/umgebung';
import { ExcelUmgebung } from '../../src/excel/umgebung';
import { baueExcel, installiere, type NameDef } from '../excel/excelMock';
import { BRIEFKOPF, eigeneVorlage, vorlageMitUnbekanntemTag } from './eigeneVorlage';

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

let mappe: Arbeitsmappe;
beforeAll(async () => {
  const datei = 'Mansfeld-Suedharz_2020_gE-kT.xlsx';
  mappe = await leseXlsx(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'examples', datei))), datei);
}, 60000);

beforeEach(() => localStorage.clear());

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function umgebung(): { umgebung: Arbeitsumgebung; gespeichert: { bytes: Uint8Array; name: string }[] } {
  const gespeichert: { bytes: Uint8Array; name: string }[] = [];
  return {
    gespeichert,
    umgebung: {
      art: 'browser',
      einschraenkungen: [],
      lesen: async () => mappe,
      vorlagenablage: lokaleVorlagenablage(),
      dokumentSpeichern: async (bytes, name) => {
        gespeichert.push({ bytes, name });
        return { art: 'heruntergeladen' };
      },
    },
  };
}

const docxText = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml']!).replace(/<[^>]+>/g, ' ');

async function vorschau(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: /^Vorschau:/ }, { timeout: 20000 });
}

test('an own template with letterhead, row loop and condition fills the document, and is kept for next time', async () => {
  const v = pruefeMappe(mappe)[0]!.vereinbarung;
  const lokaleZiele = v.listen.lokaleZiele;
  expect(lokaleZiele.length).toBeGreaterThan(1);
  const { umgebung: u, gespeichert } = umgebung();
  const user = userEvent.setup();
  const { unmount } = render(<Zielplaner umgebung={u} startBereich="vereinbarung" />);
  expect(await screen.findByText(/Vorlage: die eingebaute Vorlage/, undefined, { timeout: 20000 })).toBeTruthy();
  const eingebaut = (await vorschau()).textContent ?? '';
  expect(eingebaut).not.toContain(BRIEFKOPF);

  const datei = new File([eigeneVorlage()], 'Briefkopf Mansfeld.docx', { type: DOCX });
  await user.upload(screen.getByLabelText('Eigene Word-Vorlage (.docx) auswählen'), datei);
  expect(await screen.findByText(/Die Dokumente werden jetzt mit Ihrer Vorlage „Briefkopf Mansfeld\.docx“ erzeugt/)).toBeTruthy();
  expect(screen.getByTestId('vorlagenname').textContent).toBe('„Briefkopf Mansfeld.docx“');
  // the preview is the filled template: letterhead, one row per local goal, the Träger paragraph
  await waitFor(async () => expect((await vorschau()).textContent).toContain(BRIEFKOPF), { timeout: 20000 });
  const text = (await vorschau()).textContent ?? '';
  for (const z of lokaleZiele) expect(text).toContain(String(z.ziel));
  expect(text).toContain(`Kommunaler Träger: ${String(v.werte.ZV_Traeger)}`);
  expect(text).toContain(String(v.werte.ZV_Jobcenter));
  expect(text).not.toMatch(/\{[#/^]?ZV_/);

  await user.click(screen.getByRole('button', { name: 'Word-Dokument speichern' }));
  await waitFor(() => expect(gespeichert).toHaveLength(1));
  expect(gespeichert[0]!.name).toMatch(/^Zielvereinbarung_2020_.*\.docx$/);
  expect(docxText(gespeichert[0]!.bytes)).toContain(BRIEFKOPF);

  // next time (a new pane in the same browser) the template is still chosen
  expect(localStorage.getItem(VORLAGEN_SCHLUESSEL)).toContain('Briefkopf Mansfeld.docx');
  unmount();
  render(<Zielplaner umgebung={umgebung().umgebung} startBereich="vereinbarung" />);
  expect((await screen.findByTestId('vorlagenname', undefined, { timeout: 20000 })).textContent).toBe('„Briefkopf Mansfeld.docx“');
  await waitFor(async () => expect((await vorschau()).textContent).toContain(BRIEFKOPF), { timeout: 20000 });

  // back to the built-in layout, also for next time
  await user.click(screen.getByRole('button', { name: 'Eingebaute Vorlage verwenden' }));
  expect(await screen.findByText('Die Dokumente werden wieder mit der eingebauten Vorlage erzeugt.')).toBeTruthy();
  await waitFor(async () => expect((await vorschau()).textContent).not.toContain(BRIEFKOPF), { timeout: 20000 });
  expect(localStorage.getItem(VORLAGEN_SCHLUESSEL)).toBeNull();
  expect(screen.queryByRole('button', { name: 'Eingebaute Vorlage verwenden' })).toBeNull();
}, 90000);

test('a template with an unknown tag is refused with the engine’s German sentences; nothing is made from it', async () => {
  const bytes = vorlageMitUnbekanntemTag();
  let erwartet: string[] = [];
  try {
    ladeVorlage(bytes);
  } catch (e) {
    if (e instanceof VorlageFehlerhaft) erwartet = e.fehler.map((f) => f.text);
  }
  expect(erwartet.length).toBeGreaterThan(0);
  expect(erwartet.join(' ')).toContain('ZV_Unbekannt');

  const { umgebung: u } = umgebung();
  const user = userEvent.setup();
  render(<Zielplaner umgebung={u} startBereich="vereinbarung" />);
  await vorschau();
  await user.upload(screen.getByLabelText('Eigene Word-Vorlage (.docx) auswählen'), new File([bytes], 'Anschreiben.docx', { type: DOCX }));
  const meldung = await screen.findByText('Die Vorlage „Anschreiben.docx“ kann nicht verwendet werden. Es wurde nichts erzeugt.');
  const balken = meldung.closest('.fui-MessageBar') as HTMLElement;
  for (const t of erwartet) expect(within(balken).getByText(t)).toBeTruthy();
  // not taken: the built-in layout stays, nothing is kept
  expect(screen.getByText(/Vorlage: die eingebaute Vorlage/)).toBeTruthy();
  expect(screen.queryByTestId('vorlagenname')).toBeNull();
  expect(localStorage.getItem(VORLAGEN_SCHLUESSEL)).toBeNull();
  expect((await vorschau()).textContent).not.toContain(BRIEFKOPF);
}, 90000);

test('a kept template that no longer works shows its errors, and no document is offered', async () => {
  lokaleVorlagenablage()!.speichern({ name: 'Alt.docx', bytes: vorlageMitUnbekanntemTag() });
  const { umgebung: u } = umgebung();
  render(<Zielplaner umgebung={u} startBereich="vereinbarung" />);
  expect(
    await screen.findByText('Die Vorlage „Alt.docx“ kann nicht verwendet werden. Es wurde nichts erzeugt.', undefined, { timeout: 20000 }),
  ).toBeTruthy();
  expect(screen.getByText(/ZV_Unbekannt/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Word-Dokument speichern' }).hasAttribute('disabled')).toBe(true);
  expect(screen.queryByRole('region', { name: /^Vorschau:/ })).toBeNull();
}, 90000);

test('a file that is no .docx is refused with a German sentence', async () => {
  const { umgebung: u } = umgebung();
  // as when the user switches the file dialog to "all files"
  const user = userEvent.setup({ applyAccept: false });
  render(<Zielplaner umgebung={u} startBereich="vereinbarung" />);
  await vorschau();
  await user.upload(screen.getByLabelText('Eigene Word-Vorlage (.docx) auswählen'), new File(['x'], 'Vorlage.dotx'));
  expect(await screen.findByText('„Vorlage.dotx“ ist keine Word-Vorlage.')).toBeTruthy();
  expect(localStorage.getItem(VORLAGEN_SCHLUESSEL)).toBeNull();
});

test('without a place to keep it (no vorlagenablage) there is no template choice', async () => {
  const { umgebung: u } = umgebung();
  const { vorlagenablage: _weg, ...ohne } = u;
  render(<Zielplaner umgebung={ohne} startBereich="vereinbarung" />);
  await vorschau();
  expect(screen.queryByRole('button', { name: 'Eigene Vorlage wählen (.docx)' })).toBeNull();
});

test('the Excel task pane offers the same choice; the template is kept in its browser storage, not in the workbook', async () => {
  const n = (name: string, adresse: string, wert: unknown, format = 'General'): NameDef => ({
    name,
    bezug: adresse.replace(/!([A-Z]+)(\d+)$/, '!$$$1$$$2'),
    adresse,
    werte: [[wert]],
    formate: [[format]],
  });
  const fake = baueExcel({
    namen: [
      n('ZV_Jahr', 'Planung!C4', 2024, '0'),
      n('ZV_Art', 'Planung!C5', 'gE'),
      n('ZV_Jobcenter', 'Planung!C6', 'Jobcenter Kaiserslautern'),
      n('ZV_Agentur', 'Planung!C7', 'Agentur für Arbeit Kaiserslautern'),
    ],
  });
  installiere(fake);
  const excel = new ExcelUmgebung({ anforderung: () => true });
  const user = userEvent.setup();
  render(<Zielplaner umgebung={excel} startBereich="vereinbarung" />);
  await vorschau();
  await user.upload(
    screen.getByLabelText('Eigene Word-Vorlage (.docx) auswählen'),
    new File([eigeneVorlage()], 'Briefkopf.docx', { type: DOCX }),
  );
  expect((await screen.findByTestId('vorlagenname')).textContent).toBe('„Briefkopf.docx“');
  await waitFor(async () => expect((await vorschau()).textContent).toContain(BRIEFKOPF), { timeout: 20000 });
  const text = (await vorschau()).textContent ?? '';
  expect(text).toContain('Zielvereinbarung 2024 mit dem Jobcenter Kaiserslautern');
  // no ZV_Traeger in this workbook: the conditional paragraph is left out
  expect(text).not.toContain('Kommunaler Träger');
  expect(localStorage.getItem(VORLAGEN_SCHLUESSEL)).toContain('Briefkopf.docx');
}, 90000);

test('an agreement with errors filled into an own template carries the draft mark', async () => {
  lokaleVorlagenablage()!.speichern({ name: 'Briefkopf.docx', bytes: eigeneVorlage() });
  const echte = pruefeMappe(mappe);
  const fehler = { ...echte[0]!.befunde[0], severity: 'error', message: 'Testfehler' } as any;
  const { umgebung: u, gespeichert } = umgebung();
  const user = userEvent.setup();
  render(<Zielplaner umgebung={u} pruefen={() => [{ ...echte[0]!, befunde: [fehler] }]} startBereich="vereinbarung" />);
  await waitFor(async () => expect((await vorschau()).textContent).toContain(BRIEFKOPF), { timeout: 20000 });
  expect((await vorschau()).textContent).toContain('Entwurf – enthält Fehler');
  await user.click(screen.getByRole('button', { name: 'Word-Dokument speichern' }));
  await waitFor(() => expect(gespeichert).toHaveLength(1));
  expect(docxText(gespeichert[0]!.bytes)).toContain('Entwurf – enthält Fehler');
}, 90000);

test('the built-in layout of the agreement shown is downloaded as a template; chosen back with one heading renamed, it gives the built-in preview with that heading', async () => {
  const { umgebung: u, gespeichert } = umgebung();
  const user = userEvent.setup();
  render(<Zielplaner umgebung={u} startBereich="vereinbarung" />);
  const vorher = (await vorschau()).textContent ?? '';
  await user.click(screen.getByRole('button', { name: 'Eingebautes Layout als Vorlage herunterladen' }));
  await waitFor(() => expect(gespeichert).toHaveLength(1), { timeout: 20000 });
  // Mansfeld-Südharz 2020 (gE-kT): the template of that kind in the 2020 wording
  expect(gespeichert[0]!.name).toBe('Vorlage_Zielvereinbarung_gE-kT_2020.docx');
  const vorlagentext = docxText(gespeichert[0]!.bytes);
  expect(vorlagentext).toContain('{@ZV_Abschnitt_Ziele}');
  expect(vorlagentext).toContain('III) Lokale Ziele');
  expect(
    await screen.findByText(
      /„Vorlage_Zielvereinbarung_gE-kT_2020\.docx“ ist das eingebaute Layout \(gE-kT, Jahr 2020\) mit einem Feld je Abschnitt/,
    ),
  ).toBeTruthy();
  // nothing changed by downloading: still the built-in layout
  expect(screen.queryByTestId('vorlagenname')).toBeNull();

  // the user renames one heading in Word and chooses the file: the preview is the built-in text with that heading
  const teile = unzipSync(gespeichert[0]!.bytes);
  teile['word/document.xml'] = strToU8(
    strFromU8(teile['word/document.xml']!).replace('III) Lokale Ziele<', 'III) Lokale Ziele mit der Agentur<'),
  );
  await user.upload(
    screen.getByLabelText('Eigene Word-Vorlage (.docx) auswählen'),
    new File([zipSync(teile)], gespeichert[0]!.name, { type: DOCX }),
  );
  expect((await screen.findByTestId('vorlagenname')).textContent).toBe('„Vorlage_Zielvereinbarung_gE-kT_2020.docx“');
  expect(vorher).toContain('III) Lokale Ziele');
  await waitFor(
    async () => expect((await vorschau()).textContent).toBe(vorher.replace('III) Lokale Ziele', 'III) Lokale Ziele mit der Agentur')),
    {
      timeout: 20000,
    },
  );
}, 90000);
