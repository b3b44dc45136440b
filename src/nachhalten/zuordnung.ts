/**
 * Zuordnung: which `ZV_Ist` rows belong to which agreement. A workbook with one agreement takes every
 * row. With `ZV_Liste` (whose rows carry no lists, by the contract) a row of `ZV_Ist` names its
 * agreement in an optional column `Jobcenter`, matched (case-insensitively) against the `ZV_Jobcenter`
 * of the agreement, else its `ZV_Traeger`; rows without it belong to the single-cell agreement.
 */
import type { Befund, Vereinbarung } from '../model/vereinbarung';
import { LISTE_IST, type IstZeile } from './ist';

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function ordneZu(vereinbarungen: readonly Vereinbarung[], zeilen: readonly IstZeile[]): { je: IstZeile[][]; befunde: Befund[] } {
  const je: IstZeile[][] = vereinbarungen.map(() => []);
  const befunde: Befund[] = [];
  if (vereinbarungen.length <= 1) {
    if (je[0]) je[0].push(...zeilen);
    return { je, befunde };
  }
  const nachName = new Map<string, number>();
  vereinbarungen.forEach((v, i) => {
    const name = v.werte.ZV_Jobcenter ?? v.werte.ZV_Traeger;
    if (typeof name === 'string' && !nachName.has(norm(name))) nachName.set(norm(name), i);
  });
  const einzel = vereinbarungen.findIndex((v) => v.quelle.art !== 'liste');
  const unbekannt = new Set<string>();
  for (const z of zeilen) {
    const i = z.jobcenter !== undefined ? nachName.get(norm(z.jobcenter)) : einzel >= 0 ? einzel : undefined;
    if (i !== undefined) {
      je[i]!.push(z);
      continue;
    }
    const name = z.jobcenter ?? '';
    if (unbekannt.has(name)) continue;
    unbekannt.add(name);
    befunde.push({
      rule: 'IST_OHNE_VEREINBARUNG',
      severity: 'warning',
      field: LISTE_IST,
      cell: z.zelle,
      message:
        name === ''
          ? `Die Zeile ${z.zelle} in ZV_Ist nennt kein Jobcenter; bei mehreren Vereinbarungen in ZV_Liste ordnet die Spalte „Jobcenter“ jede Zeile ihrer Vereinbarung zu (gleicher Name wie in der Spalte Jobcenter bzw. Traeger von ZV_Liste).`
          : `Das Jobcenter „${name}“ aus ZV_Ist (${z.zelle}) steht in keiner Zeile von ZV_Liste; seine Monatswerte werden nicht ausgewertet. Schreiben Sie den Namen wie in der Spalte Jobcenter bzw. Traeger von ZV_Liste.`,
    });
  }
  return { je, befunde };
}
