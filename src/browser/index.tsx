/**
 * Entry of the browser page (dist/index.html): the task pane's components over an .xlsx file, without
 * Excel and without office.js. Everything runs in this browser; the page requests nothing but files of
 * its own origin (its scripts and the built-in example workbook).
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Seite } from './Seite';

const wurzel = document.getElementById('root');
if (wurzel) {
  createRoot(wurzel).render(
    <FluentProvider theme={webLightTheme} lang="de">
      <Seite />
    </FluentProvider>,
  );
}
