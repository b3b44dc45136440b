/**
 * The reading port: what any workbook source (an .xlsx file via exceljs, or the open workbook via
 * Office.js) yields for the core. It is a plain snapshot; the core never calls back into a source.
 *
 * For every defined name or table whose name starts with `ZV_` (case-insensitive) a source yields
 * one `BenannterBereich`. Single-cell names have a 1×1 `zellen`; lists have a header row first.
 */

/** An Excel error value such as `#NV`, `#DIV/0!`, `#BEZUG!` (as the source reports it). */
export interface ExcelFehler {
  readonly fehler: string;
}

export type Rohwert = number | string | boolean | Date | null | ExcelFehler;

export interface Zelle {
  /** The cell's value (for a formula: its last computed result). */
  readonly wert: Rohwert;
  /** The number format code, e.g. `0.0%`, `#,##0`, `General`. */
  readonly zahlenformat: string;
  /** `Sheet!A1`, with the sheet name quoted where Excel quotes it: `'Planung 2026'!C12`. */
  readonly adresse: string;
}

export interface BenannterBereich {
  /** The name as defined (`ZV_Jahr`, `zv_iq_ziel_frauen`, …); matched case-insensitively. */
  readonly name: string;
  /** `name` for a defined name, `tabelle` for an Excel table (ListObject). */
  readonly herkunft: 'name' | 'tabelle';
  /** What the name refers to as text (`Planung!$C$4`, `#REF!`), for messages. */
  readonly bezug: string;
  /** The cells, row by row; `null` when the reference is broken (#REF!, deleted sheet). */
  readonly zellen: readonly (readonly Zelle[])[] | null;
}

export interface Arbeitsmappe {
  /** File name or workbook title, for reports. */
  readonly titel: string;
  readonly bereiche: readonly BenannterBereich[];
}

/** Quotes a sheet name as Excel does in a reference, when it needs quoting. */
export function blattname(name: string): string {
  return /^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet!A1` from a sheet name and a plain (no `$`) cell address. */
export function zellAdresse(blatt: string, a1: string): string {
  return `${blattname(blatt)}!${a1.replace(/\$/g, '')}`;
}

/** Column letters for a 1-based column number (1 → A, 27 → AA). */
export function spaltenName(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}
