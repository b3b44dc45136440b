#!/usr/bin/env node
// `npm test`: every test, in one command. Installs what the tests need from Debian when missing
// (LibreOffice, poppler-utils, Chromium; as root, apt-get update once), compiles the command line,
// type-checks, builds the production bundle, checks the manifest offline against the XSDs, and runs
// all jest projects (core, user interface, browser end-to-end).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stellePaketeSicher } from './systempakete.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function schritt(titel, cmd, args, env = {}) {
  const start = Date.now();
  console.log(`\n▶ ${titel}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const s = ((Date.now() - start) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${titel} fehlgeschlagen (${s} s)`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${titel} (${s} s)`);
}

console.log('▶ Systempakete für die Tests (LibreOffice Writer und Calc, poppler-utils, Chromium)');
if (!stellePaketeSicher(['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'poppler-utils', 'chromium', 'fonts-liberation'])) {
  console.error('✖ Ohne diese Pakete können die Dokument- und Browsertests nicht laufen.');
  process.exit(1);
}
schritt('Kommandozeile übersetzen (lib/)', npx, ['tsc', '-p', 'tsconfig.cli.json']);
schritt('Lint: Schichten und Importzyklen (eslint)', npx, ['eslint', '.', '--max-warnings', '0']);
schritt('Formatierung (prettier --check)', npx, ['prettier', '--check', '.']);
schritt('Typprüfung (strict)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
schritt('Produktions-Build (dist/)', npx, ['webpack', '--mode', 'production']);
schritt('Manifest gegen die XSD prüfen', process.execPath, ['scripts/check-manifest.mjs']);
// dist/ was just built: the browser tests use it as it is instead of checking whether it is current
schritt('Tests (jest: Kern, Oberfläche, Browser)', npx, ['jest', '--ci', ...process.argv.slice(2)], { ZIELPLANER_E2E_DIST: 'dist' });
