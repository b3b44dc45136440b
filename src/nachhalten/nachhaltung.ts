/**
 * Nachhaltung of one agreement: for each Kennzahl × gender with an Ist at the latest month of the
 * target year, Ziel, Ist, Soll, Abweichung, Prognose and Ampel, plus the path of every month for the
 * chart. Numbers are kept unrounded here; `runde…` below gives the displayed values.
 */
import { FELD, GESCHLECHTER, type Geschlecht } from '../catalogue/felder';
import { runden } from '../model/runden';
import { quelleText, type Befund, type Vereinbarung } from '../model/vereinbarung';
import { abweichung, abweichungPp } from './abweichung';
import { ampel, type Ampel } from './ampel';
import { IST_KENNZAHLEN, LISTE_IST, monatsText, type IstKennzahl, type IstZeile } from './ist';
import { prognose } from './prognose';
import { eindeutigeMonate, pruefeMonate, schluessel } from './pruefungen';
import { soll } from './soll';
import { vorgabenAus } from './vorgaben';

export interface Monatspunkt {
  /** `2024-03`. */
  readonly monat: string;
  readonly ist?: number;
  readonly vorjahr?: number;
  readonly soll?: number;
}

export interface Kennzahlstand {
  readonly kennzahl: IstKennzahl;
  readonly geschlecht: Geschlecht;
  /** The month compared, `2024-06`: the agreement's latest month, or this Kennzahl's own latest if earlier. */
  readonly monat: string;
  readonly ist: number;
  readonly soll?: number;
  readonly abweichung?: number;
  /** IQ only: Ist − Soll in Prozentpunkte. */
  readonly abweichungPp?: number;
  readonly prognose?: number;
  readonly ziel?: number;
  readonly ampel?: Ampel;
  /** January to December of the target year. */
  readonly verlauf: readonly Monatspunkt[];
}

export interface Nachhaltung {
  readonly quelle: string;
  readonly jahr: number | null;
  /** Latest month of the target year with a value, `2024-06`; null when there is none. */
  readonly monat: string | null;
  readonly kennzahlen: readonly Kennzahlstand[];
  readonly befunde: readonly Befund[];
  /** Data basis of the latest month (ISO date; months). */
  readonly datenstand?: string;
  readonly wartezeit?: number;
  /** Display fields of the agreement for reports. */
  readonly titel: string;
}

/** Decimals a Kennzahl is shown with: IQ one, LZB persons and LLU euros whole. */
export function stellenVon(k: IstKennzahl): number {
  return k === 'IQ' ? 1 : 0;
}

function titelVon(v: Vereinbarung): string {
  const w = v.werte;
  const name = w.ZV_Jobcenter ?? w.ZV_Traeger ?? quelleText(v.quelle);
  return String(name);
}

export function berechneNachhaltung(v: Vereinbarung, zeilen: readonly IstZeile[], vorab: readonly Befund[] = []): Nachhaltung {
  const befunde: Befund[] = [...vorab];
  const jahr = v.jahr;
  const titel = titelVon(v);
  if (jahr === null) {
    befunde.push({
      rule: 'IST_JAHR_FEHLT',
      severity: 'error',
      field: FELD.ZV_Jahr,
      cell: v.zellen.ZV_Jahr ?? null,
      message: `Für ${titel} ist kein Zieljahr (ZV_Jahr) angegeben; ohne es lassen sich die Monatswerte nicht dem Zieljahr und dem Vorjahr zuordnen.`,
    });
    return { quelle: quelleText(v.quelle), jahr, monat: null, kennzahlen: [], befunde, titel };
  }
  const vorgaben = vorgabenAus(v);
  const { monate, befunde: doppelt } = eindeutigeMonate(zeilen);
  befunde.push(...doppelt, ...pruefeMonate(monate, jahr, vorgaben));

  let letzter = 0;
  for (const z of monate.values()) if (z.jahr === jahr && GESCHLECHTER.some((g) => z.werte[g])) letzter = Math.max(letzter, z.monat);
  if (letzter === 0) {
    befunde.push({
      rule: 'IST_KEINE_WERTE',
      severity: 'info',
      field: LISTE_IST,
      cell: null,
      message: `Für ${titel} stehen in ZV_Ist noch keine Monatswerte des Zieljahres ${jahr}. Tragen Sie die veröffentlichten Jahresfortschrittswerte ein, sobald der erste Monat vorliegt.`,
    });
    return { quelle: quelleText(v.quelle), jahr, monat: null, kennzahlen: [], befunde, titel };
  }

  const kennzahlen: Kennzahlstand[] = [];
  let datenstand: string | undefined;
  let wartezeit: number | undefined;
  for (const k of IST_KENNZAHLEN) {
    const dez = monate.get(schluessel(k, jahr - 1, 12));
    const aktuell = monate.get(schluessel(k, jahr, letzter));
    if (aktuell) {
      datenstand ??= aktuell.datenstand;
      wartezeit ??= aktuell.wartezeit;
    }
    for (const g of GESCHLECHTER) {
      const vorgabe = vorgaben[k][g];
      const V = vorgabe.veraenderung;
      const verlauf: Monatspunkt[] = [];
      for (let m = 1; m <= 12; m++) {
        const ist = monate.get(schluessel(k, jahr, m))?.werte[g]?.wert;
        const vj = monate.get(schluessel(k, jahr - 1, m))?.werte[g]?.wert;
        // built property by property (object spreads are slow for the 40,000 points of a ZV_Liste)
        const punkt: { monat: string; ist?: number; vorjahr?: number; soll?: number } = { monat: monatsText(jahr, m) };
        if (ist !== undefined) punkt.ist = ist;
        if (vj !== undefined) {
          punkt.vorjahr = vj;
          if (V !== undefined) punkt.soll = soll(vj, V);
        }
        verlauf.push(punkt);
      }
      // the Kennzahl's own latest month: usually the agreement's, earlier when published later (K1)
      const punkt = [...verlauf].reverse().find((p) => p.ist !== undefined);
      if (!punkt || punkt.ist === undefined) continue;
      const m = Number(punkt.monat.slice(5));
      if (m !== letzter) {
        befunde.push({
          rule: 'IST_MONAT_FEHLT',
          severity: 'info',
          field: LISTE_IST,
          cell: null,
          message: `Für ${k} ${g === 'Maenner' ? 'Männer' : g} liegt für ${monatsText(jahr, letzter)} noch kein Wert vor; verglichen wird der letzte Wert (${punkt.monat}).`,
        });
      }
      const ist = punkt.ist;
      const s = punkt.soll;
      const a = s !== undefined ? abweichung(ist, s) : undefined;
      const vjDez = dez?.werte[g]?.wert;
      const p = prognose(ist, punkt.vorjahr, vjDez);
      const ziel = vorgabe.ziel ?? (k === 'LLU' && vjDez !== undefined && V !== undefined ? soll(vjDez, V) : undefined);
      kennzahlen.push({
        kennzahl: k,
        geschlecht: g,
        monat: punkt.monat,
        ist,
        ...(s !== undefined ? { soll: s } : {}),
        ...(a !== undefined ? { abweichung: a, ampel: ampel(k, a) } : {}),
        ...(k === 'IQ' && s !== undefined ? { abweichungPp: abweichungPp(ist, s) } : {}),
        ...(p !== undefined ? { prognose: p } : {}),
        ...(ziel !== undefined ? { ziel } : {}),
        verlauf,
      });
    }
  }
  return {
    quelle: quelleText(v.quelle),
    jahr,
    monat: monatsText(jahr, letzter),
    kennzahlen,
    befunde,
    titel,
    ...(datenstand ? { datenstand } : {}),
    ...(wartezeit !== undefined ? { wartezeit } : {}),
  };
}

/** A Kennzahl's value as displayed. */
export function rundeWert(k: IstKennzahl, x: number): number {
  return runden(x, stellenVon(k));
}
