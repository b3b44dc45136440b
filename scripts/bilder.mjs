#!/usr/bin/env node
// `npm run bilder`: regenerates the screenshots in docs/bilder/ (README, user guide) from real runs of
// the built pane and the browser page in Chromium. `npm test` runs the same tests but writes its
// screenshots to test-output/bilder/, so a test run never changes tracked files.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const r = spawnSync(npx, ['jest', '--ci', 'test/e2e/browser.test.ts', 'test/build/taskpane-chromium.test.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ZIELPLANER_BILDER: '1' },
});
if (r.status !== 0) process.exit(r.status ?? 1);
// the Zielerreichungsbericht (a .docx) as LibreOffice shows it
const bericht = spawnSync(process.execPath, [path.join(root, 'scripts', 'bericht-bild.mjs')], { cwd: root, stdio: 'inherit' });
if (bericht.status !== 0) process.exit(bericht.status ?? 1);
// the built-in layout as a template, and the Lörrach document from it (scripts/vorlage-bild.mjs)
const vorlage = spawnSync(process.execPath, [path.join(root, 'scripts', 'vorlage-bild.mjs')], { cwd: root, stdio: 'inherit' });
if (vorlage.status === 0) console.log('Bildschirmfotos in docs/bilder/ erneuert.');
process.exit(vorlage.status ?? 1);
