/**
 * The JSON Schema (draft 2020-12) of one agreement, generated from the field catalogue. It is compiled
 * once, at build time, into the standalone validator `vereinbarungsschema.validator.js`
 * (scripts/schema-bauen.mjs; a test keeps it in step), so no schema compiler and no run-time code
 * generation (`eval`) is needed in Excel, the browser or the command line.
 */
import { FELD, ARTEN, FELDER, LISTEN, VERGLEICHE, type Feld } from '../catalogue/felder';

/** Ajv options of the compiled validator (the generation script and the test use the same). */
export const AJV_OPTIONEN = { allErrors: true, strict: true, strictRequired: false, code: { source: true } } as const;

export const JAHR_MIN = 2011;
export const JAHR_MAX = 2060;

type Schema = Record<string, unknown>;

function feldSchema(f: Feld): Schema {
  const titel = { title: f.bezeichnung };
  switch (f.typ) {
    case 'jahr':
      return { ...titel, type: 'integer', minimum: JAHR_MIN, maximum: JAHR_MAX };
    case 'auswahl':
      return { ...titel, type: 'string', enum: [...(f.auswahl ?? [])] };
    case 'text':
      return { ...titel, type: 'string', minLength: 1 };
    case 'quote':
      return { ...titel, type: 'number', minimum: 0, maximum: 100 };
    case 'veraenderung':
      return { ...titel, type: 'number', exclusiveMinimum: -100, maximum: 1000 };
    case 'bestand':
      return { ...titel, type: 'integer', minimum: 0 };
    case 'euro':
      return { ...titel, type: 'number', minimum: 0 };
  }
}

function listenSchema(): Schema {
  const props: Record<string, Schema> = {};
  for (const l of LISTEN) {
    const spalten: Record<string, Schema> = {};
    for (const s of l.spalten) {
      spalten[s.name] =
        s.typ === 'zahl' ? { type: 'number' } : s.typ === 'vergleich' ? { type: 'string', enum: [...VERGLEICHE] } : { type: 'string' };
    }
    props[l.name] = { type: 'array', items: { type: 'object', properties: spalten } };
  }
  return props;
}

/** The schema of one agreement's values (`werte` as read, plus the lists as arrays of rows). */
export function vereinbarungsSchema(): Schema {
  const properties: Record<string, Schema> = {};
  for (const f of FELDER) properties[f.name] = feldSchema(f);
  Object.assign(properties, listenSchema());
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://zielplaner.example/schemas/vereinbarung.json',
    title: 'Zielvereinbarung nach § 48b SGB II',
    type: 'object',
    properties,
    required: FELDER.filter((f) => f.pflicht.length === ARTEN.length).map((f) => f.name),
    allOf: ARTEN.map((art) => ({
      if: { properties: { ZV_Art: { const: art } }, required: [FELD.ZV_Art] },
      then: { required: FELDER.filter((f) => f.pflicht.includes(art) && f.pflicht.length < ARTEN.length).map((f) => f.name) },
    })),
  };
}
