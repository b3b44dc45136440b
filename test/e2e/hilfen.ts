/**
 * Helpers for the end-to-end tests: a fresh build of dist/ when needed, the project's own static
 * server (scripts/start.mjs on 127.0.0.1, random port, http) and Debian's Chromium through
 * playwright-core with a fresh profile, HOME in a temporary folder and the flags for a closed network.
 * Every request the page makes is recorded; anything not aimed at the server is blocked and reported.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import { DIST, WURZEL } from '../build/bau';

export { DIST, WURZEL };
/**
 * Where the browser tests put their screenshots: `docs/bilder/` only when `npm run bilder` asks for
 * them (ZIELPLANER_BILDER=1), otherwise an ignored folder, so `npm test` leaves the working tree clean.
 */
export const BILDER =
  process.env.ZIELPLANER_BILDER === '1' ? path.join(WURZEL, 'docs', 'bilder') : path.join(WURZEL, 'test-output', 'bilder');
mkdirSync(BILDER, { recursive: true });

export interface Server {
  /** `http://127.0.0.1:<port>/` */
  readonly adresse: string;
  readonly prozess: ChildProcess;
  /** Stops the server with SIGTERM and resolves with its exit code. */
  stoppe(): Promise<number | null>;
  /** Everything the server printed. */
  ausgabe(): string;
}

/** Starts `node scripts/start.mjs --ordner <ordner> --http --host 127.0.0.1 --port 0` and waits for its address. */
export function starteServer(ordner: string = DIST): Promise<Server> {
  const prozess = spawn(
    process.execPath,
    [path.join(WURZEL, 'scripts', 'start.mjs'), '--ordner', ordner, '--http', '--host', '127.0.0.1', '--port', '0'],
    { cwd: WURZEL, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  prozess.stdout?.setEncoding('utf8').on('data', (d: string) => (text += d));
  prozess.stderr?.setEncoding('utf8').on('data', (d: string) => (text += d));
  const ende = new Promise<number | null>((resolve) => prozess.on('exit', (code) => resolve(code)));
  return new Promise<Server>((resolve, reject) => {
    const frist = setTimeout(() => {
      prozess.kill('SIGKILL');
      reject(new Error(`server did not start within 20 s:\n${text}`));
    }, 20_000);
    const pruefe = (): void => {
      const m = /Browser-Modus:\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
      if (!m || !m[1] || !text.includes('Beenden mit Strg+C')) return;
      clearTimeout(frist);
      resolve({
        adresse: m[1],
        prozess,
        ausgabe: () => text,
        stoppe: () => {
          if (prozess.exitCode === null) prozess.kill('SIGTERM');
          return ende;
        },
      });
    };
    prozess.stdout?.on('data', pruefe);
    prozess.on('exit', (code) => {
      clearTimeout(frist);
      reject(new Error(`server exited (${code}) before it was ready:\n${text}`));
    });
  });
}

/** The Chromium executable via scripts/chromium.mjs (installs the Debian package when it can). */
export function chromiumPfad(): string {
  const r = spawnSync(process.execPath, [path.join(WURZEL, 'scripts', 'chromium.mjs')], { encoding: 'utf8' });
  const pfad = r.stdout.trim();
  if (r.status !== 0 || !pfad) {
    throw new Error(`Chromium is not available; the browser tests need the Debian package "chromium".\n${r.stderr}`);
  }
  return pfad;
}

/** The flags of scripts/chromium.mjs (kept in one place; read from there at run time). */
function chromiumArgs(): string[] {
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { CHROMIUM_ARGS } from ${JSON.stringify(path.join(WURZEL, 'scripts', 'chromium.mjs'))}; process.stdout.write(JSON.stringify(CHROMIUM_ARGS));`,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`cannot read CHROMIUM_ARGS: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}

export interface Sitzung {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the browser requested (page, scripts, downloads of same-origin assets). */
  readonly anfragen: string[];
  /** URLs aimed anywhere but the server: blocked, and a test failure. */
  readonly fremde: string[];
  /** Console errors and uncaught page errors. */
  readonly fehler: string[];
  schliesse(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile (new context), HOME in a temporary folder, and a page that
 * may talk only to `adresse`'s origin.
 */
export async function starteBrowser(adresse: string): Promise<Sitzung> {
  const home = mkdtempSync(path.join(tmpdir(), 'zielplaner-e2e-home-'));
  const browser = await chromium.launch({
    executablePath: chromiumPfad(),
    headless: true,
    args: chromiumArgs(),
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
  });
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: 'de-DE',
    viewport: { width: 1100, height: 900 },
  });
  const origin = new URL(adresse).origin;
  const anfragen: string[] = [];
  const fremde: string[] = [];
  const fehler: string[] = [];
  context.on('request', (r) => anfragen.push(r.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) await route.continue();
    else {
      fremde.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') fehler.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => fehler.push(`pageerror: ${e.message}`));
  return {
    browser,
    context,
    page,
    anfragen,
    fremde,
    fehler,
    schliesse: async () => {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Requests that left 127.0.0.1 (anything but the server's origin, blob: and data: URLs). */
export function nichtLokal(anfragen: readonly string[], adresse: string): string[] {
  const origin = new URL(adresse).origin;
  return anfragen.filter((u) => !(u.startsWith(`${origin}/`) || u.startsWith('blob:') || u.startsWith('data:')));
}

/**
 * Fluent UI's focus manager (tabster) puts invisible focus guards, `<i data-tabster-dummy tabindex=0
 * aria-hidden=true>`, around focus groups; they pass focus on at once and are hidden from screen
 * readers on purpose. axe reports them under aria-hidden-focus; Microsoft's Accessibility Insights
 * suppresses exactly these nodes (microsoft/tabster#288, accessibility-insights-web#7605). So do we:
 * only those nodes, every other aria-hidden-focus node still fails.
 */
function istTabsterWaechter(regel: string, html: string): boolean {
  return regel === 'aria-hidden-focus' && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);
}

/** axe-core on the page as it is: its serious or critical violations, one line each ([] when none). */
export async function schwereVerstoesse(page: Page, wo: string): Promise<string[]> {
  // the colours a user sees once Fluent's colour transitions (about 100 ms after a tab switch or a
  // hover) have ended, not a colour half-way between two states
  await page.waitForFunction(
    () => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
    undefined,
    { timeout: 5_000 },
  );
  const ergebnis = await new AxeBuilder({ page }).analyze();
  return ergebnis.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !istTabsterWaechter(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${wo}: ${v.id} (${v.impact}) ${v.help} → ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`).join(', ')}`,
    );
}
