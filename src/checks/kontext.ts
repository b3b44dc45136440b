/** What every check sees of one agreement, and a helper to write a finding on a field's cell. */
import { feldFuer, type Art, type FeldName } from '../catalogue/felder';
import type { RegelId, SchwereVon } from '../catalogue/regeln';
import type { Befund, BefundVon, Listen } from '../model/vereinbarung';
import type { Integrationsquote } from '../rules/integrationsquote';
import type { Langzeitleistungsbezug } from '../rules/langzeitleistungsbezug';

export interface Kontext {
  readonly art: Art | null;
  readonly jahr: number | null;
  /** Entered numbers (parsed, unrounded). */
  readonly zahlen: Readonly<Partial<Record<FeldName, number>>>;
  /** Entered texts. */
  readonly texte: Readonly<Partial<Record<FeldName, string>>>;
  /** Cell of every named field, entered or empty. */
  readonly zellen: Readonly<Partial<Record<FeldName, string>>>;
  readonly iq: Integrationsquote;
  readonly lzb: Langzeitleistungsbezug;
  readonly listen: Listen;
}

export type Pruefung = (k: Kontext) => Befund[];

/** A finding of `rule` on `field`'s cell; the severity must be one the rule catalogue allows for `rule`. */
export function befund<R extends RegelId>(
  k: Kontext,
  rule: R,
  severity: SchwereVon<R>,
  field: FeldName,
  message: string,
  related: readonly FeldName[] = [],
): Befund {
  const andere = related.map((f) => k.zellen[f]).filter((z): z is string => z !== undefined);
  const b: BefundVon<R> = { rule, severity, field, cell: k.zellen[field] ?? null, message, ...(andere.length ? { related: andere } : {}) };
  return b as Befund;
}

/** "„Integrationsquote Vorjahr (Frauen)“ (Planung!C12)" or, without a cell, the name. */
export function ort(k: Kontext, field: FeldName): string {
  const z = k.zellen[field];
  return `„${feldFuer(field).bezeichnung}“ (${z ?? field})`;
}
