/**
 * One production build for the tests that need dist/: rebuilt only when it is missing or older than
 * the sources, and guarded by a lock folder so parallel jest workers never run webpack at the same
 * time (its `clean: true` would delete files another test is serving).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WURZEL = resolve(__dirname, '..', '..');
export const DIST = join(WURZEL, 'dist');
const SPERRE = join(WURZEL, 'node_modules', '.cache', 'zielplaner-build.lock');

function neuestes(pfad: string): number {
  if (!existsSync(pfad)) return 0;
  const s = statSync(pfad);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(pfad).reduce((m, n) => Math.max(m, neuestes(join(pfad, n))), s.mtimeMs);
}

// webpack does not rewrite an unchanged file (output.compareBeforeEmit), so each build leaves a stamp
const STEMPEL = join(DIST, '.test-gebaut');

function aktuell(): boolean {
  const seiten = ['taskpane.html', 'index.html'].map((s) => join(DIST, s));
  if (!seiten.every((s) => existsSync(s))) return false;
  const gebaut = Math.max(Math.min(...seiten.map((s) => statSync(s).mtimeMs)), existsSync(STEMPEL) ? statSync(STEMPEL).mtimeMs : 0);
  const quellen = Math.max(
    ...['src', 'assets', 'examples', 'manifest.xml', 'webpack.config.js', 'package-lock.json', 'docs/anleitung.md'].map((p) =>
      neuestes(join(WURZEL, p)),
    ),
  );
  return gebaut >= quellen;
}

const schlafe = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Makes sure dist/ holds a current production build; returns its path. */
export function sichereBuild(): string {
  const eigener = process.env.ZIELPLANER_E2E_DIST;
  if (eigener) {
    if (!existsSync(join(eigener, 'index.html'))) throw new Error(`ZIELPLANER_E2E_DIST=${eigener} has no index.html`);
    return resolve(eigener);
  }
  mkdirSync(join(SPERRE, '..'), { recursive: true });
  const frist = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(SPERRE);
      break;
    } catch {
      // another worker builds; a lock older than 15 minutes is left over from a killed run
      if (Date.now() - statSync(SPERRE).mtimeMs > 15 * 60_000) rmSync(SPERRE, { recursive: true, force: true });
      if (Date.now() > frist) throw new Error('timed out waiting for another test to finish the webpack build');
      schlafe(1000);
    }
  }
  try {
    if (!aktuell()) {
      const r = spawnSync(process.execPath, [join(WURZEL, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], {
        cwd: WURZEL,
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`webpack build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
      writeFileSync(STEMPEL, `${new Date().toISOString()}\n`);
    }
  } finally {
    rmSync(SPERRE, { recursive: true, force: true });
  }
  return DIST;
}
