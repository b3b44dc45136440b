/**
 * Ist: reads the rows of `ZV_Ist` (the published monthly Jahresfortschrittswerte) from the workbook
 * snapshot. `Monat` is a date cell or text (`2024-03`, `03.2024`, `03/2024`, `15.03.2024`), `Kennzahl`
 * IQ/LZB/LLU (K2/K3/K1 accepted), the numbers are read like the agreement's cells (lesen/eingabe.ts:
 * percent-formatted IQ, German text with a warning, anything else an error on its cell).
 *
 * Beside the contract's columns an optional column `Jobcenter` assigns a row to a `ZV_Liste` row
 * (matched against that row's `ZV_Jobcenter`, else `ZV_Traeger`); see zuordnung.ts.
 */
import { findeListe, GESCHLECHTER, LISTE, type Feld, type FeldTyp, type Geschlecht } from '../catalogue/felder';
import type { RegelId, SchwereVon } from '../catalogue/regeln';
import type { Befund, BefundVon } from '../model/vereinbarung';
import { fehlerText, leseEingabe } from '../lesen/eingabe';
import type { Arbeitsmappe, Rohwert, Zelle } from '../lesen/port';

export const LISTE_IST = LISTE.ZV_Ist;
export const IST_KENNZAHLEN = ['IQ', 'LZB', 'LLU'] as const;
export type IstKennzahl = (typeof IST_KENNZAHLEN)[number];

export interface IstWert {
  readonly wert: number;
  readonly zelle: string;
}

export interface IstZeile {
  readonly jahr: number;
  /** 1–12. */
  readonly monat: number;
  readonly kennzahl: IstKennzahl;
  readonly werte: Partial<Record<Geschlecht, IstWert>>;
  /** ISO date `2026-07-15`. */
  readonly datenstand?: string;
  readonly wartezeit?: number;
  /** Value of the optional `Jobcenter` column, trimmed. */
  readonly jobcenter?: string;
  /** The row's `Monat` cell (or its first cell). */
  readonly zelle: string;
}

export interface GeleseneIst {
  /** False when the workbook has no `ZV_Ist` at all. */
  readonly vorhanden: boolean;
  readonly zeilen: IstZeile[];
  readonly befunde: Befund[];
}

/** `2024-03` for year and month. */
export function monatsText(jahr: number, monat: number): string {
  return `${jahr}-${String(monat).padStart(2, '0')}`;
}

const KENNZAHL_TYP: Record<IstKennzahl, FeldTyp> = { IQ: 'quote', LZB: 'bestand', LLU: 'euro' };
const KENNZAHL_EINHEIT: Record<IstKennzahl, Feld['einheit']> = { IQ: '%', LZB: 'Personen', LLU: '€' };
const SPALTE: Record<Geschlecht, 'frauen' | 'maenner' | 'gesamt'> = { Frauen: 'frauen', Maenner: 'maenner', Gesamt: 'gesamt' };
const SPALTE_TEXT: Record<Geschlecht, string> = { Frauen: 'Frauen', Maenner: 'Männer', Gesamt: 'Gesamt' };

function istLeer(w: Rohwert): boolean {
  return w === null || w === undefined || (typeof w === 'string' && w.trim() === '');
}

function istFehler(w: Rohwert): w is { fehler: string } {
  return typeof w === 'object' && w !== null && !(w instanceof Date);
}

/**
 * A date cell's value as a Date: Office.js reports dates as serial numbers with a date number format
 * (`values` 45474, `numberFormat` `dd.mm.yyyy`), the file readers already as Dates.
 */
export function datumsWert(z: Zelle | undefined): Rohwert {
  if (!z) return null;
  const w = z.wert;
  if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) return w;
  // date characters outside quotes and brackets, as exceljs decides (src/xlsx/xmlQuelle.ts)
  const datumsformat = /[ymdhMsb]+/.test(z.zahlenformat.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
  return datumsformat ? new Date(Math.round((w - 25569) * 24 * 3600 * 1000)) : w;
}

/** Year and month of a `Monat` cell, or null. */
export function leseMonat(w: Rohwert): { jahr: number; monat: number } | null {
  if (w instanceof Date) {
    if (Number.isNaN(w.getTime())) return null;
    return { jahr: w.getUTCFullYear(), monat: w.getUTCMonth() + 1 };
  }
  if (typeof w !== 'string') return null;
  const t = w.trim();
  const m =
    /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(t) ??
    /^(\d{4})\/(\d{1,2})$/.exec(t) ??
    (() => {
      const r = /^(?:\d{1,2}\.)?(\d{1,2})[./](\d{4})$/.exec(t);
      return r ? ([r[0], r[2], r[1]] as unknown as RegExpExecArray) : null;
    })();
  if (!m) return null;
  const jahr = Number(m[1]);
  const monat = Number(m[2]);
  return monat >= 1 && monat <= 12 && jahr >= 1990 && jahr <= 2100 ? { jahr, monat } : null;
}

/** ISO date of a `Datenstand` cell (date, or text `15.07.2026` / `2026-07-15`), or null. */
export function leseDatum(w: Rohwert): string | null {
  const p = (x: number) => String(x).padStart(2, '0');
  if (w instanceof Date) return Number.isNaN(w.getTime()) ? null : `${w.getUTCFullYear()}-${p(w.getUTCMonth() + 1)}-${p(w.getUTCDate())}`;
  if (typeof w !== 'string') return null;
  const t = w.trim();
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (de) return `${de[3]}-${p(Number(de[2]))}-${p(Number(de[1]))}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  return iso ? t : null;
}

/** `2026-07-15` → `15.07.2026`. */
export function datumDeutsch(iso: string): string {
  const [j, m, t] = iso.split('-');
  return `${t}.${m}.${j}`;
}

function leseKennzahl(w: Rohwert): IstKennzahl | null {
  if (typeof w !== 'string') return null;
  const t = w.trim().toUpperCase();
  if ((IST_KENNZAHLEN as readonly string[]).includes(t)) return t as IstKennzahl;
  return ({ K1: 'LLU', K2: 'IQ', K3: 'LZB' } as Record<string, IstKennzahl>)[t] ?? null;
}

function befund<R extends RegelId>(rule: R, severity: SchwereVon<R>, cell: string | null, message: string): Befund {
  return { rule, severity, field: LISTE_IST, cell, message } as BefundVon<R> as Befund;
}

const FELDER_IST = new Map<string, Feld>();

/** A pseudo field so that the agreement's cell reader (and its messages) reads a ZV_Ist number. */
function feldFuerZahl(kennzahl: IstKennzahl, g: Geschlecht): Feld {
  const k = `${kennzahl}|${g}`;
  let f = FELDER_IST.get(k);
  if (!f) {
    f = neuesFeld(kennzahl, g);
    FELDER_IST.set(k, f);
  }
  return f;
}

function neuesFeld(kennzahl: IstKennzahl, g: Geschlecht): Feld {
  return {
    // not a catalogue field: the list's name stands in, so the reader's messages name ZV_Ist
    name: LISTE_IST as unknown as Feld['name'],
    typ: KENNZAHL_TYP[kennzahl],
    einheit: KENNZAHL_EINHEIT[kennzahl],
    pflicht: [],
    empfohlen: [],
    arten: [],
    bezeichnung: `${kennzahl} ${SPALTE_TEXT[g]}`,
    rolle: 'eingabe',
    gruppe: 'Weitere Angaben',
  };
}

function kopfText(z: Zelle): string {
  return typeof z.wert === 'string' || typeof z.wert === 'number' ? String(z.wert).trim().toLowerCase() : '';
}

/** Reads `ZV_Ist` (a table or a named range with a header row) from the snapshot. */
export function leseIst(mappe: Arbeitsmappe): GeleseneIst {
  const liste = findeListe(LISTE_IST);
  const bereich = mappe.bereiche.find((b) => b.name.trim().toLowerCase() === LISTE_IST.toLowerCase());
  const befunde: Befund[] = [];
  const zeilen: IstZeile[] = [];
  if (!bereich) return { vorhanden: false, zeilen, befunde };
  if (!bereich.zellen || bereich.zellen.length === 0) {
    befunde.push(
      befund(
        'IST_BEZUG_UNGUELTIG',
        'error',
        null,
        `Der Name ${bereich.name} verweist auf keine Zellen (Bezug: ${bereich.bezug || 'leer'}). Ordnen Sie ihn der Tabelle mit den Monatswerten neu zu.`,
      ),
    );
    return { vorhanden: true, zeilen, befunde };
  }
  const kopf = (bereich.zellen[0] ?? []).map(kopfText);
  const kopfZelle = bereich.zellen[0]?.[0]?.adresse ?? null;
  for (const spalte of liste?.spalten ?? []) {
    if (spalte.pflicht && !kopf.includes(spalte.name.toLowerCase())) {
      befunde.push(
        befund(
          'IST_SPALTE_FEHLT',
          'error',
          kopfZelle,
          `In der Liste ZV_Ist fehlt die Spalte „${spalte.name}“. Die erste Zeile braucht die Spaltenköpfe „Monat“, „Kennzahl“, „Frauen“, „Maenner“, „Gesamt“ (optional „Datenstand“, „Wartezeit“).`,
        ),
      );
    }
  }
  if (befunde.length > 0) return { vorhanden: true, zeilen, befunde };
  const spalten = new Map(kopf.map((k, i) => [k, i] as const).reverse());
  const index = (name: string): number => spalten.get(name) ?? -1;
  // the columns' positions once, not per row (a ZV_Liste's ZV_Ist has 30,000 rows)
  const position = {
    monat: index('monat'),
    kennzahl: index('kennzahl'),
    frauen: index('frauen'),
    maenner: index('maenner'),
    gesamt: index('gesamt'),
    datenstand: index('datenstand'),
    wartezeit: index('wartezeit'),
    jobcenter: index('jobcenter'),
  };
  // the same few months and dates stand in thousands of rows: each is read once
  const monate = new Map<Rohwert, { jahr: number; monat: number } | null>();
  const daten = new Map<Rohwert, string | null>();
  const alsSchluessel = (w: Rohwert): Rohwert => (w instanceof Date ? `Datum ${w.getTime()}` : w);

  for (let r = 1; r < bereich.zellen.length; r++) {
    const reihe = bereich.zellen[r]!;
    if (reihe.every((z) => istLeer(z.wert))) continue;
    const zelle = (name: keyof typeof position): Zelle | undefined => {
      const i = position[name];
      return i < 0 ? undefined : reihe[i];
    };
    const monatZelle = zelle('monat');
    const ort = monatZelle?.adresse ?? reihe[0]?.adresse ?? null;
    const fehlerwert = reihe.find((z) => istFehler(z.wert));
    if (fehlerwert && istFehler(fehlerwert.wert)) {
      befunde.push(
        befund(
          'ZELLE_FEHLERWERT',
          'error',
          fehlerwert.adresse,
          `Die Zelle ${fehlerwert.adresse} in der Liste ZV_Ist enthält den Fehlerwert ${fehlerText(fehlerwert.wert.fehler)}. Korrigieren Sie die Formel oder tragen Sie einen Wert ein.`,
        ),
      );
      continue;
    }
    const monatWert = datumsWert(monatZelle);
    const monatSchluessel = alsSchluessel(monatWert);
    let monat = monate.get(monatSchluessel);
    if (monat === undefined) monate.set(monatSchluessel, (monat = leseMonat(monatWert)));
    if (!monat) {
      befunde.push(
        befund(
          'IST_MONAT_UNGUELTIG',
          'error',
          ort,
          `Die Zelle ${ort} in der Liste ZV_Ist enthält keinen Monat („${String(monatZelle?.wert ?? '')}“). Tragen Sie den Monat als Datum oder als Text wie „2024-03“ ein.`,
        ),
      );
      continue;
    }
    const mt = monatsText(monat.jahr, monat.monat);
    const kennzahlZelle = zelle('kennzahl');
    const kennzahl = leseKennzahl(kennzahlZelle?.wert ?? null);
    if (!kennzahl) {
      const a = kennzahlZelle?.adresse ?? ort;
      befunde.push(
        befund(
          'IST_KENNZAHL_UNBEKANNT',
          'error',
          a,
          `Die Zelle ${a} in der Liste ZV_Ist (${mt}) nennt die Kennzahl „${String(kennzahlZelle?.wert ?? '')}“; erlaubt sind IQ, LZB und LLU.`,
        ),
      );
      continue;
    }
    const werte: Partial<Record<Geschlecht, IstWert>> = {};
    for (const g of GESCHLECHTER) {
      const z = zelle(SPALTE[g]);
      if (!z) continue;
      if (typeof z.wert === 'number' && Number.isFinite(z.wert) && (kennzahl !== 'IQ' || !z.zahlenformat.includes('%'))) {
        werte[g] = { wert: z.wert, zelle: z.adresse }; // the common case, without the general reader
        continue;
      }
      const gelesen = leseEingabe(feldFuerZahl(kennzahl, g), z);
      if (gelesen.befund) befunde.push({ ...gelesen.befund, field: LISTE_IST });
      if (typeof gelesen.wert === 'number') werte[g] = { wert: gelesen.wert, zelle: z.adresse };
    }
    const dsZelle = zelle('datenstand');
    let datenstand: string | undefined;
    if (dsZelle && !istLeer(dsZelle.wert)) {
      const dsWert = datumsWert(dsZelle);
      const dsSchluessel = alsSchluessel(dsWert);
      let d = daten.get(dsSchluessel);
      if (d === undefined) daten.set(dsSchluessel, (d = leseDatum(dsWert)));
      if (d) datenstand = d;
      else
        befunde.push(
          befund(
            'IST_DATENSTAND_UNGUELTIG',
            'error',
            dsZelle.adresse,
            `Die Zelle ${dsZelle.adresse} in der Liste ZV_Ist (${kennzahl}, ${mt}) enthält keinen Datenstand („${String(dsZelle.wert)}“). Tragen Sie das Datum des Datenabzugs ein, etwa 15.07.2026.`,
          ),
        );
    }
    const wzZelle = zelle('wartezeit');
    let wartezeit: number | undefined;
    if (wzZelle && !istLeer(wzZelle.wert)) {
      const w = typeof wzZelle.wert === 'number' ? wzZelle.wert : Number(String(wzZelle.wert).trim().replace(',', '.'));
      if (w === 0 || w === 3) wartezeit = w;
      else
        befunde.push(
          befund(
            'IST_WARTEZEIT_UNGUELTIG',
            'error',
            wzZelle.adresse,
            `Die Zelle ${wzZelle.adresse} in der Liste ZV_Ist (${kennzahl}, ${mt}) enthält die Wartezeit „${String(wzZelle.wert)}“; veröffentlicht werden Werte mit 3 Monaten Wartezeit oder ohne Wartezeit (0).`,
          ),
        );
    }
    const jcZelle = zelle('jobcenter');
    const jobcenter = typeof jcZelle?.wert === 'string' && jcZelle.wert.trim() !== '' ? jcZelle.wert.trim() : undefined;
    // property by property (object spreads are slow for 30,000 rows)
    const zeile: { -readonly [K in keyof IstZeile]: IstZeile[K] } = {
      jahr: monat.jahr,
      monat: monat.monat,
      kennzahl,
      werte,
      zelle: ort ?? '',
    };
    if (datenstand) zeile.datenstand = datenstand;
    if (wartezeit !== undefined) zeile.wartezeit = wartezeit;
    if (jobcenter) zeile.jobcenter = jobcenter;
    zeilen.push(zeile);
  }
  return { vorhanden: true, zeilen, befunde };
}
