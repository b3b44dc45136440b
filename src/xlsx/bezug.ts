/**
 * References as defined names and tables store them (`'Planung 2026'!$C$4:$D$9`, `B21`): parsed into
 * sheet and bounds. Pure text work, shared by the readers and the checked copy.
 */

export interface Flaeche {
  readonly blatt: string;
  readonly oben: number | null;
  readonly links: number | null;
  readonly unten: number | null;
  readonly rechts: number | null;
}

export function spaltenNummer(buchstaben: string): number {
  let n = 0;
  for (const ch of buchstaben.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits at commas that are not inside single quotes. */
export function teileBeiKomma(text: string): string[] {
  const teile: string[] = [];
  let aktuell = '';
  let inZitat = false;
  for (const ch of text) {
    if (ch === "'") inZitat = !inZitat;
    if (ch === ',' && !inZitat) {
      teile.push(aktuell);
      aktuell = '';
    } else aktuell += ch;
  }
  teile.push(aktuell);
  return teile.map((t) => t.trim());
}

export const ZELLE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
export const SPALTE = /^\$?([A-Za-z]{1,3})$/;
export const ZEILE = /^\$?(\d+)$/;

/**
 * Parses a defined name's reference (`Planung!$C$4`, `'Planung 2026'!$A$1:$D$9`, several areas
 * separated by commas) into areas. Returns null for anything that is not a plain reference: `#REF!`,
 * constants, formulas, references into other workbooks.
 */
export function parseBezug(bezug: string): Flaeche[] | null {
  let text = bezug.trim();
  if (text.startsWith('=')) text = text.slice(1).trim();
  while (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1).trim();
  if (text === '' || /#REF!|#BEZUG!/i.test(text)) return null;
  const flaechen: Flaeche[] = [];
  for (const teil of teileBeiKomma(text)) {
    const m = /^(?:'((?:[^']|'')+)'|([^'![\]]+))!(.+)$/.exec(teil);
    if (!m) return null;
    const blatt = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '').trim();
    const [von, bis, ...rest] = (m[3] ?? '').split(':');
    if (von === undefined || rest.length > 0) return null;
    const a = von.trim();
    const b = (bis ?? von).trim();
    const za = ZELLE.exec(a);
    const zb = ZELLE.exec(b);
    if (za && zb) {
      const r1 = Number(za[2]);
      const r2 = Number(zb[2]);
      const c1 = spaltenNummer(za[1]!);
      const c2 = spaltenNummer(zb[1]!);
      if (r1 < 1 || r2 < 1) return null;
      flaechen.push({ blatt, oben: Math.min(r1, r2), unten: Math.max(r1, r2), links: Math.min(c1, c2), rechts: Math.max(c1, c2) });
      continue;
    }
    const sa = SPALTE.exec(a);
    const sb = SPALTE.exec(b);
    if (bis !== undefined && sa && sb) {
      const c1 = spaltenNummer(sa[1]!);
      const c2 = spaltenNummer(sb[1]!);
      flaechen.push({ blatt, oben: null, unten: null, links: Math.min(c1, c2), rechts: Math.max(c1, c2) });
      continue;
    }
    const ra = ZEILE.exec(a);
    const rb = ZEILE.exec(b);
    if (bis !== undefined && ra && rb) {
      const r1 = Number(ra[1]);
      const r2 = Number(rb[1]);
      flaechen.push({ blatt, oben: Math.min(r1, r2), unten: Math.max(r1, r2), links: null, rechts: null });
      continue;
    }
    return null;
  }
  return flaechen.length > 0 ? flaechen : null;
}

export function zellPosition(a1: string): [number, number] | null {
  const m = ZELLE.exec(a1);
  return m ? [Number(m[2]), spaltenNummer(m[1]!)] : null;
}
