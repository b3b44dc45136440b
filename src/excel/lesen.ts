/**
 * Reads the open workbook into the core's port (`Arbeitsmappe`) with at most two round trips to
 * Excel, whatever the number of fields:
 *   sync 1: the workbook-scoped names and the tables (and the workbook's name, for the title);
 *   sync 2: for every `ZV_` name and table its range's address, values, value types and number formats.
 * No sync inside a loop.
 */
import { spaltenName, type Arbeitsmappe, type BenannterBereich, type Rohwert, type Zelle } from '../lesen/port';

const istZv = (name: string): boolean => name.trim().toLowerCase().startsWith('zv_');

/** Splits an Excel address `'Planung 2026'!C4:D6` into the sheet part as Excel wrote it and the top-left cell. */
export function zerlegeAdresse(adresse: string): { blatt: string; spalte: number; zeile: number } | null {
  const i = adresse.lastIndexOf('!');
  if (i < 0) return null;
  const blatt = adresse.slice(0, i);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(adresse.slice(i + 1));
  if (!m) return null;
  let spalte = 0;
  for (const c of m[1]!.toUpperCase()) spalte = spalte * 26 + (c.charCodeAt(0) - 64);
  return { blatt, spalte, zeile: Number(m[2]) };
}

function rohwert(wert: unknown, typ: unknown): Rohwert {
  if (typ === 'Empty' || wert === '' || wert === null || wert === undefined) return null;
  if (typ === 'Error') return { fehler: String(wert) };
  if (typeof wert === 'number' || typeof wert === 'string' || typeof wert === 'boolean') return wert;
  return String(wert);
}

interface GeladenerBereich {
  address: string;
  values: unknown[][];
  valueTypes: unknown[][];
  numberFormat: unknown[][];
  isNullObject?: boolean;
}

/** The cells of a loaded range, row by row, with their `Sheet!A1` addresses. */
export function zellenAus(r: GeladenerBereich): Zelle[][] | null {
  if (r.isNullObject === true) return null;
  const start = zerlegeAdresse(r.address);
  if (!start || !Array.isArray(r.values)) return null;
  return r.values.map((reihe, zi) =>
    reihe.map((wert, si) => ({
      wert: rohwert(wert, r.valueTypes?.[zi]?.[si]),
      zahlenformat: String(r.numberFormat?.[zi]?.[si] ?? 'General'),
      adresse: `${start.blatt}!${spaltenName(start.spalte + si)}${start.zeile + zi}`,
    })),
  );
}

const FELDER = 'address,values,valueTypes,numberFormat';

/** A reference to whole columns or rows (`Ziele!$A:$C`, `Ziele!$2:$9`): read only its used part. */
export function ganzeSpaltenOderZeilen(bezug: string): boolean {
  const teil = bezug.slice(bezug.lastIndexOf('!') + 1).replace(/\$/g, '');
  return /^[A-Za-z]{1,3}:[A-Za-z]{1,3}$/.test(teil) || /^\d+:\d+$/.test(teil);
}

/** Reads all `ZV_` names and tables of the workbook in two syncs. */
export async function leseMappe(context: Excel.RequestContext, optionen: { mitTitel: boolean }): Promise<Arbeitsmappe> {
  const namen = context.workbook.names;
  const tabellen = context.workbook.tables;
  namen.load('items');
  tabellen.load('items');
  if (optionen.mitTitel) context.workbook.load('name');
  await context.sync();

  const auftraege: {
    name: string;
    herkunft: 'name' | 'tabelle';
    bezug: string;
    bereich: Excel.Range | null;
    ohneSumme: boolean;
    ganz?: boolean;
  }[] = [];
  for (const n of namen.items) {
    if (!istZv(n.name)) continue;
    const bezug = String(n.value ?? '').replace(/^=/, '');
    if (n.type !== 'Range') {
      auftraege.push({ name: n.name, herkunft: 'name', bezug, bereich: null, ohneSumme: false });
      continue;
    }
    const ganz = n.getRangeOrNullObject();
    // a list bound to whole columns would send a million rows: take the part inside the used range
    const spalten = ganzeSpaltenOderZeilen(bezug);
    const bereich = spalten ? ganz.getIntersectionOrNullObject(ganz.worksheet.getUsedRange()) : ganz;
    bereich.load(FELDER);
    auftraege.push({ name: n.name, herkunft: 'name', bezug, bereich, ohneSumme: false, ganz: spalten });
  }
  for (const t of tabellen.items) {
    if (!istZv(t.name)) continue;
    const bereich = t.getRange();
    bereich.load(FELDER);
    auftraege.push({ name: t.name, herkunft: 'tabelle', bezug: t.name, bereich, ohneSumme: t.showTotals === true });
  }
  if (auftraege.some((a) => a.bereich)) await context.sync();

  const bereiche: BenannterBereich[] = auftraege.map((a) => {
    let zellen = a.bereich ? zellenAus(a.bereich as unknown as GeladenerBereich) : null;
    // whole columns outside the used range: an existing but empty list, not a broken name
    if (!zellen && a.ganz) zellen = [];
    if (zellen && a.ohneSumme) zellen = zellen.slice(0, -1);
    const bezug = a.herkunft === 'tabelle' && a.bereich && zellen ? String((a.bereich as unknown as GeladenerBereich).address) : a.bezug;
    return { name: a.name, herkunft: a.herkunft, bezug, zellen };
  });
  const titel =
    optionen.mitTitel && typeof context.workbook.name === 'string' && context.workbook.name ? context.workbook.name : 'Arbeitsmappe';
  return { titel, bereiche };
}
