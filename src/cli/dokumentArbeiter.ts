/**
 * Worker thread for batch generation: receives agreements with their target paths, builds each
 * document (built-in layout, or the user's template loaded once per worker) and writes it itself (the bytes never cross threads), then reports back. Started by
 * generieren.ts from the compiled lib/cli/dokumentArbeiter.js.
 */
import { writeFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { erzeugeDokument } from '../document';
import { ladeVorlage, type Vorlage } from '../document/vorlage';
import { erzeugeAusVorlage } from '../document/vorlage/eingebaut';
import type { Vereinbarung } from '../model/vereinbarung';

export interface Auftrag {
  readonly nr: number;
  readonly vereinbarung: Vereinbarung;
  readonly ziel: string;
  readonly ueberschreiben: boolean;
  /** The agreement has error findings (--allow-errors): the document carries the draft mark. */
  readonly entwurf: boolean;
  /** The user's template (absolute path), checked by the main thread; null for the built-in layout. */
  readonly vorlage: string | null;
}

export interface Antwort {
  readonly nr: number;
  readonly fehler?: string;
  readonly code?: string;
}

// The template is loaded once per worker, at its first job, and kept for the batch.
let geladen: { readonly datei: string; readonly vorlage: Vorlage } | null = null;

function vorlageVon(datei: string): Vorlage {
  if (geladen?.datei !== datei) geladen = { datei, vorlage: ladeVorlage(new Uint8Array(readFileSync(datei))) };
  return geladen.vorlage;
}

parentPort?.on('message', (a: Auftrag) => {
  void (async () => {
    try {
      const bytes = a.vorlage
        ? await erzeugeAusVorlage(vorlageVon(a.vorlage), a.vereinbarung, { entwurf: a.entwurf })
        : await erzeugeDokument(a.vereinbarung, { entwurf: a.entwurf });
      await writeFile(a.ziel, bytes, { flag: a.ueberschreiben ? 'w' : 'wx' });
      parentPort!.postMessage({ nr: a.nr } satisfies Antwort);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      parentPort!.postMessage({ nr: a.nr, fehler: err.message ?? String(e), code: err.code } satisfies Antwort);
    }
  })();
});
