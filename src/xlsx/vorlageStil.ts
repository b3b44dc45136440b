/**
 * The planning template's look: its fill colours and the legend that names every one of them, cell
 * borders, estimated row heights, and the short instructions beside the fields.
 */
import type * as ExcelJS from 'exceljs';
import type { Liste } from '../catalogue/felder';

/** Fill colours: input, computed-but-may-be-overwritten, computed, group and list headers. */
export const FARBE_EINGABE = 'FFFFF2CC';
export const FARBE_VORSCHLAG = 'FFE2EFDA';
export const FARBE_BERECHNET = 'FFD9D9D9';
export const FARBE_GRUPPE = 'FFDDEBF7';

/** Every fill colour the template uses, with its meaning; the legend shows exactly these. */
export const LEGENDE: readonly (readonly [string, string])[] = [
  [FARBE_EINGABE, 'Eingabe'],
  [FARBE_VORSCHLAG, 'Berechnet – darf durch einen vereinbarten Wert ersetzt werden'],
  [FARBE_BERECHNET, 'Berechnet (nachrichtlich); ein eingetragener Wert wird gegen die Berechnung geprüft'],
  [FARBE_GRUPPE, 'Überschrift einer Gruppe, Spaltenköpfe einer Liste (nichts eintragen)'],
];

export function fuellung(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export const RAHMEN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

/** One short line each, so that the block beside the fields needs no row heights of its own. */
export const HINWEISE: readonly string[] = [
  'So füllen Sie das Planungsblatt aus',
  '1. Gelbe Zellen sind Eingaben. Zahlen ohne Einheit eintragen: 19,5 für 19,5 %; 4242 für 4.242 Personen.',
  '    Art und Zieljahr sind schon eingetragen; Angaben mit * sind Pflicht.',
  '2. Je Geschlecht: Vorjahreswert und entweder die Veränderung in % oder den Zielwert.',
  '    Grüne Zellen berechnen den Zielwert aus Vorjahr und Veränderung.',
  '    Ist der Zielwert direkt vereinbart, überschreiben Sie die Formel mit dem Wert.',
  '3. Graue Zellen (gesamt, nachrichtlich) berechnet das Blatt:',
  '    Integrationsquote gesamt = mit dem eLb-Bestand gewichtetes Mittel von Frauen und Männern,',
  '    LZB-Bestand gesamt = Frauen + Männer (ganze Personen).',
  '4. Veränderungen sind relativ zum Vorjahr, nicht in Prozentpunkten (20,0 → 19,9 ist −0,5 %).',
  '5. Lokale, kommunale und weitere Ziele auf dem Blatt „Ziele“ eintragen, ein Ziel je Zeile.',
  '6. Die Namen in Spalte D verbinden die Zellen mit Zielplaner; bitte nicht umbenennen.',
  '    Prüfen: im Add-in „Zielplaner“, auf der Browserseite oder mit „zielplaner validate Datei.xlsx“.',
];

/** Writes the legend (one filled cell per colour), the mark for required fields and the instructions. */
export function schreibeLegende(ws: ExcelJS.Worksheet, spalte: number, zeile: number): void {
  const titel = ws.getCell(zeile, spalte);
  titel.value = 'Legende und Hinweise';
  titel.font = { name: 'Calibri', size: 11, bold: true };
  LEGENDE.forEach(([farbe, text], i) => {
    const c = ws.getCell(zeile + 1 + i, spalte);
    c.value = text;
    c.fill = fuellung(farbe);
    c.border = RAHMEN;
  });
  const stern = zeile + 1 + LEGENDE.length;
  ws.getCell(stern, spalte).value = '* Pflichtangabe für diese Art der Vereinbarung';
  HINWEISE.forEach((t, i) => {
    const c = ws.getCell(stern + 2 + i, spalte);
    c.value = t;
    if (i === 0) c.font = { name: 'Calibri', size: 11, bold: true };
  });
}

/** Excel does not fit row heights to wrapped text written by a library: estimate them (Calibri 11). */
export function zeilenhoehe(zellen: readonly { text: string; breite: number }[], mindestens = 15): number {
  let zeilen = 1;
  for (const { text, breite } of zellen) {
    const proZeile = Math.max(1, Math.floor(breite * 1.15));
    const n = text.split('\n').reduce((summe, absatz) => summe + Math.max(1, Math.ceil(absatz.length / proZeile)), 0);
    zeilen = Math.max(zeilen, n);
  }
  return Math.min(409, Math.max(mindestens, zeilen * 15 + 3));
}

/** A list as an Excel table (ListObject) with its header row at `kopf`: the layout of every list sheet of the template. */
export function listenTabelle(ws: ExcelJS.Worksheet, liste: Liste, kopf: number, zeilen: unknown[][]): void {
  ws.addTable({
    name: liste.name,
    displayName: liste.name,
    ref: `A${kopf}`,
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: liste.spalten.map((s) => ({ name: s.name, filterButton: true })),
    rows: zeilen,
  });
}
