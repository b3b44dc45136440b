#!/usr/bin/env node
// Runs every benchmark in bench/ (files named *.bench.mjs) one after another and prints their figures.
// Benchmarks print figures; nothing here asserts a timing.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
console.log(`Zielplaner benchmarks — ${cpus().length} cores, Node ${process.version}`);
for (const cmd of [['npx', ['tsc', '-p', 'tsconfig.cli.json']]]) {
  const r = spawnSync(cmd[0], cmd[1], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const files = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n## ${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'bench', f)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
