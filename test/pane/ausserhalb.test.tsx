/**
 * taskpane.html outside Excel: without Office.js, or with Office.js but no host (opened in a normal
 * browser), the entry shows a German page that links to the browser mode (index.html).
 */
import { screen } from '@testing-library/react';
import { act } from 'react';

// jsdom lacks ResizeObserver, which every browser that runs Office add-ins has (Fluent's MessageBar uses it)
beforeAll(() => {
  (globalThis as any).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

async function starteEinstieg(): Promise<void> {
  document.body.innerHTML = '<div id="root"></div>';
  await act(async () => {
    jest.isolateModules(() => {
      require('../../src/taskpane/index');
    });
  });
}

afterEach(() => {
  delete (globalThis as any).Office;
  document.body.innerHTML = '';
});

test('without Office.js: a German explanation and a link to the browser page', async () => {
  await starteEinstieg();
  expect(await screen.findByText('Office.js konnte nicht geladen werden')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Zielplaner im Browser öffnen' }).getAttribute('href')).toBe('index.html');
});

test('opened in a browser (Office.onReady reports no host): the same link, and no Excel call', async () => {
  (globalThis as any).Office = {
    HostType: { Excel: 'Excel' },
    onReady: (cb: (info: { host: null; platform: null }) => void) => {
      cb({ host: null, platform: null });
      return Promise.resolve({ host: null, platform: null });
    },
  };
  await starteEinstieg();
  expect(await screen.findByText('Diese Seite läuft nur in Excel')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Zielplaner im Browser öffnen' }).getAttribute('href')).toBe('index.html');
});
