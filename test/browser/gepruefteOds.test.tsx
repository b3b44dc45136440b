/**
 * The browser page gives an .ods its checked copy as an .ods: "Geprüfte Arbeitsmappe herunterladen"
 * offers `… (geprüft).ods` with the OpenDocument media type, and the file holds the findings as notes.
 */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ODS_MIME, istOdsDatei } from '../../src/lesen/kopie';

jest.mock('../../src/browser/beispiel', () => ({ beispielUrl: 'http://localhost/beispiel.xlsx', beispielName: 'Beispiel.xlsx' }));
const angeboten: [Uint8Array, string, string][] = [];
jest.mock('../../src/pane/herunterladen', () => ({
  ...jest.requireActual('../../src/pane/herunterladen'),
  herunterladen: (bytes: Uint8Array, name: string, mime: string) => {
    angeboten.push([bytes, name, mime]);
    return true;
  },
}));

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

const zelle = (t: string): string => `<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
const bereich = (n: string, z: string): string =>
  `<table:named-range table:name="${n}" table:base-cell-address="$Planung.$A$1" table:cell-range-address="$Planung.$${z.replace(/(\d+)/, '$$$1')}"/>`;

/** A small planning sheet as LibreOffice Calc stores it: the Zieljahr is text, a finding. */
function planungOds(): Uint8Array {
  const inhalt =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">' +
    '<office:body><office:spreadsheet><table:table table:name="Planung">' +
    `<table:table-row>${zelle('Jahr')}${zelle('zweitausendvierundzwanzig')}</table:table-row>` +
    `<table:table-row>${zelle('Art')}${zelle('gE')}</table:table-row>` +
    `<table:table-row>${zelle('Jobcenter')}${zelle('Jobcenter Stadt Kaiserslautern')}</table:table-row>` +
    '</table:table><table:named-expressions>' +
    bereich('ZV_Jahr', 'B1') +
    bereich('ZV_Art', 'B2') +
    bereich('ZV_Jobcenter', 'B3') +
    '</table:named-expressions></office:spreadsheet></office:body></office:document-content>';
  return zipSync({
    mimetype: [strToU8(ODS_MIME), { level: 0 }],
    'content.xml': strToU8(inhalt),
    'styles.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"><office:styles/></office:document-styles>',
    ),
  });
}

test('an .ods opened on the page is downloaded checked as „… (geprüft).ods“, with its findings as notes', async () => {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <Seite />
    </FluentProvider>,
  );
  const bytes = planungOds();
  const datei = new File([bytes as unknown as BlobPart], 'Planung 2026.ods', { type: ODS_MIME });
  Object.defineProperty(datei, 'arrayBuffer', { value: () => Promise.resolve(bytes.slice().buffer) });
  await user.upload(screen.getByLabelText('Arbeitsmappe (.xlsx, .xlsm, .ods) auswählen'), datei);
  await user.click(await screen.findByRole('button', { name: 'Geprüfte Arbeitsmappe herunterladen' }, { timeout: 20000 }));
  await waitFor(() => expect(angeboten).toHaveLength(1), { timeout: 20000 });
  const [kopie, name, mime] = angeboten[0]!;
  expect([name, mime]).toEqual(['Planung 2026 (geprüft).ods', ODS_MIME]);
  expect(istOdsDatei(kopie)).toBe(true);
  const inhalt = strFromU8(unzipSync(kopie)['content.xml']!);
  expect(inhalt).toMatch(/<office:annotation><dc:creator>Zielplaner<\/dc:creator><text:p>Fehler: [^<]*Zieljahr/);
  expect(screen.queryByText(/konnte nicht erstellt werden/)).toBeNull();
}, 60000);
