/**
 * Packs a built document into .docx bytes, faster for batches than `Packer.pack` while producing the
 * same package parts.
 *
 * Most of the work of a two-page agreement is in parts that are the same for every agreement
 * (styles, theme, settings; also the small empty parts): docx formats and deflates them
 * anew for each document. Here they are formatted once and their deflated bytes reused:
 * - the compile step of docx is given the document through a proxy that answers the unchanging
 *   parts with their formatted form from the first document;
 * - the parts are zipped by fflate (zip.ts), reusing the compressed bytes of a part whose text is
 *   unchanged.
 * This relies on docx internals (its compiler, the File's part getters). It is therefore checked
 * once per process: the parts must equal those of docx's own compile, twice over; otherwise, or if
 * anything is missing or throws, `Packer.pack` is used. Pure: no file system, works in the browser.
 */
import { Packer, type Document } from 'docx';
import { strToU8 } from 'fflate';
import { festesTeil, zippe, type FestesTeil, type NeuesTeil } from './zip';

type Inhalt = string | Uint8Array;
interface Compiler {
  compile(file: unknown): Map<string, Inhalt>;
}
interface Formatierbar {
  prepForXml(kontext: unknown): unknown;
}

/** Parts formatted the same for every agreement (getter names of docx's File). */
const GLEICHE_TEILE = ['Styles', 'Theme', 'Settings'] as const;

let modus: 'ungeprueft' | 'schnell' | 'docx' = 'ungeprueft';
const formatiert = new Map<string, unknown>();

function compiler(): Compiler | null {
  const c = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  return c && typeof c.compile === 'function' ? (c as Compiler) : null;
}

/** The document with its unchanging parts answered from `formatiert` (or recorded into it). */
function mitGleichenTeilen(file: Document, aufzeichnen: boolean): Document {
  return new Proxy(file, {
    get(ziel, name) {
      if (typeof name === 'string' && (GLEICHE_TEILE as readonly string[]).includes(name)) {
        if (!aufzeichnen && formatiert.has(name)) {
          const fertig = formatiert.get(name);
          return { prepForXml: () => fertig } satisfies Formatierbar;
        }
        const echt = Reflect.get(ziel, name, ziel) as Formatierbar;
        if (aufzeichnen) {
          return {
            prepForXml: (kontext: unknown) => {
              const fertig = echt.prepForXml(kontext);
              formatiert.set(name, fertig);
              return fertig;
            },
          } satisfies Formatierbar;
        }
        return echt;
      }
      const wert: unknown = Reflect.get(ziel, name, ziel);
      return typeof wert === 'function' ? (wert as (...a: unknown[]) => unknown).bind(ziel) : wert;
    },
  });
}

// ---- zipping (fflate, zip.ts): a part whose text is unchanged keeps its compressed bytes --------

const teilCache = new Map<string, { quelle: Inhalt; teil: FestesTeil }>();

function teil(pfad: string, inhalt: Inhalt): FestesTeil | NeuesTeil {
  const alt = teilCache.get(pfad);
  if (alt && alt.quelle === inhalt) return alt.teil;
  const daten = typeof inhalt === 'string' ? strToU8(inhalt) : inhalt;
  // the parts of the agreement itself change with every document: deflated while zipping
  if (typeof inhalt !== 'string' || /^word\/(document|footer\d*|header\d*)\.xml$|^docProps\/core\.xml$/.test(pfad))
    return { name: pfad, roh: daten };
  // level 1: a two-page document deflates about as small, in half the time (batches of hundreds)
  const neu = festesTeil(pfad, daten, 1);
  teilCache.set(pfad, { quelle: inhalt, teil: neu });
  return neu;
}

/** Every entry's time stamp: 1980-01-01, the first date ZIP can hold (the package's times are in core.xml). */
const ZEITSTEMPEL = new Date(1980, 0, 1);

/** A ZIP archive of the parts in their order. */
function zippeTeile(teile: ReadonlyMap<string, Inhalt>): Uint8Array {
  return zippe(
    [...teile].map(([pfad, inhalt]) => teil(pfad, inhalt)),
    ZEITSTEMPEL,
  );
}

/** Parts equal, apart from the creation and modification times docx writes into core.xml. */
function gleich(a: ReadonlyMap<string, Inhalt>, b: ReadonlyMap<string, Inhalt>): boolean {
  if (a.size !== b.size) return false;
  const ohneZeit = (x: Inhalt | undefined): Inhalt | undefined =>
    typeof x === 'string' ? x.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1') : x;
  const ka = [...a.keys()];
  const kb = [...b.keys()];
  return ka.every((k, i) => k === kb[i] && ohneZeit(a.get(k)) === ohneZeit(b.get(k)));
}

/**
 * Checks the fast path once: three documents built by `baue` are compiled by docx directly, with
 * the unchanging parts recorded, and (built without styles) with them reused; all three must give
 * identical parts.
 */
function pruefeSchnellenWeg(c: Compiler, baue: Baue): boolean {
  try {
    const direkt = c.compile(baue(false));
    const aufgezeichnet = c.compile(mitGleichenTeilen(baue(false), true));
    const wiederverwendet = c.compile(mitGleichenTeilen(baue(true), false));
    return formatiert.size === GLEICHE_TEILE.length && gleich(direkt, aufgezeichnet) && gleich(direkt, wiederverwendet);
  } catch {
    return false;
  }
}

/** Builds the document; with `ohneStile` true without its style definitions (they come formatted from the cache). */
export type Baue = (ohneStile: boolean) => Document;

/**
 * The .docx bytes of a document. `baue` builds the document (called more than once on first use, to
 * check the fast path against docx's own packing).
 */
export async function packe(baue: Baue): Promise<Uint8Array> {
  const c = compiler();
  if (modus === 'ungeprueft') modus = c && pruefeSchnellenWeg(c, baue) ? 'schnell' : 'docx';
  if (modus === 'schnell' && c) {
    try {
      return zippeTeile(c.compile(mitGleichenTeilen(baue(true), false)));
    } catch {
      modus = 'docx';
    }
  }
  return Packer.pack(baue(false), 'uint8array');
}

/** Which way documents are packed (for tests and benchmarks). */
export function packModus(): typeof modus {
  return modus;
}
