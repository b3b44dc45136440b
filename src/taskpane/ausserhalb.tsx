/**
 * What taskpane.html shows when it is not running inside Excel: opened in a normal browser (Office.js
 * reports no host), or Office.js could not be loaded at all. It points to the browser page
 * (index.html, next to taskpane.html), which works without Excel.
 */
import * as React from 'react';
import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, webLightTheme } from '@fluentui/react-components';

export type Grund = 'kein-office-js' | 'kein-excel';

const TEXTE: Record<Grund, { titel: string; text: string }> = {
  'kein-office-js': {
    titel: 'Office.js konnte nicht geladen werden',
    text: 'Zielplaner braucht im Excel-Add-in die Bibliothek Office.js von Microsoft (appsforoffice.microsoft.com). Wenn Sie Excel verwenden: Prüfen Sie die Internetverbindung und öffnen Sie Zielplaner erneut.',
  },
  'kein-excel': {
    titel: 'Diese Seite läuft nur in Excel',
    text: 'Sie haben den Aufgabenbereich des Excel-Add-ins außerhalb von Excel geöffnet. In Excel öffnen Sie Zielplaner über Start > Zielvereinbarung.',
  },
};

export function AusserhalbVonOffice(props: { grund: Grund }): React.ReactElement {
  const { titel, text } = TEXTE[props.grund];
  return (
    <FluentProvider theme={webLightTheme} lang="de">
      <main style={{ padding: '1rem', display: 'flex', flexDirection: 'column', gap: '0.75rem' }}>
        <h1 style={{ fontSize: '1.25rem', margin: 0 }}>Zielplaner</h1>
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{titel}</MessageBarTitle>
            {text}
          </MessageBarBody>
        </MessageBar>
        <Text>
          Ohne Excel prüfen Sie Ihr Planungsblatt und erzeugen die Zielvereinbarung auf der Browser-Seite von Zielplaner. Die Datei bleibt
          dabei auf Ihrem Rechner.
        </Text>
        <Link href="index.html">Zielplaner im Browser öffnen</Link>
      </main>
    </FluentProvider>
  );
}
