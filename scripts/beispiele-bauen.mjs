#!/usr/bin/env node
// Builds examples/ (see scripts/beispiele.ts; this runner has another name so that jest resolves the .ts): compiles that file with tsc into .cache/beispiele
// of this checkout (no ts-node needed; not the shared node_modules, which other checkouts may use) and runs it.
// The generated schema validator (a .js beside its .d.ts) is named explicitly so that --allowJs emits it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, '.cache', 'beispiele');
const tsc = spawnSync(
  'npx',
  [
    'tsc',
    '--outDir',
    out,
    '--rootDir',
    root,
    '--module',
    'commonjs',
    '--moduleResolution',
    'node',
    '--target',
    'ES2022',
    '--esModuleInterop',
    '--skipLibCheck',
    '--strict',
    '--noUncheckedIndexedAccess',
    '--resolveJsonModule',
    '--allowJs',
    '--types',
    'node',
    path.join('scripts', 'beispiele.ts'),
    path.join('src', 'checks', 'vereinbarungsschema.validator.js'),
  ],
  { cwd: root, stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
const require = createRequire(import.meta.url);
const { main } = require(path.join(out, 'scripts', 'beispiele.js'));
await main(path.join(root, 'examples'));
