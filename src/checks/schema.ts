/**
 * Validation of one agreement against the JSON Schema (vereinbarungsschema.ts), with the validator
 * compiled at build time. Ajv's errors become findings on the field's cell, in German.
 */
import type { ErrorObject } from 'ajv';
import { FELDER, feldFuer, type FeldName, type ListenName } from '../catalogue/felder';
import type { FehlerRegel } from '../catalogue/regeln';
import validiere from './vereinbarungsschema.validator';
import { JAHR_MAX, JAHR_MIN } from './vereinbarungsschema';
import type { Befund, Wert } from '../model/vereinbarung';
import { zahl } from '../model/format';

export interface SchemaDaten {
  readonly werte: Readonly<Partial<Record<FeldName, Wert>>>;
  readonly listen: Readonly<Partial<Record<ListenName, readonly Readonly<Record<string, Wert>>[]>>>;
}

/** Cell of a JSON pointer into the data: a field's cell, or a list row's column cell. */
export type ZellSuche = (zeiger: string) => string | null;

function wertText(x: unknown): string {
  return typeof x === 'number' ? zahl(x, Number.isInteger(x) ? 0 : 1) : `„${String(x)}“`;
}

/** The German finding for one Ajv error (exported for the test of the fallback SCHEMA, which the current schema never reaches). */
export function meldung(e: ErrorObject, zeiger: string, art: unknown, zelle: string | null): { rule: FehlerRegel; text: string } | null {
  const [, feldName = '', zeile, spalte] = zeiger.split('/');
  const f = FELDER.find((x) => x.name === feldName);
  const wer = f
    ? `„${f.bezeichnung}“ (${f.name})`
    : spalte !== undefined
      ? `Die Spalte „${spalte}“ in Zeile ${Number(zeile) + 1} der Liste ${feldName}`
      : feldName;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const fehlt = feldFuer(String(p.missingProperty));
      const fuer = typeof art === 'string' ? ` für eine Vereinbarung der Art ${art}` : '';
      return {
        rule: 'PFLICHTFELD_FEHLT',
        text: zelle
          ? `Das Pflichtfeld „${fehlt.bezeichnung}“ (${fehlt.name}) ist leer, wird aber${fuer} benötigt. Tragen Sie den Wert in die Zelle ${zelle} ein.`
          : `Das Pflichtfeld „${fehlt.bezeichnung}“ (${fehlt.name}) fehlt${fuer}: es gibt keinen Namen ${fehlt.name} in der Arbeitsmappe. Legen Sie den Namen für die Zelle mit diesem Wert an (im Add-in unter „Felder zuordnen“).`,
      };
    }
    case 'type':
      return p.type === 'integer'
        ? { rule: 'GANZE_ZAHL', text: `${wer} muss eine ganze Zahl sein. Runden Sie den Wert auf eine ganze Zahl.` }
        : {
            rule: 'FALSCHER_TYP',
            text: `${wer} hat den falschen Typ. Tragen Sie ${p.type === 'number' ? 'eine Zahl' : 'einen Text'} ein.`,
          };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum': {
      const bereich =
        f?.typ === 'jahr'
          ? `zwischen ${JAHR_MIN} und ${JAHR_MAX}`
          : f?.typ === 'quote'
            ? 'zwischen 0 und 100 %'
            : f?.typ === 'veraenderung'
              ? 'über -100 % und höchstens 1.000 %'
              : 'nicht negativ';
      const rule =
        f?.typ === 'jahr'
          ? 'JAHR_UNPLAUSIBEL'
          : f?.typ === 'quote'
            ? 'IQ_BEREICH'
            : f?.typ === 'bestand'
              ? 'BESTAND_NEGATIV'
              : 'WERTEBEREICH';
      return { rule, text: `${wer} ist ${wertText(e.data as unknown)}, muss aber ${bereich} liegen. Korrigieren Sie den Wert.` };
    }
    case 'enum':
      return {
        rule: 'AUSWAHL_UNGUELTIG',
        text: `${wer} enthält ${wertText(e.data)}, zulässig ist nur ${(p.allowedValues as unknown[]).map((x) => `„${String(x)}“`).join(', ')}. Wählen Sie einen der Werte aus der Liste.`,
      };
    case 'minLength':
      return { rule: 'TEXT_LEER', text: `${wer} ist leer. Tragen Sie einen Text ein.` };
    case 'if':
    case 'allOf':
    case 'then':
      return null; // the nested `required` error says it already
    default:
      return { rule: 'SCHEMA', text: `${wer} ist ungültig (${e.keyword}). Korrigieren Sie den Wert.` };
  }
}

/** Validates one agreement against the schema and returns German findings on the cells. */
export function pruefeSchema(daten: SchemaDaten, zelle: ZellSuche): Befund[] {
  const v = validiere;
  const doc: Record<string, unknown> = { ...daten.werte, ...daten.listen };
  if (v(doc)) return [];
  const befunde: Befund[] = [];
  const gesehen = new Set<string>();
  for (const e of v.errors ?? []) {
    const zeiger =
      e.keyword === 'required' ? `${e.instancePath}/${String((e.params as { missingProperty: string }).missingProperty)}` : e.instancePath;
    const feldName = zeiger.split('/')[1] ?? '';
    const ort = zelle(zeiger);
    const m = meldung(e, zeiger, daten.werte.ZV_Art, ort);
    if (!m) continue;
    const key = `${m.rule}|${zeiger}`;
    if (gesehen.has(key)) continue;
    gesehen.add(key);
    // every FehlerRegel may be an error (the compiler cannot pair the union of ids with the severity itself)
    befunde.push({ rule: m.rule, severity: 'error', field: feldName, cell: ort, message: m.text } as Befund);
  }
  return befunde;
}
