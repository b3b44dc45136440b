/**
 * The field catalogue: one typed entry per defined name of the planning-sheet contract
 * (docs/planungsblatt.md). It is the single source for the reader, the JSON schema, the
 * template, the task pane's labels and the docs. No other list of field names exists.
 */

export const ARTEN = ['gE', 'gE-kT', 'zkT'] as const;
export type Art = (typeof ARTEN)[number];

export const DARSTELLUNGEN = ['Zielwert', 'Zielwert mit Veränderung', 'Veränderung', 'Veränderung und Zielwert'] as const;
export type Darstellung = (typeof DARSTELLUNGEN)[number];

/**
 * Value types:
 * - `jahr`: whole number, a target year
 * - `auswahl`: one of a fixed set of texts
 * - `text`: free text
 * - `quote`: a percentage level 0–100 (Integrationsquote), one decimal
 * - `veraenderung`: a relative change in percent, one decimal
 * - `bestand`: a whole number of persons
 * - `euro`: whole euros
 */
export type FeldTyp = 'jahr' | 'auswahl' | 'text' | 'quote' | 'veraenderung' | 'bestand' | 'euro';

/** Input, derived, or either (entered or derived from the others). */
export type Rolle = 'eingabe' | 'abgeleitet' | 'eingabe-oder-abgeleitet';

export type Gruppe =
  | 'Allgemein'
  | 'Agentur für Arbeit'
  | 'Jobcenter'
  | 'Kommunaler Träger'
  | 'Land'
  | 'Integrationsquote'
  | 'Langzeitleistungsbezug'
  | 'Weitere Angaben';

/** One catalogue entry with its literal name `N`; `Feld` is an entry of any catalogue name. */
export interface FeldEintrag<N extends string> {
  readonly name: N;
  readonly typ: FeldTyp;
  readonly einheit: '%' | 'Personen' | '€' | null;
  /** Kinds for which a missing value is an error. */
  readonly pflicht: readonly Art[];
  /** Kinds for which a missing value is a warning (e.g. signer names). */
  readonly empfohlen: readonly Art[];
  /** Kinds for which the field means anything at all. */
  readonly arten: readonly Art[];
  readonly bezeichnung: string;
  readonly rolle: Rolle;
  readonly gruppe: Gruppe;
  readonly auswahl?: readonly string[];
  /** Excel number format used by the template (German display via Excel's locale). */
  readonly zahlenformat?: string;
}

const ALLE: readonly Art[] = ARTEN;
const GE: readonly Art[] = ['gE', 'gE-kT'];
const KT: readonly Art[] = ['gE-kT', 'zkT'];
const ZKT: readonly Art[] = ['zkT'];
const KEINE: readonly Art[] = [];

export const FORMAT_QUOTE = '0.0';
export const FORMAT_VERAENDERUNG = '+0.0;-0.0;0.0';
export const FORMAT_BESTAND = '#,##0';
export const FORMAT_EURO = '#,##0 "€"';

/** Keeps the literal name of an entry, so that `FeldName` is the union of all catalogue names. */
function feld<N extends string>(f: FeldEintrag<N>): FeldEintrag<N> {
  return f;
}

export const PARTEIEN = ['Agentur', 'Jobcenter', 'Traeger', 'Land', 'Land2'] as const;
export type Partei = (typeof PARTEIEN)[number];

/** What a party field holds: the organisation itself, or its signer, function, signature place and date. */
export type ParteiAngabe = 'Organisation' | 'Person' | 'Funktion' | 'Ort' | 'Datum';
export type ParteiFeldName<P extends Partei = Partei, A extends ParteiAngabe = ParteiAngabe> = A extends 'Organisation'
  ? `ZV_${P}`
  : `ZV_${P}_${A}`;

/** The name of a party field: (Jobcenter, Organisation) → `ZV_Jobcenter`, (Land, Person) → `ZV_Land_Person`. */
export function parteiFeldname<P extends Partei, A extends ParteiAngabe>(p: P, angabe: A): ParteiFeldName<P, A> {
  return (angabe === 'Organisation' ? `ZV_${p}` : `ZV_${p}_${angabe}`) as ParteiFeldName<P, A>;
}

/** Parties whose role the party block of gE and gE-kT agreements declines ("zwischen dem Vorsitzenden …"). */
export const ROLLEN_IM_KOPF = ['Agentur', 'Jobcenter', 'Traeger'] as const;
export type ParteiImKopf = (typeof ROLLEN_IM_KOPF)[number];
export type DativFeldName<P extends ParteiImKopf = ParteiImKopf> = `ZV_${P}_Funktion_Dativ`;

/** The optional inflected role of a party: (Agentur) → `ZV_Agentur_Funktion_Dativ`. */
export function dativFeldname<P extends ParteiImKopf>(p: P): DativFeldName<P> {
  return `ZV_${p}_Funktion_Dativ`;
}

/**
 * The role as the party block prints it, with its article ("dem Ersten Beigeordneten"), for a role
 * Zielplaner cannot decline itself; used verbatim when given. Only the kinds with a party block.
 */
function funktionDativ<P extends ParteiImKopf>(
  prefix: P,
  gruppe: Gruppe,
  arten: readonly Art[],
  label: string,
): FeldEintrag<DativFeldName<P>> {
  return feld({
    name: dativFeldname(prefix),
    typ: 'text',
    einheit: null,
    pflicht: KEINE,
    empfohlen: KEINE,
    arten,
    bezeichnung: `Funktion im Dativ mit Artikel (${label})`,
    rolle: 'eingabe',
    gruppe,
  });
}

function partei<P extends Partei>(
  prefix: P,
  gruppe: Gruppe,
  pflicht: readonly Art[],
  arten: readonly Art[],
  labels: [string, string, string, string],
): FeldEintrag<ParteiFeldName<P>>[] {
  return [
    feld({
      name: parteiFeldname(prefix, 'Organisation'),
      typ: 'text',
      einheit: null,
      pflicht,
      empfohlen: KEINE,
      arten,
      bezeichnung: labels[0],
      rolle: 'eingabe',
      gruppe,
    }),
    feld({
      name: parteiFeldname(prefix, 'Person'),
      typ: 'text',
      einheit: null,
      pflicht: KEINE,
      empfohlen: pflicht,
      arten,
      bezeichnung: labels[1],
      rolle: 'eingabe',
      gruppe,
    }),
    feld({
      name: parteiFeldname(prefix, 'Funktion'),
      typ: 'text',
      einheit: null,
      pflicht: KEINE,
      empfohlen: pflicht,
      arten,
      bezeichnung: labels[2],
      rolle: 'eingabe',
      gruppe,
    }),
    feld({
      name: parteiFeldname(prefix, 'Ort'),
      typ: 'text',
      einheit: null,
      pflicht: KEINE,
      empfohlen: KEINE,
      arten,
      bezeichnung: `Ort der Unterschrift (${labels[3]})`,
      rolle: 'eingabe',
      gruppe,
    }),
    feld({
      name: parteiFeldname(prefix, 'Datum'),
      typ: 'text',
      einheit: null,
      pflicht: KEINE,
      empfohlen: KEINE,
      arten,
      bezeichnung: `Datum der Unterschrift (${labels[3]})`,
      rolle: 'eingabe',
      gruppe,
      zahlenformat: 'DD.MM.YYYY',
    }),
  ];
}

export const GESCHLECHTER = ['Frauen', 'Maenner', 'Gesamt'] as const;
export type Geschlecht = (typeof GESCHLECHTER)[number];
export const GESCHLECHT_TEXT: Record<Geschlecht, string> = { Frauen: 'Frauen', Maenner: 'Männer', Gesamt: 'gesamt' };

/** The two Kennzahlen with Planwerte: Integrationsquote (K2) and Langzeitleistungsbezug (K3). */
export const KENNZAHLEN = ['IQ', 'LZB'] as const;
export type Kennzahl = (typeof KENNZAHLEN)[number];
/** The three parts of a Kennzahl row: previous year, relative change in %, target. */
export const TEILE = ['VJ', 'Veraenderung', 'Ziel'] as const;
export type Teil = (typeof TEILE)[number];

export type KennzahlFeldName<K extends Kennzahl = Kennzahl, T extends Teil = Teil, G extends Geschlecht = Geschlecht> = `ZV_${K}_${T}_${G}`;

/** The name of a Kennzahl field: (IQ, Ziel, Frauen) → `ZV_IQ_Ziel_Frauen`. The only place that builds one. */
export function feldname<K extends Kennzahl, T extends Teil, G extends Geschlecht>(k: K, teil: T, g: G): KennzahlFeldName<K, T, G> {
  return `ZV_${k}_${teil}_${g}`;
}

function kennzahl<K extends Kennzahl>(k: K): FeldEintrag<KennzahlFeldName<K>>[] {
  const gruppe: Gruppe = k === 'IQ' ? 'Integrationsquote' : 'Langzeitleistungsbezug';
  const wort = k === 'IQ' ? 'Integrationsquote' : 'LZB-Bestand';
  const niveau: FeldTyp = k === 'IQ' ? 'quote' : 'bestand';
  const einheit = k === 'IQ' ? '%' : 'Personen';
  const format = k === 'IQ' ? FORMAT_QUOTE : FORMAT_BESTAND;
  const out: FeldEintrag<KennzahlFeldName<K>>[] = [];
  for (const g of GESCHLECHTER) {
    const gesamt = g === 'Gesamt';
    const gt = GESCHLECHT_TEXT[g];
    out.push(
      feld({
        name: feldname(k, 'VJ', g),
        typ: niveau,
        einheit,
        pflicht: KEINE,
        empfohlen: KEINE,
        arten: ALLE,
        bezeichnung: `${wort} Vorjahr (${gt})`,
        // the LZB total of the previous year is the sum of the genders; the IQ total is published
        rolle: k === 'LZB' && gesamt ? 'abgeleitet' : 'eingabe',
        gruppe,
        zahlenformat: format,
      }),
      feld({
        name: feldname(k, 'Veraenderung', g),
        typ: 'veraenderung',
        einheit: '%',
        pflicht: KEINE,
        empfohlen: KEINE,
        arten: ALLE,
        bezeichnung: `Veränderung ${wort} (${gt}) in %`,
        rolle: gesamt ? 'abgeleitet' : 'eingabe-oder-abgeleitet',
        gruppe,
        zahlenformat: FORMAT_VERAENDERUNG,
      }),
      feld({
        name: feldname(k, 'Ziel', g),
        typ: niveau,
        einheit,
        pflicht: KEINE,
        empfohlen: KEINE,
        arten: ALLE,
        bezeichnung: `Zielwert ${wort} (${gt})`,
        rolle: gesamt ? 'abgeleitet' : 'eingabe-oder-abgeleitet',
        gruppe,
        zahlenformat: format,
      }),
    );
  }
  return out;
}

const EINTRAEGE = [
  feld({
    name: 'ZV_Jahr',
    typ: 'jahr',
    einheit: null,
    pflicht: ALLE,
    empfohlen: KEINE,
    arten: ALLE,
    bezeichnung: 'Zieljahr',
    rolle: 'eingabe',
    gruppe: 'Allgemein',
    zahlenformat: '0',
  }),
  feld({
    name: 'ZV_Art',
    typ: 'auswahl',
    einheit: null,
    pflicht: ALLE,
    empfohlen: KEINE,
    arten: ALLE,
    bezeichnung: 'Art der Vereinbarung',
    rolle: 'eingabe',
    gruppe: 'Allgemein',
    auswahl: ARTEN,
  }),
  feld({
    name: 'ZV_Darstellung',
    typ: 'auswahl',
    einheit: null,
    pflicht: KEINE,
    empfohlen: KEINE,
    arten: GE,
    bezeichnung: 'Darstellung der Zielwerte',
    rolle: 'eingabe',
    gruppe: 'Allgemein',
    auswahl: DARSTELLUNGEN,
  }),
  ...partei('Agentur', 'Agentur für Arbeit', GE, GE, [
    'Agentur für Arbeit',
    'Unterzeichner/in der Agentur',
    'Funktion (Agentur)',
    'Agentur',
  ]),
  funktionDativ('Agentur', 'Agentur für Arbeit', GE, 'Agentur'),
  ...partei('Jobcenter', 'Jobcenter', GE, ALLE, ['Jobcenter', 'Unterzeichner/in des Jobcenters', 'Funktion (Jobcenter)', 'Jobcenter']),
  funktionDativ('Jobcenter', 'Jobcenter', GE, 'Jobcenter'),
  ...partei('Traeger', 'Kommunaler Träger', KT, KT, ['Kommunaler Träger', 'Unterzeichner/in des Trägers', 'Funktion (Träger)', 'Träger']),
  funktionDativ('Traeger', 'Kommunaler Träger', ['gE-kT'], 'Träger'),
  ...partei('Land', 'Land', ZKT, ZKT, ['Land (Ministerium)', 'Unterzeichner/in des Landes', 'Funktion (Land)', 'Land']),
  ...partei('Land2', 'Land', KEINE, ZKT, [
    'Zweites Land-Ministerium',
    'Unterzeichner/in des zweiten Ministeriums',
    'Funktion (zweites Ministerium)',
    'zweites Ministerium',
  ]),
  ...kennzahl('IQ'),
  feld({
    name: 'ZV_eLb_Frauen',
    typ: 'bestand',
    einheit: 'Personen',
    pflicht: KEINE,
    empfohlen: KEINE,
    arten: ALLE,
    bezeichnung: 'Geplanter eLb-Bestand (Frauen)',
    rolle: 'eingabe',
    gruppe: 'Integrationsquote',
    zahlenformat: FORMAT_BESTAND,
  }),
  feld({
    name: 'ZV_eLb_Maenner',
    typ: 'bestand',
    einheit: 'Personen',
    pflicht: KEINE,
    empfohlen: KEINE,
    arten: ALLE,
    bezeichnung: 'Geplanter eLb-Bestand (Männer)',
    rolle: 'eingabe',
    gruppe: 'Integrationsquote',
    zahlenformat: FORMAT_BESTAND,
  }),
  ...kennzahl('LZB'),
  feld({
    name: 'ZV_LLU_Prognose',
    typ: 'euro',
    einheit: '€',
    pflicht: KEINE,
    empfohlen: KEINE,
    arten: GE,
    bezeichnung: 'Prognose Leistungen zum Lebensunterhalt (K1)',
    rolle: 'eingabe',
    gruppe: 'Weitere Angaben',
    zahlenformat: FORMAT_EURO,
  }),
  feld({
    name: 'ZV_LLU_Veraenderung',
    typ: 'veraenderung',
    einheit: '%',
    pflicht: KEINE,
    empfohlen: KEINE,
    arten: ALLE,
    bezeichnung: 'Veränderung Leistungen zum Lebensunterhalt (K1) höchstens, in %',
    rolle: 'eingabe',
    gruppe: 'Weitere Angaben',
    zahlenformat: FORMAT_VERAENDERUNG,
  }),
  ...GESCHLECHTER.map((g) =>
    feld({
      name: `ZV_INT_Ziel_${g}` as const,
      typ: 'bestand',
      einheit: null,
      pflicht: KEINE,
      empfohlen: KEINE,
      arten: ALLE,
      bezeichnung: `Integrationen mindestens (${GESCHLECHT_TEXT[g]})`,
      rolle: g === 'Gesamt' ? 'eingabe-oder-abgeleitet' : 'eingabe',
      gruppe: 'Weitere Angaben',
      zahlenformat: FORMAT_BESTAND,
    }),
  ),
  feld({
    name: 'ZV_Zusatztext',
    typ: 'text',
    einheit: null,
    pflicht: KEINE,
    empfohlen: KEINE,
    arten: ALLE,
    bezeichnung: 'Zusatztext (Schlussteil)',
    rolle: 'eingabe',
    gruppe: 'Weitere Angaben',
  }),
  feld({
    name: 'ZV_Rahmenbedingungen',
    typ: 'text',
    einheit: null,
    pflicht: KEINE,
    empfohlen: KEINE,
    arten: ZKT,
    bezeichnung: 'Rahmenbedingungen',
    rolle: 'eingabe',
    gruppe: 'Weitere Angaben',
  }),
  feld({
    name: 'ZV_Budget_Verwaltung',
    typ: 'euro',
    einheit: '€',
    pflicht: KEINE,
    empfohlen: KEINE,
    arten: ZKT,
    bezeichnung: 'Budget Verwaltungskosten',
    rolle: 'eingabe',
    gruppe: 'Weitere Angaben',
    zahlenformat: FORMAT_EURO,
  }),
  feld({
    name: 'ZV_Budget_Eingliederung',
    typ: 'euro',
    einheit: '€',
    pflicht: KEINE,
    empfohlen: KEINE,
    arten: ZKT,
    bezeichnung: 'Budget Leistungen zur Eingliederung in Arbeit',
    rolle: 'eingabe',
    gruppe: 'Weitere Angaben',
    zahlenformat: FORMAT_EURO,
  }),
];

/** Every defined name of a single-cell field, as a union of literals taken from the catalogue. */
export type FeldName = (typeof EINTRAEGE)[number]['name'];
export type Feld = FeldEintrag<FeldName>;

export const FELDER: readonly Feld[] = EINTRAEGE;

/**
 * The field names as a typed constant object (`FELD.ZV_Jahr === 'ZV_Jahr'`), for code that names a
 * field: a typo does not compile.
 */
export const FELD = Object.fromEntries(FELDER.map((f) => [f.name, f.name])) as { readonly [N in FeldName]: N };

/** Whether a text is exactly a catalogue name (case-sensitive; `findeFeld` is lenient). */
export function istFeldName(name: string): name is FeldName {
  return Object.prototype.hasOwnProperty.call(FELD, name);
}

const NACH_NAME = new Map<string, Feld>(FELDER.map((f) => [f.name.toLowerCase(), f]));

const NACH_BEZEICHNUNG = new Map<string, Feld>(FELDER.map((f) => [f.bezeichnung.toLowerCase(), f]));

/** Finds a field by name, case-insensitively, with or without the `ZV_` prefix. */
export function findeFeld(name: string): Feld | undefined {
  const n = name.trim().toLowerCase();
  return NACH_NAME.get(n) ?? NACH_NAME.get(`zv_${n}`);
}

/** Finds a field by name or by its German label (column headers of `ZV_Liste`). */
export function findeFeldOderBezeichnung(text: string): Feld | undefined {
  return findeFeld(text) ?? NACH_BEZEICHNUNG.get(text.trim().replace(/\s+/g, ' ').toLowerCase());
}

export function feldFuer(name: string): Feld {
  const f = findeFeld(name);
  if (!f) throw new Error(`Unknown field ${name}`);
  return f;
}

export function istZahlenfeld(f: Feld): boolean {
  return f.typ === 'jahr' || f.typ === 'quote' || f.typ === 'veraenderung' || f.typ === 'bestand' || f.typ === 'euro';
}

// ---- Lists --------------------------------------------------------------------------------

export interface ListenSpalte {
  readonly name: string;
  readonly pflicht: boolean;
  readonly bezeichnung: string;
  readonly typ: 'text' | 'zahl' | 'vergleich';
}

export interface ListenEintrag<N extends string> {
  readonly name: N;
  readonly bezeichnung: string;
  readonly arten: readonly Art[];
  readonly spalten: readonly ListenSpalte[];
}

export const VERGLEICHE = ['<=', '>=', '='] as const;
export type Vergleich = (typeof VERGLEICHE)[number];

function liste<N extends string>(l: ListenEintrag<N>): ListenEintrag<N> {
  return l;
}

const LISTEN_EINTRAEGE = [
  liste({
    name: 'ZV_LokaleZiele',
    bezeichnung: 'Weitere lokale Ziele zwischen Jobcenter und Agentur für Arbeit',
    arten: GE,
    spalten: [
      { name: 'Ziel', pflicht: true, bezeichnung: 'Lokales Ziel zu', typ: 'text' },
      { name: 'Beschreibung', pflicht: true, bezeichnung: 'Beschreibung', typ: 'text' },
      { name: 'Wert', pflicht: false, bezeichnung: 'Wert', typ: 'zahl' },
      { name: 'Vergleich', pflicht: false, bezeichnung: 'Vergleich (<=, >=, =)', typ: 'vergleich' },
    ],
  }),
  liste({
    name: 'ZV_KommunaleZiele',
    bezeichnung: 'Kommunale Ziele zwischen Jobcenter und kommunalem Träger',
    arten: ['gE-kT'],
    spalten: [
      { name: 'Ziel', pflicht: true, bezeichnung: 'Kommunales Ziel zu', typ: 'text' },
      { name: 'Beschreibung', pflicht: true, bezeichnung: 'Beschreibung', typ: 'text' },
    ],
  }),
  liste({
    name: 'ZV_WeitereZiele',
    bezeichnung: 'Individualisierte Ziele mit Umsetzungsschritten',
    arten: ZKT,
    spalten: [
      { name: 'Ziel', pflicht: true, bezeichnung: 'Ziel', typ: 'text' },
      { name: 'Beschreibung', pflicht: true, bezeichnung: 'Beschreibung', typ: 'text' },
      { name: 'Schritte', pflicht: false, bezeichnung: 'Umsetzungsschritte (ein Schritt je Zeile)', typ: 'text' },
      { name: 'Erfolgskriterium', pflicht: false, bezeichnung: 'Das Ziel ist erreicht, wenn …', typ: 'text' },
    ],
  }),
  liste({
    name: 'ZV_Ergaenzungsziele',
    bezeichnung: 'Weitere Zielgrößen (Ergänzungsgrößen, Personengruppen)',
    arten: ALLE,
    spalten: [
      { name: 'Kennzahl', pflicht: true, bezeichnung: 'Kennzahl oder Zielgröße', typ: 'text' },
      { name: 'Wert', pflicht: true, bezeichnung: 'Wert', typ: 'zahl' },
      { name: 'Einheit', pflicht: true, bezeichnung: 'Einheit (%, Anzahl, €)', typ: 'text' },
      { name: 'Vergleich', pflicht: false, bezeichnung: 'Vergleich (<=, >=, =)', typ: 'vergleich' },
      { name: 'Bezug', pflicht: false, bezeichnung: 'Bezug (Zielwert oder Veränderung)', typ: 'text' },
    ],
  }),
  liste({
    name: 'ZV_Ist',
    bezeichnung: 'Jahresfortschrittswerte je Monat (Zielnachhaltung)',
    arten: ALLE,
    spalten: [
      { name: 'Monat', pflicht: true, bezeichnung: 'Monat', typ: 'text' },
      { name: 'Kennzahl', pflicht: true, bezeichnung: 'Kennzahl (IQ, LZB, LLU)', typ: 'text' },
      { name: 'Frauen', pflicht: false, bezeichnung: 'Frauen', typ: 'zahl' },
      { name: 'Maenner', pflicht: false, bezeichnung: 'Männer', typ: 'zahl' },
      { name: 'Gesamt', pflicht: false, bezeichnung: 'Gesamt', typ: 'zahl' },
      { name: 'Datenstand', pflicht: false, bezeichnung: 'Datenstand', typ: 'text' },
      { name: 'Wartezeit', pflicht: false, bezeichnung: 'Wartezeit in Monaten', typ: 'zahl' },
    ],
  }),
];

/** The name of a list (a table or range with a header row): `ZV_LokaleZiele`, … */
export type ListenName = (typeof LISTEN_EINTRAEGE)[number]['name'];
export type Liste = ListenEintrag<ListenName>;
export const LISTEN: readonly Liste[] = LISTEN_EINTRAEGE;
/** The list names as a typed constant object (`LISTE.ZV_LokaleZiele`). */
export const LISTE = Object.fromEntries(LISTEN.map((l) => [l.name, l.name])) as { readonly [N in ListenName]: N };

/** The list of agreements, one per row (not a goal list). */
export const LISTE_VEREINBARUNGEN = 'ZV_Liste';

export function findeListe(name: string): Liste | undefined {
  const n = name.trim().toLowerCase();
  return LISTEN.find((l) => l.name.toLowerCase() === n);
}
