// Browser mode in Chromium: (1) time from navigation to "ready for a file" and (2) time from
// choosing the 405-agreement workbook (examples/ZV_Liste_405.xlsx) to the findings shown.
// Goals from issue 5: under 1 s and under 3 s. And (3) the tab switch to the Zielnachhaltung's chart
// (issue 13, goal under 300 ms): with the Kaiserslautern example whose ZV_Ist holds 2023 and January to
// June 2024 (scripts/nachhaltungsbeispiel.js), the time in the page from the click on the tab
// „Nachhalten“ to the first chart in the document (and one frame later), the first time (the chart's
// code is loaded then) and again after switching away. Prints figures; asserts nothing.
//
// Uses the production build in dist/ (built when missing), `npm start`'s own server on 127.0.0.1 and
// Debian's Chromium (scripts/chromium.mjs) with a fresh profile.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, stelleChromiumSicher } from '../scripts/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const RUNDEN = Number(process.env.BENCH_RUNDEN ?? 5);
const MAPPE = path.join(root, 'examples', 'ZV_Liste_405.xlsx');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const ms = (x) => `${x.toFixed(0)} ms`;
function zeile(name, xs) {
  console.log(
    `${name.padEnd(44)} median ${ms(median(xs)).padStart(8)}  min ${ms(Math.min(...xs)).padStart(8)}  max ${ms(Math.max(...xs)).padStart(8)}  (n=${xs.length})`,
  );
}

// ZIELPLANER_E2E_DIST may name an already built folder (as for the end-to-end tests).
const ordner = process.env.ZIELPLANER_E2E_DIST ? path.resolve(process.env.ZIELPLANER_E2E_DIST) : path.join(root, 'dist');
if (!existsSync(path.join(ordner, 'index.html'))) {
  console.log('dist/index.html fehlt: baue (webpack --mode production) …');
  const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(1);
}
if (!existsSync(MAPPE)) {
  console.log(`${path.relative(root, MAPPE)} fehlt; dieser Benchmark braucht die Beispielmappe mit 405 Vereinbarungen.`);
  process.exit(1);
}
const { DATEINAME, nachhaltungsMappe } = require('../scripts/nachhaltungsbeispiel.js');
const NACHHALTUNG = Buffer.from(await nachhaltungsMappe());
const exe = stelleChromiumSicher();
if (!exe) process.exit(1);

const server = spawn(
  process.execPath,
  [path.join(root, 'scripts', 'start.mjs'), '--ordner', ordner, '--http', '--host', '127.0.0.1', '--port', '0'],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const adresse = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.setEncoding('utf8').on('data', (d) => {
    text += d;
    const m = /Browser-Modus:\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
    if (m && text.includes('Beenden mit Strg+C')) resolve(m[1]);
  });
  server.on('exit', (c) => reject(new Error(`server exited ${c}`)));
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const reiterKalt = [];
const reiterWarm = [];
let grafiken = 0;

/**
 * Clicks the tab „Nachhalten“ in the page and measures there, from the click to the first chart of
 * Ist against Soll in the document and the next frame drawn.
 */
function zurGrafik(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const reiter = [...document.querySelectorAll('[role=tab]')].find((t) => t.textContent?.trim().startsWith('Nachhalten'));
        if (!reiter) return reject(new Error('Reiter „Nachhalten“ fehlt'));
        const da = () => [...document.querySelectorAll('svg[role=img] title')].some((t) => t.textContent?.startsWith('Ist und Soll'));
        const t0 = performance.now();
        const fertig = () => requestAnimationFrame(() => resolve(performance.now() - t0));
        const beobachter = new MutationObserver(() => {
          if (!da()) return;
          beobachter.disconnect();
          fertig();
        });
        beobachter.observe(document.body, { childList: true, subtree: true });
        reiter.click();
        if (da()) {
          beobachter.disconnect();
          fertig();
        }
      }),
  );
}

const home = mkdtempSync(path.join(tmpdir(), 'zielplaner-bench-home-'));
const browser = await chromium.launch({ executablePath: exe, headless: true, args: CHROMIUM_ARGS, env: { ...process.env, HOME: home } });
const bereit = [];
const bereitWand = [];
const befunde = [];
const liste = [];
let fremd = 0;
let anzahl = '';
let status = '';
let eintraege = 0;
try {
  for (let i = 0; i < RUNDEN; i++) {
    // A fresh context each round: cold cache, as on a first visit.
    const context = await browser.newContext({ locale: 'de-DE' });
    await context.route('**/*', (route) => (route.request().url().startsWith(adresse) ? route.continue() : (fremd++, route.abort())));
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(adresse);
    await page.waitForFunction(() => document.documentElement.dataset.zielplaner === 'bereit');
    bereitWand.push(Date.now() - t0);
    // The page marks the moment it is ready; startTime counts from navigation start.
    bereit.push(await page.evaluate(() => performance.getEntriesByName('zielplaner-bereit')[0]?.startTime ?? NaN));

    const t1 = Date.now();
    await page.setInputFiles('input[type=file]', MAPPE);
    // The pane announces the result of the check in its status line ("Geprüft: n Fehler, m Warnungen.").
    await page.waitForFunction(
      () => [...document.querySelectorAll('[role=status]')].some((e) => e.textContent?.startsWith('Geprüft:')),
      undefined,
      { timeout: 120_000, polling: 'raf' },
    );
    befunde.push(Date.now() - t1);
    status = await page.evaluate(
      () => [...document.querySelectorAll('[role=status]')].map((e) => e.textContent).find((t) => t?.startsWith('Geprüft:')) ?? '',
    );
    anzahl = (await page.getByText(/^Planungsblatt erkannt:/).textContent()) ?? '';
    // Then the findings list itself (tab "Prüfen"), all findings rendered.
    const t2 = Date.now();
    await page.getByRole('tab', { name: /^Prüfen/ }).click();
    await page.getByRole('heading', { name: /^Fehler \(\d+\)$/ }).waitFor({ timeout: 60_000 });
    liste.push(Date.now() - t2);
    eintraege = await page.locator('li').count();
    await context.close();
  }
  for (let i = 0; i < RUNDEN; i++) {
    const context = await browser.newContext({ locale: 'de-DE' });
    await context.route('**/*', (route) => (route.request().url().startsWith(adresse) ? route.continue() : (fremd++, route.abort())));
    const page = await context.newPage();
    await page.goto(adresse);
    await page.waitForFunction(() => document.documentElement.dataset.zielplaner === 'bereit');
    await page.setInputFiles('input[type=file]', { name: DATEINAME, mimeType: XLSX, buffer: NACHHALTUNG });
    await page.waitForFunction(
      () => [...document.querySelectorAll('[role=status]')].some((e) => e.textContent?.startsWith('Geprüft:')),
      undefined,
      { timeout: 120_000, polling: 'raf' },
    );
    reiterKalt.push(await zurGrafik(page));
    await page.getByRole('tab', { name: 'Start' }).click();
    await page.getByRole('tab', { name: 'Start', selected: true }).waitFor();
    reiterWarm.push(await zurGrafik(page));
    grafiken = await page.locator('svg[role=img]').count();
    await context.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(home, { recursive: true, force: true });
}

console.log(`Chromium ${browser.version()}, ${RUNDEN} Runden, je ein frischer Kontext (kalter Cache)`);
zeile('Navigation → bereit (performance.mark)', bereit);
zeile('Navigation → bereit (Wanduhr, inkl. CDP)', bereitWand);
zeile('405er-Mappe gewählt → Befunde angezeigt', befunde);
zeile('Reiter „Prüfen“ → Befundliste gezeigt', liste);
zeile('Reiter „Nachhalten“ → Grafik (erstes Mal)', reiterKalt);
zeile('Reiter „Nachhalten“ → Grafik (erneut)', reiterWarm);
console.log(`Seite: ${anzahl} ${status} Listeneinträge: ${eintraege}. Anfragen außerhalb von 127.0.0.1: ${fremd}`);
console.log('Ziele (Issue 5): bereit < 1 s, Befunde < 3 s.');
const ms0 = (x) => `${Math.round(x).toLocaleString('de-DE')} ms`;
console.log(
  `Zielnachhaltung: Wechsel zum Reiter „Nachhalten“ bis zur Grafik Ist gegen Soll (${DATEINAME}, ${grafiken} Grafiken): ${ms0(median(reiterKalt))} beim ersten Öffnen (Grafik nachgeladen), ${ms0(median(reiterWarm))} erneut (Median aus ${RUNDEN}; Ziel < 300 ms)`,
);
