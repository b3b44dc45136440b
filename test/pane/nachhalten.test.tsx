/** The Nachhalten tab: table and chart for the example with ZV_Ist, the hint without, the Folgejahr workbook. */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Nachhalten, folgejahrMappe } from '../../src/pane/components/Nachhalten';
import { pruefeMappe } from '../../src/kern';
import { leseArbeitsmappe } from '../../src/xlsx/mappe';
import type { Arbeitsumgebung } from '../../src/pane/umgebung';
import { baueMappe } from '../../src/xlsx/vorlage';
import { beispielMappe } from '../nachhalten/beispiel';

// Fluent's MessageBar observes its size; jsdom has no ResizeObserver
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const umgebung = {
  art: 'browser',
  einschraenkungen: [],
  lesen: async () => beispielMappe(),
  planungsmappeBauen: baueMappe,
  dokumentSpeichern: async () => ({ art: 'heruntergeladen' }),
  mappeSpeichern: async () => ({ art: 'heruntergeladen' }),
} as unknown as Arbeitsumgebung;
const stand = (mappe: ReturnType<typeof beispielMappe>) => ({ mappe, ergebnisse: pruefeMappe(mappe), keinPlanungsblatt: null });
const zeige = (mappe: ReturnType<typeof beispielMappe>) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <Nachhalten umgebung={umgebung} stand={stand(mappe)} aktion={async () => true} />
    </FluentProvider>,
  );

test('the tab shows the table and, loaded lazily, the chart of Ist against Soll', async () => {
  zeige(beispielMappe());
  expect(screen.getByRole('table', { name: 'Zielnachhaltung Jobcenter Musterstadt' })).toBeTruthy();
  expect(screen.getByText('Stand Juni 2024; Datenstand 15.07.2024, Wartezeit 3 Monate')).toBeTruthy();
  expect(await screen.findByRole('img', { name: /Ist und Soll IQ Frauen nach Monat/ })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Planung für das Folgejahr' })).toBeTruthy();
});

test('without ZV_Ist the tab says so in German', () => {
  zeige(ohneIst());
  expect(screen.getByText(/enthält keine Liste ZV_Ist/)).toBeTruthy();
});

function ohneIst() {
  const m = beispielMappe();
  return { ...m, bereiche: m.bereiche.filter((b) => b.name !== 'ZV_Ist') } as typeof m;
}

test('the Folgejahr button builds a workbook whose ZV_Jahr is one more', async () => {
  const m = beispielMappe();
  const s = stand(m);
  const jahr = s.ergebnisse[0]!.vereinbarung.jahr!;
  const f = await folgejahrMappe(s, baueMappe);
  expect(f.dateiname).toBe(`Planung_${jahr + 1}.xlsx`);
  const neu = pruefeMappe(await leseArbeitsmappe(f.bytes, f.dateiname));
  expect(neu[0]!.vereinbarung.jahr).toBe(jahr + 1);
});
