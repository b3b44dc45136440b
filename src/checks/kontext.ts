/** What every check sees of one agreement, and a helper to write a finding on a field's cell. */
import { feldFuer, type Art } from '../catalogue/felder';
import type { Befund, Listen, Schwere } from '../model/vereinbarung';
import type { Integrationsquote } from '../rules/integrationsquote';
import type { Langzeitleistungsbezug } from '../rules/langzeitleistungsbezug';

export interface Kontext {
  readonly art: Art | null;
  readonly jahr: number | null;
  /** Entered numbers (parsed, unrounded). */
  readonly zahlen: Readonly<Record<string, number | undefined>>;
  /** Entered texts. */
  readonly texte: Readonly<Record<string, string | undefined>>;
  /** Cell of every named field, entered or empty. */
  readonly zellen: Readonly<Record<string, string>>;
  readonly iq: Integrationsquote;
  readonly lzb: Langzeitleistungsbezug;
  readonly listen: Listen;
}

export type Pruefung = (k: Kontext) => Befund[];

export function befund(
  k: Kontext,
  rule: string,
  severity: Schwere,
  field: string,
  message: string,
  related: readonly string[] = [],
): Befund {
  const andere = related.map((f) => k.zellen[f]).filter((z): z is string => z !== undefined);
  return { rule, severity, field, cell: k.zellen[field] ?? null, message, ...(andere.length ? { related: andere } : {}) };
}

/** "„Integrationsquote Vorjahr (Frauen)“ (Planung!C12)" or, without a cell, the name. */
export function ort(k: Kontext, field: string): string {
  const z = k.zellen[field];
  return `„${feldFuer(field).bezeichnung}“ (${z ?? field})`;
}
