#!/usr/bin/env node
// Regenerates the catalogue table in docs/planungsblatt.md, the rule table and the template tags in docs/anleitung.md from
// src/catalogue (compiled to lib/).
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
spawnSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
const {
  katalogMarkdown,
  KATALOG_ANFANG,
  KATALOG_ENDE,
  regelnMarkdown,
  REGELN_ANFANG,
  REGELN_ENDE,
  vorlagenMarkdown,
  VORLAGEN_ANFANG,
  VORLAGEN_ENDE,
  ersetzeAbschnitt,
} = createRequire(import.meta.url)(path.join(root, 'lib/catalogue/dokumentation.js'));
for (const [name, anfang, ende, neu] of [
  ['docs/planungsblatt.md', KATALOG_ANFANG, KATALOG_ENDE, katalogMarkdown()],
  ['docs/anleitung.md', REGELN_ANFANG, REGELN_ENDE, regelnMarkdown()],
  ['docs/anleitung.md', VORLAGEN_ANFANG, VORLAGEN_ENDE, vorlagenMarkdown()],
]) {
  const datei = path.join(root, name);
  writeFileSync(datei, ersetzeAbschnitt(readFileSync(datei, 'utf8'), anfang, ende, neu));
  console.log(`${name} aktualisiert`);
}
