/**
 * `generate --vorlage` (issue 11) on the real command line (lib/ compiled before): a user template
 * filled for one example workbook and for every row of a ZV_Liste (worker threads); a template error
 * is exit 2 with German sentences naming tag and place, and nothing is written.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { baueVorlage } from '../document/vorlageBau';
import { absaetzeVon, teile } from '../document/lesen';
import { fuehreAus } from './befehl';

const BEISPIELE = path.resolve(__dirname, '../../examples');
const ordner = mkdtempSync(path.join(tmpdir(), 'zv-cli-vorlage-'));
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

const vorlage = path.join(ordner, 'Briefkopf.docx');
const kaputt = path.join(ordner, 'Kaputt.docx');
beforeAll(async () => {
  writeFileSync(vorlage, await baueVorlage());
  writeFileSync(kaputt, await baueVorlage(['Gruß {ZV_Jobcenter_Leitung}']));
  copyFileSync(path.join(BEISPIELE, 'Loerrach_2024_gE-kT.xlsx'), path.join(ordner, 'Loerrach.xlsx'));
});

test('one agreement: the filled template with the workbook values', async () => {
  const ziel = path.join(ordner, 'Loerrach.docx');
  const r = await fuehreAus(ordner, ['generate', 'Loerrach.xlsx', '--vorlage', vorlage, '--out', ziel]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`Zielvereinbarung geschrieben: ${ziel}\n`);
  const t = teile(new Uint8Array(readFileSync(ziel)));
  const text = absaetzeVon(t['word/document.xml']!);
  expect(text).toContain('Kommunaler Träger: Landkreis Lörrach, vertreten durch Marion Dammann.');
  expect(text).toContain('Langzeitleistungsbezug: höchstens 4.242 Personen im Jahresdurchschnitt.');
  const kopf = Object.entries(t).find(([n]) => /^word\/header\d*\.xml$/.test(n))![1];
  expect(absaetzeVon(kopf)[0]).toBe('Briefkopf Jobcenter Landkreis Lörrach');
});

test('an unknown tag: exit 2, the sentence with tag and place on stderr, nothing written', async () => {
  const aus = path.join(ordner, 'nichts');
  const r = await fuehreAus(ordner, ['generate', 'Loerrach.xlsx', '--vorlage', kaputt, '--out', aus]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^zielplaner: Die Vorlage „.*Kaputt\.docx“ ist fehlerhaft; es wird nichts geschrieben:\n/);
  expect(r.stderr).toMatch(
    /Unbekanntes Feld \{ZV_Jobcenter_Leitung\} in word\/document\.xml, Absatz \d+ \(„Gruß \{ZV_Jobcenter_Leitung\}“\)\./,
  );
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(aus)).toBe(false);
});

test('the template is never overwritten by a filled document, not even with --force', async () => {
  const kopie = path.join(ordner, 'Eigene.docx');
  copyFileSync(vorlage, kopie);
  const vorher = readFileSync(kopie);
  const r = await fuehreAus(ordner, ['generate', 'Loerrach.xlsx', '--vorlage', kopie, '--out', kopie, '--force']);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(
    `zielplaner: Die Vorlage „${kopie}“ würde mit einer Vereinbarung überschrieben. Wählen Sie mit --out einen anderen Ort.\n`,
  );
  expect(readFileSync(kopie).equals(vorher)).toBe(true);
});

test('a file that is no .docx: exit 2, one German sentence', async () => {
  const falsch = path.join(ordner, 'Text.docx');
  writeFileSync(falsch, 'kein Word');
  const r = await fuehreAus(ordner, ['generate', 'Loerrach.xlsx', '--vorlage', falsch, '--out', path.join(ordner, 'x.docx')]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('Die Vorlage ist keine Word-Datei (.docx)');
  expect(existsSync(path.join(ordner, 'x.docx'))).toBe(false);
});

test('every row of ZV_Liste through the template, in two worker threads (each loads the template once)', async () => {
  const aus = path.join(ordner, 'liste');
  // template batches run in one thread by default; ZIELPLANER_ARBEITER=2 takes the worker path
  process.env.ZIELPLANER_ARBEITER = '2';
  const r = await fuehreAus(
    ordner,
    ['generate', path.join(BEISPIELE, 'ZV_Liste_405.xlsx'), '--vorlage', vorlage, '--out', aus],
    120_000,
  ).finally(() => delete process.env.ZIELPLANER_ARBEITER);
  expect(r.code).toBe(0);
  const dateien = readdirSync(aus).filter((d) => d.endsWith('.docx'));
  expect(r.stdout).toBe(`${dateien.length} Zielvereinbarungen geschrieben nach ${aus}\n`);
  expect(dateien.length).toBeGreaterThan(400);
  // every file is the template filled with its own row: its letterhead names its own Jobcenter
  for (const d of [dateien[0]!, dateien[dateien.length - 1]!]) {
    const t = teile(new Uint8Array(readFileSync(path.join(aus, d))));
    const kopf = Object.entries(t).find(([n]) => /^word\/header\d*\.xml$/.test(n))![1];
    const name = absaetzeVon(kopf)[0]!.replace(/^Briefkopf /, '');
    expect(name).not.toBe('');
    expect(t['docProps/core.xml']).toContain(`<dc:creator>${name}</dc:creator>`);
    expect(absaetzeVon(t['word/document.xml']!)[0]).toMatch(/^Zielvereinbarung \d{4}$/);
  }
}, 120_000);

describe('zielplaner vorlage: the built-in layout as a template', () => {
  test('written for gE-kT 2024 and filled by generate --vorlage, it gives the built-in document of Lörrach', async () => {
    const eigene = path.join(ordner, 'Eingebaut_gE-kT_2024.docx');
    const r = await fuehreAus(ordner, ['vorlage', '--art', 'gE-kT', '--jahr', '2024', '--out', eigene]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Vorlage für die Art gE-kT und das Jahr 2024 (Wortlaut 2024) geschrieben: ${eigene}\n`);
    const ausVorlage = path.join(ordner, 'Loerrach_aus_Vorlage.docx');
    const eingebaut = path.join(ordner, 'Loerrach_eingebaut.docx');
    expect((await fuehreAus(ordner, ['generate', 'Loerrach.xlsx', '--vorlage', eigene, '--out', ausVorlage])).code).toBe(0);
    expect((await fuehreAus(ordner, ['generate', 'Loerrach.xlsx', '--out', eingebaut])).code).toBe(0);
    const text = (d: string) => absaetzeVon(teile(new Uint8Array(readFileSync(d)))['word/document.xml']!);
    expect(text(ausVorlage)).toEqual(text(eingebaut));
    expect(text(ausVorlage)).toContain('IV) kommunale Ziele zwischen JC und kommunalem Träger');
  });

  test('without --out, with another ending, an unknown kind or an existing file: exit 2 and one German sentence', async () => {
    const ohne = await fuehreAus(ordner, ['vorlage', '--art', 'zkT']);
    expect(ohne.code).toBe(2);
    expect(ohne.stderr).toMatch(
      /^zielplaner: Wohin soll die Vorlage\? Geben Sie mit --out einen Dateinamen an\. Aufruf: zielplaner vorlage/,
    );
    const endung = await fuehreAus(ordner, ['vorlage', '--out', 'Vorlage.pdf']);
    expect(endung.stderr).toMatch(/^zielplaner: Eine Vorlage ist ein Word-Dokument: „Vorlage\.pdf“ braucht die Endung \.docx\./);
    expect(existsSync(path.join(ordner, 'Vorlage.pdf'))).toBe(false);
    const art = await fuehreAus(ordner, ['vorlage', '--art', 'gEkT', '--out', 'X.docx']);
    expect(art.stderr).toBe('zielplaner: Unbekannte Art „gEkT“. Erlaubt sind: gE, gE-kT, zkT.\n');
    const vorhanden = path.join(ordner, 'Vorhanden.docx');
    writeFileSync(vorhanden, 'mein Text');
    const r = await fuehreAus(ordner, ['vorlage', '--out', vorhanden]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gibt es schon; sie wird nicht überschrieben/);
    expect(readFileSync(vorhanden, 'utf8')).toBe('mein Text');
  });
});
