/**
 * The .xlsx adapter of the reading port: turns the bytes of an Excel workbook into the port's
 * snapshot (`Arbeitsmappe`). Runs in Node and in the browser (no node:fs here).
 *
 * Cells are read with exceljs. Defined names are read from xl/workbook.xml directly (with the JSZip
 * that exceljs itself uses), because exceljs silently drops names whose reference is broken
 * (`#REF!`, a deleted sheet) and forgets which names are sheet-scoped; both matter for findings.
 *
 * Values pass through unchanged (no parsing of German text numbers, no ×100 for percent formats):
 * that is the core's job (src/checks).
 */
import { unzipSync } from 'fflate';
import type { Arbeitsmappe, BenannterBereich, Zelle } from '../lesen/port';
import { zellAdresse } from '../lesen/port';
import { parseBezug, spaltenNummer, ZELLE, type Flaeche } from './bezug';
import { ausExcelJS, fuerExcelJS } from './exceljsQuelle';
import { alsBytes, dateiFehler, oeffneZip, type MappenStruktur } from './paket';
import { leseFlaechen, type Quelle, type Tabelle } from './quelle';
import { ausXml } from './xmlQuelle';

const PRAEFIX = 'zv_';

/** The cell range of a table, without a totals row. */
function tabellenBereich(t: Tabelle): { bezug: string; flaeche: Flaeche } | null {
  const teile = t.ref.replace(/\$/g, '').split(':');
  const a = ZELLE.exec(teile[0] ?? '');
  const b = ZELLE.exec(teile[1] ?? teile[0] ?? '');
  if (!t.name || !a || !b) return null;
  let unten = Number(b[2]);
  if (t.summenzeile && unten > Number(a[2])) unten -= 1;
  const flaeche: Flaeche = { blatt: t.blatt, oben: Number(a[2]), unten, links: spaltenNummer(a[1]!), rechts: spaltenNummer(b[1]!) };
  return { bezug: zellAdresse(t.blatt, t.ref.replace(/\$/g, '')), flaeche };
}

export interface LeseOptionen {
  /**
   * Which parser reads the cells: exceljs (with the XML reader as fallback) or only the XML reader.
   * Without it, workbooks whose worksheets hold more than `GROSSE_BLAETTER` characters of XML are read
   * by the XML reader (both give the same snapshot; exceljs needs seconds for 200,000 cells), others by exceljs.
   */
  readonly leser?: 'exceljs' | 'xml';
}

/**
 * Worksheet XML (uncompressed, all sheets together) beyond which the XML reader reads the cells: a
 * ZV_Liste of all 405 Jobcenter is 0.4 MB, its ZV_Ist with 24 months 8 MB (exceljs: 4–7 s, the XML
 * reader well under one second).
 */
export const GROSSE_BLAETTER = 2_000_000;

/** Uncompressed size of the package's worksheet parts, from the zip directory (nothing is inflated). */
function blattGroesse(bytes: Uint8Array): number {
  let summe = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (/^xl\/worksheets\/[^/]+\.xml$/i.test(f.name)) summe += f.originalSize;
        return false;
      },
    });
  } catch {
    return 0;
  }
  return summe;
}

/**
 * Runs an exceljs call without its console output: exceljs warns in English on stderr (e.g. "Worksheet
 * name … exceeds 31 chars"), which a controller must not see; what matters is reported as findings.
 */
export async function ohneBibliotheksausgabe<T>(aufruf: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await aufruf();
  } finally {
    console.warn = warn;
  }
}

async function oeffneQuelle(
  bytes: Uint8Array,
  titel: string,
  optionen: LeseOptionen,
): Promise<{ quelle: Quelle; struktur: MappenStruktur }> {
  const { zip, struktur, workbookXml } = await oeffneZip(bytes, titel);
  const leser = optionen.leser ?? (blattGroesse(bytes) > GROSSE_BLAETTER ? 'xml' : 'exceljs');
  if (leser === 'exceljs') {
    // loaded only when needed: the command line spends half a second on loading exceljs alone
    const ExcelJS = await import(/* webpackChunkName: "xlsx" */ 'exceljs');
    const wb = new ExcelJS.Workbook();
    try {
      const sicher = await fuerExcelJS(bytes, zip, workbookXml);
      await ohneBibliotheksausgabe(() => wb.xlsx.load(sicher.bytes as unknown as Parameters<typeof wb.xlsx.load>[0]));
      return { quelle: ausExcelJS(wb), struktur };
    } catch {
      // exceljs fails on some valid packages (namespace prefixes such as <x:workbook>, unusual parts):
      // read the XML directly instead
    }
  }
  try {
    return { quelle: await ausXml(zip, workbookXml), struktur };
  } catch {
    throw dateiFehler(titel, 'ihr Inhalt ist beschädigt');
  }
}

/**
 * Reads an .xlsx workbook into the port's snapshot: one `BenannterBereich` for every defined name
 * and every table whose name starts with `ZV_` (case-insensitive). Throws `UnbrauchbareDatei` with
 * a German sentence when the bytes are not a readable workbook.
 */
export async function leseXlsx(daten: Uint8Array | ArrayBuffer, titel: string, optionen: LeseOptionen = {}): Promise<Arbeitsmappe> {
  const bytes = alsBytes(daten);
  const { quelle, struktur } = await oeffneQuelle(bytes, titel, optionen);
  return mappeAusQuelle(quelle, struktur, titel);
}

/** The port's snapshot from a parsed workbook: its `ZV_` names and tables (shared with the .ods reader). */
export function mappeAusQuelle(quelle: Quelle, struktur: MappenStruktur, titel: string): Arbeitsmappe {
  const bereiche: BenannterBereich[] = [];
  const zvNamen = struktur.namen.filter((n) => n.name.toLowerCase().startsWith(PRAEFIX));
  // Workbook-scoped names first; a sheet-scoped name only when no workbook-scoped one of that name exists.
  const global = new Set(zvNamen.filter((n) => n.blattIndex === undefined).map((n) => n.name.toLowerCase()));
  const gesehen = new Set<string>();
  for (const n of zvNamen) {
    const k = n.name.toLowerCase();
    if (n.blattIndex !== undefined && global.has(k)) continue;
    if (gesehen.has(k)) continue;
    gesehen.add(k);
    const flaechen = parseBezug(n.bezug);
    let zellen: Zelle[][] | null = null;
    try {
      zellen = flaechen ? leseFlaechen(quelle, flaechen) : null;
    } catch {
      zellen = null;
    }
    bereiche.push({ name: n.name, herkunft: 'name', bezug: n.bezug, zellen });
  }

  for (const t of quelle.tabellen) {
    if (!t.name.toLowerCase().startsWith(PRAEFIX)) continue;
    const tb = tabellenBereich(t);
    if (!tb) continue;
    let zellen: Zelle[][] | null = null;
    try {
      zellen = leseFlaechen(quelle, [tb.flaeche]);
    } catch {
      zellen = null;
    }
    bereiche.push({ name: t.name, herkunft: 'tabelle', bezug: tb.bezug, zellen });
  }
  return { titel, bereiche };
}
