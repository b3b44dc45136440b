// Reading benchmark: examples/ZV_Liste_405.xlsx (and a 10,000-row ZV_Liste built here) through
// leseXlsx + pruefeMappe, compiled to lib/ by scripts/bench.mjs. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const { leseXlsx } = require(path.join(root, 'lib/xlsx/xlsx.js'));
const { pruefeMappe } = require(path.join(root, 'lib/kern/index.js'));
const ExcelJS = require('exceljs');

let spitze = process.memoryUsage().rss;
const messe = () => {
  spitze = Math.max(spitze, process.memoryUsage().rss);
};
const timer = setInterval(messe, 5);

async function lauf(bytes, titel, runden, optionen = {}) {
  const zeiten = [];
  let n = 0;
  for (let i = 0; i < runden; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    const mappe = await leseXlsx(bytes, titel, optionen);
    const t1 = performance.now();
    const ergebnisse = pruefeMappe(mappe);
    const t2 = performance.now();
    messe();
    n = ergebnisse.length;
    zeiten.push([t1 - t0, t2 - t1]);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const lesen = median(zeiten.map((z) => z[0]));
  const pruefen = median(zeiten.map((z) => z[1]));
  console.log(
    `${titel}${optionen.leser ? ` [${optionen.leser} reader]` : ''}: ${(bytes.length / 1024).toFixed(0)} KiB, ${n} agreements — read ${lesen.toFixed(0)} ms, check ${pruefen.toFixed(0)} ms, total ${(lesen + pruefen).toFixed(0)} ms (median of ${runden})`,
  );
}

const liste = readFileSync(path.join(root, 'examples/ZV_Liste_405.xlsx'));
await lauf(liste, 'ZV_Liste_405.xlsx', 7);
await lauf(liste, 'ZV_Liste_405.xlsx', 7, { leser: 'xml' });

const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('Liste');
const kopf = [
  'ZV_Jahr',
  'Art',
  'Jobcenter',
  'Agentur',
  'Agentur_Person',
  'Agentur_Funktion',
  'Jobcenter_Person',
  'Jobcenter_Funktion',
  'IQ_VJ_Frauen',
  'IQ_VJ_Maenner',
  'IQ_VJ_Gesamt',
  'IQ_Veraenderung_Frauen',
  'IQ_Veraenderung_Maenner',
  'LZB_VJ_Frauen',
  'LZB_VJ_Maenner',
  'LZB_Veraenderung_Frauen',
  'LZB_Veraenderung_Maenner',
];
const rows = [];
for (let i = 0; i < 10000; i++) {
  const f = 12 + (i % 90) / 10;
  rows.push([
    2025,
    'gE',
    `Jobcenter ${i + 1}`,
    `Agentur für Arbeit ${i + 1}`,
    'Anna Becker',
    'Vorsitzende der Geschäftsführung',
    'Bernd Conrad',
    'Geschäftsführer',
    f,
    f + 8,
    Math.round((f + 4.2) * 10) / 10,
    1.5,
    -0.8,
    2000 + (i % 500),
    1800 + (i % 400),
    2.1,
    -1.4,
  ]);
}
ws.addTable({ name: 'ZV_Liste', ref: 'A1', columns: kopf.map((name) => ({ name })), rows });
const gross = new Uint8Array(await wb.xlsx.writeBuffer());
await lauf(gross, 'ZV_Liste 10,000 rows (generated)', 3);
await lauf(gross, 'ZV_Liste 10,000 rows (generated)', 3, { leser: 'xml' });

clearInterval(timer);
messe();
console.log(`peak RSS: ${(spitze / 1024 / 1024).toFixed(0)} MiB`);
