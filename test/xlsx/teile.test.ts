/**
 * Part diff of the checked copy over every workbook of ../shared/corpus/real-workbooks (and one built
 * workbook with the kinds of parts the corpus lacks: pivot table, macros, external link, threaded
 * comment). Each workbook gets `ZV_` names on its richest worksheet (comments, conditional formats,
 * validations, drawing), so the findings land where the user's own content is; then the checked copy
 * is made by the code the CLI and the browser page use, and the two packages are compared part by part:
 * - only the parts that must change change: the findings' sheet, its .rels, its notes and their VML
 *   drawing, the styles (highlight fill) and [Content_Types].xml;
 * - every other part keeps its bytes, in particular charts, chart sheets, drawings, images, pivot
 *   tables and caches, vbaProject.bin, external links, tables, threaded comments, other sheets' notes;
 * - inside the changed sheet, the user's conditional formats and data validations (also the x14 ones
 *   in extLst) are there with identical text, and the user's notes keep their text.
 * With ZIELPLANER_TEILE=<file> the table of the closing note is written there (markdown).
 */
import { strFromU8 } from 'fflate';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baueMappe } from '../../src/xlsx/vorlage';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { KENNUNG, schreibeGepruefteMappe, zerlegeAdresse } from '../../src/xlsx/gepruefteKopie';
import { pruefeMappe } from '../../src/kern';
import { alleKennzahlwerte, UnbrauchbareDatei, type Pruefergebnis } from '../../src/model/vereinbarung';
import { alsBytes, ladeMappe } from './hilfen';
import { entpacke, mitNamen, packe, reichesPaket, txt, vergleiche, type Teile } from './pakete';

const KORPUS = path.resolve(__dirname, '../../../shared/corpus/real-workbooks');

// ---- reading the package independently of the code under test -----------------------------------

const rels = (t: Teile, teil: string): Map<string, { typ: string; ziel: string; extern: boolean }> => {
  const pfad = teil.replace(/([^/]+)$/, '_rels/$1.rels');
  const out = new Map<string, { typ: string; ziel: string; extern: boolean }>();
  if (!t[pfad]) return out;
  for (const m of txt(t, pfad).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const typ = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const ziel = /\bTarget="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if (id) out.set(id, { typ, ziel, extern: /TargetMode="External"/.test(m[0]) });
  }
  return out;
};

/** A relationship target as a part path, relative to the folder of `von`. */
function aufloesen(von: string, ziel: string): string {
  if (ziel.startsWith('/')) return ziel.slice(1);
  const teile = von.split('/').slice(0, -1);
  for (const s of ziel.split('/')) {
    if (s === '..') teile.pop();
    else if (s !== '.') teile.push(s);
  }
  return teile.join('/');
}

const finde = (t: Teile, pfad: string): string | undefined => Object.keys(t).find((k) => k.toLowerCase() === pfad.toLowerCase());

/** The worksheets (not chart sheets) by name, in workbook order. */
function arbeitsblaetter(t: Teile): [string, string][] {
  const wb = finde(t, 'xl/workbook.xml')!;
  const r = rels(t, wb);
  const out: [string, string][] = [];
  for (const m of txt(t, wb).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/
      .exec(m[0])?.[1]
      ?.replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    const id = /\b(?:\w+:)?id="([^"]*)"/.exec(m[0])?.[1];
    const rel = id ? r.get(id) : undefined;
    const teil = rel && /\/worksheet$/.test(rel.typ) ? finde(t, aufloesen(wb, rel.ziel)) : undefined;
    if (name !== undefined && teil) out.push([name, teil]);
  }
  return out;
}

/** The part a sheet relationship of `typ` (…/comments, …/vmlDrawing) points to. */
function relTeil(t: Teile, blatt: string, typ: RegExp): string | undefined {
  const r = [...rels(t, blatt).values()].find((x) => typ.test(x.typ) && !x.extern);
  return r ? finde(t, aufloesen(blatt, r.ziel)) : undefined;
}

/** A sheet's own content that the copy must keep verbatim. */
const BLOECKE: [string, RegExp][] = [
  ['conditionalFormatting', /<(?:\w+:)?conditionalFormatting\b[\s\S]*?<\/(?:\w+:)?conditionalFormatting>/g],
  ['x14:conditionalFormatting', /<x14:conditionalFormatting\b[\s\S]*?<\/x14:conditionalFormatting>/g],
  ['dataValidations', /<(?:\w+:)?dataValidations\b[\s\S]*?<\/(?:\w+:)?dataValidations>/g],
  ['x14:dataValidation', /<x14:dataValidation\b[\s\S]*?<\/x14:dataValidation>/g],
  ['hyperlink', /<(?:\w+:)?hyperlink\b[^>]*>/g],
  ['mergeCell', /<(?:\w+:)?mergeCell\b[^>]*>/g],
  ['sheetProtection', /<(?:\w+:)?sheetProtection\b[^>]*>/g],
  ['drawing', /<(?:\w+:)?drawing\b[^>]*>/g],
  ['tablePart', /<(?:\w+:)?tablePart\b[^>]*>/g],
];
const bloecke = (xml: string, re: RegExp): string[] => [...xml.matchAll(re)].map((m) => m[0]).filter((b) => !b.includes(KENNUNG));

// ---- features ------------------------------------------------------------------------------------

const MERKMALE: [string, (t: Teile, blaetterXml: string) => boolean][] = [
  ['chart', (t) => Object.keys(t).some((k) => /^xl\/(charts\/chart|chartsheets\/)/i.test(k))],
  ['pivot', (t) => Object.keys(t).some((k) => /^xl\/pivot(Tables|Cache)\//i.test(k))],
  ['image', (t) => Object.keys(t).some((k) => /^xl\/media\//i.test(k))],
  ['VBA', (t) => Object.keys(t).some((k) => /vbaProject\.bin$/i.test(k))],
  ['ext link', (t) => Object.keys(t).some((k) => /^xl\/externalLinks\//i.test(k))],
  ['comment', (t) => Object.keys(t).some((k) => /^xl\/comments[^/]*\.xml$/i.test(k))],
  ['threaded', (t) => Object.keys(t).some((k) => /^xl\/threadedComments\//i.test(k))],
  ['cond.format', (_t, x) => /<(?:\w+:)?conditionalFormatting\b/.test(x)],
  ['validation', (_t, x) => /<(?:\w+:)?dataValidation\b/.test(x)],
];

/** Parts whose bytes the copy never needs to touch, whatever the findings. */
const NIE_GEAENDERT =
  /^(xl\/(charts|chartsheets|drawings\/drawing|drawings\/_rels|media|pivotTables|pivotCache|externalLinks|threadedComments|persons|tables|theme|customXml)\/|xl\/vbaProject\.bin$|xl\/workbook\.xml$|xl\/sharedStrings\.xml$|docProps\/|customXml\/|_rels\/\.rels$)/i;

/** The names bound on sheet `blatt`: values of any kind, an empty derived cell far out (AZ300). */
function namenAuf(blatt: string): Record<string, string> {
  const b = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(blatt) ? blatt : `'${blatt.replace(/'/g, "''")}'`;
  return {
    ZV_Jahr: `${b}!$A$1`,
    ZV_Art: `${b}!$B$1`,
    ZV_Jobcenter: `${b}!$A$2`,
    ZV_IQ_VJ_Frauen: `${b}!$B$2`,
    ZV_IQ_Veraenderung_Frauen: `${b}!$C$3`,
    ZV_IQ_Ziel_Frauen: `${b}!$AZ$300`,
  };
}

/** The worksheet where the user's content is: notes, conditional formats, validations, a drawing; else the first. */
function reichstesBlatt(t: Teile): [string, string] {
  const liste = arbeitsblaetter(t);
  const punkte = ([, teil]: [string, string]): number => {
    const xml = txt(t, teil);
    return (
      (relTeil(t, teil, /\/comments$/) ? 8 : 0) +
      (/conditionalFormatting\b/.test(xml) ? 4 : 0) +
      (/dataValidation\b/.test(xml) ? 2 : 0) +
      (/<(?:\w+:)?drawing\b/.test(xml) ? 1 : 0)
    );
  };
  return liste.reduce((best, x) => (punkte(x) > punkte(best) ? x : best), liste[0]!);
}

// ---- the table -----------------------------------------------------------------------------------

interface Zeile {
  readonly mappe: string;
  readonly merkmale: string;
  readonly geaendert: string;
  readonly sonstGleich: string;
}
const TABELLE: Zeile[] = [];

interface Pruefung {
  readonly geaendert: string[];
  readonly neu: string[];
  readonly merkmale: string[];
}

/**
 * Makes the checked copy of `original` and checks it part by part; returns what changed. `blatt` is
 * the sheet the findings point to.
 */
async function pruefeTeile(original: Uint8Array, name: string, blatt: [string, string]): Promise<Pruefung> {
  const ergebnisse: Pruefergebnis[] = pruefeMappe(await leseXlsx(original, name));
  const befundZellen = new Set(
    ergebnisse.flatMap((e) => e.befunde.flatMap((b) => (b.cell ? [zerlegeAdresse(b.cell)?.zelle ?? ''] : []))).filter(Boolean),
  );
  expect(befundZellen.size).toBeGreaterThan(0);
  const kopie = await schreibeGepruefteMappe(original, ergebnisse);
  const a = entpacke(original);
  const b = entpacke(kopie);
  const d = vergleiche(original, kopie);
  const [, s] = blatt;

  // nothing lost
  expect(d.fehlt).toEqual([]);

  // only what must change: the findings' sheet, its .rels, its notes and their VML, styles, content types
  const kommentare = relTeil(a, s, /\/comments$/);
  const vml = relTeil(a, s, /\/vmlDrawing$/);
  const stile = [...rels(a, finde(a, 'xl/workbook.xml')!).values()].find((r) => /\/styles$/.test(r.typ));
  const erlaubt = new Set(
    [
      s,
      s.replace(/([^/]+)$/, '_rels/$1.rels'),
      kommentare,
      vml,
      stile ? aufloesen(finde(a, 'xl/workbook.xml')!, stile.ziel) : 'xl/styles.xml',
      '[Content_Types].xml',
    ].filter((x): x is string => x !== undefined),
  );
  // a package without a styles part gets one, with its relationship
  if (!stile) erlaubt.add(finde(a, 'xl/workbook.xml')!.replace(/([^/]+)$/, '_rels/$1.rels'));
  expect(d.geaendert.filter((p) => !erlaubt.has(p))).toEqual([]);
  expect(d.geaendert).toContain(s);
  // one styles part, one relationship to it (also when the original's relationship named a missing part)
  const wbRels = finde(b, 'xl/_rels/workbook.xml.rels');
  if (wbRels) expect(txt(b, wbRels).match(/relationships\/styles"/g)?.length ?? 0).toBeLessThanOrEqual(1);
  expect(d.neu.filter((p) => !erlaubt.has(p) && !/^xl\/(comments\d+\.xml|drawings\/vmlDrawing\d+\.vml)$/.test(p))).toEqual([]);
  if (kommentare) expect(d.neu.filter((p) => /comments/.test(p))).toEqual([]);
  if (vml) expect(d.neu.filter((p) => /vmlDrawing/.test(p))).toEqual([]);

  // the parts that carry charts, drawings, images, pivots, macros, external links, tables, threaded comments
  for (const p of Object.keys(a).filter((k) => NIE_GEAENDERT.test(k))) expect([p, d.gleich.includes(p)]).toEqual([p, true]);
  // the other sheets, and their notes, keep their bytes
  for (const [, teil] of arbeitsblaetter(a).filter(([, x]) => x !== s)) {
    expect([teil, d.gleich.includes(teil)]).toEqual([teil, true]);
    const k = relTeil(a, teil, /\/comments$/);
    if (k && k !== kommentare) expect([k, d.gleich.includes(k)]).toEqual([k, true]);
  }

  // inside the changed sheet: the user's conditional formats, validations, links, merges, protection stay verbatim
  const vorher = txt(a, s);
  const nachher = txt(b, s);
  for (const [art, re] of BLOECKE) {
    const alt = bloecke(vorher, re);
    const neu = bloecke(nachher, re);
    expect([art, neu.filter((x) => !alt.includes(x))]).toEqual([art, []]);
    expect([art, alt.filter((x) => !neu.includes(x))]).toEqual([art, []]);
    expect([art, neu.length]).toEqual([art, alt.length]);
  }
  // the highlights are there: one tagged conditional format per severity
  expect(nachher).toContain(KENNUNG);

  // the user's notes on that sheet: unchanged, or (on a finding cell) their text first, the finding appended
  if (kommentare) {
    const notizen = (xml: string): Map<string, string> =>
      new Map([...xml.matchAll(/<(?:\w+:)?comment\b[^>]*\bref="([^"]+)"[\s\S]*?<\/(?:\w+:)?comment>/g)].map((m) => [m[1]!, m[0]] as const));
    const inhalt = (c: string): string => /<(?:\w+:)?text>([\s\S]*)<\/(?:\w+:)?text>/.exec(c)?.[1] ?? '';
    const alt = notizen(txt(a, kommentare));
    const neu = notizen(txt(b, kommentare));
    for (const [ref, c] of alt) {
      if (befundZellen.has(ref)) expect([ref, inhalt(neu.get(ref) ?? '').startsWith(inhalt(c))]).toEqual([ref, true]);
      else expect([ref, neu.get(ref)]).toEqual([ref, c]);
    }
    // the user's authors stay, in their order (a note points to its author by index)
    const autoren = (xml: string): string => /<(?:\w+:)?authors>([\s\S]*?)<\/(?:\w+:)?authors>/.exec(xml)?.[1] ?? '';
    expect(autoren(txt(b, kommentare)).startsWith(autoren(txt(a, kommentare)))).toBe(true);
  }

  // the note shapes of the user's VML drawing stay verbatim (a VML part is read byte for byte: any encoding)
  if (vml) {
    const formen = (bytes: Uint8Array): string[] => [...strFromU8(bytes, true).matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)].map((m) => m[0]);
    const neu = formen(b[vml]!);
    expect(formen(a[vml]!).filter((f) => !neu.includes(f))).toEqual([]);
  }

  // entered cells keep their XML; only empty cells named for derived values may be filled
  const abgeleitet = new Set(
    ergebnisse.flatMap((e) =>
      alleKennzahlwerte(e.vereinbarung).flatMap((k) =>
        !k.eingegeben && k.wert !== undefined && k.zelle ? [zerlegeAdresse(k.zelle)!.zelle] : [],
      ),
    ),
  );
  const zellen = (xml: string): Map<string, string> =>
    new Map(
      [...xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g)].map((m) => [m[1]!, m[0]] as const),
    );
  const za = zellen(vorher);
  const zb = zellen(nachher);
  for (const [ref, c] of za) {
    if (zb.get(ref) === c) continue;
    expect([ref, /<(?:\w+:)?(v|f|is)\b/.test(c), abgeleitet.has(ref)]).toEqual([ref, false, true]);
  }

  const blaetterXml = arbeitsblaetter(a)
    .map(([, x]) => txt(a, x))
    .join('');
  return {
    geaendert: d.geaendert.sort(),
    neu: d.neu.sort(),
    merkmale: MERKMALE.filter(([, f]) => f(a, blaetterXml)).map(([n]) => n),
  };
}

function zeile(mappe: string, p: Pruefung): void {
  TABELLE.push({
    mappe,
    merkmale: p.merkmale.join(', ') || '–',
    geaendert: [...p.geaendert, ...p.neu.map((x) => `${x} (neu)`)].map((x) => `\`${x}\``).join(', '),
    sonstGleich: 'ja',
  });
}

const dateien = existsSync(KORPUS)
  ? readdirSync(KORPUS)
      .filter((f) => /\.(xlsx|xlsm)$/i.test(f))
      .sort()
  : [];

test('the corpus is there (36 workbooks)', () => {
  expect(dateien).toHaveLength(36);
});

describe('checked copy, part by part, of each corpus workbook', () => {
  test.each(dateien)('%s', async (datei) => {
    const roh = new Uint8Array(readFileSync(path.join(KORPUS, datei)));
    let t: Teile;
    try {
      t = entpacke(roh);
    } catch {
      // not a zip at all: the reader says so in German
      await expect(leseXlsx(roh, datei)).rejects.toBeInstanceOf(UnbrauchbareDatei);
      TABELLE.push({ mappe: datei, merkmale: '–', geaendert: 'nicht lesbar (kein ZIP)', sonstGleich: '–' });
      return;
    }
    if (!finde(t, 'xl/workbook.xml') || arbeitsblaetter(t).length === 0) {
      // a package without a workbook part or worksheets cannot be read; both say so in one German sentence
      await expect(leseXlsx(roh, datei).then((m) => pruefeMappe(m))).rejects.toBeInstanceOf(UnbrauchbareDatei);
      await expect(schreibeGepruefteMappe(roh, [])).rejects.toBeInstanceOf(UnbrauchbareDatei);
      TABELLE.push({ mappe: datei, merkmale: '–', geaendert: 'nicht lesbar (kein Tabellenblatt)', sonstGleich: '–' });
      return;
    }
    const blatt = reichstesBlatt(t);
    const mitZv = mitNamen(roh, namenAuf(blatt[0]));
    const p = await pruefeTeile(mitZv, datei, blatt);
    zeile(datei, p);
  });
});

test('a built workbook with what the corpus lacks (pivot table, macros, external link, threaded comment, chart, image)', async () => {
  const basis = await baueMappe({
    art: 'gE',
    werte: {
      ZV_Jahr: 2024,
      ZV_Art: 'gE',
      ZV_Jobcenter: 'Jobcenter Stadt Kaiserslautern',
      ZV_IQ_VJ_Frauen: 14.9,
      ZV_IQ_Veraenderung_Frauen: 1.8,
      ZV_IQ_Ziel_Maenner: 'ungefähr zwanzig',
    },
    listen: {},
  });
  const wb = await ladeMappe(basis);
  wb.getWorksheet('Planung')!.getCell('A1').note = 'Eigene Notiz';
  const notizen = wb.addWorksheet('Notizen');
  notizen.getCell('A1').value = 'gE';
  notizen.getCell('B2').value = { formula: '1+1', result: 2 };
  const t = entpacke(await alsBytes(wb));
  const blaetter = new Map(arbeitsblaetter(t));
  const reich = reichesPaket(packe(t), blaetter.get('Planung')!, blaetter.get('Notizen')!, 'B5');
  const p = await pruefeTeile(reich, 'Planung.xlsm', ['Planung', blaetter.get('Planung')!]);
  for (const m of ['chart', 'pivot', 'image', 'VBA', 'ext link', 'threaded', 'cond.format', 'validation']) expect(p.merkmale).toContain(m);
  zeile('(gebaut) Planungsblatt + reichesPaket', p);
});

afterAll(() => {
  const ziel = process.env.ZIELPLANER_TEILE;
  if (!ziel || TABELLE.length === 0) return;
  const kopf = '| workbook | features present | parts changed | all others byte-identical |\n|---|---|---|---|\n';
  writeFileSync(ziel, kopf + TABELLE.map((z) => `| ${z.mappe} | ${z.merkmale} | ${z.geaendert} | ${z.sonstGleich} |`).join('\n') + '\n');
});
