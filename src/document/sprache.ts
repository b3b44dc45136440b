/**
 * German inflection of the parties' names and roles, as the agreements write them:
 * "zwischen dem Vorsitzenden der Geschäftsführung der Agentur für Arbeit Lörrach",
 * "Geschäftsführerin des Jobcenters Stadt Kaiserslautern", "der Landrätin des Landkreises Lörrach",
 * "Das Ziel ist erreicht, wenn die Integrationsquote des Landkreises Emsland …".
 *
 * Heuristics over the head noun; a name they do not recognise is used as written, without an article.
 */
import { beugeRolle, type Rollenform } from '../rules/rolle';

export type { Rollenform };

export interface Nominalphrase {
  /** With article, nominative: "der Landkreis Emsland", "das Niedersächsische Ministerium …". */
  readonly nominativ: string;
  /** With article, genitive: "des Landkreises Emsland", "der Agentur für Arbeit Lörrach". */
  readonly genitiv: string;
  /** With article, dative: "dem Landkreis Emsland", "der Stadt Köln". */
  readonly dativ: string;
  /** Whether an article was found; without one the forms are the name as written. */
  readonly erkannt: boolean;
}

type Genus = 'm' | 'f' | 'n';

const ARTIKEL: Record<Genus, { nom: string; gen: string; dat: string }> = {
  m: { nom: 'der', gen: 'des', dat: 'dem' },
  f: { nom: 'die', gen: 'der', dat: 'der' },
  n: { nom: 'das', gen: 'des', dat: 'dem' },
};

interface Kopf {
  genus: Genus;
  /** Genitive form of the head word. */
  genitiv: (wort: string) => string;
}

const unveraendert = (w: string): string => w;
const mitS = (w: string): string => (/[sßxz]$/.test(w) ? `${w}es` : `${w}s`);
const mitEs = (w: string): string => `${w}es`;

function kopfVon(wort: string): Kopf | null {
  const w = wort.toLowerCase();
  if (/kreis$/.test(w)) return { genus: 'm', genitiv: mitEs };
  if (/^jobcenter$/.test(w)) return { genus: 'n', genitiv: mitS };
  if (/(ministerium|amt)$/.test(w)) return { genus: 'n', genitiv: (x) => (/amt$/i.test(x) ? `${x}es` : `${x}s`) };
  if (/(agentur|stadt|region|gemeinde|verwaltung|behörde|einrichtung|anstalt|senatsverwaltung|kommune)$/.test(w))
    return { genus: 'f', genitiv: unveraendert };
  if (/^(land|bundesland|bezirk)$/.test(w)) return { genus: w === 'land' || w === 'bundesland' ? 'n' : 'm', genitiv: mitEs };
  return null;
}

/** Adjective ending after a definite article: nominative (-e) or genitive/dative (-en). */
function adjektiv(wort: string, fall: 'nom' | 'obl'): string {
  const stamm = wort.replace(/(es|e)$/, '');
  return fall === 'nom' ? `${stamm}e` : `${stamm}en`;
}

/** The noun phrase forms of an organisation's name. */
export function nominalphrase(name: string): Nominalphrase {
  const n = name.trim().replace(/\s+/g, ' ');
  if (n === '') return { nominativ: '', genitiv: '', dativ: '', erkannt: false };
  // Already with an article: use as written.
  if (/^(der|die|das|dem|des|den)\s/i.test(n)) return { nominativ: n, genitiv: n, dativ: n, erkannt: false };
  const woerter = n.split(' ');
  const erstes = woerter[0]!;
  const kopf = kopfVon(erstes);
  if (kopf) {
    const rest = woerter.slice(1).join(' ');
    const a = ARTIKEL[kopf.genus];
    const mit = (wort: string): string => (rest ? `${wort} ${rest}` : wort);
    return { nominativ: `${a.nom} ${n}`, genitiv: `${a.gen} ${mit(kopf.genitiv(erstes))}`, dativ: `${a.dat} ${n}`, erkannt: true };
  }
  // "Niedersächsisches Ministerium für …", "Bayerisches Staatsministerium …": adjective + noun.
  const zweites = woerter[1];
  const kopf2 = zweites ? kopfVon(zweites) : null;
  if (zweites && kopf2 && /^[A-ZÄÖÜ][a-zäöüß-]+(es|e)$/.test(erstes)) {
    const rest = woerter.slice(2).join(' ');
    const a = ARTIKEL[kopf2.genus];
    const mit = (adj: string, nomen: string): string => [adj, nomen, rest].filter(Boolean).join(' ');
    return {
      nominativ: `${a.nom} ${mit(adjektiv(erstes, 'nom'), zweites)}`,
      genitiv: `${a.gen} ${mit(adjektiv(erstes, 'obl'), kopf2.genitiv(zweites))}`,
      dativ: `${a.dat} ${mit(adjektiv(erstes, 'obl'), zweites)}`,
      erkannt: true,
    };
  }
  return { nominativ: n, genitiv: n, dativ: n, erkannt: false };
}

/** Capitalises the first letter (sentence start): "der Landkreis" → "Der Landkreis". */
export function gross(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A person's role in the dative with its article, as in "zwischen dem Vorsitzenden der
 * Geschäftsführung": { artikel: 'dem', rolle: 'Vorsitzenden der Geschäftsführung' }; adjectives take
 * the weak ending ("dem Stellvertretenden Vorsitzenden", "dem Ersten Kreisbeigeordneten", "der
 * Stellvertretenden Geschäftsführerin"). The grammar is src/rules/rolle.ts (the checks use it too).
 */
export function rolleDativ(funktion: string): Rollenform {
  return beugeRolle(funktion).dativ;
}

/** The role in the genitive with its article: "des Stellvertretenden Vorsitzenden der Geschäftsführung", "des Geschäftsführers". */
export function rolleGenitiv(funktion: string): Rollenform {
  return beugeRolle(funktion).genitiv;
}

const LAENDER: readonly [RegExp, string][] = [
  [/baden-württemberg/i, 'Baden-Württemberg'],
  [/bayer/i, 'Bayern'],
  [/berlin/i, 'Berlin'],
  [/brandenburg/i, 'Brandenburg'],
  [/bremen/i, 'Bremen'],
  [/hamburg/i, 'Hamburg'],
  [/hessen|hessisch/i, 'Hessen'],
  [/mecklenburg-vorpommern/i, 'Mecklenburg-Vorpommern'],
  [/niedersachsen|niedersächsisch/i, 'Niedersachsen'],
  [/nordrhein-westfalen/i, 'Nordrhein-Westfalen'],
  [/rheinland-pfalz/i, 'Rheinland-Pfalz'],
  [/saarland/i, 'Saarland'],
  [/sachsen-anhalt/i, 'Sachsen-Anhalt'],
  [/sachsen|sächsisch/i, 'Sachsen'],
  [/schleswig-holstein/i, 'Schleswig-Holstein'],
  [/thüringen|thüringer/i, 'Thüringen'],
];

/** The Land named in a ministry's name ("Niedersächsisches Ministerium …" → "Niedersachsen"), or null. */
export function landAus(ministerium: string): string | null {
  for (const [muster, land] of LAENDER) if (muster.test(ministerium)) return land;
  return null;
}
