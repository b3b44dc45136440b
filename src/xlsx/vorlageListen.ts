/**
 * The planning template's lists: which sheet holds which lists of the catalogue, and one list each as
 * an Excel table (or a named range with a header row) under its title and column explanation.
 * A new sheet of lists is one more entry in `LISTENBLAETTER`.
 */
import type * as ExcelJS from 'exceljs';
import { LISTE, LISTEN, type Art, type Liste } from '../catalogue/felder';
import { spaltenName } from '../lesen/port';
import { FARBE_EINGABE, FARBE_GRUPPE, fuellung, listenTabelle, RAHMEN, zeilenhoehe } from './vorlageStil';

export const BLATT_ZIELE = 'Ziele';

export type ListenZeile = readonly (string | number | null)[];

/** A sheet of lists: its default name and the catalogue lists it shows (those of the kind). */
export interface Listenblatt {
  readonly blatt: string;
  readonly zeigt: (liste: Liste) => boolean;
}

/** The sheets of plain lists in order; ZV_Ist has a sheet of its own (vorlageNachhaltung.ts). */
export const LISTENBLAETTER: readonly Listenblatt[] = [{ blatt: BLATT_ZIELE, zeigt: (l) => l.name !== LISTE.ZV_Ist }];

export interface ListenOptionen {
  /** List rows by list name, cells in the catalogue's column order. */
  readonly listen?: Readonly<Record<string, readonly ListenZeile[]>>;
  /** Name of the (first) sheet of lists instead of "Ziele". */
  readonly listenBlatt?: string;
  /** Lists as defined names over a range with a header row instead of Excel tables. */
  readonly listenAlsBereich?: boolean;
}

/** `Sheet!$A$1`, the sheet name quoted when it needs to be. */
export function absolut(blatt: string, spalte: number, zeile: number): string {
  const q = /^[A-Za-z_][A-Za-z0-9_]*$/.test(blatt) ? blatt : `'${blatt.replace(/'/g, "''")}'`;
  return `${q}!$${spaltenName(spalte)}$${zeile}`;
}

/** Column widths of a sheet of lists: per column position the widest use among its lists. */
function listenBreiten(listen: readonly Liste[]): number[] {
  const breite = (typ: string, name: string): number => (typ === 'zahl' ? 12 : typ === 'vergleich' ? 14 : name === 'Ziel' ? 36 : 70);
  const out: number[] = [];
  for (const l of listen) l.spalten.forEach((sp, i) => (out[i] = Math.max(out[i] ?? 0, breite(sp.typ, sp.name))));
  return out;
}

/** Writes one list from row `zeile` on and returns the first row after it (with a blank row). */
function baueListe(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  liste: Liste,
  zeile: number,
  zeilen: readonly ListenZeile[],
  alsBereich: boolean,
): number {
  const titel = ws.getCell(zeile, 1);
  titel.value = liste.bezeichnung;
  titel.font = { name: 'Calibri', bold: true, size: 12 };
  const erklaerung = ws.getCell(zeile + 1, 1);
  erklaerung.value = liste.spalten.map((s) => `${s.name}: ${s.bezeichnung}${s.pflicht ? '' : ' (optional)'}`).join(' · ');
  erklaerung.font = { name: 'Calibri', size: 11, italic: true, color: { argb: 'FF595959' } };
  const kopf = zeile + 2;
  const daten = zeilen.length > 0 ? zeilen : [liste.spalten.map(() => null), liste.spalten.map(() => null), liste.spalten.map(() => null)];
  const breite = liste.spalten.length;
  const normiert = daten.map((r) => liste.spalten.map((_, i) => r[i] ?? null));
  if (alsBereich) {
    liste.spalten.forEach((s, i) => {
      const c = ws.getCell(kopf, i + 1);
      c.value = s.name;
      c.font = { name: 'Calibri', size: 11, bold: true };
      c.fill = fuellung(FARBE_GRUPPE);
      c.border = RAHMEN;
    });
    normiert.forEach((r, j) => {
      r.forEach((w, i) => {
        const c = ws.getCell(kopf + 1 + j, i + 1);
        c.value = w;
        c.border = RAHMEN;
      });
    });
    wb.definedNames.add(`${absolut(ws.name, 1, kopf)}:$${spaltenName(breite)}$${kopf + normiert.length}`, liste.name);
  } else {
    listenTabelle(
      ws,
      liste,
      kopf,
      normiert.map((r) => [...r]),
    );
  }
  const breiten = listenBreiten([liste]);
  for (let j = 0; j < normiert.length; j++) {
    const texte = normiert[j]!.map((w, i) => ({
      text: w === null ? '' : String(w),
      breite: ws.getColumn(i + 1).width ?? breiten[i] ?? 10,
    }));
    ws.getRow(kopf + 1 + j).height = zeilenhoehe(texte, zeilen.length > 0 ? 15 : 30);
    for (let i = 0; i < breite; i++) {
      const c = ws.getCell(kopf + 1 + j, i + 1);
      c.alignment = { wrapText: true, vertical: 'top' };
      c.fill = fuellung(FARBE_EINGABE);
      const spalte = liste.spalten[i]!;
      if (spalte.typ === 'vergleich') {
        c.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: ['"<=,>=,="'],
          showErrorMessage: true,
          errorTitle: 'Ungültiger Vergleich',
          error: 'Wählen Sie <=, >= oder = aus der Liste.',
        };
      }
      if (spalte.typ === 'zahl') c.numFmt = '#,##0.##';
    }
  }
  return kopf + normiert.length + 2;
}

/** Adds the sheets of lists for a kind (a sheet without lists of that kind is left out). */
export function baueListenblaetter(wb: ExcelJS.Workbook, art: Art, o: ListenOptionen): void {
  const vergeben = new Set<string>();
  LISTENBLAETTER.forEach((lb, i) => {
    const listen = LISTEN.filter((l) => l.arten.includes(art) && lb.zeigt(l) && !vergeben.has(l.name));
    for (const l of listen) vergeben.add(l.name);
    if (listen.length === 0) return;
    const ws = wb.addWorksheet(i === 0 && o.listenBlatt ? o.listenBlatt : lb.blatt);
    ws.columns = listenBreiten(listen).map((width) => ({ width }));
    ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    let z = 1;
    for (const liste of listen) z = baueListe(wb, ws, liste, z, o.listen?.[liste.name] ?? [], o.listenAlsBereich ?? false);
  });
}
