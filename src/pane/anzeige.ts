/**
 * Pure helpers for the pane: German texts for severities, values formatted as a controller reads
 * them, the Planwerte that can be written, and the text of a generated .docx for the preview.
 */
import { findeFeld, type Feld } from '../catalogue/felder';
import { euro, personen, prozent, vorzeichen, zahl } from '../model/format';
import { alleKennzahlwerte, type Befund, type Pruefergebnis, type Schwere, type Wert } from '../model/vereinbarung';
import type { Arbeitsmappe, Zelle } from '../lesen/port';

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

const gleich = (a: Wert, b: Wert): boolean => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b);

/**
 * The Planwerte of agreement `index`: derived values for empty cells, and for entered cells of
 * derivable fields the value the rules derive from the other entries, when it differs.
 */
export function planwerte(mappe: Arbeitsmappe, ergebnisse: readonly Pruefergebnis[], index: number): Planwert[] {
  const v = ergebnisse[index]?.vereinbarung;
  if (!v) return [];
  const out: Planwert[] = [];
  for (const [name, adresse] of Object.entries(v.zellen)) {
    const feld = findeFeld(name);
    if (!feld || feld.rolle === 'eingabe' || adresse === undefined) continue;
    const k = alleKennzahlwerte(v).find((w) => w.feld === feld.name);
    if (!k) continue;
    const zelle = zelleBei(mappe, adresse);
    if (!k.eingegeben) {
      if (k.wert !== undefined) out.push({ feld, adresse, abgeleitet: k.wert, zellwert: zellwert(feld, k.wert, zelle) });
      continue;
    }
    const alternativ = k.abgeleitet;
    const eingegeben = k.wert;
    if (alternativ === undefined || eingegeben === undefined || gleich(alternativ, eingegeben)) continue;
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
