#!/usr/bin/env node
// Regenerates docs/bilder/vereinbarung-seite1.png, the README's picture of a generated agreement:
// examples/Kaiserslautern_2024_gE.xlsx → (lib/, the compiled core) → .docx → LibreOffice (headless,
// throw-away profile) → PDF → pdftoppm -png -r 60 -f 1 -l 1 → the first page as PNG.
//
//   node scripts/readme-bild.mjs [beispiel.xlsx]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seiteAlsPng } from './seitenbild.mjs';
import { stellePaketeSicher } from './systempakete.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const beispiel = path.resolve(process.argv[2] ?? path.join(root, 'examples', 'Kaiserslautern_2024_gE.xlsx'));
const ziel = path.join(root, 'docs', 'bilder', 'vereinbarung-seite1.png');

if (!stellePaketeSicher(['libreoffice-writer-nogui', 'poppler-utils'])) process.exit(1);
if (!existsSync(path.join(root, 'lib', 'document', 'index.js'))) {
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const { leseXlsx } = require(path.join(root, 'lib', 'xlsx', 'xlsx.js'));
const { pruefeMappe } = require(path.join(root, 'lib', 'kern', 'index.js'));
const { erzeugeDokument } = require(path.join(root, 'lib', 'document', 'index.js'));

const arbeit = mkdtempSync(path.join(tmpdir(), 'zv-readme-'));
try {
  const [ergebnis] = pruefeMappe(await leseXlsx(readFileSync(beispiel), path.basename(beispiel)));
  const docx = path.join(arbeit, 'vereinbarung.docx');
  writeFileSync(docx, await erzeugeDokument(ergebnis.vereinbarung));
  seiteAlsPng(docx, { arbeit, seite: 1, aufloesung: 60, ziel });
  console.log(`Bild geschrieben: ${path.relative(root, ziel)} (aus ${path.relative(root, beispiel)})`);
} finally {
  rmSync(arbeit, { recursive: true, force: true });
}
