/**
 * The cell a finding points to, on the browser page (issue 9): its number in German format, and
 * worded as "prüfen", not "korrigieren" — the finding may be a warning about a value that is fine.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Zellhinweis } from '../../src/browser/Zellhinweis';

beforeAll(() => {
  // jsdom lacks ResizeObserver, which Fluent's MessageBar uses and every browser has
  (globalThis as any).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

test('a finding’s cell reads "enthält die Zahl 19.006. Prüfen Sie die Zelle …", never "Korrigieren"', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <Zellhinweis zelle={{ adresse: 'Planung!C24', namen: ['ZV_LZB_Ziel_Gesamt'], wert: 19006 }} schliessen={() => undefined} />
    </FluentProvider>,
  );
  const region = screen.getByRole('region', { name: 'Zelle Planung!C24' });
  expect(region.textContent).toContain(
    '(ZV_LZB_Ziel_Gesamt) enthält die Zahl 19.006. Prüfen Sie die Zelle in Excel, ändern Sie sie dort, wenn nötig',
  );
  expect(region.textContent).not.toMatch(/orrigieren|19006/);
});
