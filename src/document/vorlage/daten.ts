/**
 * The data a template is filled with: every single-cell field of the catalogue as the document prints
 * it, the lists with their column tags, and the derived tags of src/catalogue/vorlagenTags.ts.
 * Values are display text (German formats); a list is an array of rows; nothing is formatted in Word.
 */
import { FELDER, LISTEN, PARTEIEN, type Feld, type FeldName } from '../../catalogue/felder';
import {
  VORLAGEN_LISTEN_AUS_FELDERN,
  VORLAGEN_LISTEN_TAGS,
  VORLAGEN_TEXT_TAGS,
  type ListenTagName,
  PARTEI_FORMEN,
  type ParteiForm,
  type ParteiTagName,
  type TextTagName,
  type VorlagenListeAusFeldern,
} from '../../catalogue/vorlagenTags';
import type { Vereinbarung } from '../../model/vereinbarung';
import { dokumentTitel } from '../aufbau';
import { datumText, dokumentName, jahrText, partei, unterzeichner, type Partei } from '../parteien';
import { alsText } from '../text';
import { parteiZeilen, parteiZwischen, titelParteien } from '../titel';
import { rollenText } from '../unterschriften';
import { aenderungAnzeige, bestandAnzeige, euroAnzeige, listenZahl, quoteAnzeige, textWert, VERGLEICH_TEXT } from '../zahlen';
import { geschlechterZielsatz, iqZielsatz, lzbZielsatz } from '../zieleProsa';

export type Zeile = Readonly<Record<string, string>>;
export type Kontext = Readonly<Record<string, string | readonly Zeile[]>>;

/** A field's value as the document prints it: 19,5 %; 4.242; 38.219.839 €; + 3,8 %; 02.04.2024. */
function feldText(v: Vereinbarung, f: Feld): string {
  const w = v.werte[f.name];
  switch (f.typ) {
    case 'quote':
      return quoteAnzeige(w);
    case 'veraenderung':
      return aenderungAnzeige(w);
    case 'bestand':
      return bestandAnzeige(w);
    case 'euro':
      return euroAnzeige(w);
    case 'jahr':
      return typeof w === 'number' && Number.isFinite(w) ? String(w) : alsText(w);
    default:
      return /_Datum$/.test(f.name) ? datumText(textWert(v, f.name)) : textWert(v, f.name);
  }
}

const zahlText = (w: number | string | undefined): string =>
  typeof w === 'number' ? (Number.isFinite(w) ? listenZahl(w) : '') : alsText(w);

const LISTEN_ZEILEN: Record<VorlagenListeAusFeldern, (v: Vereinbarung) => Zeile[]> = {
  ZV_LokaleZiele: (v) =>
    v.listen.lokaleZiele.map((z) => ({
      Ziel: alsText(z.ziel),
      Beschreibung: alsText(z.beschreibung),
      Wert: zahlText(z.wert),
      Vergleich: z.vergleich ? VERGLEICH_TEXT[z.vergleich] : '',
    })),
  ZV_KommunaleZiele: (v) => v.listen.kommunaleZiele.map((z) => ({ Ziel: alsText(z.ziel), Beschreibung: alsText(z.beschreibung) })),
  ZV_WeitereZiele: (v) =>
    v.listen.weitereZiele.map((z) => ({
      Ziel: alsText(z.ziel),
      Beschreibung: alsText(z.beschreibung),
      Schritte: z.schritte.map(alsText).filter(Boolean).join('\n'),
      Erfolgskriterium: alsText(z.erfolgskriterium),
    })),
  ZV_Ergaenzungsziele: (v) =>
    (v.listen.ergaenzungsziele ?? []).map((z) => ({
      Kennzahl: alsText(z.kennzahl),
      Wert: zahlText(z.wert),
      Einheit: alsText(z.einheit),
      Vergleich: z.vergleich ? VERGLEICH_TEXT[z.vergleich] : '',
      Bezug: alsText(z.bezug),
    })),
};

function parteiForm(p: Partei, form: ParteiForm): string {
  switch (form) {
    case 'Nominativ':
      return p.phrase.nominativ;
    case 'Genitiv':
      return p.phrase.genitiv;
    case 'Dativ':
      return p.phrase.dativ;
    case 'Zwischen':
      return p.organisation || p.funktion ? parteiZwischen(p) : '';
    case 'Artikel':
      return parteiZeilen(p).artikel;
    case 'OrtDatum':
      return p.ortDatum;
    case 'Rolle':
      return rollenText(p);
  }
}

const TEXT_TAG_WERTE: Record<Exclude<TextTagName, ParteiTagName>, (v: Vereinbarung) => string> = {
  ZV_Titel: dokumentTitel,
  ZV_Name: dokumentName,
  ZV_Vorjahr: (v) => jahrText(v, -1),
  ZV_Parteien: (v) => {
    const teile = titelParteien(v).map(parteiZwischen).filter(Boolean);
    if (teile.length === 0) return '';
    const letzte = teile.pop()!;
    return `zwischen ${teile.length > 0 ? `${teile.join(', ')} und ${letzte}` : letzte}`;
  },
  ZV_IQ_Zielsatz: iqZielsatz,
  ZV_IQ_Geschlechtersatz: (v) => geschlechterZielsatz(v, 'IQ'),
  ZV_LZB_Zielsatz: lzbZielsatz,
  ZV_LZB_Geschlechtersatz: (v) => geschlechterZielsatz(v, 'LZB'),
};

/** The derived text tags `will` asks for. */
function textTags(v: Vereinbarung, will: (name: string) => boolean): Partial<Record<TextTagName, string>> {
  const out: Partial<Record<TextTagName, string>> = {};
  for (const [name, wert] of Object.entries(TEXT_TAG_WERTE) as [keyof typeof TEXT_TAG_WERTE, (v: Vereinbarung) => string][])
    if (will(name)) out[name] = wert(v);
  for (const schluessel of PARTEIEN) {
    let p: ReturnType<typeof partei> | null = null;
    for (const form of PARTEI_FORMEN) {
      const name = `ZV_${schluessel}_${form}` as const;
      if (!will(name)) continue;
      p ??= partei(v, schluessel);
      out[name] = parteiForm(p, form);
    }
  }
  return out;
}

const LISTEN_TAG_ZEILEN: Record<ListenTagName, (v: Vereinbarung) => Zeile[]> = {
  ZV_Unterzeichner: (v) =>
    unterzeichner(v).map((p) => ({
      Organisation: p.organisation,
      Person: p.person,
      Funktion: p.funktion,
      OrtDatum: p.ortDatum,
      Rolle: rollenText(p),
    })),
};

/** The data context of one agreement: every tag, or those of `namen` (the top-level tags a template uses). */
export function kontext(v: Vereinbarung, namen?: ReadonlySet<string>): Kontext {
  // only what the template names (the built-in template names ZV_Titel alone): this runs per agreement
  const will = (name: string): boolean => namen === undefined || namen.has(name);
  const out: Record<string, string | readonly Zeile[]> = {};
  for (const f of FELDER) if (will(f.name)) out[f.name] = feldText(v, f);
  for (const l of VORLAGEN_LISTEN_AUS_FELDERN) if (will(l)) out[l] = LISTEN_ZEILEN[l](v);
  Object.assign(out, textTags(v, will));
  for (const l of VORLAGEN_LISTEN_TAGS) if (will(l.name)) out[l.name] = LISTEN_TAG_ZEILEN[l.name](v);
  return out;
}

/** What a tag may name, at the top level and inside each list loop (the list's columns). */
export interface Namen {
  readonly oben: ReadonlySet<string>;
  readonly listen: ReadonlyMap<string, ReadonlySet<string>>;
}

export const NAMEN: Namen = (() => {
  const oben = new Set<string>(FELDER.map((f) => f.name as FeldName));
  const listen = new Map<string, ReadonlySet<string>>();
  for (const name of VORLAGEN_LISTEN_AUS_FELDERN) {
    const l = LISTEN.find((x) => x.name === name)!;
    listen.set(name, new Set(l.spalten.map((s) => s.name)));
  }
  for (const t of VORLAGEN_TEXT_TAGS) oben.add(t.name);
  for (const l of VORLAGEN_LISTEN_TAGS) listen.set(l.name, new Set(l.spalten.map((s) => s.name)));
  for (const l of listen.keys()) oben.add(l);
  return { oben, listen };
})();
