/**
 * Installable outside the repository: `npm pack` gives a tarball whose global install (into a temp
 * prefix, dependencies from the npm cache or registry) puts a working `zielplaner` on the PATH, run
 * from a folder that is no clone. Checks that lib/ is in the tarball and React/Fluent are not needed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REPO = path.resolve(__dirname, '../..');
let ordner: string;

beforeAll(() => {
  ordner = mkdtempSync(path.join(tmpdir(), 'zielplaner-pack-'));
});
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

test('npm pack → npm install -g ./zielplaner-….tgz gives a working zielplaner command', async () => {
  await run('npm', ['pack', '--pack-destination', ordner], { cwd: REPO, maxBuffer: 16 * 1024 * 1024 });
  const tarball = readdirSync(ordner).find((d) => /^zielplaner-.*\.tgz$/.test(d));
  expect(tarball).toBeDefined();
  const { stdout: inhalt } = await run('tar', ['-tzf', path.join(ordner, tarball!)]);
  expect(inhalt).toMatch(/^package\/lib\/cli\/main\.js$/m);
  expect(inhalt).toMatch(/^package\/lib\/xlsx\/ods\.js$/m);
  expect(inhalt).not.toMatch(/^package\/src\//m);

  const prefix = path.join(ordner, 'prefix');
  await run('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', `./${tarball!}`], {
    cwd: ordner,
    maxBuffer: 16 * 1024 * 1024,
  });
  const installiert = readdirSync(path.join(prefix, 'lib', 'node_modules'));
  expect(installiert).toContain('zielplaner');
  expect(installiert).not.toContain('react'); // the add-in's UI libraries are build-time only

  const fremd = mkdtempSync(path.join(ordner, 'irgendwo-'));
  const zielplaner = path.join(prefix, 'bin', 'zielplaner');
  const hilfe = await run(zielplaner, ['--help'], { cwd: fremd });
  expect(hilfe.stdout).toMatch(/^Zielplaner – Zielvereinbarungen/);
  const mappe = path.join(prefix, 'lib', 'node_modules', 'zielplaner', 'examples', 'Kaiserslautern_2024_gE.xlsx');
  const pruefung = await run(zielplaner, ['validate', mappe], { cwd: fremd });
  expect(pruefung.stdout).toMatch(/Ergebnis: 0 Fehler/);
  await run(zielplaner, ['template', '--out', 'Planung.xlsx'], { cwd: fremd });
  expect(readdirSync(fremd)).toEqual(['Planung.xlsx']);
}, 600000);
