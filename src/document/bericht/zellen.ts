/** Table cells of the Zielerreichungsbericht: text, right-aligned figures, a shaded Ampel cell. */
import { ShadingType, TableCell, TableRow, Table, TextRun, WidthType, VerticalAlign, Paragraph, AlignmentType } from 'docx';
import { TABELLENSTIL, TEXTBREITE } from '../stil';
import { KOPFZEILE_LOOK } from '../tabelle';
import { fest } from '../festeLeerzeichen';
import { bereinige } from '../text';

export interface Berichtszelle {
  readonly text: string;
  readonly rechts?: boolean;
  /** Background colour, hex without #. */
  readonly farbe?: string;
  readonly fett?: boolean;
  /** Prepared runs instead of text (the bars of the chart table). */
  readonly laeufe?: TextRun[];
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
        children: d.laeufe ?? [new TextRun({ text: fest(bereinige(d.text)), bold: d.fett, color: d.farbe ? 'FFFFFF' : undefined })],
      }),
    ],
  });
}

/** A table in the agreement's table style, header row repeated on every page. */
export function berichtsTabelle(
  kopf: readonly string[],
  zeilen: readonly (readonly (Berichtszelle | string)[])[],
  anteile: readonly number[],
): Table {
  const breiten = anteile.map((a) => Math.round(a * TEXTBREITE));
  return new Table({
    style: TABELLENSTIL,
    width: { size: TEXTBREITE, type: WidthType.DXA },
    columnWidths: breiten,
    tableLook: KOPFZEILE_LOOK,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: kopf.map((k, i) => zelle(k, breiten[i]!)) }),
      ...zeilen.map((z) => new TableRow({ cantSplit: true, children: z.map((c, i) => zelle(c, breiten[i]!)) })),
    ],
  });
}
