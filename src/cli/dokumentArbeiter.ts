/**
 * Worker thread for batch generation: receives agreements with their target paths, builds each
 * document and writes it itself (the bytes never cross threads), then reports back. Started by
 * generieren.ts from the compiled lib/cli/dokumentArbeiter.js.
 */
import { writeFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { erzeugeDokument } from '../document';
import type { Vereinbarung } from '../model/vereinbarung';

export interface Auftrag {
  readonly nr: number;
  readonly vereinbarung: Vereinbarung;
  readonly ziel: string;
  readonly ueberschreiben: boolean;
  /** The agreement has error findings (--allow-errors): the document carries the draft mark. */
  readonly entwurf: boolean;
}

export interface Antwort {
  readonly nr: number;
  readonly fehler?: string;
  readonly code?: string;
}

parentPort?.on('message', (a: Auftrag) => {
  void (async () => {
    try {
      const bytes = await erzeugeDokument(a.vereinbarung, { entwurf: a.entwurf });
      await writeFile(a.ziel, bytes, { flag: a.ueberschreiben ? 'w' : 'wx' });
      parentPort!.postMessage({ nr: a.nr } satisfies Antwort);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      parentPort!.postMessage({ nr: a.nr, fehler: err.message ?? String(e), code: err.code } satisfies Antwort);
    }
  })();
});
