#!/usr/bin/env node
// Ensures Debian packages the tests and scripts need (LibreOffice for PDF conversion, poppler-utils
// for pdftotext/pdftoppm, chromium for browser tests). Installs only what is missing:
// as root `apt-get update` once, then `apt-get install -y <missing>`; when not root, it prints what to
// install (German and English) and exits non-zero.
//
//   node scripts/systempakete.mjs libreoffice-writer-nogui poppler-utils
//
// As a module: `import { stellePaketeSicher } from './systempakete.mjs'` → Promise<boolean>.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const DEFAULT = ['libreoffice-writer-nogui', 'poppler-utils', 'chromium'];

/** True when the Debian package is installed (dpkg status "install ok installed"). */
export function istInstalliert(paket) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', paket], { encoding: 'utf8' });
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

/** The packages of the list that are not installed. */
export function fehlendePakete(pakete) {
  return pakete.filter((p) => !istInstalliert(p));
}

function istRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Installs the missing packages. Returns true when all are present afterwards. `log` receives
 * progress lines (default: stderr).
 */
export function stellePaketeSicher(pakete = DEFAULT, log = (s) => process.stderr.write(`${s}\n`)) {
  const hatDpkg = spawnSync('dpkg-query', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!hatDpkg) {
    log(`Kein Debian-System (dpkg fehlt). Bitte installieren Sie selbst: ${pakete.join(', ')}.`);
    log(`Not a Debian system (no dpkg). Please install yourself: ${pakete.join(', ')}.`);
    return false;
  }
  const fehlend = fehlendePakete(pakete);
  if (fehlend.length === 0) {
    log(`Systempakete vorhanden / system packages present: ${pakete.join(', ')}`);
    return true;
  }
  if (!istRoot()) {
    log(`Es fehlen Systempakete: ${fehlend.join(', ')}. Installieren Sie sie mit:`);
    log(`Missing system packages: ${fehlend.join(', ')}. Install them with:`);
    log(`  sudo apt-get update && sudo apt-get install -y ${fehlend.join(' ')}`);
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`apt-get update …`);
  const u = spawnSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (u.status !== 0) {
    log(`apt-get update ist fehlgeschlagen (Exit ${u.status}) / apt-get update failed.`);
    return false;
  }
  log(`apt-get install -y ${fehlend.join(' ')} …`);
  const i = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...fehlend], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  });
  if (i.status !== 0) {
    log(`apt-get install ist fehlgeschlagen (Exit ${i.status}) / apt-get install failed.`);
    return false;
  }
  const danach = fehlendePakete(pakete);
  if (danach.length > 0) {
    log(`Nach der Installation fehlen noch / still missing after install: ${danach.join(', ')}`);
    return false;
  }
  log(`Installiert / installed: ${fehlend.join(', ')}`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const pakete = args.length > 0 ? args : DEFAULT;
  process.exit(stellePaketeSicher(pakete) ? 0 : 1);
}
