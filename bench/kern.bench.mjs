// Core and command-line figures (issue 2): the core's time per agreement, one `validate` process
// from cold start to exit, and the 405-agreement ZV_Liste in one process, with peak memory.
// Prints figures only; nothing is asserted.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { leseXlsx } = require(path.join(root, 'lib/xlsx/xlsx.js'));
const { leseVereinbarungen } = require(path.join(root, 'lib/lesen/vereinbarungen.js'));
const { pruefeVereinbarung } = require(path.join(root, 'lib/kern/pruefen.js'));

const fmt = (x, d = 2) => x.toLocaleString('de-DE', { minimumFractionDigits: d, maximumFractionDigits: d });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Maschine: ${cpus().length} Kerne (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);

// 1. core per agreement: reading already done, rules + schema + checks only
const liste = path.join(root, 'examples/ZV_Liste_405.xlsx');
const mappe = await leseXlsx(new Uint8Array(readFileSync(liste)), 'ZV_Liste_405.xlsx');
const roh = leseVereinbarungen(mappe);
for (const r of roh) pruefeVereinbarung(r); // warm-up (schema compiled once)
const runden = 20;
const t0 = process.hrtime.bigint();
for (let i = 0; i < runden; i++) for (const r of roh) pruefeVereinbarung(r);
const proVereinbarung = Number(process.hrtime.bigint() - t0) / 1e6 / (runden * roh.length);
console.log(
  `Kern je Vereinbarung (Regeln, Schema, Prüfungen): ${fmt(proVereinbarung, 3)} ms (Ziel < 1 ms; ${roh.length} Vereinbarungen × ${runden})`,
);

// 2. one validate process, cold start to exit
const bin = path.join(root, 'bin/zielplaner.js');
const beispiel = path.join(root, 'examples/Kaiserslautern_2024_gE.xlsx');
const zeiten = [];
for (let i = 0; i < 7; i++) {
  const s = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, 'validate', beispiel], { encoding: 'utf8' });
  zeiten.push(Number(process.hrtime.bigint() - s) / 1e6);
  if (r.status !== 0) console.log(`  (Exit ${r.status})`);
}
console.log(
  `validate, ein Prozess vom Kaltstart bis zum Ende: Median ${fmt(median(zeiten) / 1000)} s, min ${fmt(Math.min(...zeiten) / 1000)} s (7 Läufe; Ziel < 1,5 s)`,
);

// 3. 405 agreements in one process, with peak memory of that process
const skript = `const s=process.hrtime.bigint();require(${JSON.stringify(path.join(root, 'lib/cli/main.js'))}).fuehreAus(['validate',${JSON.stringify(liste)},'--json'],{stdout:()=>{},stderr:(t)=>process.stderr.write(t),isTTY:false,breite:100}).then(c=>{process.stdout.write(JSON.stringify({ms:Number(process.hrtime.bigint()-s)/1e6,rss:process.resourceUsage().maxRSS,code:c}))})`;
const lauf = [];
for (let i = 0; i < 3; i++) {
  const s = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', skript], { encoding: 'utf8' });
  const gesamt = Number(process.hrtime.bigint() - s) / 1e6;
  lauf.push({ ...JSON.parse(r.stdout), gesamt });
}
const m = lauf.sort((a, b) => a.gesamt - b.gesamt)[1];
console.log(
  `ZV_Liste mit 405 Vereinbarungen (validate --json, ein Prozess): ${fmt(m.gesamt / 1000)} s mit Start, ${fmt(m.ms / 1000)} s Lesen+Prüfen, Spitzenspeicher ${fmt(m.rss / 1024, 0)} MiB (Median aus 3; Ziel < 3 s)`,
);
