/**
 * The look of every agreement: Word's built-in heading styles (so the navigation pane and a table
 * of contents work), a table style with a shaded header row, German language on all text, A4 with
 * sensible margins, and a footer with the page number.
 */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun, type ISectionOptions, type IStylesOptions, Header } from 'docx';
import { bereinige } from './text';

export const SCHRIFT = 'Arial';
export const SPRACHE = { value: 'de-DE' } as const;
/** Id of the table style every table uses. */
export const TABELLENSTIL = 'Zieltabelle';

const TABELLENSTIL_XML = `<w:style w:type="table" w:styleId="${TABELLENSTIL}">
<w:name w:val="Zielplaner Tabelle"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
<w:tblPr><w:tblBorders>
<w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>
</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>
<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>
</w:style>`;

function ueberschrift(groesse: number, ebene: number, vorher: number) {
  return {
    run: { font: SCHRIFT, size: groesse, bold: true, color: '1F3864', language: SPRACHE },
    paragraph: { outlineLevel: ebene, keepNext: true, keepLines: true, spacing: { before: vorher, after: 120 } },
  };
}

export function stile(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: SCHRIFT, size: 22, language: SPRACHE },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: {
        run: { font: SCHRIFT, size: 40, bold: true, color: '1F3864', language: SPRACHE },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
      },
      heading1: ueberschrift(28, 0, 360),
      heading2: ueberschrift(24, 1, 240),
      heading3: ueberschrift(22, 2, 200),
      listParagraph: { run: { language: SPRACHE } },
    },
    paragraphStyles: [
      {
        id: 'Fussnote',
        name: 'Fußnote Zielvereinbarung',
        basedOn: 'Normal',
        run: { size: 18, language: SPRACHE },
        paragraph: { spacing: { before: 240 } },
      },
      {
        id: 'Unterschrift',
        name: 'Unterschrift',
        basedOn: 'Normal',
        run: { size: 20, language: SPRACHE },
        paragraph: { spacing: { after: 0 }, keepNext: true, keepLines: true },
      },
    ],
  };
}

/**
 * The table style, given to docx as "external" styles: docx then merges its default styles (with the
 * options of `stile()`) around it, where `importedStyles` would replace them.
 */
export const EXTERNE_STILE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${TABELLENSTIL_XML.replace(/\n/g, '')}</w:styles>`;

/** A4 portrait, 2,5 cm left, 2 cm right, 2 cm top and bottom, footer with "Seite n von m". */
/** The draft mark of a document made despite error findings, in every page's header. */
export const ENTWURF = 'Entwurf – enthält Fehler';

export function seite(fusszeile: string, entwurf = false): Pick<ISectionOptions, 'properties' | 'footers' | 'headers'> {
  return {
    ...(entwurf
      ? {
          headers: {
            default: new Header({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ text: ENTWURF, bold: true, size: 24, color: 'C00000' })],
                }),
              ],
            }),
          },
        }
      : {}),
    properties: {
      page: {
        // A4 in twips as Word writes it (210 × 297 mm); margins 2,5 cm left, 2 cm elsewhere, footer 1 cm
        size: { width: 11906, height: 16838 },
        margin: { top: 1134, bottom: 1134, left: 1417, right: 1134, footer: 567, header: 567 },
      },
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: `${bereinige(fusszeile)} – Seite `, size: 16, color: '595959' }),
              new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '595959' }),
              new TextRun({ text: ' von ', size: 16, color: '595959' }),
              new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: '595959' }),
            ],
          }),
        ],
      }),
    },
  };
}

/** Usable text width in twips (A4 minus margins), for table column widths. */
export const TEXTBREITE = 11906 - 1417 - 1134;
