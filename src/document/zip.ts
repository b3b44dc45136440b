/**
 * ZIP packages of Word parts through fflate, for the template engine (vorlage/), which also writes
 * the built-in layout: a part that is the same for many documents is deflated once
 * (`festesTeil`, its CRC-32 from fflate's ZipPassThrough) and its compressed bytes are given to
 * fflate's `Zip` as they are for every document; only the parts that change are deflated anew.
 * No ZIP format code of our own. Pure: works in the browser.
 */
import { deflateSync, Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';

/** A part compressed once: its bytes as stored in the archive, with CRC and size of the original. */
export interface FestesTeil {
  readonly name: string;
  readonly daten: Uint8Array;
  readonly crc: number;
  readonly groesse: number;
  readonly verfahren: 0 | 8;
}

/** Images and other media are compressed already: stored as they are. */
const SCHON_GEPACKT = /\.(png|jpe?g|gif|tiff?|wdp|mp[34]|m4a|zip)$/i;

/** Compresses a part once (DEFLATE at `stufe`; stored when that does not make it smaller). */
export function festesTeil(name: string, daten: Uint8Array, stufe: 1 | 6): FestesTeil {
  const pruef = new ZipPassThrough(name);
  pruef.ondata = () => undefined;
  pruef.push(daten, true);
  const gepackt = SCHON_GEPACKT.test(name) ? daten : deflateSync(daten, { level: stufe });
  const packen = gepackt.length < daten.length;
  return { name, daten: packen ? gepackt : daten, crc: pruef.crc, groesse: daten.length, verfahren: packen ? 8 : 0 };
}

/** A part deflated while the archive is written (level 1 and a small hash table: fast for parts that change). */
export interface NeuesTeil {
  readonly name: string;
  readonly roh: Uint8Array;
}

/** The archive of the parts in their order; `mtime` is every entry's time stamp. */
export function zippe(teile: readonly (FestesTeil | NeuesTeil)[], mtime: Date): Uint8Array {
  const stuecke: Uint8Array[] = [];
  let laenge = 0;
  let fehler: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) fehler = err;
    else {
      stuecke.push(chunk);
      laenge += chunk.length;
    }
  });
  for (const t of teile) {
    if ('roh' in t) {
      const d = new ZipDeflate(t.name, { level: 1, mem: t.roh.length > 65_536 ? 8 : 4 });
      d.mtime = mtime;
      zip.add(d);
      d.push(t.roh, true);
      continue;
    }
    const eintrag: ZipInputFile = { filename: t.name, size: t.groesse, crc: t.crc, compression: t.verfahren, mtime };
    zip.add(eintrag);
    eintrag.ondata!(null, t.daten as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (fehler) throw fehler;
  const out = new Uint8Array(laenge);
  let pos = 0;
  for (const s of stuecke) {
    out.set(s, pos);
    pos += s.length;
  }
  return out;
}
