/**
 * Folgejahr: what next year's planning workbook takes from this year's — the parties and the kind, the
 * lists of goals, and as previous-year values the December JFW of the target year from `ZV_Ist`
 * (IQ Frauen/Männer/Gesamt and LZB Frauen/Männer; the LZB total is the template's sum). The target
 * year's months become the new workbook's previous-year rows of `ZV_Ist`. A missing December is a
 * finding: that previous-year value stays empty.
 */
import { findeFeld, GESCHLECHTER, type Geschlecht } from '../catalogue/felder';
import type { Befund, Vereinbarung, Wert } from '../model/vereinbarung';
import { LISTE_IST, monatsText, IST_KENNZAHLEN, type IstZeile } from './ist';
import { eindeutigeMonate, schluessel } from './pruefungen';

export type Zeile = readonly (string | number | null)[];

export interface Folgejahr {
  readonly jahr: number;
  readonly werte: Record<string, Wert>;
  /** Rows by list name, in the catalogue's column order. */
  readonly listen: Record<string, Zeile[]>;
  readonly befunde: Befund[];
}

/** Party, kind and presentation fields carry over; year-bound ones (dates, budgets, texts of the year, targets) do not. */
const UEBERNOMMEN = (name: string): boolean =>
  /^ZV_(Art|Darstellung)$/.test(name) ||
  (/^ZV_(Agentur|Jobcenter|Traeger|Land|Land2)(_(Person|Funktion|Ort))?$/.test(name) && findeFeld(name) !== undefined);

const GESCHLECHT_WORT: Record<Geschlecht, string> = { Frauen: 'Frauen', Maenner: 'Männer', Gesamt: 'Gesamt' };

export function folgejahr(v: Vereinbarung, zeilen: readonly IstZeile[]): Folgejahr | null {
  if (v.jahr === null) return null;
  const jahr = v.jahr + 1;
  const werte: Record<string, Wert> = { ZV_Jahr: jahr };
  for (const name of v.eingegeben) {
    const w = v.werte[name];
    if (w !== undefined && UEBERNOMMEN(name)) werte[name] = w;
  }
  const befunde: Befund[] = [];
  const { monate } = eindeutigeMonate(zeilen);
  for (const k of ['IQ', 'LZB'] as const) {
    const dez = monate.get(schluessel(k, v.jahr, 12));
    const fehlt: Geschlecht[] = [];
    for (const g of GESCHLECHTER) {
      if (k === 'LZB' && g === 'Gesamt') continue;
      const w = dez?.werte[g]?.wert;
      if (w === undefined) fehlt.push(g);
      else werte[`ZV_${k}_VJ_${g}`] = w;
    }
    if (fehlt.length > 0) {
      befunde.push({
        rule: 'IST_DEZEMBER_FEHLT',
        severity: 'warning',
        field: LISTE_IST,
        cell: dez?.zelle ?? null,
        message: `Für ${k} ${fehlt.map((g) => GESCHLECHT_WORT[g]).join(', ')} fehlt der Jahresfortschrittswert Dezember ${v.jahr} in ZV_Ist; im Planungsblatt ${jahr} bleibt der Vorjahreswert ${fehlt.map((g) => `ZV_${k}_VJ_${g}`).join(', ')} leer. Tragen Sie ihn ein, sobald er veröffentlicht ist.`,
      });
    }
  }
  const l = v.listen;
  const ist: Zeile[] = [];
  for (const j of [v.jahr, jahr])
    for (let m = 1; m <= 12; m++)
      for (const k of IST_KENNZAHLEN) {
        const z = j === v.jahr ? monate.get(schluessel(k, j, m)) : undefined;
        ist.push([
          monatsText(j, m),
          k,
          z?.werte.Frauen?.wert ?? null,
          z?.werte.Maenner?.wert ?? null,
          z?.werte.Gesamt?.wert ?? null,
          z?.datenstand ?? null,
          z?.wartezeit ?? null,
        ]);
      }
  return {
    jahr,
    werte,
    listen: {
      ZV_LokaleZiele: l.lokaleZiele.map((z) => [z.ziel, z.beschreibung, z.wert ?? null, z.vergleich ?? null]),
      ZV_KommunaleZiele: l.kommunaleZiele.map((z) => [z.ziel, z.beschreibung]),
      ZV_WeitereZiele: l.weitereZiele.map((z) => [z.ziel, z.beschreibung, z.schritte.join('\n')]),
      [LISTE_IST]: ist,
    },
    befunde,
  };
}
