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
import { datumWieEingegeben, zahlWieEingegeben } from '../model/format';

export interface SchemaDaten {
  readonly werte: Readonly<Partial<Record<FeldName, Wert>>>;
  readonly listen: Readonly<Partial<Record<ListenName, readonly Readonly<Record<string, Wert>>[]>>>;
}

/** Cell of a JSON pointer into the data: a field's cell, or a list row's column cell. */
export type ZellSuche = (zeiger: string) => string | null;

/** The entered value as the controller reads it: German numbers (with % for quotas and changes), quoted text. */
function wertText(x: unknown, prozentwert = false): string {
  if (typeof x === 'number') return `${zahlWieEingegeben(x)}${prozentwert ? ' %' : ''}`;
  if (x instanceof Date) return `„${datumWieEingegeben(x)}“`;
  if (typeof x === 'boolean') return x ? '„WAHR“' : '„FALSCH“';
  if (x === null || x === undefined) return 'leer';
  return `„${String(x)}“`;
}

/** The value a JSON pointer (`/ZV_Jahr`, `/ZV_LokaleZiele/0/Wert`) points to in the validated data. */
function wertAm(doc: unknown, zeiger: string): unknown {
  let x: unknown = doc;
  for (const teil of zeiger.split('/').slice(1)) {
    const k = teil.replace(/~1/g, '/').replace(/~0/g, '~');
    x = x !== null && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined;
  }
  return x;
}

/** The German finding for one Ajv error (exported for the test of the fallback SCHEMA, which the current schema never reaches). */
export function meldung(
  e: ErrorObject,
  zeiger: string,
  art: unknown,
  zelle: string | null,
  wert: unknown,
): { rule: FehlerRegel; text: string } | null {
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
          ? `muss aber zwischen ${JAHR_MIN} und ${JAHR_MAX} liegen`
          : f?.typ === 'quote'
            ? 'muss aber zwischen 0 und 100 % liegen'
            : f?.typ === 'veraenderung'
              ? 'muss aber über -100 % und höchstens 1.000 % liegen'
              : 'darf aber nicht negativ sein';
      const rule =
        f?.typ === 'jahr'
          ? 'JAHR_UNPLAUSIBEL'
          : f?.typ === 'quote'
            ? 'IQ_BEREICH'
            : f?.typ === 'bestand'
              ? 'BESTAND_NEGATIV'
              : 'WERTEBEREICH';
      const prozentwert = f?.typ === 'quote' || f?.typ === 'veraenderung';
      const text = f?.typ === 'jahr' && typeof wert === 'number' ? String(wert) : wertText(wert, prozentwert);
      return { rule, text: `${wer} ist ${text}, ${bereich}. Korrigieren Sie den Wert.` };
    }
    case 'enum':
      return {
        rule: 'AUSWAHL_UNGUELTIG',
        text: `${wer} enthält ${wertText(wert)}, zulässig ist nur ${(p.allowedValues as unknown[]).map((x) => `„${String(x)}“`).join(', ')}. Wählen Sie einen der Werte aus der Liste.`,
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
    const m = meldung(e, zeiger, daten.werte.ZV_Art, ort, wertAm(doc, e.instancePath));
    if (!m) continue;
    const key = `${m.rule}|${zeiger}`;
    if (gesehen.has(key)) continue;
    gesehen.add(key);
    // every FehlerRegel may be an error (the compiler cannot pair the union of ids with the severity itself)
    befunde.push({ rule: m.rule, severity: 'error', field: feldName, cell: ort, message: m.text } as Befund);
  }
  return befunde;
}
