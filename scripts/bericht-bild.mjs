#!/usr/bin/env node
// Regenerates docs/bilder/zielerreichungsbericht.png, the guide's picture of the Zielerreichungsbericht
// (section „Zielnachhaltung“), from a real run: the Kaiserslautern example with ZV_Ist filled in
// (scripts/nachhaltungsbeispiel.js) → `zielplaner nachhalten --out` (lib/, the compiled CLI) → .docx →
// LibreOffice (headless, throw-away profile) → PDF → pdftoppm → the first page as PNG.
// Run by `npm run bilder`; alone: node scripts/bericht-bild.mjs [ziel.png]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seiteAlsPng } from './seitenbild.mjs';
import { stellePaketeSicher } from './systempakete.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ziel = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'bilder', 'zielerreichungsbericht.png'));

if (!stellePaketeSicher(['libreoffice-writer-nogui', 'poppler-utils'])) process.exit(1);
const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
const { DATEINAME, nachhaltungsMappe } = require('./nachhaltungsbeispiel.js');

const arbeit = mkdtempSync(path.join(tmpdir(), 'zv-bericht-bild-'));
try {
  const mappe = path.join(arbeit, DATEINAME);
  writeFileSync(mappe, await nachhaltungsMappe());
  const docx = path.join(arbeit, 'Zielerreichungsbericht.docx');
  const lauf = spawnSync(process.execPath, [path.join(root, 'bin', 'zielplaner.js'), 'nachhalten', mappe, '--out', docx], {
    encoding: 'utf8',
  });
  if (lauf.status !== 0 || !existsSync(docx)) {
    console.error(`zielplaner nachhalten endete mit ${lauf.status}:\n${lauf.stdout}${lauf.stderr}`);
    process.exit(1);
  }
  seiteAlsPng(docx, { arbeit, seite: 1, aufloesung: 70, ziel });
  console.log(`Bild geschrieben: ${path.relative(root, ziel)} (Zielerreichungsbericht aus ${DATEINAME})`);
} finally {
  rmSync(arbeit, { recursive: true, force: true });
}
