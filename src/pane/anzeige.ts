/**
 * Pure helpers for the pane: German texts for severities, values formatted as a controller reads
 * them, the Planwerte that can be written, and the text of a generated .docx for the preview.
 */
import {
  FELD,
  GESCHLECHTER,
  KENNZAHLEN,
  TEILE,
  feldFuer,
  findeFeld,
  type Feld,
  type FeldName,
  type Geschlecht,
  type Kennzahl,
  type Teil,
} from '../catalogue/felder';
import { euro, personen, prozent, vorzeichen, zahl } from '../model/format';
import {
  alleKennzahlwerte,
  quelleText,
  type Befund,
  type Kennzahlwert,
  type Pruefergebnis,
  type Schwere,
  type Vereinbarung,
  type Wert,
} from '../model/vereinbarung';
import type { Arbeitsmappe, Rohwert, Zelle } from '../lesen/port';

export const SCHWERE_TEXT: Readonly<Record<Schwere, { mehrzahl: string; einzahl: string }>> = {
  error: { mehrzahl: 'Fehler', einzahl: 'Fehler' },
  warning: { mehrzahl: 'Warnungen', einzahl: 'Warnung' },
  info: { mehrzahl: 'Hinweise', einzahl: 'Hinweis' },
};
export const SCHWEREN: readonly Schwere[] = ['error', 'warning', 'info'];

/** A field value as German text: 19,5 %; +3,8 %; 4.242; 38.219.839 €; 2024. */
export function wertText(feld: Feld | undefined, wert: Wert): string {
  if (typeof wert === 'string' || !feld) return String(wert);
  switch (feld.typ) {
    case 'quote':
      return prozent(wert);
    case 'veraenderung':
      return `${vorzeichen(wert, 1)} %`;
    case 'bestand':
      return personen(wert);
    case 'euro':
      return euro(wert);
    case 'jahr':
      return String(wert);
    default:
      return zahl(wert, 1);
  }
}

/** "1 Warnung", "3 Warnungen", "0 Fehler". */
export function anzahlText(befunde: readonly Befund[], schwere: Schwere): string {
  const n = befunde.filter((b) => b.severity === schwere).length;
  return `${n} ${n === 1 ? SCHWERE_TEXT[schwere].einzahl : SCHWERE_TEXT[schwere].mehrzahl}`;
}

/** Counts per severity. */
export function zaehle(befunde: readonly Befund[]): Record<Schwere, number> {
  const z: Record<Schwere, number> = { error: 0, warning: 0, info: 0 };
  for (const b of befunde) z[b.severity] += 1;
  return z;
}

/** "3 Fehler, 1 Warnung, keine Hinweise". */
export function zusammenfassung(befunde: readonly Befund[]): string {
  const z = zaehle(befunde);
  return SCHWEREN.map((s) => {
    const n = z[s];
    if (n === 0) return `keine ${SCHWERE_TEXT[s].mehrzahl}`;
    return `${n} ${n === 1 ? SCHWERE_TEXT[s].einzahl : SCHWERE_TEXT[s].mehrzahl}`;
  }).join(', ');
}

/** A cell's content as the object of "enthält": den Text „neunzehn“, die Zahl 19.006, keinen Wert. */
export function inhaltText(wert: Rohwert | null): string {
  if (wert === null || wert === '') return 'keinen Wert';
  if (typeof wert === 'string') return `den Text „${wert}“`;
  if (typeof wert === 'number') return `die Zahl ${zahl(wert, Math.min(10, (/\.(\d+)/.exec(String(wert))?.[1] ?? '').length))}`;
  if (typeof wert === 'boolean') return `den Wahrheitswert ${wert ? 'WAHR' : 'FALSCH'}`;
  if (wert instanceof Date) return `das Datum ${wert.toLocaleDateString('de-DE')}`;
  return `den Fehlerwert ${wert.fehler}`;
}

/** The cell of a snapshot at `Sheet!A1`, if any name covers it. */
export function zelleBei(mappe: Arbeitsmappe, adresse: string): Zelle | undefined {
  for (const b of mappe.bereiche) for (const reihe of b.zellen ?? []) for (const z of reihe) if (z.adresse === adresse) return z;
  return undefined;
}

export interface Planwert {
  readonly feld: Feld;
  readonly adresse: string;
  /** The value the core derives for this cell. */
  readonly abgeleitet: Wert;
  /** The value entered in the cell, when there is one that differs from the derived one. */
  readonly eingegeben?: Wert;
  /** The value to put into the cell (a percent-formatted cell gets 0.195 for 19,5 %). */
  readonly zellwert: number | string;
}

function zellwert(feld: Feld, wert: Wert, zelle: Zelle | undefined): number | string {
  if (typeof wert === 'number' && (feld.typ === 'quote' || feld.typ === 'veraenderung') && zelle?.zahlenformat.includes('%')) {
    return Number((wert / 100).toPrecision(12));
  }
  return wert;
}

/**
 * The checks that judge whether the parts of a Kennzahl agree (target vs change, total vs genders).
 * Only a finding of one of them on a cell makes an entered value "contradict" its derivation: a
 * difference the checks explain by rounding (src/rules/toleranz.ts) is no contradiction.
 */
const WIDERSPRUCHSREGEL = /(_ZIEL_VERAENDERUNG_WIDERSPRUCH|_SUMME|_GEWICHTUNG|_GESAMT_BEREICH)$/;

/**
 * Whether an entered value contradicts the value the rules derive from the other entries: they read
 * differently as printed, and the checks report a contradiction on this cell (its own, or as the
 * other side of one for a planned value: a change or a target).
 */
export function widerspricht(w: Kennzahlwert, befunde: readonly Befund[]): boolean {
  if (!w.eingegeben || typeof w.wert !== 'number' || w.abgeleitet === undefined || w.zelle === undefined) return false;
  const feld = feldFuer(w.feld);
  if (wertText(feld, w.wert) === wertText(feld, w.abgeleitet)) return false;
  // as the other side of a contradiction, a previous-year value (statistics, not planned) is not marked
  const vorjahr = w.feld.includes('_VJ_');
  return befunde.some(
    (b) =>
      b.severity !== 'info' && WIDERSPRUCHSREGEL.test(b.rule) && (b.cell === w.zelle || (!vorjahr && (b.related ?? []).includes(w.zelle!))),
  );
}

export type Herkunft = 'eingegeben' | 'abgeleitet' | 'fehlt';

/** One cell of the Planwerte table as the controller reads it. */
export interface Planzelle {
  readonly teil: Teil;
  readonly feld: Feld;
  readonly adresse?: string;
  /** The value in force, German ("19,5 %", "+3,8 %", "4.242"), or "–". */
  readonly text: string;
  readonly herkunft: Herkunft;
  /** The derived value, German, when the entered value contradicts it (see `widerspricht`). */
  readonly abgeleitetText?: string;
}

export interface Planzeile {
  readonly geschlecht: Geschlecht;
  /** "Frauen", "Männer", "Gesamt". */
  readonly titel: string;
  readonly zellen: readonly Planzelle[];
}

export interface Plantabelle {
  readonly kennzahl: Kennzahl;
  readonly titel: string;
  readonly zeilen: readonly Planzeile[];
}

export const KENNZAHL_TITEL: Readonly<Record<Kennzahl, string>> = {
  IQ: 'Integrationsquote',
  LZB: 'Bestand an Langzeitleistungsbeziehenden',
};
export const TEIL_TITEL: Readonly<Record<Teil, string>> = { VJ: 'Vorjahr', Veraenderung: 'Veränderung', Ziel: 'Zielwert' };
export const HERKUNFT_TEXT: Readonly<Record<Herkunft, string>> = { eingegeben: 'eingegeben', abgeleitet: 'berechnet', fehlt: 'fehlt' };
const ZEILEN_TITEL: Readonly<Record<Geschlecht, string>> = { Frauen: 'Frauen', Maenner: 'Männer', Gesamt: 'Gesamt' };

/** The full Planwerte table of one agreement, as `zielplaner validate` prints it, per Kennzahl. */
export function plantabellen(e: Pruefergebnis): Plantabelle[] {
  return KENNZAHLEN.map((k) => ({
    kennzahl: k,
    titel: KENNZAHL_TITEL[k],
    zeilen: GESCHLECHTER.map((g) => ({
      geschlecht: g,
      titel: ZEILEN_TITEL[g],
      zellen: TEILE.map((teil): Planzelle => {
        const w = e.vereinbarung.kennzahlen[k][g][teil];
        const feld = feldFuer(w.feld);
        const herkunft: Herkunft = w.eingegeben ? 'eingegeben' : w.wert !== undefined ? 'abgeleitet' : 'fehlt';
        return {
          teil,
          feld,
          ...(w.zelle !== undefined ? { adresse: w.zelle } : {}),
          text: w.wert !== undefined ? wertText(feld, w.wert) : '–',
          herkunft,
          ...(widerspricht(w, e.befunde) ? { abgeleitetText: wertText(feld, w.abgeleitet!) } : {}),
        };
      }),
    })),
  }));
}

/** One row of the integration counts (Hessen zkT): the minimum number of integrations of a group. */
export interface Integrationszeile {
  readonly geschlecht: Geschlecht;
  readonly titel: string;
  readonly zelle: Planzelle;
}

const INT_FELD: Readonly<Record<Geschlecht, FeldName>> = {
  Frauen: FELD.ZV_INT_Ziel_Frauen,
  Maenner: FELD.ZV_INT_Ziel_Maenner,
  Gesamt: FELD.ZV_INT_Ziel_Gesamt,
};

/** Frauen + Männer, when both are numbers: the total the rules derive (src/rules/integrationen.ts). */
function integrationenSumme(v: Vereinbarung): number | undefined {
  const f = v.werte[INT_FELD.Frauen];
  const m = v.werte[INT_FELD.Maenner];
  return typeof f === 'number' && typeof m === 'number' ? f + m : undefined;
}

/** Whether the checks report the entered integration total as contradicting Frauen + Männer. */
function integrationenWiderspruch(e: Pruefergebnis): boolean {
  return e.befunde.some((b) => b.field === INT_FELD.Gesamt && b.severity !== 'info' && WIDERSPRUCHSREGEL.test(b.rule));
}

/**
 * The integration counts beside the Kennzahlen, like them with the origin of each value: the total is
 * "berechnet" (Frauen + Männer) when it was not entered. Null when the agreement has no integrations.
 */
export function integrationstabelle(e: Pruefergebnis): Integrationszeile[] | null {
  const v = e.vereinbarung;
  if (GESCHLECHTER.every((g) => v.werte[INT_FELD[g]] === undefined && !v.eingegeben.has(INT_FELD[g]))) return null;
  const summe = integrationenSumme(v);
  return GESCHLECHTER.map((g) => {
    const name = INT_FELD[g];
    const feld = feldFuer(name);
    const wert = v.werte[name];
    const herkunft: Herkunft = v.eingegeben.has(name) ? 'eingegeben' : wert !== undefined ? 'abgeleitet' : 'fehlt';
    const adresse = v.zellen[name];
    const widerspruch = g === 'Gesamt' && herkunft === 'eingegeben' && summe !== undefined && integrationenWiderspruch(e);
    return {
      geschlecht: g,
      titel: ZEILEN_TITEL[g],
      zelle: {
        teil: 'Ziel',
        feld,
        ...(adresse !== undefined ? { adresse } : {}),
        text: wert !== undefined ? wertText(feld, wert) : '–',
        herkunft,
        ...(widerspruch ? { abgeleitetText: wertText(feld, summe) } : {}),
      },
    };
  });
}

/**
 * The name of an agreement in the chooser and in messages: "Zeile 5 – Jobcenter Musterstadt" for a
 * row of the list of agreements, else its sheet ("Planung"), with the Jobcenter (or Träger) if known.
 */
export function vereinbarungName(v: Vereinbarung): string {
  const jc = v.werte[FELD.ZV_Jobcenter];
  const traeger = v.werte[FELD.ZV_Traeger];
  const wer = typeof jc === 'string' && jc.trim() ? jc.trim() : typeof traeger === 'string' && traeger.trim() ? traeger.trim() : null;
  const q = v.quelle;
  const wo = q.art === 'liste' ? (q.zeile !== undefined ? `Zeile ${q.zeile}` : quelleText(q, 'Zeile')) : quelleText(q, 'Zeile');
  return wer ? `${wo} – ${wer}` : wo;
}

/**
 * The Planwerte of agreement `index` that can be written: derived values for empty cells, and for
 * entered cells of derivable fields the value the rules derive from the other entries, when the
 * entry contradicts it (a finding of the checks; a rounding difference is left alone).
 */
export function planwerte(mappe: Arbeitsmappe, ergebnisse: readonly Pruefergebnis[], index: number): Planwert[] {
  const e = ergebnisse[index];
  const v = e?.vereinbarung;
  if (!e || !v) return [];
  const out: Planwert[] = [];
  for (const [name, adresse] of Object.entries(v.zellen)) {
    const feld = findeFeld(name);
    if (!feld || feld.rolle === 'eingabe' || adresse === undefined) continue;
    const zelle = zelleBei(mappe, adresse);
    if (feld.name === INT_FELD.Gesamt) {
      // the integration total is no Kennzahl: Frauen + Männer for an empty cell or a contradicting entry
      const summe = integrationenSumme(v);
      const eingabe = v.werte[feld.name];
      if (summe === undefined) continue;
      if (!v.eingegeben.has(feld.name)) out.push({ feld, adresse, abgeleitet: summe, zellwert: summe });
      else if (eingabe !== undefined && integrationenWiderspruch(e))
        out.push({ feld, adresse, abgeleitet: summe, eingegeben: eingabe, zellwert: summe });
      continue;
    }
    const k = alleKennzahlwerte(v).find((w) => w.feld === feld.name);
    if (!k) continue;
    if (!k.eingegeben) {
      if (k.wert !== undefined) out.push({ feld, adresse, abgeleitet: k.wert, zellwert: zellwert(feld, k.wert, zelle) });
      continue;
    }
    const alternativ = k.abgeleitet;
    const eingegeben = k.wert;
    if (alternativ === undefined || eingegeben === undefined || !widerspricht(k, e.befunde)) continue;
    out.push({ feld, adresse, abgeleitet: alternativ, eingegeben, zellwert: zellwert(feld, alternativ, zelle) });
  }
  return out;
}

/** The paragraphs of a .docx (word/document.xml), for the preview and for copying. */
export async function dokumentText(bytes: Uint8Array): Promise<string[]> {
  const { default: JSZip } = await import(/* webpackChunkName: "jszip" */ 'jszip');
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const absaetze: string[] = [];
  for (const p of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    let text = '';
    for (const t of p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text += t[1] !== undefined ? t[1] : t[0] === '<w:tab/>' ? '\t' : '\n';
    }
    absaetze.push(
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    );
  }
  // collapse runs of empty paragraphs
  return absaetze.filter((a, i) => a.trim() !== '' || (i > 0 && (absaetze[i - 1] ?? '').trim() !== ''));
}
