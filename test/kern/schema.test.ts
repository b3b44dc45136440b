/** The committed standalone validator is the compilation of the current schema (no drift). */
import { readFileSync } from 'node:fs';
import { AJV_OPTIONEN, vereinbarungsSchema } from '../../src/checks/vereinbarungsschema';
const { validatorCode, ZIEL } = require('../../scripts/schema-bauen.js') as {
  validatorCode: (s: unknown, o: unknown) => string;
  ZIEL: string;
};

test('vereinbarungsschema.validator.js is current (npm run schema regenerates it)', () => {
  expect(readFileSync(ZIEL, 'utf8')).toBe(validatorCode(vereinbarungsSchema(), AJV_OPTIONEN));
});

test('the schema is draft 2020-12 and requires per Art what the catalogue says', () => {
  const s = vereinbarungsSchema() as { $schema: string; required: string[]; allOf: { then: { required: string[] } }[] };
  expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(s.required).toEqual(['ZV_Jahr', 'ZV_Art']);
  expect(s.allOf.map((x) => x.then.required)).toEqual([
    ['ZV_Agentur', 'ZV_Jobcenter'],
    ['ZV_Agentur', 'ZV_Jobcenter', 'ZV_Traeger'],
    ['ZV_Traeger', 'ZV_Land'],
  ]);
});
