/** Tables of the agreement: the shared style, a repeated header row, widths as shares of the text width. */
import { Table, TableCell, TableRow, WidthType, VerticalAlign, type Paragraph } from './bausteine';
import { TABELLENSTIL, TEXTBREITE } from './stil';

/**
 * `w:tblLook` of the agreement's tables: Word applies the table style's header-row formatting only
 * when the table says it has one (LibreOffice applies it anyway). No banding, no first column.
 */
export const KOPFZEILE_LOOK = {
  firstRow: true,
  lastRow: false,
  firstColumn: false,
  lastColumn: false,
  noHBand: true,
  noVBand: true,
} as const;
import { absaetze, absatz } from './text';

export interface Zelle {
  readonly text?: string;
  /** Prepared paragraphs instead of text. */
  readonly absaetze?: Paragraph[];
  readonly zeilen?: number;
  readonly rechts?: boolean;
}

function zelle(z: Zelle | string, breite: number, kopf: boolean): TableCell {
  const daten: Zelle = typeof z === 'string' ? { text: z } : z;
  const alignment = daten.rechts ? 'right' : undefined;
  let children: Paragraph[] = daten.absaetze ?? absaetze(daten.text ?? '', { alignment });
  if (children.length === 0) children = [absatz('', { alignment })];
  return new TableCell({
    children,
    width: { size: breite, type: WidthType.DXA },
    rowSpan: daten.zeilen,
    verticalAlign: kopf ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
  });
}

/**
 * A table with a header row that repeats on every page. `anteile` are the column shares (sum 1);
 * rows may contain fewer cells where a cell above spans rows.
 */
export function tabelle(kopf: readonly string[], zeilen: readonly (readonly (Zelle | string)[])[], anteile: readonly number[]): Table {
  const breiten = anteile.map((a) => Math.round(a * TEXTBREITE));
  // Rows stay on one page unless they are long (a row taller than a page must be allowed to break).
  const kurz = (zellen: readonly (Zelle | string)[]): boolean =>
    zellen.reduce((n, z) => n + (typeof z === 'string' ? z.length : (z.text?.length ?? 0) + (z.absaetze ? 400 : 0)), 0) < 1200;
  const reihe = (zellen: readonly (Zelle | string)[], istKopf: boolean, versatz: number): TableRow =>
    new TableRow({
      tableHeader: istKopf,
      cantSplit: istKopf || kurz(zellen),
      children: zellen.map((z, i) => zelle(z, breiten[i + versatz] ?? breiten[breiten.length - 1]!, istKopf)),
    });
  const kopfReihe = reihe(kopf, true, 0);
  const rumpf = zeilen.map((z) => reihe(z, false, kopf.length - z.length));
  return new Table({
    style: TABELLENSTIL,
    width: { size: TEXTBREITE, type: WidthType.DXA },
    columnWidths: breiten,
    tableLook: KOPFZEILE_LOOK,
    rows: [kopfReihe, ...rumpf],
  });
}

/** The empty table the seeds show when a list has no rows: header plus one empty row to fill in. */
export function leereZeile(spalten: number): string[] {
  return Array.from({ length: spalten }, () => '');
}
