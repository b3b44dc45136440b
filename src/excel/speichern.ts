/**
 * Handing a .docx (or an .xlsx, e.g. next year's planning workbook) to the user from inside Excel.
 *
 * In Excel on the web and on Windows the task pane is a normal browser view: a blob link with a
 * `download` attribute saves the file. In Excel for Mac the pane is a WKWebView in which such links
 * silently do nothing (OfficeDev/office-js issues 2700 "by design", 3385, 4681; also inside
 * displayDialogAsync dialogs, issue 3). Microsoft's recommended way is
 * `Office.context.ui.openBrowserWindow(url)`, which opens the system browser, where downloads work.
 * Since Zielplaner has no server, the document travels in the URL's fragment (#…), which browsers
 * never send to a server: speichern.html (served next to taskpane.html) decodes it and offers the
 * download. When even that is unavailable the pane offers the text to copy (see Vereinbarung.tsx).
 */
import { DOCX_MIME, herunterladen, XLSX_MIME } from '../pane/herunterladen';
import { speicherFragment } from '../pane/speicherfragment';
import type { SpeicherErgebnis } from '../pane/umgebung';

export { DOCX_MIME, XLSX_MIME };

/** True in Excel for Mac (and iPad), where blob downloads do nothing. */
export function downloadBlockiert(): boolean {
  try {
    const p = Office.context.platform;
    return p === Office.PlatformType.Mac || p === Office.PlatformType.iOS;
  } catch {
    return false;
  }
}

/** The fallback page's URL with the document in its fragment (fragment-safe, see speicherfragment.ts). */
export function speicherAdresse(basis: string, bytes: Uint8Array, dateiname: string): string {
  const url = new URL('speichern.html', basis);
  url.hash = speicherFragment(bytes, dateiname);
  return url.toString();
}

export async function dokumentAnbieten(bytes: Uint8Array, dateiname: string, mime = DOCX_MIME): Promise<SpeicherErgebnis> {
  if (!downloadBlockiert()) {
    return herunterladen(bytes, dateiname, mime)
      ? { art: 'heruntergeladen' }
      : { art: 'nicht-moeglich', grund: 'Diese Excel-Umgebung kann keine Dateien zum Herunterladen anbieten.' };
  }
  const kannBrowser = (() => {
    try {
      return Office.context.requirements.isSetSupported('OpenBrowserWindowApi', '1.1');
    } catch {
      return false;
    }
  })();
  if (kannBrowser) {
    Office.context.ui.openBrowserWindow(speicherAdresse(window.location.href, bytes, dateiname));
    return { art: 'browserfenster' };
  }
  return {
    art: 'nicht-moeglich',
    grund: 'Excel für Mac kann aus dem Aufgabenbereich keine Dateien speichern, und diese Version kann auch keinen Browser öffnen.',
  };
}

/** Base64 of bytes without Node's Buffer (runs in the task pane). */
export function base64(bytes: Uint8Array): string {
  let s = '';
  const schritt = 0x8000;
  for (let i = 0; i < bytes.length; i += schritt) s += String.fromCharCode(...bytes.subarray(i, i + schritt));
  return btoa(s);
}
