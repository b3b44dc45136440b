#!/usr/bin/env node
// Builds examples/ (see scripts/beispiele.ts; this runner has another name so that jest resolves the .ts): compiles that file with tsc into node_modules/.cache
// (no ts-node needed) and runs it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'node_modules', '.cache', 'zielplaner-beispiele');
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
    '--types',
    'node',
    path.join('scripts', 'beispiele.ts'),
  ],
  { cwd: root, stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
const require = createRequire(import.meta.url);
const { main } = require(path.join(out, 'scripts', 'beispiele.js'));
await main(path.join(root, 'examples'));
