/**
 * What the checked copy writes, whatever the file format (.xlsx/.xlsm in gepruefteKopie.ts, .ods in
 * odsKopie.ts): the highlight colours, the note prefixes, the derived values that go into empty cells.
 */
import { alleKennzahlwerte, type Pruefergebnis, type Schwere, type Wert } from '../model/vereinbarung';

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
 * The derived Planwerte of cells that held nothing, by cell address (the checked copy writes them
 * into those cells if they are still empty in the package).
 */
export function abgeleiteteWerte(e: Pruefergebnis): [string, Wert][] {
  return alleKennzahlwerte(e.vereinbarung).flatMap((k) => (!k.eingegeben && k.wert !== undefined && k.zelle ? [[k.zelle, k.wert]] : []));
}
