/**
 * The building blocks of the agreement's sections: paragraphs, runs, tabs and tables with the few
 * options the built-in layout uses, named and shaped like the `docx` package's classes so the section
 * files read as before. A block is plain data with two ways out:
 * - `alsXml(block)`: the WordprocessingML of the block, written here (the same elements, attributes
 *   and order as `docx` writes them; test/document/bausteine.test.ts compares both for every section
 *   of every example and of the 405 agreements of examples/ZV_Liste_405.xlsx). The built-in layout
 *   fills its template with it (vorlage/eingebaut.ts), so no `docx` object is built per agreement.
 * - `alsDocx(block)`: the `docx` object, for documents `docx` packs (the template itself, the
 *   comparison).
 * Pure: no fs, no Office.
 */
import * as docx from 'docx';

export const AlignmentType = docx.AlignmentType;
export const HeadingLevel = docx.HeadingLevel;
export const BorderStyle = docx.BorderStyle;
export const WidthType = docx.WidthType;
export const VerticalAlign = docx.VerticalAlign;

type Wert<T> = T[keyof T];

export interface Rand {
  readonly style: Wert<typeof docx.BorderStyle>;
  readonly size: number;
  readonly color: string;
  readonly space?: number;
}

export interface AbsatzOptionen {
  readonly heading?: Wert<typeof docx.HeadingLevel>;
  readonly style?: string;
  readonly alignment?: Wert<typeof docx.AlignmentType>;
  readonly spacing?: { readonly before?: number; readonly after?: number };
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly bullet?: { readonly level: number };
  readonly border?: { readonly bottom?: Rand };
  readonly indent?: { readonly left?: number; readonly right?: number };
}

export interface LaufOptionen {
  readonly text?: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly break?: number;
  readonly children?: readonly Tab[];
}

export class Tab {
  readonly art = 'tab';
}

export class TextRun {
  readonly art = 'lauf';
  readonly o: LaufOptionen;
  constructor(o: LaufOptionen | string) {
    this.o = typeof o === 'string' ? { text: o } : o;
  }
}

export type ParagraphChild = TextRun;

export class Paragraph {
  readonly art = 'absatz';
  readonly o: AbsatzOptionen;
  readonly children: readonly TextRun[];
  constructor(o: AbsatzOptionen & { readonly children?: readonly TextRun[] }) {
    const { children = [], ...rest } = o;
    this.o = rest;
    this.children = children;
  }
}

export interface Breite {
  readonly size: number;
  readonly type: Wert<typeof docx.WidthType>;
}

export class TableCell {
  readonly art = 'zelle';
  constructor(
    readonly o: {
      readonly children: readonly Paragraph[];
      readonly width: Breite;
      readonly rowSpan?: number;
      readonly verticalAlign?: docx.ITableCellOptions['verticalAlign'];
    },
  ) {}
}

export class TableRow {
  readonly art = 'reihe';
  constructor(readonly o: { readonly children: readonly TableCell[]; readonly tableHeader?: boolean; readonly cantSplit?: boolean }) {}
}

export interface TabellenLook {
  readonly firstRow: boolean;
  readonly lastRow: boolean;
  readonly firstColumn: boolean;
  readonly lastColumn: boolean;
  readonly noHBand: boolean;
  readonly noVBand: boolean;
}

type Raender = Readonly<Record<'top' | 'bottom' | 'left' | 'right' | 'insideHorizontal' | 'insideVertical', Rand>>;

export class Table {
  readonly art = 'tabelle';
  constructor(
    readonly o: {
      readonly rows: readonly TableRow[];
      readonly width: Breite;
      readonly columnWidths: readonly number[];
      readonly style?: string;
      readonly tableLook?: TabellenLook;
      readonly borders?: Raender;
    },
  ) {}
}

export type Block = Paragraph | Table;

// ---- WordprocessingML ------------------------------------------------------------------------

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/** The bullet list of the built-in layout: docx's default bullet numbering, the document's first list. */
const AUFZAEHLUNG = 1;

function laufXml(l: TextRun): string {
  const o = l.o;
  let pr = '';
  if (o.bold) pr += '<w:b/><w:bCs/>';
  if (o.italics) pr += '<w:i/><w:iCs/>';
  if (o.color) pr += `<w:color w:val="${o.color}"/>`;
  if (o.size !== undefined) pr += `<w:sz w:val="${o.size}"/><w:szCs w:val="${o.size}"/>`;
  let inhalt = pr ? `<w:rPr>${pr}</w:rPr>` : '';
  for (let i = 0; i < (o.break ?? 0); i++) inhalt += '<w:br/>';
  if (o.children) inhalt += o.children.map(() => '<w:tab/>').join('');
  if (o.text !== undefined) inhalt += `<w:t xml:space="preserve">${esc(o.text)}</w:t>`;
  return `<w:r>${inhalt}</w:r>`;
}

const randXml = (name: string, r: Rand): string =>
  `<w:${name} w:val="${r.style}" w:color="${r.color}" w:sz="${r.size}"${r.space !== undefined ? ` w:space="${r.space}"` : ''}/>`;

function absatzXml(p: Paragraph): string {
  const o = p.o;
  let pr = '';
  const stil = o.heading ?? o.style ?? (o.bullet ? 'ListParagraph' : undefined);
  if (stil) pr += `<w:pStyle w:val="${stil}"/>`;
  if (o.keepNext) pr += '<w:keepNext/>';
  if (o.keepLines) pr += '<w:keepLines/>';
  if (o.bullet) pr += `<w:numPr><w:ilvl w:val="${o.bullet.level}"/><w:numId w:val="${AUFZAEHLUNG}"/></w:numPr>`;
  if (o.border?.bottom) pr += `<w:pBdr>${randXml('bottom', o.border.bottom)}</w:pBdr>`;
  if (o.spacing) {
    const a = o.spacing.after !== undefined ? ` w:after="${o.spacing.after}"` : '';
    const b = o.spacing.before !== undefined ? ` w:before="${o.spacing.before}"` : '';
    pr += `<w:spacing${a}${b}/>`;
  }
  if (o.indent) {
    const l = o.indent.left !== undefined ? ` w:left="${o.indent.left}"` : '';
    const r = o.indent.right !== undefined ? ` w:right="${o.indent.right}"` : '';
    pr += `<w:ind${l}${r}/>`;
  }
  if (o.alignment) pr += `<w:jc w:val="${o.alignment}"/>`;
  const inhalt = (pr ? `<w:pPr>${pr}</w:pPr>` : '') + p.children.map(laufXml).join('');
  return inhalt ? `<w:p>${inhalt}</w:p>` : '<w:p/>';
}

const breiteXml = (name: string, b: Breite): string => `<w:${name} w:type="${b.type}" w:w="${b.size}"/>`;

function zelleXml(z: TableCell['o'], vMerge: 'restart' | 'continue' | null, inhalt: string): string {
  let pr = breiteXml('tcW', z.width);
  if (vMerge) pr += `<w:vMerge w:val="${vMerge}"/>`;
  if (z.verticalAlign) pr += `<w:vAlign w:val="${z.verticalAlign}"/>`;
  return `<w:tc><w:tcPr>${pr}</w:tcPr>${inhalt}</w:tc>`;
}

const RAENDER = [
  ['top', 'top'],
  ['left', 'left'],
  ['bottom', 'bottom'],
  ['right', 'right'],
  ['insideH', 'insideHorizontal'],
  ['insideV', 'insideVertical'],
] as const;

function tabelleXml(t: Table): string {
  const o = t.o;
  let pr = o.style ? `<w:tblStyle w:val="${o.style}"/>` : '';
  pr += breiteXml('tblW', o.width);
  if (o.borders) pr += `<w:tblBorders>${RAENDER.map(([x, n]) => randXml(x, o.borders![n])).join('')}</w:tblBorders>`;
  if (o.tableLook) {
    const l = o.tableLook;
    pr += `<w:tblLook w:firstRow="${l.firstRow}" w:lastRow="${l.lastRow}" w:firstColumn="${l.firstColumn}" w:lastColumn="${l.lastColumn}" w:noHBand="${l.noHBand}" w:noVBand="${l.noVBand}"/>`;
  }
  let xml = `<w:tbl><w:tblPr>${pr}</w:tblPr><w:tblGrid>${o.columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  // a cell spanning rows: docx writes it with vMerge "restart" and a "continue" cell of the same
  // width and alignment in each row below, at the same column
  const offen = new Map<number, { rest: number; zelle: TableCell['o'] }>();
  for (const reihe of o.rows) {
    let trPr = '';
    if (reihe.o.cantSplit !== undefined) trPr += reihe.o.cantSplit ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>';
    if (reihe.o.tableHeader !== undefined) trPr += reihe.o.tableHeader ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>';
    xml += `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}`;
    const zellen = [...reihe.o.children];
    for (let spalte = 0; zellen.length > 0 || offen.has(spalte); spalte++) {
      const weiter = offen.get(spalte);
      if (weiter) {
        xml += zelleXml(weiter.zelle, 'continue', '<w:p/>');
        if (--weiter.rest === 0) offen.delete(spalte);
        continue;
      }
      const z = zellen.shift()!.o;
      const spannt = z.rowSpan !== undefined && z.rowSpan > 1;
      if (spannt) offen.set(spalte, { rest: z.rowSpan! - 1, zelle: z });
      xml += zelleXml(z, spannt ? 'restart' : null, z.children.map(absatzXml).join(''));
    }
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}

/** The WordprocessingML of a block, as docx writes it. */
export function alsXml(b: Block): string {
  return b instanceof Table ? tabelleXml(b) : absatzXml(b);
}

// ---- docx objects ----------------------------------------------------------------------------

function laufDocx(l: TextRun): docx.TextRun {
  const { children, ...o } = l.o;
  return new docx.TextRun({ ...o, ...(children ? { children: children.map(() => new docx.Tab()) } : {}) });
}

function absatzDocx(p: Paragraph): docx.Paragraph {
  return new docx.Paragraph({ ...p.o, children: p.children.map(laufDocx) });
}

function tabelleDocx(t: Table): docx.Table {
  const { rows, columnWidths, ...o } = t.o;
  return new docx.Table({
    ...o,
    columnWidths: [...columnWidths],
    rows: rows.map(
      (r) =>
        new docx.TableRow({
          ...r.o,
          children: r.o.children.map((z) => new docx.TableCell({ ...z.o, children: z.o.children.map(absatzDocx) })),
        }),
    ),
  });
}

/** The docx object of a block. */
export function alsDocx(b: Block): docx.Paragraph | docx.Table {
  return b instanceof Table ? tabelleDocx(b) : absatzDocx(b);
}
