/**
 * Findings no other test triggers: each is provoked from Kaiserslautern 2024's inputs (or, for the
 * schema's type errors that reading never produces, from the schema check directly) and asserted
 * with its rule, severity, cell and German message.
 */
import type { ErrorObject } from 'ajv';
import { pruefeMappe } from '../../src/kern';
import { meldung, pruefeSchema } from '../../src/checks/schema';
import type { BenannterBereich } from '../../src/lesen/port';
import { GRUNDLAGE, liste, mappe, type Eintrag } from './hilfen';

function befunde(felder: Record<string, Eintrag>, extra: BenannterBereich[] = []) {
  const [r] = pruefeMappe(mappe(felder, 'Planung', extra));
  if (!r) throw new Error('no agreement');
  return r.befunde;
}
const finde = (bs: ReturnType<typeof befunde>, rule: string) => bs.find((b) => b.rule === rule);

describe('lists', () => {
  test('LISTE_SPALTE_FEHLT: a list without the column Beschreibung, on its header', () => {
    const b = finde(befunde(GRUNDLAGE, [liste('ZV_LokaleZiele', ['Ziel', 'Wert'], [['Integrationen', 5]])]), 'LISTE_SPALTE_FEHLT');
    expect(b).toMatchObject({ severity: 'error', field: 'ZV_LokaleZiele', cell: 'Listen!A1' });
    expect(b?.message).toContain('In der Liste ZV_LokaleZiele fehlt die Spalte „Beschreibung“.');
  });

  test('LISTE_NICHT_FUER_ART: kommunale Ziele in a gE agreement are not printed', () => {
    const b = finde(
      befunde(GRUNDLAGE, [liste('ZV_KommunaleZiele', ['Ziel', 'Beschreibung'], [['SGB-II-Quote', 'senken']])]),
      'LISTE_NICHT_FUER_ART',
    );
    expect(b).toMatchObject({ severity: 'info', field: 'ZV_KommunaleZiele', cell: 'Listen!A2' });
    expect(b?.message).toContain('gehört nicht zu einer Vereinbarung der Art gE und erscheint nicht im Dokument');
  });

  test('LISTE_WERT_FEHLT and ZIEL_OHNE_BEZEICHNUNG: a comparison without its number, a description without its goal', () => {
    const lokale = liste(
      'ZV_LokaleZiele',
      ['Ziel', 'Beschreibung', 'Wert', 'Vergleich'],
      [
        ['Übertritte LZA', 'Vermeidung', null, '<='],
        [null, 'nur eine Beschreibung', null, null],
      ],
    );
    const bs = befunde(GRUNDLAGE, [lokale]);
    const wert = finde(bs, 'LISTE_WERT_FEHLT');
    expect(wert).toMatchObject({ severity: 'error', field: 'ZV_LokaleZiele', cell: 'Listen!C2' });
    expect(wert?.message).toContain('Das lokale Ziel „Übertritte LZA“ hat einen Vergleich („<=“), aber keinen Wert.');
    const ohne = finde(bs, 'ZIEL_OHNE_BEZEICHNUNG');
    expect(ohne).toMatchObject({ severity: 'warning', field: 'ZV_LokaleZiele', cell: 'Listen!A3' });
    expect(ohne?.message).toContain('steht eine Beschreibung ohne Ziel');
  });
});

describe('the schema', () => {
  test('WERTEBEREICH: a change of -150 % is beyond -100 %', () => {
    const b = finde(befunde({ ...GRUNDLAGE, ZV_LZB_Veraenderung_Frauen: -150 }), 'WERTEBEREICH');
    expect(b).toMatchObject({ severity: 'error', field: 'ZV_LZB_Veraenderung_Frauen', cell: 'Planung!C20' });
    expect(b?.message).toContain('muss aber über -100 % und höchstens 1.000 % liegen');
  });

  test('FALSCHER_TYP and TEXT_LEER: a number where a text belongs, an empty text, a list that is no list', () => {
    const zelle = (zeiger: string) => (zeiger === '/ZV_Agentur' ? 'Planung!C5' : null);
    const bs = pruefeSchema(
      {
        werte: { ZV_Jahr: 2024, ZV_Art: 'gE', ZV_Agentur: 42, ZV_Jobcenter: '' },
        listen: { ZV_LokaleZiele: [{ Ziel: 7 }] },
      },
      zelle,
    );
    expect(bs).toContainEqual({
      rule: 'FALSCHER_TYP',
      severity: 'error',
      field: 'ZV_Agentur',
      cell: 'Planung!C5',
      message: '„Agentur für Arbeit“ (ZV_Agentur) hat den falschen Typ. Tragen Sie einen Text ein.',
    });
    expect(bs).toContainEqual(
      expect.objectContaining({
        rule: 'TEXT_LEER',
        field: 'ZV_Jobcenter',
        message: '„Jobcenter“ (ZV_Jobcenter) ist leer. Tragen Sie einen Text ein.',
      }),
    );
    expect(bs.find((b) => b.field === 'ZV_LokaleZiele')?.message).toBe(
      'Die Spalte „Ziel“ in Zeile 1 der Liste ZV_LokaleZiele hat den falschen Typ. Tragen Sie einen Text ein.',
    );
  });

  test('SCHEMA: a schema keyword without a message of its own still gives a German sentence', () => {
    const e = { keyword: 'multipleOf', instancePath: '/ZV_Jahr', schemaPath: '#/properties/ZV_Jahr', params: {} } as ErrorObject;
    expect(meldung(e, '/ZV_Jahr', 'gE', 'Planung!C2', 2024)).toEqual({
      rule: 'SCHEMA',
      text: '„Zieljahr“ (ZV_Jahr) ist ungültig (multipleOf). Korrigieren Sie den Wert.',
    });
  });
});

describe('the checks', () => {
  test('LZB_ZIEL_VERAENDERUNG_WIDERSPRUCH: 3.000 against 2.400 × (1 + 8,7 %) = 2.609', () => {
    const b = finde(befunde({ ...GRUNDLAGE, ZV_LZB_Ziel_Frauen: 3000 }), 'LZB_ZIEL_VERAENDERUNG_WIDERSPRUCH');
    expect(b).toMatchObject({ severity: 'error', field: 'ZV_LZB_Ziel_Frauen', cell: 'Planung!C22' });
    expect(b?.message).toContain('von 3.000 widerspricht der Veränderung +8,7 % in Planung!C20 bei dem Vorjahreswert 2.400 in Planung!C18');
    expect(b?.message).toContain('daraus ergibt sich 2.609 (Frauen)');
    expect(b?.related).toEqual(['Planung!C20', 'Planung!C18']);
  });

  test('IQ_GESAMT_GEWICHTUNG: 20,3 % lies between the genders but not at their eLb-weighted mean 19,9 %', () => {
    const b = finde(befunde({ ...GRUNDLAGE, ZV_IQ_Ziel_Gesamt: 20.3 }), 'IQ_GESAMT_GEWICHTUNG');
    expect(b).toMatchObject({ severity: 'error', field: 'ZV_IQ_Ziel_Gesamt', cell: 'Planung!C22' });
    expect(b?.message).toContain('von 20,3 % weicht vom eLb-gewichteten Mittel der Geschlechter ab: mit dem Frauenanteil 53,2 %');
    expect(b?.message).toContain('ergibt sich 19,9 %');
  });

  test('IQ_VERAENDERUNG_GESAMT_BEREICH: +5,0 % is not between +1,8 % and -2,3 %, a warning', () => {
    const b = finde(befunde({ ...GRUNDLAGE, ZV_IQ_Veraenderung_Gesamt: 5 }), 'IQ_VERAENDERUNG_GESAMT_BEREICH');
    expect(b).toMatchObject({ severity: 'warning', field: 'ZV_IQ_Veraenderung_Gesamt', cell: 'Planung!C22' });
    expect(b?.message).toContain('von +5,0 % liegt nicht zwischen den Veränderungen der Frauen (+1,8 %) und der Männer (-2,3 %)');
  });

  test('LZB_VJ_SUMME: a previous-year total 500 off the sum of the genders is an error', () => {
    const b = finde(befunde({ ...GRUNDLAGE, ZV_LZB_VJ_Gesamt: 5000 }), 'LZB_VJ_SUMME');
    expect(b).toMatchObject({ severity: 'error', field: 'ZV_LZB_VJ_Gesamt', cell: 'Planung!C22' });
    expect(b?.message).toContain('von 5.000 weicht um 500 von der Summe aus Frauen und Männern (4.500) ab');
  });
});
