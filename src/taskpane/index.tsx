/**
 * The Excel task pane's entry: waits for Office.js (loaded from Microsoft's CDN in taskpane.html),
 * then renders the shared pane over the Excel adapter with the theme matching Office. Outside Excel
 * (no Office.js, or no host) it shows a German page that links to the browser mode.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { ExcelUmgebung } from '../excel/umgebung';
import { Zielplaner } from '../pane/components/Zielplaner';
import { officeThema } from '../pane/thema';
import { AusserhalbVonOffice } from './ausserhalb';

const zuAlt = (window as { __zielplanerZuAlt?: boolean }).__zielplanerZuAlt === true;

// the ES5 guard (altbrowser.js) has already shown its message
if (!zuAlt) {
  const wurzel = createRoot(document.getElementById('root')!);
  if (typeof Office === 'undefined') {
    wurzel.render(<AusserhalbVonOffice grund="kein-office-js" />);
  } else {
    void Office.onReady((info) => {
      if (info.host !== Office.HostType.Excel) {
        wurzel.render(<AusserhalbVonOffice grund="kein-excel" />);
        return;
      }
      wurzel.render(<Zielplaner umgebung={new ExcelUmgebung()} thema={officeThema()} />);
    });
  }
}
