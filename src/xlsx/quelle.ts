/**
 * What both cell readers (exceljs and the XML reader) give: sheets with cells, merged areas and
 * tables; and reading the cells of a reference's areas from them.
 */
import type { Rohwert, Zelle } from '../lesen/port';
import { spaltenName, zellAdresse } from '../lesen/port';
import type { Flaeche } from './bezug';

/** A cell as a source reports it (without its address). */
export interface RoheZelle {
  readonly wert: Rohwert;
  readonly zahlenformat: string;
}

/** One worksheet as either reader (exceljs or the XML fallback) exposes it. */
export interface Blatt {
  readonly name: string;
  /** Last used row and column (for whole-row/whole-column references). */
  readonly zeilen: number;
  readonly spalten: number;
  zelle(zeile: number, spalte: number): RoheZelle | undefined;
  /** The master cell of the merged area the cell belongs to, or null when not merged. */
  verbund(zeile: number, spalte: number): readonly [number, number] | null;
}

export interface Tabelle {
  readonly name: string;
  readonly blatt: string;
  /** `A1:D10` as in the table part. */
  readonly ref: string;
  readonly kopfzeile: boolean;
  readonly summenzeile: boolean;
}

/** What the reader needs of a workbook, whichever parser produced it. */
export interface Quelle {
  readonly blaetter: readonly Blatt[];
  readonly tabellen: readonly Tabelle[];
}

export function findeBlatt(q: Quelle, name: string): Blatt | undefined {
  const genau = q.blaetter.find((w) => w.name === name);
  if (genau) return genau;
  const klein = name.toLowerCase();
  return q.blaetter.find((w) => w.name.toLowerCase() === klein);
}

export function zelleLesen(
  b: Blatt,
  zeile: number,
  spalte: number,
  alsVerbund = false,
  adresse = zellAdresse(b.name, `${spaltenName(spalte)}${zeile}`),
): Zelle {
  const c = b.zelle(zeile, spalte);
  if (!c) return { wert: null, zahlenformat: 'General', adresse };
  if (!alsVerbund) {
    // a covered cell of a merged area is empty (exceljs would repeat the master's value)
    const m = b.verbund(zeile, spalte);
    if (m && (m[0] !== zeile || m[1] !== spalte)) return { wert: null, zahlenformat: c.zahlenformat, adresse };
  }
  return { wert: c.wert, zahlenformat: c.zahlenformat, adresse };
}

/** Ranges with more cells than this are cut to the sheet's used range. */
export const GROSSER_BEREICH = 100_000;

export function leseFlaechen(q: Quelle, flaechen: readonly Flaeche[]): Zelle[][] | null {
  const zeilen: Zelle[][] = [];
  for (const f of flaechen) {
    const b = findeBlatt(q, f.blatt);
    if (!b) return null;
    const oben = f.oben ?? 1;
    const links = f.links ?? 1;
    // whole columns/rows end at the used range, so an `A:D` list does not yield a million rows
    let unten = f.oben === null ? Math.max(1, b.zeilen) : (f.unten ?? oben);
    let rechts = f.links === null ? Math.max(1, b.spalten) : (f.rechts ?? links);
    // a huge explicit range (A1:XFD1048576) also ends at the used range; small ones stay as defined,
    // so that a name over C4:C6 is still reported as a range where one cell is expected
    if ((unten - oben + 1) * (rechts - links + 1) > GROSSER_BEREICH) {
      unten = Math.min(unten, Math.max(oben, b.zeilen));
      rechts = Math.min(rechts, Math.max(links, b.spalten));
    }
    // a name over exactly one merged area (Excel names the whole area when a merged cell is named)
    const m = b.verbund(oben, links);
    if (m && (unten > oben || rechts > links)) {
      let gleich = true;
      for (let r = oben; r <= unten && gleich; r++) {
        for (let c = links; c <= rechts && gleich; c++) {
          const x = b.verbund(r, c);
          gleich = x !== null && x[0] === m[0] && x[1] === m[1];
        }
      }
      if (gleich) {
        zeilen.push([zelleLesen(b, m[0], m[1], true)]);
        continue;
      }
    }
    // the address text is built from parts computed once per area (a ZV_Ist list has 200,000 cells)
    const praefix = zellAdresse(b.name, '');
    const spaltenNamen: string[] = [];
    for (let c = links; c <= rechts; c++) spaltenNamen.push(praefix + spaltenName(c));
    for (let r = oben; r <= unten; r++) {
      const reihe: Zelle[] = [];
      for (let c = links; c <= rechts; c++) reihe.push(zelleLesen(b, r, c, false, spaltenNamen[c - links]! + r));
      zeilen.push(reihe);
    }
  }
  return zeilen;
}
