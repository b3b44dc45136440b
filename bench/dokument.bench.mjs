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

const { leseXlsx } = lib('xlsx/xlsx.js');
const { pruefeMappe } = lib('kern/index.js');
const { erzeugeDokument } = lib('document/index.js');

// ---- child modes of 4b (see below) ---------------------------------------------------------------
if (process.argv[2] === '--vorlage-docxtemplater') {
  // child mode of 4b: docxtemplater's batch (read and check with zielplaner's reader, fill, write)
  const [, , , mappe, vorlageDatei, ordner] = process.argv;
  const PizZip = require('pizzip');
  const Docxtemplater = require('docxtemplater');
  const { kontext } = lib('document/vorlage/daten.js');
  const { dateiname } = lib('document/index.js');
  const start = performance.now();
  const vorlage = readFileSync(vorlageDatei);
  const ergebnisse = pruefeMappe(await leseXlsx(readFileSync(mappe), path.basename(mappe)));
  for (const r of ergebnisse) {
    const doc = new Docxtemplater(new PizZip(vorlage), { paragraphLoop: true, linebreaks: true });
    doc.render(kontext(r.vereinbarung));
    writeFileSync(path.join(ordner, dateiname(r.vereinbarung)), doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' }));
  }
  const sekunden = (performance.now() - start) / 1000;
  const nutzung = process.resourceUsage();
  const cpuSekunden = (nutzung.userCPUTime + nutzung.systemCPUTime) / 1e6;
  process.stdout.write(
    JSON.stringify({ code: 0, sekunden, cpuSekunden, maxRssMb: nutzung.maxRSS / 1024, dateien: readdirSync(ordner).length }),
  );
  process.exit(0);
}

if (process.argv[2] === '--vorlage-stapel') {
  const [, , , mappe, vorlageDatei, ordner] = process.argv;
  const { generiere } = lib('cli/generieren.js');
  const start = performance.now();
  const code = await generiere([mappe, '--vorlage', vorlageDatei, '--out', ordner], {
    stdout: () => {},
    stderr: (t) => process.stderr.write(t),
    isTTY: false,
  });
  const sekunden = (performance.now() - start) / 1000;
  const nutzung = process.resourceUsage();
  const cpuSekunden = (nutzung.userCPUTime + nutzung.systemCPUTime) / 1e6;
  process.stdout.write(
    JSON.stringify({ code, sekunden, cpuSekunden, maxRssMb: nutzung.maxRSS / 1024, dateien: readdirSync(ordner).length }),
  );
  process.exit(0);
}

const kerne = availableParallelism();
console.log(`Kerne: ${kerne} (${cpus()[0]?.model ?? 'unbekannt'}), Node ${process.version}`);
// `node bench/dokument.bench.mjs --nur-vorlage`: only part 4 (own templates)
const nurVorlage = process.argv[2] === '--nur-vorlage';
/** The built-in layout's 405 documents (1b), set when measured, for the comparison with docxtemplater (4). */
let eingebaut405 = null;
const liste405 = path.join(root, 'examples', 'ZV_Liste_405.xlsx');
const komma = (x) => x.toFixed(2).replace('.', ',');
console.log(
  `\nSystemlast vorher (loadavg 1 min): ${loadavg()[0].toFixed(2)}; Zeiten auf einer belasteten Maschine sind entsprechend länger.`,
);
const zeile = (titel, r) =>
  console.log(
    `  ${titel.padEnd(46)} ${komma(r.sekunden)} s (CPU ${komma(r.cpuSekunden)} s)   Spitze RSS ${Math.round(r.maxRssMb)} MB   ${r.dateien} Dateien${r.code ? `, Exit ${r.code}` : ''}`,
  );

// ---- 1. one agreement ---------------------------------------------------------------------------
if (!nurVorlage) {
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
    eingebaut405 = { wand: wand / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
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

  console.log(`\nZV_Liste → Ordner (generate, ohne Ausgabe; Zeit ab Lesen der Arbeitsmappe):`);
  zeile('405 Vereinbarungen, Standard (1 Thread)', stapel(liste405));
  zeile('405 Vereinbarungen, ZIELPLANER_ARBEITER=2', stapel(liste405, 2));
  const liste1215 = await dreifacheListe();
  zeile('1.215 Vereinbarungen, Standard', stapel(liste1215));
  rmSync(path.dirname(liste1215), { recursive: true, force: true });
}

// ---- 4. own templates: zielplaner's template path against docxtemplater -------------------------
// The same user template (letterhead in the header, a condition on ZV_Traeger, a table row looping
// over ZV_LokaleZiele, signature blocks, two pages of fixed text) filled for the 405 agreements:
//  a) the engines alone, in this thread, agreements read and checked beforehand: zielplaner compiles
//     the template once (ladeVorlage) and fills it 405 times; docxtemplater the ordinary way, new
//     PizZip + new Docxtemplater + render + generate (DEFLATE) per agreement, with the same data;
//  b) the whole batch in a fresh process each: `generate --vorlage` (read, check, fill, write; by
//     default in one thread, and with two workers) against reading and checking the same workbook
//     with zielplaner's reader and writing docxtemplater's 405 files.
async function bankVorlage() {
  const { Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = require('docx');
  const p = (text) => new Paragraph({ children: [new TextRun(text)] });
  const zelle = (text) => new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [p(text)] });
  const fest = Array.from({ length: 40 }, (_, i) =>
    p(
      `${i + 1}. Die Vereinbarungspartner verfolgen gemeinsam das Ziel, die Hilfebedürftigkeit zu verringern und die Integration in Erwerbstätigkeit zu verbessern; sie stimmen sich regelmäßig über den Stand der Zielerreichung ab.`,
    ),
  );
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [p('Briefkopf {ZV_Jobcenter}'), p('Musterstraße 1 · 12345 Musterstadt')] }) },
        children: [
          p('Zielvereinbarung {ZV_Jahr}'),
          p('{ZV_Parteien}'),
          ...fest.slice(0, 20),
          p(
            'Integrationsquote {ZV_Jahr}: {ZV_IQ_Ziel_Gesamt} (Frauen {ZV_IQ_Ziel_Frauen}, Männer {ZV_IQ_Ziel_Maenner}), Veränderung {ZV_IQ_Veraenderung_Gesamt}.',
          ),
          p('Langzeitleistungsbezug: höchstens {ZV_LZB_Ziel_Gesamt} Personen (Frauen {ZV_LZB_Ziel_Frauen}, Männer {ZV_LZB_Ziel_Maenner}).'),
          p('{#ZV_Traeger}'),
          p('Kommunaler Träger: {ZV_Traeger}, vertreten durch {ZV_Traeger_Person}, {ZV_Traeger_Funktion}.'),
          p('{/ZV_Traeger}'),
          p('{^ZV_Traeger}'),
          p('Diese Vereinbarung schließen Agentur und Jobcenter ohne kommunalen Träger.'),
          p('{/ZV_Traeger}'),
          new Table({
            rows: [
              new TableRow({ children: [zelle('Lokales Ziel zu'), zelle('Beschreibung'), zelle('Wert')] }),
              new TableRow({
                children: [zelle('{#ZV_LokaleZiele}{Ziel}'), zelle('{Beschreibung} {Vergleich}'), zelle('{Wert}{/ZV_LokaleZiele}')],
              }),
            ],
          }),
          ...fest.slice(20),
          p('{#ZV_Unterzeichner}'),
          p('{OrtDatum}'),
          p('(Ort, Datum)'),
          p('{Person}'),
          p('{Rolle}'),
          p('{/ZV_Unterzeichner}'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

{
  const komma2 = (x, n = 2) => x.toFixed(n).replace('.', ',');
  const vorlageBytes = await bankVorlage();
  const { ladeVorlage, fuelleVorlage } = lib('document/vorlage/index.js');
  const { kontext } = lib('document/vorlage/daten.js');
  const PizZip = require('pizzip');
  const Docxtemplater = require('docxtemplater');
  const liste = pruefeMappe(await leseXlsx(readFileSync(path.join(root, 'examples', 'ZV_Liste_405.xlsx')), 'ZV_Liste_405.xlsx'));
  const messe = (f) => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const bytes = f();
    const wand = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return { wand, cpu: (cpu.user + cpu.system) / 1e6, bytes };
  };
  // warm-up of both (module loading and JIT are not what is compared)
  fuelleVorlage(ladeVorlage(vorlageBytes), liste[0].vereinbarung);
  new Docxtemplater(new PizZip(vorlageBytes), { paragraphLoop: true, linebreaks: true }).render(kontext(liste[0].vereinbarung));
  const daten = liste.map((r) => kontext(r.vereinbarung));
  const wir = messe(() => {
    const vorlage = ladeVorlage(vorlageBytes);
    let n = 0;
    for (const r of liste) n += fuelleVorlage(vorlage, r.vereinbarung).length;
    return n;
  });
  const dxt = messe(() => {
    let n = 0;
    for (const d of daten) {
      const doc = new Docxtemplater(new PizZip(vorlageBytes), { paragraphLoop: true, linebreaks: true });
      doc.render(d);
      n += doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' }).length;
    }
    return n;
  });
  console.log(`\nEigene Vorlage (${(vorlageBytes.length / 1024).toFixed(1).replace('.', ',')} KB), ${liste.length} Vereinbarungen:`);
  console.log(`  a) nur das Füllen, ein Thread (gelesen und geprüft vorher; Zielplaner einschließlich Laden der Vorlage und Daten):`);
  const zeileA = (titel, m) =>
    console.log(
      `     ${titel.padEnd(44)} ${komma2(m.wand)} s (CPU ${komma2(m.cpu)} s), ${komma2((m.wand * 1000) / liste.length, 1)} ms je Dokument, ${komma2(m.bytes / 1024 / 1024, 1)} MB`,
    );
  zeileA('Zielplaner (ladeVorlage + fuelleVorlage)', wir);
  zeileA('docxtemplater (neu je Dokument, DEFLATE)', dxt);
  console.log(`     Verhältnis Zielplaner/docxtemplater: Wand ${komma2(wir.wand / dxt.wand)}, CPU ${komma2(wir.cpu / dxt.cpu)}`);
  if (eingebaut405)
    console.log(
      `     eingebautes Layout (405 Dokumente, oben 1b) / docxtemplater: Wand ${komma2(eingebaut405.wand / dxt.wand)}, CPU ${komma2(eingebaut405.cpu / dxt.cpu)}`,
    );

  const vorlageDatei = path.join(mkdtempSync(path.join(tmpdir(), 'zv-bench-vorlage-')), 'Vorlage.docx');
  writeFileSync(vorlageDatei, vorlageBytes);
  const kind = (modus, arbeiter) => {
    const ordner = mkdtempSync(path.join(tmpdir(), 'zv-bench-'));
    const env = { ...process.env };
    if (arbeiter !== undefined) env.ZIELPLANER_ARBEITER = String(arbeiter);
    else delete env.ZIELPLANER_ARBEITER;
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), modus, liste405, vorlageDatei, ordner], {
      env,
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    rmSync(ordner, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`Stapel fehlgeschlagen: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  console.log(`  b) ganzer Stapel je in einem frischen Prozess (Lesen, Prüfen, Füllen, Schreiben):`);
  const stapelWir = kind('--vorlage-stapel');
  const stapelArbeiter = kind('--vorlage-stapel', 2);
  const stapelDxt = kind('--vorlage-docxtemplater');
  zeile('generate --vorlage (Standard: 1 Thread)', stapelWir);
  zeile('generate --vorlage, ZIELPLANER_ARBEITER=2', stapelArbeiter);
  zeile('docxtemplater (1 Thread)', stapelDxt);
  console.log(
    `     Verhältnis Zielplaner (Standard)/docxtemplater: Wand ${komma2(stapelWir.sekunden / stapelDxt.sekunden)}, CPU ${komma2(stapelWir.cpuSekunden / stapelDxt.cpuSekunden)}`,
  );
  rmSync(path.dirname(vorlageDatei), { recursive: true, force: true });
}
