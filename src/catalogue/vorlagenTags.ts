/**
 * The tags of agreement templates (.docx, `generate --vorlage`) that Zielplaner derives beyond the
 * fields of the planning sheet: party phrases, prose target sentences, signature data. One entry per
 * tag with a German description; the user guide's tag list is generated from here (dokumentation.ts)
 * and src/document/vorlage/daten.ts must supply a value for every entry (checked by the compiler).
 *
 * The single-cell fields (`{ZV_Jahr}`, …) and the lists (`{#ZV_LokaleZiele}…{/ZV_LokaleZiele}`)
 * come from the field catalogue (felder.ts) and are not repeated here.
 */
import { PARTEIEN, type Partei } from './felder';

/** The grammatical forms of a party that a template can ask for. */
export const PARTEI_FORMEN = ['Nominativ', 'Genitiv', 'Dativ', 'Zwischen', 'OrtDatum', 'Rolle'] as const;
export type ParteiForm = (typeof PARTEI_FORMEN)[number];

export type ParteiTagName = `ZV_${Partei}_${ParteiForm}`;

const PARTEI_WORT: Record<Partei, string> = {
  Agentur: 'der Agentur für Arbeit',
  Jobcenter: 'des Jobcenters',
  Traeger: 'des kommunalen Trägers',
  Land: 'des Landes (Ministerium)',
  Land2: 'des zweiten Ministeriums',
};

function parteiBeschreibung(p: Partei, form: ParteiForm): string {
  const wer = PARTEI_WORT[p];
  switch (form) {
    case 'Nominativ':
      return `Name ${wer} mit Artikel im Nominativ, z. B. „der Landkreis Lörrach“.`;
    case 'Genitiv':
      return `Name ${wer} mit Artikel im Genitiv, z. B. „des Landkreises Lörrach“.`;
    case 'Dativ':
      return `Name ${wer} mit Artikel im Dativ, z. B. „dem Landkreis Lörrach“.`;
    case 'Zwischen':
      return `Unterzeichnerin oder Unterzeichner ${wer} im Dativ mit Funktion und Organisation, wie im Titel: „dem Vorsitzenden der Geschäftsführung der Agentur für Arbeit Lörrach“.`;
    case 'OrtDatum':
      return `Ort und Datum der Unterschrift ${wer}: „Lörrach, den 02.04.2024“; leer, wenn beides fehlt.`;
    case 'Rolle':
      return `Funktion und Organisation unter der Unterschrift ${wer}, zweizeilig: „Landrätin“ / „des Landkreises Lörrach“.`;
  }
}

export interface TextTag<N extends string = string> {
  readonly name: N;
  readonly art: 'text';
  readonly beschreibung: string;
}

export interface ListenTag<N extends string = string> {
  readonly name: N;
  readonly art: 'liste';
  readonly beschreibung: string;
  /** The column tags inside the loop, each with its description. */
  readonly spalten: readonly { readonly name: string; readonly beschreibung: string }[];
}

const parteiTags = PARTEIEN.flatMap((p) =>
  PARTEI_FORMEN.map((form): TextTag<ParteiTagName> => ({
    name: `ZV_${p}_${form}`,
    art: 'text',
    beschreibung: parteiBeschreibung(p, form),
  })),
);

const TEXT_TAGS = [
  { name: 'ZV_Titel', art: 'text', beschreibung: 'Titel des Dokuments: „Zielvereinbarung 2024 – Jobcenter Landkreis Lörrach“.' },
  {
    name: 'ZV_Name',
    art: 'text',
    beschreibung: 'Name, unter dem das Dokument geführt wird: das Jobcenter, bei zkT ohne Jobcenter der kommunale Träger.',
  },
  { name: 'ZV_Vorjahr', art: 'text', beschreibung: 'Das Jahr vor dem Zieljahr: „2023“.' },
  {
    name: 'ZV_Parteien',
    art: 'text',
    beschreibung:
      'Die Vertragsparteien in einem Satzteil, wie der Titel sie nennt: „zwischen dem Vorsitzenden der Geschäftsführung der Agentur für Arbeit Lörrach, der Landrätin des Landkreises Lörrach und dem Geschäftsführer des Jobcenters Landkreis Lörrach“.',
  },
  {
    name: 'ZV_IQ_Zielsatz',
    art: 'text',
    beschreibung:
      'Zielsatz zur Integrationsquote in der gebundenen Formulierung: „Das Ziel ist im Jahr 2024 erreicht, wenn die Integrationsquote des Landkreises Emsland um 3,9 % im Vergleich zum Jahr 2023 steigt.“',
  },
  {
    name: 'ZV_IQ_Geschlechtersatz',
    art: 'text',
    beschreibung:
      'Geschlechterspezifischer Zielsatz zur Integrationsquote: „Das geschlechterspezifische Ziel ist erreicht, wenn die Integrationsquote der Frauen um 5,1 % und die der Männer um 2,7 % steigt.“; leer ohne Veränderungen je Geschlecht.',
  },
  {
    name: 'ZV_LZB_Zielsatz',
    art: 'text',
    beschreibung:
      'Zielsatz zum Langzeitleistungsbezug: „Das Ziel ist im Jahr 2024 erreicht, wenn der durchschnittliche Bestand an Langzeitleistungsbeziehenden des Landkreises Emsland mindestens um 1,0 % im Vergleich zum Jahr 2023 sinkt.“',
  },
  {
    name: 'ZV_LZB_Geschlechtersatz',
    art: 'text',
    beschreibung: 'Geschlechterspezifischer Zielsatz zum Langzeitleistungsbezug; leer ohne Veränderungen je Geschlecht.',
  },
  ...parteiTags,
] as const satisfies readonly TextTag[];

const LISTEN_TAGS = [
  {
    name: 'ZV_Unterzeichner',
    art: 'liste',
    beschreibung:
      'Die Unterschriftsblöcke in der Reihenfolge der Vereinbarungen (gE: Agentur, Jobcenter; gE-kT: Agentur, Träger, Jobcenter; zkT: Land, ggf. zweites Ministerium, Träger).',
    spalten: [
      { name: 'Organisation', beschreibung: 'Organisation, wie eingetragen.' },
      { name: 'Person', beschreibung: 'Name der Unterzeichnerin oder des Unterzeichners.' },
      { name: 'Funktion', beschreibung: 'Funktion, wie eingetragen.' },
      { name: 'OrtDatum', beschreibung: 'Ort und Datum: „Lörrach, den 02.04.2024“, sonst leer.' },
      { name: 'Rolle', beschreibung: 'Funktion und Organisation im Genitiv, zweizeilig.' },
    ],
  },
] as const satisfies readonly ListenTag[];

export type TextTagName = (typeof TEXT_TAGS)[number]['name'];
export type ListenTagName = (typeof LISTEN_TAGS)[number]['name'];

export const VORLAGEN_TEXT_TAGS: readonly TextTag<TextTagName>[] = TEXT_TAGS;
export const VORLAGEN_LISTEN_TAGS: readonly ListenTag<ListenTagName>[] = LISTEN_TAGS;

/** Columns of the catalogue lists as loop tags: `{#ZV_LokaleZiele}{Ziel}…{/ZV_LokaleZiele}`; ZV_Ist is follow-up data, no template list. */
export const VORLAGEN_LISTEN_AUS_FELDERN = ['ZV_LokaleZiele', 'ZV_KommunaleZiele', 'ZV_WeitereZiele', 'ZV_Ergaenzungsziele'] as const;
export type VorlagenListeAusFeldern = (typeof VORLAGEN_LISTEN_AUS_FELDERN)[number];
