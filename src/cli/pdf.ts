/**
 * `generate --pdf`: a PDF/A-2b beside each written .docx, made by LibreOffice headless.
 *
 * - One soffice process converts the whole batch (starting LibreOffice costs seconds, converting a
 *   document a fraction of one), with a private profile in a temporary folder, so that an open
 *   LibreOffice of the user neither takes the job over nor is disturbed, and the profile is removed
 *   afterwards.
 * - LibreOffice is looked up on PATH (soffice, libreoffice) and in the usual install folders on
 *   Windows and macOS; when it is not found, the caller prints one German sentence and the .docx
 *   files stay as written.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The writer_pdf_Export filter with PDF/A-2b (SelectPdfVersion 2), in the JSON option syntax of LibreOffice 7.4 and later. */
export const PDF_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}';

/** The PDF that `--pdf` writes beside a .docx. */
export function pdfZiel(docx: string): string {
  return docx.replace(/\.docx$/i, '') + '.pdf';
}

function ausfuehrbar(datei: string): boolean {
  try {
    if (!statSync(datei).isFile()) return false;
    if (process.platform !== 'win32') accessSync(datei, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The LibreOffice program (soffice), or null when it is not installed. */
export function findeLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const namen = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const ordner of (env.PATH ?? env.Path ?? '').split(path.delimiter)) {
    if (ordner === '') continue;
    for (const name of namen) {
      const datei = path.join(ordner, name);
      if (ausfuehrbar(datei)) return datei;
    }
  }
  const ueblich =
    process.platform === 'darwin'
      ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice']
      : process.platform === 'win32'
        ? [env.ProgramFiles, env['ProgramFiles(x86)']]
            .filter((o): o is string => typeof o === 'string')
            .map((o) => path.join(o, 'LibreOffice', 'program', 'soffice.exe'))
        : [];
  return ueblich.find(ausfuehrbar) ?? null;
}

/** Thrown with one German sentence when no PDF could be made. */
export class PdfFehler extends Error {}

/**
 * Converts every .docx (all in one folder, as `generate` writes them) to a PDF/A-2b beside it, in one
 * LibreOffice run; returns the PDFs written. Throws PdfFehler when LibreOffice is missing or a PDF
 * did not appear.
 */
export async function erstellePdfs(docx: readonly string[], soffice: string | null = findeLibreOffice()): Promise<string[]> {
  if (docx.length === 0) return [];
  if (soffice === null) {
    throw new PdfFehler(
      `PDF nicht erstellt: LibreOffice ist nicht installiert (das Programm „soffice“ wurde nicht gefunden); die Word-Dokumente sind geschrieben. Installieren Sie LibreOffice (https://de.libreoffice.org) und rufen Sie generate mit --pdf und --force erneut auf.`,
    );
  }
  const ordner = path.dirname(path.resolve(docx[0]!));
  const pdfs = docx.map(pdfZiel);
  // Reached only when overwriting is allowed: an old PDF must not pass for a new one.
  await Promise.all(pdfs.map((p) => rm(p, { force: true })));
  const profil = await mkdtemp(path.join(tmpdir(), 'zielplaner-lo-'));
  try {
    await new Promise<void>((fertig, fehler) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profil).href}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          '--convert-to',
          PDF_FILTER,
          '--outdir',
          ordner,
          ...docx.map((d) => path.resolve(d)),
        ],
        { maxBuffer: 16 * 1024 * 1024, windowsHide: true },
        (e, _stdout, stderr) => {
          if (e)
            fehler(new PdfFehler(`PDF nicht erstellt: LibreOffice ist mit einem Fehler beendet worden (${(stderr || e.message).trim()}).`));
          else fertig();
        },
      );
    });
  } finally {
    await rm(profil, { recursive: true, force: true }).catch(() => undefined);
  }
  const fehlend = pdfs.filter((p) => !existsSync(p));
  if (fehlend.length > 0) {
    throw new PdfFehler(
      `PDF nicht erstellt: LibreOffice hat ${fehlend.length === 1 ? `„${fehlend[0]}“` : `${fehlend.length} von ${pdfs.length} PDF-Dateien (z. B. „${fehlend[0]}“)`} nicht geschrieben; die Word-Dokumente sind geschrieben.`,
    );
  }
  return pdfs;
}
