/**
 * What the checked copy writes, whatever the file format (.xlsx/.xlsm in gepruefteKopie.ts, .ods in
 * odsKopie.ts): the highlight colours, the note prefixes, the derived values that go into empty cells.
 */
import type { FeldName } from '../catalogue/felder';
import type { Pruefergebnis, Schwere, Wert } from '../model/vereinbarung';

/** Highlight fills: error light red, warning light orange, info light blue. */
export const MARKIERUNG: Record<Schwere, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

/** The tag in the highlight's formula; the same as the Excel pane's (src/excel/umgebung.ts). */
export const KENNUNG = 'Zielplaner-Markierung';

export const PRAEFIX: Record<Schwere, string> = { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' };
export const RANG: Record<Schwere, number> = { error: 0, warning: 1, info: 2 };

/** Splits `'Planung 2026'!C12` into sheet and cell. */
export function zerlegeAdresse(adresse: string): { blatt: string; zelle: string } | null {
  const i = adresse.lastIndexOf('!');
  if (i < 0) return null;
  const roh = adresse.slice(0, i);
  const zelle = adresse.slice(i + 1).replace(/\$/g, '');
  if (!/^[A-Za-z]{1,3}\d+$/.test(zelle)) return null;
  const blatt = roh.startsWith("'") && roh.endsWith("'") ? roh.slice(1, -1).replace(/''/g, "'") : roh;
  return { blatt, zelle: zelle.toUpperCase() };
}

/**
 * The derived values of cells that held nothing, by cell address (the checked copy writes them into
 * those cells if they are still empty in the package): the Planwerte of IQ and LZB, and every other
 * field the rules derive, such as the integrations total (Frauen + Männer, issue 12). A field counts
 * as derived when it has a value in force, a cell, and was not entered.
 */
export function abgeleiteteWerte(e: Pruefergebnis): [string, Wert][] {
  const v = e.vereinbarung;
  return (Object.keys(v.werte) as FeldName[]).flatMap((feld) => {
    const zelle = v.zellen[feld];
    const wert = v.werte[feld];
    return !v.eingegeben.has(feld) && zelle !== undefined && wert !== undefined ? [[zelle, wert] as [string, Wert]] : [];
  });
}
