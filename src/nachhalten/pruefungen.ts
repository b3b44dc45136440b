/**
 * Checks of one agreement's monthly values (German messages, with cells):
 * - IST_MONAT_DOPPELT: a month of a Kennzahl twice with different values (the first row counts);
 * - IST_VORJAHR_FEHLT: a target-year month without the previous year's same month (no Soll);
 * - IST_WARTEZEIT_GEMISCHT / IST_DATENSTAND_GEMISCHT: one comparison mixes Wartezeit or Datenstand
 *   (the comparison must be at the same Ladestand);
 * - IST_IQ_FAELLT: an IQ JFW below an earlier month of the same year (integrations only add up).
 */
import { GESCHLECHTER, type Geschlecht } from '../catalogue/felder';
import { zahl } from '../model/format';
import type { Befund } from '../model/vereinbarung';
import { datumDeutsch, LISTE_IST, monatsText, type IstKennzahl, type IstZeile } from './ist';
import type { Vorgaben } from './vorgaben';

const GESCHLECHT_WORT: Record<Geschlecht, string> = { Frauen: 'Frauen', Maenner: 'Männer', Gesamt: 'Gesamt' };

const KENNZAHL_NR: Record<IstKennzahl, number> = { IQ: 1, LZB: 2, LLU: 3 };

/** The key of a Kennzahl's month (a number: 405 agreements look up 90,000 of them). */
export const schluessel = (k: IstKennzahl, jahr: number, monat: number): number => KENNZAHL_NR[k] * 1_000_000 + jahr * 100 + monat;

function gleich(a: IstZeile, b: IstZeile): boolean {
  return GESCHLECHTER.every((g) => a.werte[g]?.wert === b.werte[g]?.wert);
}

function wertText(z: IstZeile): string {
  const s = GESCHLECHTER.filter((g) => z.werte[g] !== undefined).map(
    (g) => `${GESCHLECHT_WORT[g]} ${zahl(z.werte[g]!.wert, z.kennzahl === 'IQ' ? 1 : 0)}`,
  );
  return s.join(', ') || 'keine Werte';
}

/** Rows by Kennzahl, year and month (the first of equal rows), and findings about doubled months. */
export function eindeutigeMonate(zeilen: readonly IstZeile[]): { monate: Map<number, IstZeile>; befunde: Befund[] } {
  const monate = new Map<number, IstZeile>();
  const befunde: Befund[] = [];
  for (const z of zeilen) {
    const k = schluessel(z.kennzahl, z.jahr, z.monat);
    const erste = monate.get(k);
    if (!erste) {
      monate.set(k, z);
      continue;
    }
    if (gleich(erste, z)) continue;
    befunde.push({
      rule: 'IST_MONAT_DOPPELT',
      severity: 'error',
      field: LISTE_IST,
      cell: z.zelle,
      related: [erste.zelle],
      message: `Der Monat ${monatsText(z.jahr, z.monat)} der Kennzahl ${z.kennzahl} steht zweimal in ZV_Ist mit verschiedenen Werten: ${erste.zelle} (${wertText(erste)}) und ${z.zelle} (${wertText(z)}). Gerechnet wird mit der ersten Zeile; löschen Sie die überholte Zeile.`,
    });
  }
  return { monate, befunde };
}

export function pruefeMonate(monate: ReadonlyMap<number, IstZeile>, jahr: number, vorgaben: Vorgaben): Befund[] {
  const befunde: Befund[] = [];
  const ladestand = new Set<string>();
  for (const z of monate.values()) {
    if (z.jahr !== jahr) continue;
    const vj = monate.get(schluessel(z.kennzahl, jahr - 1, z.monat));
    const mt = monatsText(jahr, z.monat);
    const vjt = monatsText(jahr - 1, z.monat);
    // only where a Soll is wanted: the agreement gives a change for that gender
    const ohne =
      vj && GESCHLECHTER.every((g) => z.werte[g] === undefined || vj.werte[g] !== undefined)
        ? []
        : GESCHLECHTER.filter(
            (g) => z.werte[g] !== undefined && vorgaben[z.kennzahl][g].veraenderung !== undefined && vj?.werte[g] === undefined,
          );
    if (ohne.length > 0) {
      befunde.push({
        rule: 'IST_VORJAHR_FEHLT',
        severity: 'warning',
        field: LISTE_IST,
        cell: z.zelle,
        message: `Für ${z.kennzahl} ${ohne.map((g) => GESCHLECHT_WORT[g]).join(', ')} im Monat ${mt} fehlt der Vorjahreswert ${vjt} in ZV_Ist; ohne ihn gibt es kein Soll für diesen Monat. Tragen Sie den Jahresfortschrittswert des Vorjahresmonats nach (gleicher Ladestand).`,
      });
    }
    if (!vj) continue;
    const dez = monate.get(schluessel(z.kennzahl, jahr - 1, 12));
    const vergleich = [z, vj, ...(dez && dez !== vj ? [dez] : [])];
    const wz = new Set(vergleich.map((x) => x.wartezeit).filter((x) => x !== undefined));
    if (wz.size > 1 && !ladestand.has(`W|${z.kennzahl}`)) {
      ladestand.add(`W|${z.kennzahl}`);
      befunde.push({
        rule: 'IST_WARTEZEIT_GEMISCHT',
        severity: 'error',
        field: LISTE_IST,
        cell: z.zelle,
        related: vergleich.filter((x) => x !== z).map((x) => x.zelle),
        message: `Der Vergleich ${z.kennzahl} ${mt} mischt Werte mit verschiedener Wartezeit (${vergleich
          .map((x) => `${monatsText(x.jahr, x.monat)}: ${x.wartezeit === undefined ? 'ohne Angabe' : `${x.wartezeit} Monate`}`)
          .join(', ')}). Verglichen werden darf nur beim gleichen Ladestand: tragen Sie alle Werte mit derselben Wartezeit ein.`,
      });
    }
    const ds = new Set([z.datenstand, vj.datenstand].filter((x) => x !== undefined));
    if (ds.size > 1 && !ladestand.has(`D|${z.kennzahl}`)) {
      ladestand.add(`D|${z.kennzahl}`);
      befunde.push({
        rule: 'IST_DATENSTAND_GEMISCHT',
        severity: 'warning',
        field: LISTE_IST,
        cell: z.zelle,
        related: [vj.zelle],
        message: `Der Vergleich ${z.kennzahl} ${mt} nimmt den Wert des Zieljahres mit Datenstand ${datumDeutsch(z.datenstand!)} und den Vorjahreswert ${vjt} mit Datenstand ${datumDeutsch(vj.datenstand!)}. Vergleichen Sie beim gleichen Ladestand: übernehmen Sie den Vorjahreswert aus demselben Datenabzug.`,
      });
    }
  }
  befunde.push(...pruefeIqFaellt(monate));
  return befunde;
}

function pruefeIqFaellt(monate: ReadonlyMap<number, IstZeile>): Befund[] {
  const befunde: Befund[] = [];
  const iq = [...monate.values()].filter((z) => z.kennzahl === 'IQ').sort((a, b) => a.jahr - b.jahr || a.monat - b.monat);
  for (const g of GESCHLECHTER) {
    let vorher: IstZeile | undefined;
    for (const z of iq) {
      const w = z.werte[g];
      if (!w) continue;
      if (vorher && vorher.jahr === z.jahr && w.wert < vorher.werte[g]!.wert) {
        befunde.push({
          rule: 'IST_IQ_FAELLT',
          severity: 'warning',
          field: LISTE_IST,
          cell: w.zelle,
          related: [vorher.werte[g]!.zelle],
          message: `Die Integrationsquote ${GESCHLECHT_WORT[g]} fällt von ${zahl(vorher.werte[g]!.wert, 1)} % (${monatsText(vorher.jahr, vorher.monat)}) auf ${zahl(w.wert, 1)} % (${monatsText(z.jahr, z.monat)}). Ein Jahresfortschrittswert der IQ kann im Jahr nur steigen, weil sich die Integrationen aufsummieren; prüfen Sie, ob ein Wert in der falschen Zeile oder Spalte steht.`,
        });
      }
      if (!vorher || vorher.jahr !== z.jahr || w.wert >= vorher.werte[g]!.wert) vorher = z;
    }
  }
  return befunde;
}
