/**
 * Signature blocks: a line for place and date ("Lörrach, den 02.04.2024" from ZV_…_Ort/ZV_…_Datum,
 * else empty to fill by hand) with "(Ort, Datum)" below, a line for the signature, the name (left
 * blank to write on when missing) and the role with the organisation. Two blocks side by side in a
 * borderless table whose rows never split across pages; every paragraph keeps its lines together and
 * stays with the next, so the block never breaks and its rows stay together.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { unterzeichner, type Partei } from './parteien';
import { TEXTBREITE } from './stil';
import { absatz, laeufe } from './text';

/** Role and organisation below a signature: "Landrätin\ndes Landkreises Lörrach". */
export function rollenText(p: Partei): string {
  const org = p.phrase.erkannt && p.funktion ? p.phrase.genitiv : p.organisation;
  return [p.funktion, org].filter(Boolean).join('\n');
}

const ZUSAMMEN = { keepNext: true, keepLines: true } as const;

/** A line to write on, with `text` already on it (place and date) or empty. */
const linie = (text = ''): Paragraph =>
  new Paragraph({
    style: 'Unterschrift',
    ...ZUSAMMEN,
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { before: 600, after: 0 },
    indent: { right: 400 },
    children: text ? laeufe(text) : [],
  });

/**
 * The paragraphs of one signer's block. `letzte`: the block stands in the table's last row, so its
 * last paragraph need not stay with what follows the table.
 */
export function unterschriftBlock(p: Partei, letzte = true): Paragraph[] {
  const stil = { style: 'Unterschrift', ...ZUSAMMEN } as const;
  return [
    linie(p.ortDatum),
    absatz('(Ort, Datum)', stil),
    linie(),
    absatz(p.person, stil),
    absatz(rollenText(p), letzte ? { style: 'Unterschrift', keepLines: true } : stil),
  ];
}

const OHNE_RAND = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
} as const;

export function unterschriften(v: Vereinbarung): Table[] {
  const parteien = unterzeichner(v);
  const breite = Math.floor(TEXTBREITE / 2);
  const zeilen: TableRow[] = [];
  for (let i = 0; i < parteien.length; i += 2) {
    const paar = parteien.slice(i, i + 2);
    const letzte = i + 2 >= parteien.length;
    const zellen = paar.map((p) => new TableCell({ width: { size: breite, type: WidthType.DXA }, children: unterschriftBlock(p, letzte) }));
    if (zellen.length === 1)
      zellen.push(new TableCell({ width: { size: breite, type: WidthType.DXA }, children: [new Paragraph({ children: [] })] }));
    zeilen.push(new TableRow({ cantSplit: true, children: zellen }));
  }
  return [
    new Table({
      width: { size: TEXTBREITE, type: WidthType.DXA },
      columnWidths: [breite, breite],
      borders: OHNE_RAND,
      // A layout table without a header row: it says so, so Word applies no conditional formatting.
      tableLook: { firstRow: false, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
      rows: zeilen,
    }),
  ];
}
