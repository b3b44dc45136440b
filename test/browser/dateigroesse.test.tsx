/**
 * The browser page refuses a file over the size limit with the command line's sentence, before
 * reading it: no `arrayBuffer()`, no "wird gelesen", nothing opened.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { GROESSTE_DATEI, zuGrossMeldung } from '../../src/lesen/grenzen';

// webpack's asset URL (import.meta) does not exist under jest
jest.mock('../../src/browser/beispiel', () => ({ beispielUrl: 'http://localhost/beispiel.xlsx', beispielName: 'Beispiel.xlsx' }));

import { Seite } from '../../src/browser/Seite';

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

/** A file that reports `groesse` bytes without holding them; records whether its content was read. */
function dateiMitGroesse(name: string, groesse: number): { datei: File; gelesen: jest.Mock } {
  const datei = new File([new Uint8Array([0x50, 0x4b, 3, 4])], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  Object.defineProperty(datei, 'size', { value: groesse });
  const gelesen = jest.fn(() => Promise.resolve(new ArrayBuffer(4)));
  Object.defineProperty(datei, 'arrayBuffer', { value: gelesen });
  return { datei, gelesen };
}

function seite(): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <Seite />
    </FluentProvider>,
  );
}

test('a chosen file over 50 MB gets the same German sentence as the command line and is not read', async () => {
  const user = userEvent.setup();
  seite();
  const { datei, gelesen } = dateiMitGroesse('Planung 2026.xlsx', GROESSTE_DATEI + 1);
  await user.upload(screen.getByLabelText('Arbeitsmappe (.xlsx, .xlsm, .ods) auswählen'), datei);
  expect(await screen.findByText('Datei nicht verwendbar')).toBeTruthy();
  const satz = zuGrossMeldung('Planung 2026.xlsx');
  expect(satz).toBe(
    'Die Datei „Planung 2026.xlsx“ ist größer als 50 MB und wird nicht gelesen; eine Planungsmappe ist viel kleiner. Prüfen Sie, ob Sie die richtige Datei gewählt haben.',
  );
  expect(screen.getByText(satz)).toBeTruthy();
  expect(gelesen).not.toHaveBeenCalled();
  expect(screen.queryByText(/wird gelesen/)).toBeNull();
  expect(screen.queryByTestId('dateiname')).toBeNull();
});

test('a file dropped on the page over the limit is refused the same way', async () => {
  seite();
  const { datei, gelesen } = dateiMitGroesse('riesig.ods', 11.6 * 1024 * 1024 * 1024);
  const ereignis = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(ereignis, 'dataTransfer', { value: { files: [datei], types: ['Files'] } });
  fireEvent(window, ereignis);
  expect(await screen.findByText(zuGrossMeldung('riesig.ods'))).toBeTruthy();
  expect(gelesen).not.toHaveBeenCalled();
});

test('a file at the limit is read (the limit itself is allowed)', async () => {
  const user = userEvent.setup();
  seite();
  const { datei, gelesen } = dateiMitGroesse('Planung.xlsx', GROESSTE_DATEI);
  await user.upload(screen.getByLabelText('Arbeitsmappe (.xlsx, .xlsm, .ods) auswählen'), datei);
  // its four bytes are no workbook: the reader's sentence, not the size sentence
  expect(await screen.findByText('Datei nicht verwendbar')).toBeTruthy();
  expect(gelesen).toHaveBeenCalledTimes(1);
  expect(screen.queryByText(/größer als 50 MB/)).toBeNull();
});
