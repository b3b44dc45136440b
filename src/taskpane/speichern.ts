/**
 * speichern.html: opened in the system browser by the task pane in Excel for Mac (where downloads
 * from the pane do nothing). The document arrives in the URL fragment (src/pane/speicherfragment.ts),
 * which is never sent to a server; this page turns it into a download link. Besides the agreement
 * (.docx) the pane sends next year's planning workbook (.xlsx) this way.
 */
import { DOCX_MIME, XLSX_MIME } from '../pane/herunterladen';
import { ausSpeicherFragment } from '../pane/speicherfragment';

function start(): void {
  const status = document.getElementById('status')!;
  const link = document.getElementById('speichern') as HTMLAnchorElement;
  let dokument: ReturnType<typeof ausSpeicherFragment>;
  try {
    dokument = ausSpeicherFragment(window.location.hash);
  } catch {
    status.textContent = 'Das Dokument in der Adresse ist unvollständig. Wählen Sie im Aufgabenbereich erneut „Word-Dokument speichern“.';
    return;
  }
  if (!dokument) {
    status.textContent =
      'Diese Seite enthält kein Dokument. Erzeugen Sie die Zielvereinbarung im Zielplaner-Aufgabenbereich in Excel und wählen Sie dort „Word-Dokument speichern“.';
    return;
  }
  try {
    const name = dokument.name || 'Zielvereinbarung.docx';
    const mappe = /\.xlsx$/i.test(name);
    if (mappe) {
      document.title = 'Arbeitsmappe speichern – Zielplaner';
      const titel = document.querySelector('h1');
      if (titel) titel.textContent = 'Arbeitsmappe speichern';
    }
    const bytes = dokument.bytes;
    const kopie = new Uint8Array(bytes.byteLength);
    kopie.set(bytes);
    const blob = new Blob([kopie.buffer], { type: mappe ? XLSX_MIME : DOCX_MIME });
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.textContent = `„${name}“ speichern`;
    link.hidden = false;
    status.textContent =
      (mappe ? 'Ihre Arbeitsmappe ist bereit. Sie wurde' : 'Ihr Dokument ist bereit. Es wurde') +
      ' nicht über das Internet übertragen, sondern steckt in der Adresse dieser Seite.';
    // history without the document, so it does not stay in the address bar
    history.replaceState(null, '', window.location.pathname);
    link.focus();
  } catch {
    status.textContent = 'Das Dokument in der Adresse ist unvollständig. Wählen Sie im Aufgabenbereich erneut „Word-Dokument speichern“.';
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
