#!/usr/bin/env node
// Regenerates the catalogue table in docs/planungsblatt.md from src/catalogue (compiled to lib/).
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
spawnSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
const { katalogMarkdown, KATALOG_ANFANG, KATALOG_ENDE } = createRequire(import.meta.url)(path.join(root, 'lib/catalogue/dokumentation.js'));
const datei = path.join(root, 'docs/planungsblatt.md');
const text = readFileSync(datei, 'utf8');
const a = text.indexOf(KATALOG_ANFANG);
const e = text.indexOf(KATALOG_ENDE);
const neu =
  a >= 0 && e > a
    ? text.slice(0, a) + katalogMarkdown() + text.slice(e + KATALOG_ENDE.length)
    : `${text.trimEnd()}\n\n${katalogMarkdown()}\n`;
writeFileSync(datei, neu);
console.log('docs/planungsblatt.md aktualisiert');
