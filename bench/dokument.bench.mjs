#!/usr/bin/env node
// Benchmark of the agreement documents (run by scripts/bench.mjs after compiling src/ to lib/):
//  1. one agreement from workbook bytes to .docx bytes (read, check, build), in ms;
//  2. the 405-agreement examples/ZV_Liste_405.xlsx written to a temporary folder by `generate`,
//     in s, with peak RSS (process incl. worker threads), with two workers and single-threaded;
//  3. the same list three times over (1,215 agreements), to show memory does not grow with the count.
// Each batch runs in a fresh child process so its peak RSS is its own. Figures only, no assertions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = (p) => require(path.join(root, 'lib', p));

// ---- child mode: one batch, prints {sekunden, maxRssMb, dateien} ---------------------------------
if (process.argv[2] === '--stapel') {
  const [, , , mappe, ordner] = process.argv;
  const { generiere } = lib('cli/generieren.js');
  const start = performance.now();
  const code = await generiere([mappe, '--out', ordner], { stdout: () => {}, stderr: (t) => process.stderr.write(t), isTTY: false });
  const sekunden = (performance.now() - start) / 1000;
  const nutzung = process.resourceUsage();
  const maxRssMb = nutzung.maxRSS / 1024;
  const cpuSekunden = (nutzung.userCPUTime + nutzung.systemCPUTime) / 1e6;
  process.stdout.write(JSON.stringify({ code, sekunden, cpuSekunden, maxRssMb, dateien: readdirSync(ordner).length }));
  process.exit(0);
}

const { leseXlsx } = lib('workbook/xlsx.js');
const { pruefeMappe } = lib('kern.js');
const { erzeugeDokument } = lib('document/index.js');

const kerne = availableParallelism();
console.log(`Kerne: ${kerne} (${cpus()[0]?.model ?? 'unbekannt'}), Node ${process.version}`);

// ---- 1. one agreement ---------------------------------------------------------------------------
const mappeBytes = readFileSync(path.join(root, 'examples', 'Kaiserslautern_2024_gE.xlsx'));
async function eines() {
  const t0 = performance.now();
  const mappe = await leseXlsx(mappeBytes, 'Kaiserslautern_2024_gE.xlsx');
  const t1 = performance.now();
  const [r] = pruefeMappe(mappe);
  const t2 = performance.now();
  const bytes = await erzeugeDokument(r.vereinbarung);
  const t3 = performance.now();
  return { gesamt: t3 - t0, lesen: t1 - t0, pruefen: t2 - t1, dokument: t3 - t2, groesse: bytes.length };
}
const kalt = await eines();
const laeufe = [];
for (let i = 0; i < 30; i++) laeufe.push(await eines());
const median = (k) => {
  const w = laeufe.map((l) => l[k]).sort((a, b) => a - b);
  return w[Math.floor(w.length / 2)];
};
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`Eine Vereinbarung (Kaiserslautern), Arbeitsmappe → .docx-Bytes:`);
console.log(
  `  erster Lauf (kalt) ${ms(kalt.gesamt)}; Median von 30: ${ms(median('gesamt'))} (lesen ${ms(median('lesen'))}, prüfen ${ms(median('pruefen'))}, Dokument ${ms(median('dokument'))}), ${(kalt.groesse / 1024).toFixed(1)} KB`,
);

// ---- 1b. the builder alone: the 405 agreements to bytes in this thread (read and checked beforehand)
{
  const liste = pruefeMappe(await leseXlsx(readFileSync(path.join(root, 'examples', 'ZV_Liste_405.xlsx')), 'ZV_Liste_405.xlsx'));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let bytes = 0;
  for (const r of liste) bytes += (await erzeugeDokument(r.vereinbarung)).length;
  const wand = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `Nur Dokumente, 405 Vereinbarungen in einem Thread (ohne Lesen, Prüfen, Schreiben): ${(wand / 1000).toFixed(2).replace('.', ',')} s, ` +
      `${(wand / liste.length).toFixed(1).replace('.', ',')} ms je Dokument (CPU ${((cpu.user + cpu.system) / 1000 / liste.length).toFixed(1).replace('.', ',')} ms), ` +
      `zusammen ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`,
  );
}

// ---- 2./3. batches ------------------------------------------------------------------------------
function stapel(mappe, arbeiter) {
  const ordner = mkdtempSync(path.join(tmpdir(), 'zv-bench-'));
  const env = { ...process.env };
  if (arbeiter !== undefined) env.ZIELPLANER_ARBEITER = String(arbeiter);
  else delete env.ZIELPLANER_ARBEITER;
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--stapel', mappe, ordner], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  rmSync(ordner, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`Stapel fehlgeschlagen: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The 405 rows three times over, as a new ZV_Liste (defined name over a range). */
async function dreifacheListe() {
  const ExcelJS = require('exceljs');
  const quelle = new ExcelJS.Workbook();
  await quelle.xlsx.readFile(path.join(root, 'examples', 'ZV_Liste_405.xlsx'));
  const ws = quelle.worksheets[0];
  const zeilen = [];
  ws.eachRow((row) => zeilen.push(row.values.slice(1)));
  const [kopf, ...daten] = zeilen;
  const wb = new ExcelJS.Workbook();
  const ziel = wb.addWorksheet('Liste');
  ziel.addRow(kopf);
  for (let n = 0; n < 3; n++) for (const z of daten) ziel.addRow(z);
  const spalte = ziel.getColumn(kopf.length).letter;
  wb.definedNames.add(`Liste!$A$1:$${spalte}$${daten.length * 3 + 1}`, 'ZV_Liste');
  const datei = path.join(mkdtempSync(path.join(tmpdir(), 'zv-bench-liste-')), 'ZV_Liste_1215.xlsx');
  writeFileSync(datei, new Uint8Array(await wb.xlsx.writeBuffer()));
  return datei;
}

const liste405 = path.join(root, 'examples', 'ZV_Liste_405.xlsx');
const komma = (x) => x.toFixed(2).replace('.', ',');
console.log(
  `\nSystemlast vorher (loadavg 1 min): ${loadavg()[0].toFixed(2)}; Zeiten auf einer belasteten Maschine sind entsprechend länger.`,
);
const zeile = (titel, r) =>
  console.log(
    `  ${titel.padEnd(46)} ${komma(r.sekunden)} s (CPU ${komma(r.cpuSekunden)} s)   Spitze RSS ${Math.round(r.maxRssMb)} MB   ${r.dateien} Dateien${r.code ? `, Exit ${r.code}` : ''}`,
  );
console.log(`\nZV_Liste → Ordner (generate, ohne Ausgabe; Zeit ab Lesen der Arbeitsmappe):`);
zeile(`405 Vereinbarungen, Standard (${kerne > 1 ? 'Worker-Threads' : '1 Thread'})`, stapel(liste405));
zeile('405 Vereinbarungen, ein Thread', stapel(liste405, 0));
const liste1215 = await dreifacheListe();
zeile('1.215 Vereinbarungen, Standard', stapel(liste1215));
rmSync(path.dirname(liste1215), { recursive: true, force: true });
