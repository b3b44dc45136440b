/**
 * Packs a built document into .docx bytes, faster for batches than `Packer.pack` while producing the
 * same package parts.
 *
 * Most of the work of a two-page agreement is in parts that are the same for every agreement
 * (styles, theme, settings; also the small empty parts): docx formats and deflates them
 * anew for each document. Here they are formatted once and their deflated bytes reused:
 * - the compile step of docx is given the document through a proxy that answers the unchanging
 *   parts with their formatted form from the first document;
 * - the parts are zipped by a small ZIP writer that reuses the compressed bytes of a part whose
 *   text is unchanged.
 * This relies on docx internals (its compiler, the File's part getters). It is therefore checked
 * once per process: the parts must equal those of docx's own compile, twice over; otherwise, or if
 * anything is missing or throws, `Packer.pack` is used. Pure: no file system, works in the browser.
 */
import { Packer, type Document } from 'docx';
import { deflateSync, strToU8 } from 'fflate';

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

// ---- ZIP writer (deflate via fflate, compressed parts reused when their text is unchanged) --------

/** CRC-32 tables for slicing by four bytes (T0 is the classic byte table). */
const CRC_TABELLEN = (() => {
  const t = Array.from({ length: 4 }, () => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[0]![n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 4; k++) t[k]![n] = (t[k - 1]![n]! >>> 8) ^ t[0]![t[k - 1]![n]! & 0xff]!;
  }
  return t as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
})();

/** CRC-32 of ZIP (IEEE 802.3): crc32("123456789") = 0xCBF43926. */
export function crc32(daten: Uint8Array): number {
  const [t0, t1, t2, t3] = CRC_TABELLEN;
  let c = 0xffffffff;
  let i = 0;
  const ende4 = daten.length - (daten.length % 4);
  for (; i < ende4; i += 4) {
    c ^= daten[i]! | (daten[i + 1]! << 8) | (daten[i + 2]! << 16) | (daten[i + 3]! << 24);
    c = t3[c & 0xff]! ^ t2[(c >>> 8) & 0xff]! ^ t1[(c >>> 16) & 0xff]! ^ t0[c >>> 24]!;
  }
  for (; i < daten.length; i++) c = t0[(c ^ daten[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Eintrag {
  readonly name: Uint8Array;
  readonly crc: number;
  readonly groesse: number;
  readonly gepackt: Uint8Array;
  readonly methode: 0 | 8;
}

const eintragCache = new Map<string, { quelle: Inhalt; eintrag: Eintrag }>();

function eintrag(pfad: string, inhalt: Inhalt): Eintrag {
  const alt = eintragCache.get(pfad);
  if (alt && alt.quelle === inhalt) return alt.eintrag;
  const daten = typeof inhalt === 'string' ? strToU8(inhalt) : inhalt;
  // level 1: a two-page document deflates about as small, in half the time (batches of hundreds)
  const gepackt = deflateSync(daten, { level: 1 });
  const neu: Eintrag = {
    name: strToU8(pfad),
    crc: crc32(daten),
    groesse: daten.length,
    ...(gepackt.length < daten.length ? { gepackt, methode: 8 as const } : { gepackt: daten, methode: 0 as const }),
  };
  if (typeof inhalt === 'string') eintragCache.set(pfad, { quelle: inhalt, eintrag: neu });
  return neu;
}

/** A ZIP archive of the parts in their order (UTF-8 names, fixed timestamp 1980-01-01). */
export function zippe(teile: ReadonlyMap<string, Inhalt>): Uint8Array {
  const eintraege = [...teile].map(([pfad, inhalt]) => eintrag(pfad, inhalt));
  const lokal = eintraege.reduce((s, e) => s + 30 + e.name.length + e.gepackt.length, 0);
  const zentral = eintraege.reduce((s, e) => s + 46 + e.name.length, 0);
  const out = new Uint8Array(lokal + zentral + 22);
  const dv = new DataView(out.buffer);
  const DATUM = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  let pos = 0;
  const versatz: number[] = [];
  for (const e of eintraege) {
    versatz.push(pos);
    dv.setUint32(pos, 0x04034b50, true);
    dv.setUint16(pos + 4, 20, true);
    dv.setUint16(pos + 6, 0x0800, true);
    dv.setUint16(pos + 8, e.methode, true);
    dv.setUint16(pos + 10, 0, true);
    dv.setUint16(pos + 12, DATUM, true);
    dv.setUint32(pos + 14, e.crc, true);
    dv.setUint32(pos + 18, e.gepackt.length, true);
    dv.setUint32(pos + 22, e.groesse, true);
    dv.setUint16(pos + 26, e.name.length, true);
    dv.setUint16(pos + 28, 0, true);
    out.set(e.name, pos + 30);
    out.set(e.gepackt, pos + 30 + e.name.length);
    pos += 30 + e.name.length + e.gepackt.length;
  }
  const zentralStart = pos;
  eintraege.forEach((e, i) => {
    dv.setUint32(pos, 0x02014b50, true);
    dv.setUint16(pos + 4, 20, true);
    dv.setUint16(pos + 6, 20, true);
    dv.setUint16(pos + 8, 0x0800, true);
    dv.setUint16(pos + 10, e.methode, true);
    dv.setUint16(pos + 12, 0, true);
    dv.setUint16(pos + 14, DATUM, true);
    dv.setUint32(pos + 16, e.crc, true);
    dv.setUint32(pos + 20, e.gepackt.length, true);
    dv.setUint32(pos + 24, e.groesse, true);
    dv.setUint16(pos + 28, e.name.length, true);
    // extra, comment, disk, internal and external attributes: 0
    dv.setUint32(pos + 42, versatz[i]!, true);
    out.set(e.name, pos + 46);
    pos += 46 + e.name.length;
  });
  dv.setUint32(pos, 0x06054b50, true);
  dv.setUint16(pos + 8, eintraege.length, true);
  dv.setUint16(pos + 10, eintraege.length, true);
  dv.setUint32(pos + 12, pos - zentralStart, true);
  dv.setUint32(pos + 16, zentralStart, true);
  return out;
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
      return zippe(c.compile(mitGleichenTeilen(baue(true), false)));
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
