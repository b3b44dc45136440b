/**
 * Highlights: the findings' cells get a tagged conditional format (a custom rule that is always true
 * and names Zielplaner), so the user's own formats and conditional formats stay exactly as they were.
 *
 * The add-in finds its highlights by that tag in each sheet's conditional formats
 * (`sheet.getRange().conditionalFormats`, "a collection of conditional formats that intersect with the
 * range", ExcelApi 1.6) — never by remembered addresses, which go stale when a sheet is renamed or
 * deleted, rows are inserted or sorted, or a sheet is copied. Protected sheets
 * (`worksheet.protection.protected`, ExcelApi 1.2) refuse conditional formats, so they are skipped
 * and named in a German note. Four syncs whatever the number of cells, none in a loop.
 */
import type { Befund, Schwere } from '../model/vereinbarung';
import { trenneAdresse } from './adresse';

/** Light fills that keep text readable; one per severity. */
export const MARKIERUNGSFARBEN: Readonly<Record<Schwere, string>> = { error: '#F8D7DA', warning: '#FFF4CE', info: '#DEECF9' };
/** The custom rule of the add-in's conditional formats; it tags them as ours. N("…")=0 is always TRUE. */
export const MARKIERUNGSKENNUNG = 'Zielplaner-Markierung';
export const MARKIERUNGSREGEL = `=N("${MARKIERUNGSKENNUNG}")=0`;

const SCHWERE_RANG: Record<Schwere, number> = { error: 3, warning: 2, info: 1 };

/** The cells to highlight (findings and their related cells), each with the worst severity found there. */
export function gewuenschteMarkierungen(befunde: readonly Befund[]): Map<string, Schwere> {
  const schwere = new Map<string, Schwere>();
  for (const b of befunde) {
    for (const adresse of [b.cell, ...(b.related ?? [])]) {
      if (!adresse) continue;
      const bisher = schwere.get(adresse);
      if (!bisher || SCHWERE_RANG[b.severity] > SCHWERE_RANG[bisher]) schwere.set(adresse, b.severity);
    }
  }
  return schwere;
}

/** Equal for equal highlights, whatever the order of the findings. */
export function markierungsSchluessel(markierungen: ReadonlyMap<string, Schwere>): string {
  return JSON.stringify([...markierungen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const liste = (namen: Iterable<string>): string => [...namen].map((n) => `„${n}“`).join(', ');

/**
 * Removes the add-in's highlights from every unprotected sheet and sets `gewuenscht` (empty: remove
 * only). Returns a German note about protected sheets, or undefined.
 */
export async function markierungenSetzen(
  context: Excel.RequestContext,
  gewuenscht: ReadonlyMap<string, Schwere>,
): Promise<string | undefined> {
  const blaetter = context.workbook.worksheets;
  blaetter.load('items/name,items/protection/protected');
  await context.sync();

  const sammlungen = blaetter.items.map((blatt) => {
    const formate = blatt.getRange().conditionalFormats;
    formate.load('items/type');
    return { blatt, formate };
  });
  await context.sync();

  const eigene = sammlungen.flatMap(({ blatt, formate }) =>
    formate.items.filter((f) => f.type === Excel.ConditionalFormatType.custom).map((format) => ({ blatt, format })),
  );
  for (const { format } of eigene) format.custom.rule.load('formula');
  if (eigene.length > 0) await context.sync();

  const geschuetztMitMarkierung = new Set<string>();
  for (const { blatt, format } of eigene) {
    if (!String(format.custom.rule.formula).includes(MARKIERUNGSKENNUNG)) continue;
    if (blatt.protection.protected) geschuetztMitMarkierung.add(blatt.name);
    else format.delete();
  }
  const nachName = new Map(blaetter.items.map((b) => [b.name.toLowerCase(), b]));
  const geschuetztOhne = new Set<string>();
  for (const [adresse, schwere] of gewuenscht) {
    const { blatt, bereich } = trenneAdresse(adresse);
    const ziel = nachName.get(blatt.toLowerCase());
    if (!ziel) continue; // the sheet is gone since the check: nothing to highlight there
    if (ziel.protection.protected) {
      geschuetztOhne.add(ziel.name);
      continue;
    }
    const format = ziel.getRange(bereich).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = MARKIERUNGSREGEL;
    format.custom.format.fill.color = MARKIERUNGSFARBEN[schwere];
  }
  await context.sync();

  const hinweise: string[] = [];
  if (geschuetztOhne.size > 0)
    hinweise.push(
      `${geschuetztOhne.size === 1 ? 'Das Blatt' : 'Die Blätter'} ${liste(geschuetztOhne)} ${geschuetztOhne.size === 1 ? 'ist' : 'sind'} geschützt; die Befunde dort sind nicht markiert. Heben Sie den Blattschutz auf, um sie zu markieren.`,
    );
  if (geschuetztMitMarkierung.size > 0)
    hinweise.push(
      `Auf ${geschuetztMitMarkierung.size === 1 ? 'dem geschützten Blatt' : 'den geschützten Blättern'} ${liste(geschuetztMitMarkierung)} bleiben ältere Markierungen, bis der Blattschutz aufgehoben ist.`,
    );
  return hinweise.length > 0 ? hinweise.join(' ') : undefined;
}
