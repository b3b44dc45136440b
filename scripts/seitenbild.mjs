// A page of a .docx as PNG, as LibreOffice renders it: soffice (headless, a throw-away profile in
// `arbeit`) → PDF → pdftoppm. Used by the scripts that make the pictures of README and guide.
import { copyFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The PDF LibreOffice makes of `docx`, in the folder `arbeit`; returns its path. */
export function alsPdf(docx, arbeit) {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(arbeit, 'profil')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      arbeit,
      docx,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return path.join(arbeit, `${path.basename(docx).replace(/\.docx$/i, '')}.pdf`);
}

/** The first page of the PDF whose text contains `text`. */
export function seiteMit(pdf, text) {
  const seiten = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f');
  const i = seiten.findIndex((s) => s.includes(text));
  if (i < 0) throw new Error(`„${text}“ steht auf keiner Seite von ${pdf}`);
  return i + 1;
}

/**
 * Page `seite` of `docx` (a number, or a text the page shows) as PNG at `aufloesung` dpi into `ziel`.
 */
export function seiteAlsPng(docx, { arbeit, seite = 1, aufloesung = 60, ziel }) {
  const pdf = alsPdf(docx, arbeit);
  const nummer = typeof seite === 'number' ? seite : seiteMit(pdf, seite);
  const png = path.join(arbeit, `seite-${nummer}`);
  execFileSync('pdftoppm', ['-png', '-r', String(aufloesung), '-f', String(nummer), '-l', String(nummer), '-singlefile', pdf, png]);
  mkdirSync(path.dirname(ziel), { recursive: true });
  copyFileSync(`${png}.png`, ziel);
}
