/** Reading a workbook file for the command line: every failure becomes one German sentence. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pruefeMappe } from '../kern';
import { UnbrauchbareDatei, type Pruefergebnis } from '../model/vereinbarung';
import type { Arbeitsmappe } from '../lesen/port';
import { leseArbeitsmappe } from '../xlsx/mappe';

/** A reason to stop with exit status 2 and one German sentence (no stack trace). */
export class Abbruch extends Error {}

/** Reads a workbook file into the port's snapshot; unusable input becomes an `Abbruch`. */
export async function leseMappe(datei: string): Promise<Arbeitsmappe> {
  let daten: Buffer;
  try {
    daten = await readFile(datei);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Abbruch(`Die Datei „${datei}“ gibt es nicht.`);
    if (code === 'EISDIR') throw new Abbruch(`„${datei}“ ist ein Ordner, keine Arbeitsmappe.`);
    if (code === 'EACCES' || code === 'EPERM') throw new Abbruch(`Die Datei „${datei}“ darf nicht gelesen werden (keine Berechtigung).`);
    throw new Abbruch(`Die Datei „${datei}“ konnte nicht gelesen werden.`);
  }
  try {
    return await leseArbeitsmappe(new Uint8Array(daten.buffer, daten.byteOffset, daten.byteLength), path.basename(datei));
  } catch (e) {
    if (e instanceof UnbrauchbareDatei) throw new Abbruch(e.message);
    throw new Abbruch(`Die Datei „${datei}“ ist keine lesbare Arbeitsmappe (.xlsx, .xlsm oder .ods).`);
  }
}

/** Checks a workbook that was read; a workbook without `ZV_` names becomes an `Abbruch`. */
export function pruefe(mappe: Arbeitsmappe, datei: string): Pruefergebnis[] {
  try {
    return pruefeMappe(mappe);
  } catch (e) {
    if (e instanceof UnbrauchbareDatei) throw new Abbruch(e.message);
    throw new Abbruch(`Die Arbeitsmappe „${datei}“ konnte nicht ausgewertet werden.`);
  }
}
