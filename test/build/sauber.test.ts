/**
 * `npm test` leaves the working tree clean (issue 9): everything the tests and the build write lies in
 * an ignored place — the CLI in lib/, the bundle and help page in dist/, screenshots in
 * test-output/bilder/ (docs/bilder/ only for `npm run bilder`), caches under node_modules (a folder,
 * or a symlink in a git worktree). Temporary files go to the system's temp folder (mkdtemp).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const WURZEL = resolve(__dirname, '..', '..');

test('every place the tests and the build write to is ignored by git', () => {
  const pfade = [
    'lib/cli/main.js',
    'dist/hilfe.html',
    'dist/.test-gebaut',
    'test-output/bilder/pane-start.png',
    'test-output/bilder/taskpane-pruefen.png',
    'coverage/lcov.info',
    'node_modules',
    'tsconfig.cli.tsbuildinfo',
    'examples/.~lock.Kaiserslautern_2024_gE.xlsx#',
  ];
  const r = spawnSync('git', ['check-ignore', '--no-index', ...pfade], { cwd: WURZEL, encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout.trim().split('\n').sort()).toEqual([...pfade].sort());
  // the tracked screenshots are not ignored: `npm run bilder` renews them on purpose
  expect(spawnSync('git', ['check-ignore', '--no-index', 'docs/bilder/pane-start.png'], { cwd: WURZEL }).status).toBe(1);
});
