/** Reading a workbook file for the command line: every failure becomes one German sentence. */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { pruefeMappe } from '../kern';
import { UnbrauchbareDatei, type Pruefergebnis } from '../model/vereinbarung';
import type { Arbeitsmappe } from '../lesen/port';
import { leseArbeitsmappe } from '../xlsx/mappe';
import { istZuGross, zuGrossMeldung } from '../lesen/grenzen';

/** A reason to stop with exit status 2 and one German sentence (no stack trace). */
export class Abbruch extends Error {}

/** Reads a stream up to the size limit; stops reading as soon as the limit is passed. */
async function leseBegrenzt(quelle: AsyncIterable<Buffer | string>, name: string): Promise<Buffer> {
  const teile: Buffer[] = [];
  let laenge = 0;
  for await (const teil of quelle) {
    const b = typeof teil === 'string' ? Buffer.from(teil) : teil;
    laenge += b.length;
    if (istZuGross(laenge)) throw new Abbruch(zuGrossMeldung(name));
    teile.push(b);
  }
  return Buffer.concat(teile);
}

/** The bytes of a file, or of standard input for `-`; never more than `GROESSTE_DATEI` (src/lesen/grenzen.ts). */
async function leseBytes(datei: string): Promise<Buffer> {
  if (datei === '-') return leseBegrenzt(process.stdin, 'Standardeingabe');
  let h;
  try {
    h = await open(datei, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Abbruch(`Die Datei „${datei}“ gibt es nicht.`);
    if (code === 'EISDIR') throw new Abbruch(`„${datei}“ ist ein Ordner, keine Arbeitsmappe.`);
    if (code === 'EACCES' || code === 'EPERM') throw new Abbruch(`Die Datei „${datei}“ darf nicht gelesen werden (keine Berechtigung).`);
    throw new Abbruch(`Die Datei „${datei}“ konnte nicht gelesen werden.`);
  }
  try {
    const info = await h.stat();
    if (info.isDirectory()) throw new Abbruch(`„${datei}“ ist ein Ordner, keine Arbeitsmappe.`);
    if (info.isFile() && istZuGross(info.size)) throw new Abbruch(zuGrossMeldung(datei));
    // devices and pipes (/dev/zero, a FIFO) have no size: read them with the limit
    return await leseBegrenzt(h.createReadStream({ autoClose: false }), datei);
  } catch (e) {
    if (e instanceof Abbruch) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new Abbruch(`„${datei}“ ist ein Ordner, keine Arbeitsmappe.`);
    throw new Abbruch(`Die Datei „${datei}“ konnte nicht gelesen werden.`);
  } finally {
    await h.close().catch(() => undefined);
  }
}

/** Reads a workbook file (`-`: standard input) into the port's snapshot; unusable input becomes an `Abbruch`. */
export async function leseMappe(datei: string): Promise<Arbeitsmappe> {
  return (await leseMappeUndBytes(datei)).mappe;
}

/** Like `leseMappe`, and also the bytes read, so that standard input (read once) can be used again, e.g. for the checked copy. */
export async function leseMappeUndBytes(datei: string): Promise<{ readonly mappe: Arbeitsmappe; readonly bytes: Uint8Array }> {
  const daten = await leseBytes(datei);
  const bytes = new Uint8Array(daten.buffer, daten.byteOffset, daten.byteLength);
  try {
    const mappe = await leseArbeitsmappe(bytes, datei === '-' ? 'Standardeingabe' : path.basename(datei));
    return { mappe, bytes };
  } catch (e) {
    if (e instanceof UnbrauchbareDatei) throw new Abbruch(e.message);
    throw new Abbruch(`Die Datei „${datei}“ ist keine lesbare Arbeitsmappe (.xlsx, .xlsm oder .ods).`);
  }
}

/** Checks a workbook that was read; a workbook without `ZV_` names or without any agreement becomes an `Abbruch`. */
export function pruefe(mappe: Arbeitsmappe, datei: string): Pruefergebnis[] {
  let ergebnisse: Pruefergebnis[];
  try {
    ergebnisse = pruefeMappe(mappe);
  } catch (e) {
    if (e instanceof UnbrauchbareDatei) throw new Abbruch(e.message);
    throw new Abbruch(`Die Arbeitsmappe „${datei}“ konnte nicht ausgewertet werden.`);
  }
  // the same verdict for validate and generate: a workbook whose list is empty holds nothing to check
  if (ergebnisse.length === 0)
    throw new Abbruch(`Die Arbeitsmappe „${datei}“ enthält keine Vereinbarung (die Liste ZV_Liste hat keine Zeile mit Werten).`);
  return ergebnisse;
}
