/**
 * The pane over a real workbook with a list of agreements (ZV_Liste, 405 rows), as the browser page
 * shows it: the agreement chooser names each row by its worksheet row and Jobcenter, and Prüfen
 * prefixes a finding with the same name.
 */
import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Zielplaner } from '../../src/pane/components/Zielplaner';
import { leseXlsx } from '../../src/xlsx/xlsx';
import type { Arbeitsumgebung } from '../../src/pane/umgebung';

beforeAll(() => {
  (globalThis as any).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

test('the agreement chooser names ZV_Liste rows "Zeile 5 – Jobcenter …", not "ZV_Liste row 5"', async () => {
  const mappe = await leseXlsx(
    new Uint8Array(readFileSync(join(__dirname, '..', '..', 'examples', 'ZV_Liste_405.xlsx'))),
    'ZV_Liste_405.xlsx',
  );
  const umgebung: Arbeitsumgebung = {
    art: 'browser',
    einschraenkungen: [],
    lesen: async () => mappe,
    dokumentSpeichern: async () => ({ art: 'heruntergeladen' }),
  };
  const user = userEvent.setup();
  render(<Zielplaner umgebung={umgebung} startBereich="planwerte" />);
  const wahl = (await screen.findByRole('combobox', { name: 'Vereinbarung' }, { timeout: 15000 })) as HTMLSelectElement;
  const optionen = within(wahl).getAllByRole('option');
  expect(optionen).toHaveLength(405);
  expect(optionen.slice(0, 2).map((o) => o.textContent)).toEqual([
    'Zeile 2 – Jobcenter Landkreis Zellstedt',
    'Zeile 3 – Jobcenter Landkreis Osterdorf',
  ]);
  expect(optionen.some((o) => /ZV_Liste|\brow\b/.test(o.textContent ?? ''))).toBe(false);
  // choosing a row shows its table
  await user.selectOptions(wahl, 'Zeile 4 – Jobcenter Landkreis Dornheim');
  expect(wahl.value).toBe('2');
  expect(screen.getByRole('table', { name: 'Integrationsquote' })).toBeTruthy();
}, 60000);
