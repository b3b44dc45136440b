/**
 * A signer's role declined after the definite article, as the party block writes it: entered as
 * printed under the signature (nominative), "Stellvertretender Vorsitzender der Geschäftsführung"
 * becomes "dem Stellvertretenden Vorsitzenden der Geschäftsführung" (dative) and "des
 * Stellvertretenden Vorsitzenden der Geschäftsführung" (genitive); "Erster Kreisbeigeordneter" "dem
 * Ersten Kreisbeigeordneten"; "Stellvertretende Geschäftsführerin" "der Stellvertretenden
 * Geschäftsführerin", "Geschäftsführer" "des Geschäftsführers", "Präsident" "dem Präsidenten".
 *
 * The role itself is the capitalised words before the first lower-case word ("der", "für", "des"),
 * abbreviations such as "stellv." included and left as written. Its leading adjectives (participles,
 * ordinals, -isch/-ig/-lich) take the weak ending -en; the first word that is no adjective is the head
 * noun and gives the gender (-in, -ung … feminine), or, when every word is an adjective, the last one
 * is a nominalised adjective (Vorsitzender, Beigeordnete). Words after the head stay as written
 * ("Bereichsleiter Markt und Integration").
 *
 * A role written for both genders ("Vorsitzende/r der Geschäftsführung", "Oberbürgermeister/in",
 * "Landrat/Landrätin") gets both articles: "dem/der Vorsitzenden der Geschäftsführung".
 *
 * `erkannt` is false when the head is none of the known kinds (or the role joins two roles right
 * after the head, "Beigeordneter und Sozialdezernent", or has a slash that is no gender pair): the forms are then a guess (masculine, unchanged), and the
 * checks ask for the inflected form (ZV_…_Funktion_Dativ).
 */

export interface Rollenform {
  /** "dem", "der", "des". */
  readonly artikel: string;
  /** The declined role with what follows it: "Stellvertretenden Vorsitzenden der Geschäftsführung". */
  readonly rolle: string;
}

export interface GebeugteRolle {
  readonly dativ: Rollenform;
  readonly genitiv: Rollenform;
  /** Whether the head noun was understood; false: the forms are a guess. */
  readonly erkannt: boolean;
}

/** Adjectives and nominalised adjectives of roles (nominative -er/-e): participles, ordinals, -isch/-ig/-lich. */
const ADJEKTIV =
  /(end|erst|zweit|dritt|viert|fünft|ordnet|tragt|mächtigt|stellt|delegiert|wählt|setzt|nannt|ständig|isch|ig|lich|oberst|höchst|ältest|beamt|dienstet|gesandt)(er|e)$/i;
/** Weak nouns: "dem Präsidenten", "des Dezernenten". */
const SCHWACH = /(präsident|dezernent|referent|assistent|kandidat)$/i;
/** Feminine nouns: "der Geschäftsführerin", "der Leitung". */
const WEIBLICH = /(in|ung|schaft|heit|keit|ion)$/i;
/** Masculine nouns with the genitive -s: "des Geschäftsführers", "des Landrats", "des Direktors". */
const STARK = /(er|or|är|rat|ar|stand|chef|wart|ling|eur|ier|mann)$/i;
/** Abbreviations within a role ("stellv.", "komm."): left as written. */
const ABKUERZUNG = /^\p{L}+\.$/u;
/** A second role joined to the first: the head of the first alone is not the whole role. */
const VERBUNDEN = /^(und|sowie|bzw\.|oder)\s/i;

const weak = (adjektiv: string): string => adjektiv.replace(/(er|e)$/i, 'en');

/** One slashed word of a role as its masculine and feminine word, or null when the slash is not a gender pair. */
function paar(wort: string): { m: string; f: string } | null {
  const teile = wort.split('/');
  if (teile.length !== 2) return null;
  const [a, b] = teile as [string, string];
  if (/^r$/.test(b) && /e$/.test(a)) return { m: `${a}r`, f: a }; // Vorsitzende/r, Erste/r
  if (/^-?in$/.test(b)) return { m: a, f: `${a}in` }; // Geschäftsführer/in, Geschäftsführer/-in
  if (/^\p{Lu}/u.test(b)) {
    // Landrat/Landrätin, Landrätin/Landrat: exactly one of them feminine
    const fa = WEIBLICH.test(a);
    const fb = WEIBLICH.test(b);
    if (fa !== fb) return fa ? { m: b, f: a } : { m: a, f: b };
  }
  return null;
}

/** "dem" and "der" forms of a gender pair joined as the role was written: "Oberbürgermeister/in", "Landrat/Landrätin". */
function verbinde(m: Rollenform, f: Rollenform): Rollenform {
  const mw = m.rolle.split(' ');
  const fw = f.rolle.split(' ');
  const rolle = mw.map((w, i) => {
    const g = fw[i] ?? '';
    if (w === g) return w;
    if (g === `${w}in`) return `${w}/in`;
    return `${w}/${g}`;
  });
  return { artikel: `${m.artikel}/${f.artikel}`, rolle: rolle.join(' ') };
}

/**
 * A role written for both genders ("Vorsitzende/r der Geschäftsführung", "Oberbürgermeister/in",
 * "Landrat/Landrätin"): both declined, joined with both articles ("dem/der Vorsitzenden der
 * Geschäftsführung"); null when the role has no such slash.
 */
function beideGeschlechter(woerter: readonly string[], rollenwoerter: number): GebeugteRolle | null {
  if (!woerter.slice(0, rollenwoerter).some((w) => w.includes('/'))) return null;
  const paare = woerter.map((w, i) => (i < rollenwoerter && w.includes('/') ? paar(w) : { m: w, f: w }));
  const unbekannt = {
    dativ: { artikel: 'dem', rolle: woerter.join(' ') },
    genitiv: { artikel: 'des', rolle: woerter.join(' ') },
    erkannt: false,
  };
  if (paare.some((p) => p === null)) return unbekannt;
  const m = beugeRolle(paare.map((p) => p!.m).join(' '));
  const f = beugeRolle(paare.map((p) => p!.f).join(' '));
  if (!m.erkannt || !f.erkannt || m.dativ.artikel !== 'dem' || f.dativ.artikel !== 'der') return unbekannt;
  return { dativ: verbinde(m.dativ, f.dativ), genitiv: verbinde(m.genitiv, f.genitiv), erkannt: true };
}

/** The dative and genitive of a role (see above). */
export function beugeRolle(funktion: string): GebeugteRolle {
  const woerter = funktion.trim().replace(/\s+/g, ' ').split(' ').filter(Boolean);
  let n = woerter.findIndex((w) => !/^\p{Lu}/u.test(w) && !ABKUERZUNG.test(w));
  if (n === -1) n = woerter.length;
  const beide = beideGeschlechter(woerter, n);
  if (beide) return beide;
  const kopf = woerter.slice(0, n);
  const rest = woerter.slice(n).join(' ');
  const mitRest = (teile: string[]): string => [...teile, ...(rest ? [rest] : [])].join(' ');

  // the head: the first word that is neither an abbreviation nor an adjective; else the last adjective
  let k = kopf.findIndex((w) => !ABKUERZUNG.test(w) && !ADJEKTIV.test(w));
  const nominalisiert = k === -1;
  if (nominalisiert) k = kopf.reduce((letztes, w, i) => (ADJEKTIV.test(w) ? i : letztes), -1);
  const wort = kopf[k] ?? '';
  const adjektive = kopf.slice(0, Math.max(k, 0)).map((w) => (ABKUERZUNG.test(w) ? w : weak(w)));
  const danach = kopf.slice(k + 1);

  let weiblich: boolean;
  let dativ: string;
  let genitiv: string;
  let erkannt = k >= 0 && !(danach.length === 0 && VERBUNDEN.test(rest));
  if (nominalisiert && k >= 0) {
    weiblich = /e$/i.test(wort);
    dativ = genitiv = weak(wort);
  } else if (WEIBLICH.test(wort)) {
    weiblich = true;
    dativ = genitiv = wort;
  } else if (SCHWACH.test(wort)) {
    weiblich = false;
    dativ = genitiv = `${wort}en`;
  } else {
    weiblich = false;
    dativ = wort;
    genitiv = STARK.test(wort) ? (/[sßxz]$/i.test(wort) ? `${wort}es` : `${wort}s`) : wort;
    if (!STARK.test(wort)) erkannt = false;
  }
  const form = (artikel: string, kopfwort: string): Rollenform => ({
    artikel,
    rolle: mitRest([...adjektive, ...(kopfwort ? [kopfwort] : []), ...danach]),
  });
  return {
    dativ: form(weiblich ? 'der' : 'dem', dativ),
    genitiv: form(weiblich ? 'der' : 'des', genitiv),
    erkannt,
  };
}

/**
 * An inflected form as entered (ZV_…_Funktion_Dativ): "dem Ersten Beigeordneten" → { artikel: 'dem',
 * rolle: 'Ersten Beigeordneten' }; without an article the whole text is the role and the article is ''.
 */
export function zerlegeRollenform(text: string): Rollenform {
  const t = text.trim().replace(/\s+/g, ' ');
  const m = /^(dem|der|des|den)\s+(.+)$/i.exec(t);
  return m ? { artikel: m[1]!.toLowerCase(), rolle: m[2]! } : { artikel: '', rolle: t };
}
