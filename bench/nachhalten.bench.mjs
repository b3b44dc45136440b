// Zielnachhaltung (issue 13): `nachhalten --json` on the ZV_Liste of 405 agreements with 24 months of
// ZV_Ist values each (IQ, LZB, LLU: 29.160 rows, assigned to the rows by the Jobcenter column), in one
// process from start to exit. Prints figures only; nothing is asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');
const { leseXlsx } = require(path.join(root, 'lib/xlsx/xlsx.js'));
const { pruefeMappe } = require(path.join(root, 'lib/kern/index.js'));

const fmt = (x, d = 2) => x.toLocaleString('de-DE', { minimumFractionDigits: d, maximumFractionDigits: d });
const liste = path.join(root, 'examples/ZV_Liste_405.xlsx');
const mappe = await leseXlsx(new Uint8Array(readFileSync(liste)), 'ZV_Liste_405.xlsx');
const vereinbarungen = pruefeMappe(mappe).map((r) => r.vereinbarung);
const namen = vereinbarungen.map((v) => String(v.werte.ZV_Jobcenter ?? v.werte.ZV_Traeger ?? ''));

const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(liste);
const ws = wb.addWorksheet('Zielnachhaltung');
const zeilen = [];
vereinbarungen.forEach((v, i) => {
  const jahr = v.jahr ?? 2024;
  for (const j of [jahr - 1, jahr]) {
    for (let m = 1; m <= 12; m++) {
      const f = j === jahr ? 1.01 : 1;
      const iq = (x) => Math.round(((x * m) / 12) * f * 10) / 10;
      const ds = new Date(Date.UTC(jahr, Math.min(m + 3, 11), 15));
      zeilen.push([namen[i], `${j}-${String(m).padStart(2, '0')}`, 'IQ', iq(18 + (i % 5)), iq(24 + (i % 3)), iq(21), ds, 3]);
      zeilen.push([namen[i], `${j}-${String(m).padStart(2, '0')}`, 'LZB', 1000 + i + m, 900 + m, 1900 + i + 2 * m, ds, 3]);
      zeilen.push([namen[i], `${j}-${String(m).padStart(2, '0')}`, 'LLU', null, null, Math.round(3_000_000 * m * f), ds, 3]);
    }
  }
});
ws.addTable({
  name: 'ZV_Ist',
  ref: 'A1',
  columns: ['Jobcenter', 'Monat', 'Kennzahl', 'Frauen', 'Maenner', 'Gesamt', 'Datenstand', 'Wartezeit'].map((name) => ({ name })),
  rows: zeilen,
});
const ordner = mkdtempSync(path.join(tmpdir(), 'zv-bench-nachhalten-'));
const datei = path.join(ordner, 'ZV_Liste_405_Ist.xlsx');
writeFileSync(datei, new Uint8Array(await wb.xlsx.writeBuffer()));

const skript = `const s=process.hrtime.bigint();require(${JSON.stringify(path.join(root, 'lib/cli/main.js'))}).fuehreAus(['nachhalten',${JSON.stringify(datei)},'--json'],{stdout:()=>{},stderr:(t)=>process.stderr.write(t),isTTY:false,breite:100}).then(c=>{process.stdout.write(JSON.stringify({ms:Number(process.hrtime.bigint()-s)/1e6,rss:process.resourceUsage().maxRSS,code:c}))})`;
const lauf = [];
for (let i = 0; i < 3; i++) {
  const s = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', skript], { encoding: 'utf8' });
  const gesamt = Number(process.hrtime.bigint() - s) / 1e6;
  if (r.status !== 0) console.log(`  (Fehler: ${r.stderr.trim()})`);
  lauf.push({ ...JSON.parse(r.stdout), gesamt });
}
const m = lauf.sort((a, b) => a.gesamt - b.gesamt)[1];
console.log(
  `nachhalten: ZV_Liste mit ${vereinbarungen.length} Vereinbarungen, je 24 Monate ZV_Ist (${fmt(zeilen.length, 0)} Zeilen), ein Prozess: ${fmt(m.gesamt / 1000)} s mit Start, ${fmt(m.ms / 1000)} s Lesen+Prüfen+Nachhalten, Exit ${m.code}, Spitzenspeicher ${fmt(m.rss / 1024, 0)} MiB (Median aus 3; Ziel < 2 s)`,
);
rmSync(ordner, { recursive: true, force: true });
