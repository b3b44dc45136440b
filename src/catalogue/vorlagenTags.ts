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
export const PARTEI_FORMEN = ['Nominativ', 'Genitiv', 'Dativ', 'Zwischen', 'Artikel', 'OrtDatum', 'Rolle'] as const;
export type ParteiForm = (typeof PARTEI_FORMEN)[number];

export type ParteiTagName = `ZV_${Partei}_${ParteiForm}`;

const PARTEI_WORT: Record<Partei, string> = {
  Agentur: 'der Agentur für Arbeit',
  Jobcenter: 'des Jobcenters',
  Traeger: 'des kommunalen Trägers',
  Land: 'des Landes (Ministerium)',
  Land2: 'des zweiten Ministeriums',
};

/** An example party as entered (organisation, function, place, date) and the forms the tags print for it. */
export interface ParteiBeispiel {
  readonly organisation: string;
  readonly funktion: string;
  readonly ort: string;
  readonly datum: string;
  readonly formen: Readonly<Record<ParteiForm, string>>;
}

/** The examples of the guide; test/document/vorlage.test.ts fills them and compares. */
export const PARTEI_BEISPIELE: Readonly<Record<Partei, ParteiBeispiel>> = {
  Agentur: {
    organisation: 'Agentur für Arbeit Lörrach',
    funktion: 'Vorsitzender der Geschäftsführung',
    ort: 'Lörrach',
    datum: '02.04.2024',
    formen: {
      Nominativ: 'die Agentur für Arbeit Lörrach',
      Genitiv: 'der Agentur für Arbeit Lörrach',
      Dativ: 'der Agentur für Arbeit Lörrach',
      Zwischen: 'dem Vorsitzenden der Geschäftsführung der Agentur für Arbeit Lörrach',
      Artikel: 'dem',
      OrtDatum: 'Lörrach, den 02.04.2024',
      Rolle: 'Vorsitzender der Geschäftsführung\nder Agentur für Arbeit Lörrach',
    },
  },
  Jobcenter: {
    organisation: 'Jobcenter Landkreis Lörrach',
    funktion: 'Stellvertretende Geschäftsführerin',
    ort: 'Lörrach',
    datum: '03.04.2024',
    formen: {
      Nominativ: 'das Jobcenter Landkreis Lörrach',
      Genitiv: 'des Jobcenters Landkreis Lörrach',
      Dativ: 'dem Jobcenter Landkreis Lörrach',
      Zwischen: 'der Stellvertretenden Geschäftsführerin des Jobcenters Landkreis Lörrach',
      Artikel: 'der',
      OrtDatum: 'Lörrach, den 03.04.2024',
      Rolle: 'Stellvertretende Geschäftsführerin\ndes Jobcenters Landkreis Lörrach',
    },
  },
  Traeger: {
    organisation: 'Landkreis Lörrach',
    funktion: 'Landrätin',
    ort: 'Lörrach',
    datum: '04.04.2024',
    formen: {
      Nominativ: 'der Landkreis Lörrach',
      Genitiv: 'des Landkreises Lörrach',
      Dativ: 'dem Landkreis Lörrach',
      Zwischen: 'der Landrätin des Landkreises Lörrach',
      Artikel: 'der',
      OrtDatum: 'Lörrach, den 04.04.2024',
      Rolle: 'Landrätin\ndes Landkreises Lörrach',
    },
  },
  Land: {
    organisation: 'Niedersächsisches Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung',
    funktion: 'Ministerin',
    ort: 'Hannover',
    datum: '05.04.2024',
    formen: {
      Nominativ: 'das Niedersächsische Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung',
      Genitiv: 'des Niedersächsischen Ministeriums für Soziales, Arbeit, Gesundheit und Gleichstellung',
      Dativ: 'dem Niedersächsischen Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung',
      Zwischen: 'der Ministerin des Niedersächsischen Ministeriums für Soziales, Arbeit, Gesundheit und Gleichstellung',
      Artikel: 'der',
      OrtDatum: 'Hannover, den 05.04.2024',
      Rolle: 'Ministerin\ndes Niedersächsischen Ministeriums für Soziales, Arbeit, Gesundheit und Gleichstellung',
    },
  },
  Land2: {
    organisation: 'Niedersächsisches Ministerium für Wirtschaft, Verkehr und Bauen',
    funktion: 'Staatssekretär',
    ort: 'Hannover',
    datum: '06.04.2024',
    formen: {
      Nominativ: 'das Niedersächsische Ministerium für Wirtschaft, Verkehr und Bauen',
      Genitiv: 'des Niedersächsischen Ministeriums für Wirtschaft, Verkehr und Bauen',
      Dativ: 'dem Niedersächsischen Ministerium für Wirtschaft, Verkehr und Bauen',
      Zwischen: 'dem Staatssekretär des Niedersächsischen Ministeriums für Wirtschaft, Verkehr und Bauen',
      Artikel: 'dem',
      OrtDatum: 'Hannover, den 06.04.2024',
      Rolle: 'Staatssekretär\ndes Niedersächsischen Ministeriums für Wirtschaft, Verkehr und Bauen',
    },
  },
};

function parteiBeschreibung(p: Partei, form: ParteiForm): string {
  const wer = PARTEI_WORT[p];
  const b = PARTEI_BEISPIELE[p].formen[form].replace(/\n/g, '“ / „');
  switch (form) {
    case 'Nominativ':
      return `Name ${wer} mit Artikel im Nominativ: „${b}“.`;
    case 'Genitiv':
      return `Name ${wer} mit Artikel im Genitiv: „${b}“.`;
    case 'Dativ':
      return `Name ${wer} mit Artikel im Dativ: „${b}“.`;
    case 'Zwischen':
      return `Unterzeichnerin oder Unterzeichner ${wer} im Dativ mit Funktion und Organisation, wie im Titel: „${b}“.`;
    case 'Artikel':
      return `Artikel vor Funktion und Organisation ${wer} im Titel: „${b}“, etwa in der Zeile „zwischen {ZV_${p}_Artikel}“.`;
    case 'OrtDatum':
      return `Ort und Datum der Unterschrift ${wer}: „${b}“; leer, wenn beides fehlt.`;
    case 'Rolle':
      return `Funktion und Organisation unter der Unterschrift ${wer}, zweizeilig: „${b}“.`;
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

/**
 * The sections of the built-in layout as tags of their own (`{@ZV_Abschnitt_Ziele}`, alone in a
 * paragraph): Zielplaner writes the section there as its built-in layout prints it for the agreement.
 * `zielplaner vorlage` writes the built-in layout as a template of these tags, each section's heading
 * as editable text before its tag where the heading is fixed (`kopf`), so that a user moves, renames
 * or leaves out a section in Word and adds text of their own around it. Order: the built-in order of
 * each kind (src/document/index.ts).
 */
export interface AbschnittTag<N extends string = string> {
  readonly name: N;
  readonly beschreibung: string;
  /** Whether the section starts with a heading that does not depend on the agreement's values. */
  readonly kopf: boolean;
}

const ABSCHNITT_TAGS = [
  { name: 'ZV_Abschnitt_Titel', kopf: false, beschreibung: 'Titel „Zielvereinbarung 2024“ und die Vertragsparteien („zwischen dem …“).' },
  {
    name: 'ZV_Abschnitt_Partei_Agentur',
    kopf: false,
    beschreibung:
      'Im Titel: Funktion und Organisation der Agentur für Arbeit, fett, zweizeilig („Vorsitzenden der Geschäftsführung / der Agentur für Arbeit Lörrach“).',
  },
  {
    name: 'ZV_Abschnitt_Partei_Traeger',
    kopf: false,
    beschreibung: 'Im Titel: Funktion und Organisation des kommunalen Trägers, fett, zweizeilig (gE-kT).',
  },
  {
    name: 'ZV_Abschnitt_Partei_Jobcenter',
    kopf: false,
    beschreibung: 'Im Titel: Funktion und Organisation des Jobcenters, fett, zweizeilig.',
  },
  {
    name: 'ZV_Abschnitt_Praeambel',
    kopf: true,
    beschreibung: 'Präambel mit den Inhalten der Zielvereinbarung und den Planungsgrundlagen.',
  },
  {
    name: 'ZV_Abschnitt_Unterschriften',
    kopf: false,
    beschreibung: 'Die Unterschriftsblöcke mit Ort, Datum, Name, Funktion und Organisation.',
  },
  { name: 'ZV_Abschnitt_Verantwortung', kopf: false, beschreibung: 'Absatz zu den Verantwortlichkeiten von BA und Kommune (gE-kT).' },
  {
    name: 'ZV_Abschnitt_Ziele',
    kopf: true,
    beschreibung: 'I) Geschäftspolitische Ziele SGB II: die Tabelle der Zielwerte, mit Integrationen und Ergänzungszielen.',
  },
  {
    name: 'ZV_Abschnitt_Monitoring',
    kopf: true,
    beschreibung: 'II) Monitoring zur Verringerung der Hilfebedürftigkeit, mit Prognose oder Grenze der Leistungen zum Lebensunterhalt.',
  },
  {
    name: 'ZV_Abschnitt_LokaleZiele',
    kopf: true,
    beschreibung: 'III) Lokale Ziele: die Tabelle von ZV_LokaleZiele im Wortlaut des Jahres.',
  },
  {
    name: 'ZV_Abschnitt_Zielnachhaltung',
    kopf: true,
    beschreibung: 'Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess, mit dem Zusatztext.',
  },
  { name: 'ZV_Abschnitt_KommunaleZiele', kopf: true, beschreibung: 'IV) Kommunale Ziele: die Tabelle von ZV_KommunaleZiele (gE-kT).' },
  {
    name: 'ZV_Abschnitt_TitelZkt',
    kopf: false,
    beschreibung: 'Titel „Vereinbarung“ und die Vertragsparteien einer Vereinbarung mit dem Land (zkT).',
  },
  { name: 'ZV_Abschnitt_Grundsaetze', kopf: true, beschreibung: 'I. Grundsätze (zkT), im Wortlaut des Jahres.' },
  { name: 'ZV_Abschnitt_Rahmenbedingungen', kopf: true, beschreibung: 'II. Rahmenbedingungen (zkT): eingetragener Text oder die Budgets.' },
  {
    name: 'ZV_Abschnitt_Verpflichtung',
    kopf: true,
    beschreibung: 'III. Vereinbarungen mit § 1 Verpflichtung der Vereinbarungspartner (zkT).',
  },
  { name: 'ZV_Abschnitt_ZieleProsa', kopf: false, beschreibung: '§ 2 Ziele, Zielindikatoren und Ergänzungsgrößen: die Zielsätze (zkT).' },
  {
    name: 'ZV_Abschnitt_WeitereZiele',
    kopf: false,
    beschreibung: 'Die individualisierten Ziele von ZV_WeitereZiele mit Schritten und Erfolgskriterium (zkT).',
  },
  { name: 'ZV_Abschnitt_Ergaenzungsziele', kopf: false, beschreibung: 'Die Ergänzungsziele von ZV_Ergaenzungsziele als Sätze (zkT).' },
  { name: 'ZV_Abschnitt_Kennzahlen', kopf: false, beschreibung: 'Der Absatz zu den Kennzahlen nach der Verordnung (zkT).' },
  { name: 'ZV_Abschnitt_ZielnachhaltungZkt', kopf: false, beschreibung: '§ 3 Zielnachhaltung und Zieldialoge (zkT), mit dem Zusatztext.' },
] as const satisfies readonly AbschnittTag[];

export type AbschnittName = (typeof ABSCHNITT_TAGS)[number]['name'];
export const VORLAGEN_ABSCHNITTE: readonly AbschnittTag<AbschnittName>[] = ABSCHNITT_TAGS;
