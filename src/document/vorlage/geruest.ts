/**
 * The compiled form of a template part: docxtemplater parses the part once (tags split across runs
 * joined, loops expanded to their paragraph or table row, paragraphLoop), and a module of ours renders
 * every tag as a marker instead of a value. The result, the part's XML with markers, is cut once into
 * a tree of literal XML, value tags and loops; filling an agreement then only walks that tree.
 *
 * Uses docxtemplater's documented module interface (a module with `render(part, options)` that
 * returns `{ value }`, and `options.render` for the content of a loop, as docxtemplater's own loop
 * module does); nothing else of its internals.
 */

const AUF = '\u0001';
const ZU = '\u0002';

/** One tag as docxtemplater parsed it, with the loops it stands in (outermost first). */
export interface GefundenerTag {
  readonly name: string;
  readonly art: 'wert' | 'schleife' | 'bedingung-nicht' | 'abschnitt' | 'anderes';
  readonly schleifen: readonly string[];
  /** The tag as written, for messages: `{ZV_Foo}`, `{#ZV_LokaleZiele}`, `{@x}`. */
  readonly roh: string;
  /** The part it stands in: `word/document.xml`, `word/header1.xml`, … */
  readonly teil: string;
}

interface Teil {
  readonly type: string;
  readonly value: string;
  readonly module?: string;
  readonly inverted?: boolean;
  readonly subparsed?: unknown[];
  readonly raw?: string;
}

interface RenderOptionen {
  readonly render: (o: RenderOptionen & { compiled: unknown[]; tags: object }) => { parts: unknown[] };
  [k: string]: unknown;
}

/** The docxtemplater module that renders tags as markers and records every tag with its loops. */
export function geruestModul(gefunden: GefundenerTag[]): object {
  const stapel: string[] = [];
  return {
    name: 'ZielplanerGeruest',
    priority: 1_000_000,
    render(part: Teil, options: RenderOptionen): { value: string | string[] } | null {
      if (part.type !== 'placeholder') return null;
      const teil = String(options.filePath ?? 'word/document.xml');
      // "{ ZV_Jahr }" is "{ZV_Jahr}": Word users put spaces inside the braces
      const name = part.value.trim();
      if (part.module === 'loop') {
        const zeichen = part.inverted ? '^' : '#';
        gefunden.push({
          name,
          art: part.inverted ? 'bedingung-nicht' : 'schleife',
          schleifen: [...stapel],
          roh: `{${zeichen}${part.value}}`,
          teil,
        });
        stapel.push(name);
        const innen = options.render({ ...options, compiled: part.subparsed ?? [], tags: {} });
        stapel.pop();
        // the content stays a list of parts, so that docxtemplater's final repair still sees the
        // table rows and paragraphs in it (a table whose rows it cannot see, it drops)
        const teile = innen.parts.filter((p): p is string => typeof p === 'string');
        return { value: [`${AUF}${zeichen}${name}${ZU}`, ...teile, `${AUF}/${ZU}`] };
      }
      if (part.module === 'rawxml') {
        // a section tag {@ZV_Abschnitt_…}: docxtemplater has expanded it to its whole paragraph
        gefunden.push({ name, art: 'abschnitt', schleifen: [...stapel], roh: `{@${part.value}}`, teil });
        return { value: `${AUF}@${name}${ZU}` };
      }
      if (part.module) {
        gefunden.push({ name, art: 'anderes', schleifen: [...stapel], roh: `{${part.raw ?? part.value}}`, teil });
        return { value: '' };
      }
      gefunden.push({ name, art: 'wert', schleifen: [...stapel], roh: `{${part.value}}`, teil });
      return { value: `${AUF}=${name}${ZU}` };
    },
  };
}

export type Knoten =
  | string
  | { readonly art: 'wert'; readonly name: string }
  | { readonly art: 'abschnitt'; readonly name: string }
  | { readonly art: 'schleife'; readonly name: string; readonly nicht: boolean; readonly innen: readonly Knoten[] };

/** Whether a part's rendered XML holds any marker (the part is templated). */
export function hatMarken(xml: string): boolean {
  return xml.includes(AUF);
}

/** Cuts a part's XML with markers into the tree that fuelle() walks. */
export function zerlege(xml: string): Knoten[] {
  const wurzel: Knoten[] = [];
  const stapel: { name: string; nicht: boolean; innen: Knoten[] }[] = [];
  let aktuell = wurzel;
  // the markers are control characters on purpose: no document text can contain them
  // eslint-disable-next-line no-control-regex
  const muster = /\u0001([=#^/@])([^\u0002]*)\u0002/g;
  let zuletzt = 0;
  for (const m of xml.matchAll(muster)) {
    if (m.index > zuletzt) aktuell.push(xml.slice(zuletzt, m.index));
    zuletzt = m.index + m[0].length;
    const [, zeichen, name = ''] = m;
    if (zeichen === '=') aktuell.push({ art: 'wert', name });
    else if (zeichen === '@') aktuell.push({ art: 'abschnitt', name });
    else if (zeichen === '/') {
      const s = stapel.pop()!;
      aktuell = stapel.length > 0 ? stapel[stapel.length - 1]!.innen : wurzel;
      aktuell.push({ art: 'schleife', name: s.name, nicht: s.nicht, innen: s.innen });
    } else {
      const s = { name, nicht: zeichen === '^', innen: [] as Knoten[] };
      stapel.push(s);
      aktuell = s.innen;
    }
  }
  if (zuletzt < xml.length) aktuell.push(xml.slice(zuletzt));
  return wurzel;
}

export type Wert = string | readonly Readonly<Record<string, string>>[];
export type Bereich = Readonly<Record<string, Wert>>;
/** The XML of each section tag (src/document/vorlage/eingebaut.ts), written as it is. */
export type Abschnitte = ReadonlyMap<string, string>;

/** How a value becomes XML text: escaped, with line breaks and tabs as Word elements where the part is a document part. */
export type Schreiber = (text: string) => string;

function suche(bereiche: readonly Bereich[], name: string): Wert | undefined {
  for (let i = bereiche.length - 1; i >= 0; i--) {
    const w = bereiche[i]![name];
    if (w !== undefined) return w;
  }
  return undefined;
}

/**
 * Fills a tree: a value tag gets its text, a loop over a list repeats its content per row, a loop over
 * a text keeps its content when the text is not empty ({^…} the opposite). Returns whether a loop came
 * out empty (then the caller mends tables left without rows).
 */
export function fuelle(
  knoten: readonly Knoten[],
  bereiche: readonly Bereich[],
  schreibe: Schreiber,
  aus: string[],
  abschnitte: Abschnitte = new Map(),
): boolean {
  let leer = false;
  for (const k of knoten) {
    if (typeof k === 'string') aus.push(k);
    else if (k.art === 'abschnitt') {
      // a section the agreement's kind does not have (IV in a gE agreement) leaves nothing
      const xml = abschnitte.get(k.name) ?? '';
      if (xml === '') leer = true;
      aus.push(xml);
    } else if (k.art === 'wert') {
      const w = suche(bereiche, k.name);
      aus.push(typeof w === 'string' ? schreibe(w) : '');
    } else {
      const w = suche(bereiche, k.name);
      const zeilen = Array.isArray(w) ? (w as readonly Readonly<Record<string, string>>[]) : null;
      const voll = zeilen ? zeilen.length > 0 : typeof w === 'string' && w !== '';
      if (k.nicht) {
        if (!voll) leer = fuelle(k.innen, bereiche, schreibe, aus, abschnitte) || leer;
        else leer = true;
      } else if (!voll) leer = true;
      else if (zeilen) for (const z of zeilen) leer = fuelle(k.innen, [...bereiche, z], schreibe, aus, abschnitte) || leer;
      else leer = fuelle(k.innen, bereiche, schreibe, aus, abschnitte) || leer;
    }
  }
  return leer;
}

/**
 * Mends what an empty loop can leave behind: a table without rows (removed) and a table cell without a
 * paragraph (given an empty one), both of which Word refuses to open.
 */
export function flicke(xml: string): string {
  return xml
    .replace(/<w:tbl>(?:(?!<w:tbl>|<w:tr[ >]).)*?<\/w:tbl>/gs, '')
    .replace(/(<w:tc>(?:<w:tcPr>(?:(?!<\/w:tcPr>).)*<\/w:tcPr>|<w:tcPr\/>)?)(<\/w:tc>)/gs, '$1<w:p/>$2');
}
