/**
 * Zielnachhaltung (domain.md): the agreed targets followed through the year from the monthly
 * published values in `ZV_Ist`. Pure: works on the workbook snapshot and the checked agreements.
 */
import { hatFehler, type Befund, type Pruefergebnis } from '../model/vereinbarung';
import type { Arbeitsmappe } from '../lesen/port';
import { LISTE_IST, leseIst } from './ist';
import { berechneNachhaltung, type Nachhaltung } from './nachhaltung';
import { ordneZu } from './zuordnung';

export type { Nachhaltung, Kennzahlstand, Monatspunkt } from './nachhaltung';
export { stellenVon, rundeWert } from './nachhaltung';
export type { Ampel } from './ampel';
export { AMPEL_TEXT, AMPEL_FARBE } from './ampel';
export type { IstKennzahl, IstZeile } from './ist';
export { leseIst, datumDeutsch, monatsText, LISTE_IST } from './ist';

/** Follows every agreement of the workbook (as checked by the core) through its target year. */
export function nachhalten(mappe: Arbeitsmappe, ergebnisse: readonly Pruefergebnis[]): Nachhaltung[] {
  const ist = leseIst(mappe);
  const allgemein: Befund[] = [...ist.befunde];
  if (!ist.vorhanden) {
    allgemein.push({
      rule: 'IST_FEHLT',
      severity: 'error',
      field: LISTE_IST,
      cell: null,
      message:
        'Die Arbeitsmappe enthält keine Liste ZV_Ist mit den Monatswerten. Legen Sie eine Tabelle ZV_Ist mit den Spalten Monat, Kennzahl, Frauen, Maenner, Gesamt, Datenstand und Wartezeit an (die Vorlage hat dafür das Blatt „Zielnachhaltung“).',
    });
  }
  const vereinbarungen = ergebnisse.map((r) => r.vereinbarung);
  const { je, befunde: zuordnung } = ordneZu(vereinbarungen, ist.zeilen);
  allgemein.push(...zuordnung);
  return ergebnisse.map((r, i) => {
    const vorab: Befund[] = i === 0 ? allgemein : [];
    if (hatFehler(r.befunde)) {
      vorab.push({
        rule: 'IST_VEREINBARUNG_FEHLERHAFT',
        severity: 'warning',
        field: LISTE_IST,
        cell: null,
        message: `Die Vereinbarung ${r.vereinbarung.quelle} hat ${r.befunde.filter((b) => b.severity === 'error').length} Fehler (zielplaner validate zeigt sie); Soll und Ziel beruhen auf ihren Werten, wie sie eingetragen sind.`,
      });
    }
    return berechneNachhaltung(r.vereinbarung, je[i] ?? [], vorab);
  });
}
export * from './anzeige';
export { folgejahr, type Folgejahr } from './folgejahr';
