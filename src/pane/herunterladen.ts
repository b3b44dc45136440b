/**
 * The browser's download of bytes as a file, through a temporary blob link. Shared by the Excel pane
 * (where it works except in Excel for Mac) and the browser page.
 */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP_MIME = 'application/zip';

/** Starts the download of `bytes` under `dateiname`; false when the browser offers no way to do that. */
export function herunterladen(bytes: Uint8Array, dateiname: string, mime: string): boolean {
  if (typeof URL.createObjectURL !== 'function') return false;
  // Copy into a fresh ArrayBuffer-backed view so Blob gets exactly these bytes.
  const kopie = new Uint8Array(bytes.byteLength);
  kopie.set(bytes);
  const url = URL.createObjectURL(new Blob([kopie.buffer], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = dateiname;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
