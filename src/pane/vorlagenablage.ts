/**
 * The user's own Word template, kept in this browser's storage (localStorage) for the next time. The
 * template never leaves the machine: it is read from a file the user chose and stored as base64 under
 * one key. Front-end code (the task pane and the browser page share it); the core knows nothing of it.
 *
 * localStorage holds about 5 million characters per origin; base64 makes 4 characters of 3 bytes, so a
 * template of more than about 3,6 MB cannot be kept. It is then used until the pane is closed, and the
 * user is told so in German.
 */

/** A template the user chose: its file name and bytes. */
export interface EigeneVorlage {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Where the own template is kept. Every method is synchronous and never throws. */
export interface Vorlagenablage {
  /** The template kept from last time, or null. */
  lesen(): EigeneVorlage | null;
  /** Keeps the template; returns a German sentence when it could not be kept (too large, storage off). */
  speichern(vorlage: EigeneVorlage): string | void;
  /** Forgets the template (the built-in one is used again). */
  entfernen(): void;
}

const SCHLUESSEL = 'zielplaner.eigeneVorlage';
/** A little under the usual 5 million characters, leaving room for other keys of this origin. */
export const GROESSTE_ZEICHEN = 4_800_000;

function base64(bytes: Uint8Array): string {
  let binaer = '';
  const stueck = 0x8000;
  for (let i = 0; i < bytes.length; i += stueck) binaer += String.fromCharCode(...bytes.subarray(i, i + stueck));
  return btoa(binaer);
}

function ausBase64(text: string): Uint8Array {
  const binaer = atob(text);
  const bytes = new Uint8Array(binaer.length);
  for (let i = 0; i < binaer.length; i++) bytes[i] = binaer.charCodeAt(i);
  return bytes;
}

const mb = (bytes: number): string => (bytes / 1_000_000).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** German sentence: the template is too large for this browser's storage. */
export function zuGrossText(vorlage: EigeneVorlage): string {
  return (
    `Die Vorlage „${vorlage.name}“ ist mit ${mb(vorlage.bytes.length)} MB zu groß, um sie in diesem Browser für das nächste Mal ` +
    `aufzubewahren (höchstens etwa ${mb((GROESSTE_ZEICHEN / 4) * 3)} MB). Sie wird verwendet, bis Sie Zielplaner schließen; ` +
    'verkleinern Sie z. B. die Bilder im Briefkopf, damit sie aufbewahrt werden kann.'
  );
}

/** German sentence: the browser refused to keep the template (storage full or switched off). */
export function keinPlatzText(vorlage: EigeneVorlage): string {
  return (
    `Die Vorlage „${vorlage.name}“ (${mb(vorlage.bytes.length)} MB) konnte in diesem Browser nicht für das nächste Mal ` +
    'aufbewahrt werden: Sein Speicher für diese Seite ist voll oder abgeschaltet. Sie wird verwendet, bis Sie Zielplaner schließen.'
  );
}

/** The template store over `localStorage` (or another Storage, for tests); undefined where there is none. */
export function lokaleVorlagenablage(speicher?: Storage): Vorlagenablage | undefined {
  let s: Storage | undefined = speicher;
  try {
    s ??= typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // access denied (storage switched off for this site)
    s = undefined;
  }
  if (!s) return undefined;
  const ablage: Storage = s;
  return {
    lesen() {
      try {
        const text = ablage.getItem(SCHLUESSEL);
        if (!text) return null;
        const { name, daten } = JSON.parse(text) as { name?: unknown; daten?: unknown };
        if (typeof name !== 'string' || typeof daten !== 'string') return null;
        return { name, bytes: ausBase64(daten) };
      } catch {
        return null;
      }
    },
    speichern(vorlage) {
      const text = JSON.stringify({ name: vorlage.name, daten: base64(vorlage.bytes) });
      if (text.length > GROESSTE_ZEICHEN) {
        ablage.removeItem(SCHLUESSEL);
        return zuGrossText(vorlage);
      }
      try {
        ablage.setItem(SCHLUESSEL, text);
      } catch {
        // QuotaExceededError: other data of this origin leaves too little room
        try {
          ablage.removeItem(SCHLUESSEL);
        } catch {
          // nothing to forget
        }
        return keinPlatzText(vorlage);
      }
    },
    entfernen() {
      try {
        ablage.removeItem(SCHLUESSEL);
      } catch {
        // storage switched off: nothing kept
      }
    },
  };
}

/** For tests: the text kept under the key (proves that only this browser's storage holds the template). */
export const VORLAGEN_SCHLUESSEL = SCHLUESSEL;
