#!/usr/bin/env node
// Regenerates the guide's pictures of the built-in layout as a template (section "Das eingebaute
// Layout als Vorlage"), from real runs of the compiled command line (lib/) and LibreOffice:
// - docs/bilder/vorlage-eingebaut.png: `zielplaner vorlage --art gE-kT --jahr 2024`, page 1;
// - docs/bilder/vorlage-loerrach.png: that template changed as the guide shows (section IV moved before
//   I and headed as Lörrach heads it, the Jobcenter named before the Landrätin), filled by `generate --vorlage` with examples/Loerrach_2024_gE-kT.xlsx:
//   the page where the moved section starts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seiteAlsPng } from './seitenbild.mjs';
import { stellePaketeSicher } from './systempakete.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bilder = path.join(root, 'docs', 'bilder');

if (!stellePaketeSicher(['libreoffice-writer-nogui', 'poppler-utils'])) process.exit(1);
if (!existsSync(path.join(root, 'lib', 'cli', 'main.js'))) {
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const { unzipSync, zipSync, strFromU8, strToU8 } = require('fflate');
const bin = path.join(root, 'bin', 'zielplaner.js');
const arbeit = mkdtempSync(path.join(tmpdir(), 'zv-vorlage-bild-'));

/** Page `seite` (a number or a text on it) of the .docx as PNG into `ziel`. */
function alsBild(docx, seite, ziel) {
  seiteAlsPng(docx, { arbeit, seite, aufloesung: 60, ziel });
  console.log(`Bild geschrieben: ${path.relative(root, ziel)}`);
}

try {
  mkdirSync(bilder, { recursive: true });
  const vorlage = path.join(arbeit, 'Vorlage_gE-kT_2024.docx');
  execFileSync(process.execPath, [bin, 'vorlage', '--art', 'gE-kT', '--jahr', '2024', '--out', vorlage], { stdio: 'inherit' });
  alsBild(vorlage, 1, path.join(bilder, 'vorlage-eingebaut.png'));

  // what the user does in Word (the guide's Lörrach example): cut the Jobcenter's line and name block
  // and paste them before the Landrätin's; cut heading IV and its section tag, paste them before I,
  // retype the heading
  const teile = unzipSync(readFileSync(vorlage));
  let xml = strFromU8(teile['word/document.xml']);
  const absatz = (text) => {
    const ende = xml.indexOf(`${text}</w:t>`);
    const anfang = xml.lastIndexOf('<w:p>', ende);
    return xml.slice(anfang, xml.indexOf('</w:p>', ende) + 6);
  };
  const jobcenter = absatz('und {ZV_Jobcenter_Artikel}') + absatz('{@ZV_Abschnitt_Partei_Jobcenter}');
  xml = xml.replace(jobcenter, '');
  const traeger = absatz('{ZV_Traeger_Artikel}');
  xml = xml.replace(traeger, jobcenter + traeger);
  const kopf = absatz('IV) kommunale Ziele zwischen JC und kommunalem Träger');
  const tag = absatz('{@ZV_Abschnitt_KommunaleZiele}');
  const vorI = absatz('I) Geschäftspolitische Ziele SGB II');
  xml = xml.replace(kopf + tag, '');
  const neu = kopf.replace(
    'IV) kommunale Ziele zwischen JC und kommunalem Träger',
    'IV) Lokale Ziele zwischen Jobcenter und kommunalem Träger',
  );
  xml = xml.replace(vorI, neu + tag + vorI);
  teile['word/document.xml'] = strToU8(xml);
  const eigene = path.join(arbeit, 'Vorlage_Loerrach.docx');
  writeFileSync(eigene, zipSync(teile));
  const dokument = path.join(arbeit, 'Loerrach.docx');
  execFileSync(
    process.execPath,
    [bin, 'generate', path.join(root, 'examples', 'Loerrach_2024_gE-kT.xlsx'), '--vorlage', eigene, '--out', dokument],
    { stdio: 'inherit' },
  );
  alsBild(dokument, 'IV) Lokale Ziele zwischen Jobcenter', path.join(bilder, 'vorlage-loerrach.png'));
} finally {
  rmSync(arbeit, { recursive: true, force: true });
}
