/**
 * Table cells of the Zielerreichungsbericht: text, right-aligned figures, a shaded Ampel cell. The
 * report is set in landscape (the tables have up to eight columns and a column for the controller's
 * comment); its tables have a fixed layout with column widths in twips chosen so that no figure and
 * no header word has to break (checked in LibreOffice by test/nachhalten/bericht-layout.test.ts).
 */
import {
  AlignmentType,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { TABELLENSTIL } from '../stil';
import { KOPFZEILE_LOOK } from '../tabelle';
import { fest } from '../festeLeerzeichen';
import { bereinige } from '../text';

/** A4 landscape in twips; the margins are the agreement's (stil.ts `seite`). */
export const QUER = { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } as const;
/** Usable text width of the landscape page in twips. */
export const BERICHT_BREITE = 16838 - 1417 - 1134;
/** Font size in the report's tables, in half-points (9 pt). */
export const TABELLEN_GROESSE = 18;

export interface Berichtszelle {
  /** The text; a "\n" is a line break (header labels break only between words). */
  readonly text: string;
  readonly rechts?: boolean;
  /** Background colour, hex without #. */
  readonly farbe?: string;
  readonly fett?: boolean;
  /** Prepared runs instead of text (the bars of the chart table). */
  readonly laeufe?: TextRun[];
}

function laeufe(d: Berichtszelle): TextRun[] {
  return fest(bereinige(d.text))
    .split('\n')
    .map(
      (zeile, i) =>
        new TextRun({
          text: zeile,
          bold: d.fett,
          color: d.farbe ? 'FFFFFF' : undefined,
          size: TABELLEN_GROESSE,
          ...(i > 0 ? { break: 1 } : {}),
        }),
    );
}

function zelle(z: Berichtszelle | string, breite: number): TableCell {
  const d: Berichtszelle = typeof z === 'string' ? { text: z } : z;
  return new TableCell({
    width: { size: breite, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(d.farbe ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: d.farbe } } : {}),
    children: [
      new Paragraph({
        alignment: d.rechts ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0 },
        children: d.laeufe ?? laeufe(d),
      }),
    ],
  });
}

/**
 * A table in the agreement's table style, header row repeated on every page, fixed layout. `breiten`
 * are the widths in twips of all columns but the last; the last gets the rest of the text width.
 */
export function berichtsTabelle(
  kopf: readonly (Berichtszelle | string)[],
  zeilen: readonly (readonly (Berichtszelle | string)[])[],
  breiten: readonly number[],
): Table {
  const rest = BERICHT_BREITE - breiten.reduce((a, b) => a + b, 0);
  if (breiten.length !== kopf.length - 1 || rest < 1000) throw new Error('Spaltenbreiten des Berichts passen nicht');
  const spalten = [...breiten, rest];
  return new Table({
    style: TABELLENSTIL,
    layout: TableLayoutType.FIXED,
    width: { size: BERICHT_BREITE, type: WidthType.DXA },
    columnWidths: spalten,
    tableLook: KOPFZEILE_LOOK,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: kopf.map((k, i) => zelle(k, spalten[i]!)) }),
      ...zeilen.map((z) => new TableRow({ cantSplit: true, children: z.map((c, i) => zelle(c, spalten[i]!)) })),
    ],
  });
}
