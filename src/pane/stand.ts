/**
 * The pane's state and the helpers its areas share: what was read and checked, the German sentence
 * for an error, the document the pane offers. No React here, so every area imports it without a cycle.
 */
import type { Befund, Pruefergebnis, Vereinbarung } from '../model/vereinbarung';
import type { Arbeitsmappe } from '../lesen/port';
import type { EigeneVorlage } from './vorlagenablage';

export type Bereich = 'start' | 'zuordnen' | 'pruefen' | 'planwerte' | 'vereinbarung' | 'nachhalten';

export interface ErzeugtesDokument {
  readonly bytes: Uint8Array;
  readonly dateiname: string;
}

/** Makes the document of an agreement, with the user's own template when one is chosen. */
export type DokumentErzeugen = (v: Vereinbarung, entwurf: boolean, vorlage?: EigeneVorlage | null) => Promise<ErzeugtesDokument>;

/**
 * The document of an agreement; `entwurf` (it has error findings) puts the draft mark in it. With
 * `vorlage` the user's own template is filled instead of the built-in layout (its errors are thrown as
 * the engine's `VorlageFehlerhaft`).
 */
export async function standardDokument(v: Vereinbarung, entwurf = false, vorlage?: EigeneVorlage | null): Promise<ErzeugtesDokument> {
  if (vorlage) {
    const { dokumentAusVorlage } = await import(/* webpackChunkName: "dokumentvorlage" */ './vorlagenMotor');
    return dokumentAusVorlage(v, vorlage, entwurf);
  }
  const m = await import(/* webpackChunkName: "dokument" */ '../document');
  return { bytes: await m.erzeugeDokument(v, { entwurf }), dateiname: m.dateiname(v) };
}

/**
 * The German sentences of a template that cannot be used (the engine's `VorlageFehlerhaft`: each names
 * the tag and where it stands), or null for any other error. Recognised by shape, so the pane does not
 * load the template engine just to tell its errors apart.
 */
export function vorlagenFehler(e: unknown): readonly string[] | null {
  if (!(e instanceof Error)) return null;
  const fehler = (e as { fehler?: unknown }).fehler;
  if (!Array.isArray(fehler)) return null;
  const texte = fehler.map((f) => (f as { text?: unknown })?.text).filter((t): t is string => typeof t === 'string' && t.length > 0);
  return texte.length > 0 ? texte : e.message ? e.message.split('\n') : null;
}

const BEKANNTE_FEHLER = new Set(['ExcelHinweis', 'UnbrauchbareDatei', 'Hinweis']);

/** An error whose message is a German sentence meant for the user. */
export class Hinweis extends Error {
  constructor(meldung: string) {
    super(meldung);
    this.name = 'Hinweis';
  }
}

/** A German sentence for anything that went wrong; never a raw message or a stack trace. */
export function fehlermeldung(e: unknown): string {
  if (e instanceof Error && BEKANNTE_FEHLER.has(e.name)) return e.message;
  return 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut; falls das nicht hilft, speichern Sie die Arbeitsmappe und öffnen Sie Zielplaner neu.';
}

export interface Stand {
  readonly mappe: Arbeitsmappe | null;
  readonly ergebnisse: readonly Pruefergebnis[];
  /** Set when the workbook has no ZV_ names (German sentence from the core). */
  readonly keinPlanungsblatt: string | null;
}

export function alleBefunde(ergebnisse: readonly Pruefergebnis[]): Befund[] {
  return ergebnisse.flatMap((e) => e.befunde);
}

export type Aktion = (arbeit: () => Promise<string | void>, danachPruefen?: boolean) => Promise<boolean>;
