#!/usr/bin/env node
// Finds Debian's Chromium for the browser tests and the browser benchmark, and installs the Debian
// package `chromium` when it is missing and we are root (`apt-get update` once, then
// `apt-get install -y chromium`). It never downloads a browser of its own. When it cannot install,
// it says clearly (German and English) what to install and fails.
//
//   node scripts/chromium.mjs          → prints the executable's path, exit 0; or explains, exit 1
//
// As a module: `import { findeChromium, stelleChromiumSicher, CHROMIUM_ARGS } from './chromium.mjs'`.
// `CHROMIUM` in the environment may name another executable (e.g. /usr/bin/chromium-browser).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const KANDIDATEN = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The flags every launch uses: headless, no sandbox (we run as root in containers), and nothing that
 * talks to Google on a closed network.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication',
  '--metrics-recording-only',
  '--password-store=basic',
];

/** The path of an installed Chromium, or null. */
export function findeChromium() {
  const eigene = process.env.CHROMIUM;
  if (eigene) return existsSync(eigene) ? eigene : null;
  return KANDIDATEN.find((p) => existsSync(p)) ?? null;
}

function istRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function hinweis(log) {
  log('Chromium fehlt. Bitte installieren Sie das Debian-Paket „chromium“:');
  log('Chromium is missing. Please install the Debian package "chromium":');
  log('  sudo apt-get update && sudo apt-get install -y chromium');
  log('(Oder setzen Sie CHROMIUM=/pfad/zu/chromium. / Or set CHROMIUM=/path/to/chromium.)');
}

/**
 * Returns the path of Chromium, installing the Debian package first when it is missing and we may.
 * Returns null (after explaining what to install) when that is not possible.
 */
export function stelleChromiumSicher(log = (s) => process.stderr.write(`${s}\n`)) {
  const gefunden = findeChromium();
  if (gefunden) return gefunden;
  if (process.env.CHROMIUM) {
    log(`CHROMIUM=${process.env.CHROMIUM} existiert nicht / does not exist.`);
    return null;
  }
  const hatApt = spawnSync('apt-get', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!hatApt || !istRoot()) {
    hinweis(log);
    return null;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log('Chromium fehlt; installiere das Debian-Paket „chromium“ (apt-get update, apt-get install -y chromium) …');
  const u = spawnSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (u.status !== 0) {
    log(`apt-get update ist fehlgeschlagen (Exit ${u.status}) / apt-get update failed.`);
    hinweis(log);
    return null;
  }
  const i = spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (i.status !== 0) {
    log(`apt-get install chromium ist fehlgeschlagen (Exit ${i.status}) / failed.`);
    hinweis(log);
    return null;
  }
  const danach = findeChromium();
  if (!danach) hinweis(log);
  return danach;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pfad = stelleChromiumSicher();
  if (!pfad) process.exit(1);
  // stdout carries only the path, so callers can read it.
  process.stdout.write(`${pfad}\n`);
}
