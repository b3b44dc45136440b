/** The table part of the Nachhalten tab shows the hand-computed example's figures in German. */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Nachhaltungstabelle } from '../../src/pane/components/Nachhaltungstabelle';
import { nachhalteMappe } from '../../src/kern';
import { beispielMappe } from '../nachhalten/beispiel';

test('Ziel, Ist, Soll, Abweichung, Prognose and Ampel per Kennzahl and gender', () => {
  const n = nachhalteMappe(beispielMappe()).nachhaltungen[0]!;
  render(
    <FluentProvider theme={webLightTheme}>
      <Nachhaltungstabelle nachhaltung={n} />
    </FluentProvider>,
  );
  expect(screen.getByText('Stand Juni 2024; Datenstand 15.07.2024, Wartezeit 3 Monate')).toBeTruthy();
  const tabelle = screen.getByRole('table', { name: 'Zielnachhaltung Jobcenter Musterstadt' });
  const zeilen = within(tabelle).getAllByRole('row');
  expect(zeilen).toHaveLength(8);
  const text = (i: number) =>
    within(zeilen[i]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
  expect(text(1)).toEqual(['IQ Frauen', '21,0 %', '10,6 %', '10,5 %', '+1,0 % (+0,1 Pp.)', '21,2 %', 'grün']);
  expect(text(3)).toEqual(['IQ Gesamt', '23,5 %', '11,0 %', '11,5 %', '-4,3 % (-0,5 Pp.)', '22,5 %', 'rot']);
  expect(text(5)).toEqual(['LZB Männer', '980', '990', '980', '+1,0 %', '980', 'gelb']);
});
