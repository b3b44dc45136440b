/**
 * "Alle Vereinbarungen als ZIP herunterladen" in the pane over a real ZV_Liste workbook (as the
 * browser page shows it): the progress bar counts in German, the ZIP holds one real .docx per
 * agreement without errors (read back with fflate), agreements with errors are named with the reason,
 * a run can be cancelled, and with the user's own template (real engine) every document is filled from
 * it, or its errors stop the run.
 */
import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { Zielplaner } from '../../src/pane/components/Zielplaner';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { pruefeMappe } from '../../src/kern';
import { hatFehler, type Pruefergebnis } from '../../src/model/vereinbarung';
import { dateiname, erzeugeDokument } from '../../src/document';
import type { Arbeitsmappe } from '../../src/lesen/port';
import type { Arbeitsumgebung } from '../../src/pane/umgebung';
import type { ErzeugtesDokument } from '../../src/pane/stand';
import { lokaleVorlagenablage } from '../../src/pane/vorlagenablage';
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
  mappe = await leseXlsx(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'examples', 'ZV_Liste_405.xlsx'))), 'ZV_Liste_405.xlsx');
}, 60000);

function umgebungMitZip(): { umgebung: Arbeitsumgebung; zips: { bytes: Uint8Array; name: string }[] } {
  const zips: { bytes: Uint8Array; name: string }[] = [];
  const umgebung: Arbeitsumgebung = {
    art: 'browser',
    einschraenkungen: [],
    lesen: async () => mappe,
    dokumentSpeichern: async () => ({ art: 'heruntergeladen' }),
    zipSpeichern: async (bytes, name) => {
      zips.push({ bytes, name });
      return { art: 'heruntergeladen' };
    },
  };
  return { umgebung, zips };
}

/** The first rows of the list, with one agreement given an error finding by the real checks. */
function ersteZeilen(n: number): (m: Arbeitsmappe) => Pruefergebnis[] {
  return (m) => pruefeMappe(m).slice(0, n);
}

test('the ZIP holds one .docx per agreement without errors, with the German progress text', async () => {
  const N = 6;
  const { umgebung, zips } = umgebungMitZip();
  const erwartet = pruefeMappe(mappe).slice(0, N);
  const ohneFehler = erwartet.filter((e) => !hatFehler(e.befunde));
  const user = userEvent.setup();
  render(<Zielplaner umgebung={umgebung} pruefen={ersteZeilen(N)} startBereich="vereinbarung" />);
  const knopf = await screen.findByRole('button', { name: 'Alle Vereinbarungen als ZIP herunterladen' }, { timeout: 20000 });
  await waitFor(() => expect(knopf.hasAttribute('disabled')).toBe(false));
  await user.click(knopf);
  // the progress bar and its German text while the documents are made
  const balken = await screen.findByRole('progressbar', { name: 'Fortschritt der ZIP-Datei' });
  expect(balken).toBeTruthy();
  expect(await screen.findByText(new RegExp(`^\\d+ von ${ohneFehler.length} Vereinbarungen erstellt$`))).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeTruthy();
  await waitFor(() => expect(zips).toHaveLength(1), { timeout: 30000 });
  const zipDatei = `Zielvereinbarungen_${erwartet[0]!.vereinbarung.jahr}.zip`;
  expect(new Set(erwartet.map((e) => e.vereinbarung.jahr)).size).toBe(1);
  expect(zips[0]!.name).toBe(zipDatei);
  const inhalt = unzipSync(zips[0]!.bytes);
  const namen = Object.keys(inhalt).sort();
  expect(namen).toHaveLength(ohneFehler.length);
  expect(namen).toEqual(ohneFehler.map((e) => dateiname(e.vereinbarung)).sort());
  for (const name of namen) {
    // each entry is itself a Word document naming its Jobcenter
    const docx = unzipSync(inhalt[name]!);
    const text = strFromU8(docx['word/document.xml']!);
    expect(text).toContain('<w:body>');
  }
  // …and the same document the builder makes for that agreement on its own
  for (const e of ohneFehler.slice(0, 2)) {
    const drin = strFromU8(unzipSync(inhalt[dateiname(e.vereinbarung)]!)['word/document.xml']!);
    const allein = strFromU8(unzipSync(await erzeugeDokument(e.vereinbarung))['word/document.xml']!);
    expect(drin).toBe(allein);
  }
  expect(await screen.findByText(new RegExp(`^${ohneFehler.length} Vereinbarungen als Word-Dokumente in „${zipDatei}“`))).toBeTruthy();
  expect(ohneFehler.length).toBeGreaterThan(1);
  expect(screen.queryByRole('progressbar')).toBeNull();
}, 90000);

test('agreements with errors are named and left out; the ZIP holds the others', async () => {
  const { umgebung, zips } = umgebungMitZip();
  const echte = pruefeMappe(mappe).slice(0, 4);
  // the second agreement carries an error finding as the checks report one
  const fehler = { ...echte[0]!.befunde[0], severity: 'error', message: 'Testfehler' } as any;
  const mitFehler: Pruefergebnis[] = echte.map((e, i) => (i === 1 ? { ...e, befunde: [...e.befunde, fehler] } : e));
  const user = userEvent.setup();
  render(<Zielplaner umgebung={umgebung} pruefen={() => mitFehler} startBereich="vereinbarung" />);
  const hinweis = await screen.findByText(/1 Vereinbarung wird nicht in die ZIP-Datei aufgenommen/, undefined, { timeout: 20000 });
  expect(hinweis).toBeTruthy();
  const liste = screen.getByRole('list', { name: 'Nicht aufgenommene Vereinbarungen' });
  expect(within(liste).getByText(/^Zeile 3 – .*: Die Planung enthält Fehler \(siehe „Prüfen“\)\.$/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Alle Vereinbarungen als ZIP herunterladen' }));
  await waitFor(() => expect(zips).toHaveLength(1), { timeout: 30000 });
  expect(Object.keys(unzipSync(zips[0]!.bytes))).toHaveLength(3);
}, 90000);

test('Abbrechen stops the run and nothing is downloaded', async () => {
  const { umgebung, zips } = umgebungMitZip();
  let aufrufe = 0;
  // a document maker that waits for the test, so the run is surely still going when cancelled
  let weiter: () => void = () => undefined;
  const erzeugen = async (): Promise<ErzeugtesDokument> => {
    aufrufe += 1;
    await new Promise<void>((r) => (weiter = r));
    return { bytes: new Uint8Array([1, 2, 3]), dateiname: `d${aufrufe}.docx` };
  };
  const user = userEvent.setup();
  render(<Zielplaner umgebung={umgebung} pruefen={ersteZeilen(5)} dokumentErzeugen={erzeugen} startBereich="vereinbarung" />);
  const knopf = await screen.findByRole('button', { name: 'Alle Vereinbarungen als ZIP herunterladen' }, { timeout: 20000 });
  weiter();
  await user.click(knopf);
  await screen.findByRole('progressbar');
  await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
  weiter();
  expect(await screen.findByText('Abgebrochen. Es wurde keine ZIP-Datei heruntergeladen.')).toBeTruthy();
  expect(zips).toHaveLength(0);
  expect(screen.queryByRole('progressbar')).toBeNull();
}, 90000);

test('without the capability (the Excel pane) there is no ZIP button', async () => {
  const { umgebung } = umgebungMitZip();
  const { zipSpeichern: _weg, ...ohne } = umgebung;
  render(<Zielplaner umgebung={ohne} pruefen={ersteZeilen(3)} startBereich="vereinbarung" />);
  await screen.findByRole('combobox', { name: 'Vereinbarung' }, { timeout: 20000 });
  expect(screen.queryByRole('button', { name: /ZIP/ })).toBeNull();
});

test('with an own template every document in the ZIP is made from it', async () => {
  localStorage.clear();
  lokaleVorlagenablage()!.speichern({ name: 'Briefkopf.docx', bytes: eigeneVorlage() });
  const { umgebung, zips } = umgebungMitZip();
  const mitAblage: Arbeitsumgebung = { ...umgebung, vorlagenablage: lokaleVorlagenablage() };
  const N = 4;
  const ohneFehler = pruefeMappe(mappe)
    .slice(0, N)
    .filter((e) => !hatFehler(e.befunde));
  const user = userEvent.setup();
  render(<Zielplaner umgebung={mitAblage} pruefen={ersteZeilen(N)} startBereich="vereinbarung" />);
  expect((await screen.findByTestId('vorlagenname', undefined, { timeout: 20000 })).textContent).toBe('„Briefkopf.docx“');
  await user.click(await screen.findByRole('button', { name: 'Alle Vereinbarungen als ZIP herunterladen' }));
  await waitFor(() => expect(zips).toHaveLength(1), { timeout: 30000 });
  const inhalt = unzipSync(zips[0]!.bytes);
  expect(Object.keys(inhalt)).toHaveLength(ohneFehler.length);
  for (const e of ohneFehler) {
    const text = strFromU8(unzipSync(inhalt[dateiname(e.vereinbarung)]!)['word/document.xml']!);
    expect(text).toContain(BRIEFKOPF);
    expect(text).toContain(String(e.vereinbarung.werte.ZV_Jahr ?? e.vereinbarung.jahr));
  }
  localStorage.clear();
}, 90000);

test('a kept template with errors stops the ZIP: its German sentences are shown and nothing is downloaded', async () => {
  localStorage.clear();
  lokaleVorlagenablage()!.speichern({ name: 'Alt.docx', bytes: vorlageMitUnbekanntemTag() });
  const { umgebung, zips } = umgebungMitZip();
  const mitAblage: Arbeitsumgebung = { ...umgebung, vorlagenablage: lokaleVorlagenablage() };
  const user = userEvent.setup();
  render(<Zielplaner umgebung={mitAblage} pruefen={ersteZeilen(3)} startBereich="vereinbarung" />);
  await user.click(await screen.findByRole('button', { name: 'Alle Vereinbarungen als ZIP herunterladen' }, { timeout: 20000 }));
  expect(
    await screen.findByText('Die Vorlage kann nicht verwendet werden. Es wurde nichts erzeugt.', undefined, { timeout: 20000 }),
  ).toBeTruthy();
  const section = screen.getByRole('region', { name: 'Alle Vereinbarungen' });
  expect(within(section).getByText(/ZV_Unbekannt/)).toBeTruthy();
  expect(zips).toHaveLength(0);
  localStorage.clear();
}, 90000);
