/**
 * The browser page's "Leeres Planungsblatt herunterladen": for each kind the downloaded bytes are a
 * planning template of exactly that kind and next year, the same as `zielplaner template` makes.
 */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ARTEN, FELDER, LISTEN, type Art } from '../../src/catalogue/felder';
import { LeeresPlanungsblatt, vorlagenName } from '../../src/browser/LeeresPlanungsblatt';
import { XLSX_MIME } from '../../src/browser/umgebung';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { erzeugeVorlage } from '../../src/xlsx/vorlage';
import { pruefeMappe } from '../../src/kern';

beforeAll(() => {
  const util = require('node:util');
  (globalThis as any).TextEncoder ??= util.TextEncoder;
  (globalThis as any).TextDecoder ??= util.TextDecoder;
  // jsdom lacks ResizeObserver, which Fluent's MessageBar uses and every browser has
  (globalThis as any).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

const naechstes = new Date().getFullYear() + 1;

async function namen(bytes: Uint8Array): Promise<string[]> {
  return (await leseXlsx(bytes, 'v.xlsx')).bereiche.map((b) => b.name).sort();
}

test.each(ARTEN.map((a) => [a]))(
  'kind %s: the download is a template of that kind for next year',
  async (art: Art) => {
    const speichern = jest.fn((_bytes: Uint8Array, _name: string, _mime: string) => true);
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <LeeresPlanungsblatt speichern={speichern} />
      </FluentProvider>,
    );
    expect(screen.getByText(new RegExp(`für das Zieljahr ${naechstes}`))).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Art der Vereinbarung'), art);
    await user.click(screen.getByRole('button', { name: 'Leeres Planungsblatt herunterladen' }));
    await waitFor(() => expect(speichern).toHaveBeenCalledTimes(1), { timeout: 20000 });
    const [bytes, name, mime] = speichern.mock.calls[0]!;
    expect([name, mime]).toEqual([vorlagenName(art, naechstes), XLSX_MIME]);
    expect(name).toBe(`Planungsblatt_${art}_${naechstes}.xlsx`);

    const [ergebnis] = pruefeMappe(await leseXlsx(bytes, name));
    expect([ergebnis!.vereinbarung.art, ergebnis!.vereinbarung.jahr]).toEqual([art, naechstes]);
    const erwartet = [...FELDER.filter((f) => f.arten.includes(art)), ...LISTEN.filter((l) => l.arten.includes(art))].map((f) => f.name);
    expect(await namen(bytes)).toEqual(erwartet.sort());
    // the same template as `zielplaner template --art <art>` writes
    expect(await namen(bytes)).toEqual(await namen(await erzeugeVorlage(art)));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Leeres Planungsblatt herunterladen' })).toBeTruthy());
  },
  30000,
);

test('a browser without downloads gets a German sentence', async () => {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <LeeresPlanungsblatt speichern={() => false} />
    </FluentProvider>,
  );
  await user.click(screen.getByRole('button', { name: 'Leeres Planungsblatt herunterladen' }));
  expect(await screen.findByText('Dieser Browser kann keine Dateien zum Herunterladen anbieten.', {}, { timeout: 20000 })).toBeTruthy();
}, 30000);
