/**
 * The ZV_Liste example (examples/ZV_Liste_405.xlsx): 405 fictional Jobcenters, one agreement per
 * row. The data only; scripts/beispiele.ts writes it as an Excel table.
 */
import { FELDER, type Art, type Feld } from '../src/catalogue/felder';

export const LISTE_ZEILEN = 405;

export interface ListenDaten {
  /** The catalogue field of each column. */
  readonly felder: readonly Feld[];
  /** The header row as written in the table. */
  readonly kopf: readonly string[];
  /** One row of cell values per Jobcenter, in the columns' order. */
  readonly zeilen: (string | number | null)[][];
}

/** mulberry32: a small deterministic pseudo-random generator. */
function zufall(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SILBEN_A = [
  'Ahl',
  'Bor',
  'Cel',
  'Dorn',
  'Eich',
  'Fal',
  'Gern',
  'Hag',
  'Ilm',
  'Kal',
  'Lin',
  'Mar',
  'Nord',
  'Oster',
  'Pfal',
  'Rhein',
  'Sted',
  'Tann',
  'Ulm',
  'Wald',
  'Zell',
  'Berg',
  'Loh',
  'Wies',
];
const SILBEN_B = [
  'bach',
  'berg',
  'burg',
  'dorf',
  'feld',
  'hagen',
  'hausen',
  'heim',
  'stedt',
  'stadt',
  'tal',
  'au',
  'ingen',
  'ow',
  'witz',
  'brück',
];
const LAENDER = [
  'Niedersachsen',
  'Hessen',
  'Nordrhein-Westfalen',
  'Baden-Württemberg',
  'Bayern',
  'Brandenburg',
  'Sachsen-Anhalt',
  'Thüringen',
  'Schleswig-Holstein',
  'Rheinland-Pfalz',
];
const VORNAMEN = [
  'Anna',
  'Bernd',
  'Claudia',
  'Dirk',
  'Eva',
  'Frank',
  'Gabriele',
  'Holger',
  'Ines',
  'Jörg',
  'Karin',
  'Lars',
  'Monika',
  'Norbert',
  'Petra',
  'Ralf',
  'Sabine',
  'Thomas',
  'Ute',
  'Volker',
];
const NACHNAMEN = [
  'Albrecht',
  'Becker',
  'Conrad',
  'Dietrich',
  'Engel',
  'Fischer',
  'Günther',
  'Hoffmann',
  'Jung',
  'Krüger',
  'Lange',
  'Möller',
  'Neumann',
  'Otto',
  'Peters',
  'Richter',
  'Schulz',
  'Vogel',
  'Wagner',
  'Ziegler',
];

/**
 * The rows of the ZV_Liste example: `zeilen` fictional Jobcenters of all three kinds, the same on
 * every run (a seeded generator). The columns are the catalogue's input fields that make sense per
 * row; the header names some with, some without the ZV_ prefix.
 */
export function listenDaten(zeilen = LISTE_ZEILEN): ListenDaten {
  const r = zufall(48);
  const wahl = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const zwischen = (a: number, b: number): number => a + r() * (b - a);
  const runde = (x: number, s = 1): number => Math.round(x * 10 ** s) / 10 ** s;
  const person = (): string => `${wahl(VORNAMEN)} ${wahl(NACHNAMEN)}`;

  // the columns: the catalogue's input fields that make sense per row (no lists, no long texts)
  const ohne = new Set(['ZV_Zusatztext', 'ZV_Rahmenbedingungen', 'ZV_Budget_Verwaltung', 'ZV_Budget_Eingliederung']);
  // (the inflected roles, ZV_…_Funktion_Dativ, only for roles Zielplaner cannot decline: none here)
  const felder = FELDER.filter((f) => f.rolle !== 'abgeleitet' && !/_Ziel_|_Funktion_Dativ$/.test(f.name) && !ohne.has(f.name));
  // header: some with, some without the ZV_ prefix
  const kopf = felder.map((f, i) => (i % 3 === 1 ? f.name.slice(3) : f.name));

  const orte = new Set<string>();
  const zeilenWerte: (string | number | null)[][] = [];
  for (let i = 0; i < zeilen; i++) {
    let ort = '';
    do {
      ort = `${wahl(SILBEN_A)}${wahl(SILBEN_B)}`;
      if (orte.has(ort)) ort = `${ort}-${wahl(['Nord', 'Süd', 'Ost', 'West', 'Land'])}`;
    } while (orte.has(ort));
    orte.add(ort);
    const art: Art = i % 4 === 3 ? 'zkT' : i % 4 === 2 ? 'gE-kT' : 'gE';
    const kreis = r() < 0.6;
    const traeger = kreis ? `Landkreis ${ort}` : `Stadt ${ort}`;
    const iqF = runde(zwischen(11, 22));
    const iqM = runde(iqF + zwischen(6, 12));
    const w = zwischen(0.5, 0.58);
    const iqT = runde(w * iqF + (1 - w) * iqM);
    const elb = Math.round(zwischen(2500, 40000));
    const wPlan = w + zwischen(-0.01, 0.01);
    const elbF = Math.round(elb * wPlan);
    const elbM = elb - elbF;
    const lzbF = Math.round(elbF * zwischen(0.55, 0.72));
    const lzbM = Math.round(elbM * zwischen(0.5, 0.68));
    const werte: Record<string, string | number | null> = {
      ZV_Jahr: 2025,
      ZV_Art: art,
      ZV_Darstellung: art === 'zkT' ? null : wahl(['Zielwert', 'Zielwert mit Veränderung', 'Veränderung', 'Veränderung und Zielwert']),
      ZV_Agentur: art === 'zkT' ? null : `Agentur für Arbeit ${ort}`,
      ZV_Agentur_Person: art === 'zkT' ? null : person(),
      ZV_Agentur_Funktion: art === 'zkT' ? null : 'Vorsitzende/r der Geschäftsführung',
      ZV_Jobcenter: `Jobcenter ${traeger}`,
      ZV_Jobcenter_Person: person(),
      ZV_Jobcenter_Funktion: 'Geschäftsführung',
      ZV_Traeger: art === 'gE' ? null : traeger,
      ZV_Traeger_Person: art === 'gE' ? null : person(),
      ZV_Traeger_Funktion: art === 'gE' ? null : kreis ? 'Landrat/Landrätin' : 'Oberbürgermeister/in',
      ZV_Land: art === 'zkT' ? `Ministerium für Arbeit und Soziales des Landes ${wahl(LAENDER)}` : null,
      ZV_Land_Person: art === 'zkT' ? person() : null,
      ZV_Land_Funktion: art === 'zkT' ? 'Staatssekretär/in' : null,
      ZV_IQ_VJ_Frauen: iqF,
      ZV_IQ_VJ_Maenner: iqM,
      ZV_IQ_VJ_Gesamt: iqT,
      ZV_IQ_Veraenderung_Frauen: runde(zwischen(-4, 7)),
      ZV_IQ_Veraenderung_Maenner: runde(zwischen(-5, 5)),
      ZV_eLb_Frauen: elbF,
      ZV_eLb_Maenner: elbM,
      ZV_LZB_VJ_Frauen: lzbF,
      ZV_LZB_VJ_Maenner: lzbM,
      ZV_LZB_Veraenderung_Frauen: runde(zwischen(-6, 8)),
      ZV_LZB_Veraenderung_Maenner: runde(zwischen(-6, 8)),
      ZV_LLU_Prognose: art === 'zkT' ? null : Math.round(elb * zwischen(3800, 5200)),
    };
    zeilenWerte.push(felder.map((f) => werte[f.name] ?? null));
  }
  return { felder, kopf, zeilen: zeilenWerte };
}
