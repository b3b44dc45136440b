/**
 * The Excel task pane's entry: waits for Office.js (loaded from Microsoft's CDN in taskpane.html),
 * then renders the shared pane over the Excel adapter with the theme matching Office.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { ExcelUmgebung } from '../excel/umgebung';
import { Zielplaner } from '../pane/components/Zielplaner';
import { officeThema } from '../pane/thema';

function nurExcel(text: string): React.ReactElement {
  return (
    <FluentProvider theme={webLightTheme} lang="de">
      <MessageBar intent="warning">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

const wurzel = createRoot(document.getElementById('root')!);

if (typeof Office === 'undefined') {
  wurzel.render(
    nurExcel(
      'Office.js konnte nicht geladen werden. Prüfen Sie die Internetverbindung (Office.js kommt von appsforoffice.microsoft.com) und öffnen Sie Zielplaner erneut.',
    ),
  );
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      wurzel.render(
        nurExcel(
          'Zielplaner ist ein Add-in für Excel. Öffnen Sie es in Excel (Start > Zielvereinbarung) oder verwenden Sie die Browser-Seite.',
        ),
      );
      return;
    }
    wurzel.render(<Zielplaner umgebung={new ExcelUmgebung()} thema={officeThema()} />);
  });
}
