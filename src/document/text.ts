/**
 * Text is data, never markup: every user-supplied string goes through `bereinige` (control characters
 * that XML cannot carry are removed) and is split into Word runs with real line breaks. The docx
 * package escapes &, <, > and quotes itself.
 */
import { Paragraph, Tab, TextRun, type AbsatzOptionen, type ParagraphChild } from './bausteine';
import { zahlWieEingegeben } from '../model/format';
import { fest } from './festeLeerzeichen';

// C0 controls except tab (09), line feed (0A), vertical tab (0B, Excel's line break) and carriage
// return (0D); DEL; the non-characters U+FFFE/U+FFFF; unpaired surrogates.
// control characters are matched on purpose: XML 1.0 cannot carry them
const UNGUELTIG =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML cannot carry and normalises line breaks to `\n`. */
export function bereinige(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?|\u000B|\u2028|\u2029/g, '\n').replace(UNGUELTIG, '');
}

/** A field value as display text; `undefined`, null and whitespace-only give ''. */
export function alsText(wert: unknown): string {
  if (wert === undefined || wert === null) return '';
  if (typeof wert === 'number') return Number.isFinite(wert) ? zahlWieEingegeben(wert) : '';
  return bereinige(String(wert)).trim();
}

export interface Schrift {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
}

/**
 * Runs for one block of text: `\n` becomes a line break, tabs become tab characters, and a number
 * keeps its unit and "§" its number on one line (no-break spaces, festeLeerzeichen.ts).
 */
export function laeufe(text: string, schrift: Schrift = {}): TextRun[] {
  const zeilen = fest(bereinige(text)).split('\n');
  const runs: TextRun[] = [];
  zeilen.forEach((zeile, i) => {
    const teile = zeile.split('\t');
    teile.forEach((teil, j) => {
      runs.push(new TextRun({ text: teil, break: i > 0 && j === 0 ? 1 : undefined, ...schrift }));
      if (j < teile.length - 1) runs.push(new TextRun({ children: [new Tab()], ...schrift }));
    });
  });
  return runs;
}

/** One paragraph of (possibly multi-line) text. */
export function absatz(text: string, optionen: AbsatzOptionen = {}, schrift: Schrift = {}): Paragraph {
  return new Paragraph({ ...optionen, children: laeufe(text, schrift) });
}

/**
 * Free text (descriptions, Rahmenbedingungen, Zusatztext) as paragraphs: an empty line starts a
 * new paragraph, a single line break stays a line break inside the paragraph.
 */
export function absaetze(text: string, optionen: AbsatzOptionen = {}, schrift: Schrift = {}): Paragraph[] {
  const sauber = bereinige(text).trim();
  if (sauber === '') return [];
  return sauber
    .split(/\n[ \t]*\n+/)
    .map((teil) => teil.replace(/^\n+|\n+$/g, ''))
    .filter((teil) => teil.trim() !== '')
    .map((teil) => absatz(teil, optionen, schrift));
}

/** A paragraph built from prepared runs. */
export function absatzAus(children: ParagraphChild[], optionen: AbsatzOptionen = {}): Paragraph {
  return new Paragraph({ ...optionen, children });
}
