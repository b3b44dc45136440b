/**
 * The further target forms of issue 12 through the core: integration counts (total derived or
 * checked), K1 as a bound, further targets (ZV_Ergaenzungsziele), a second Land ministry, the
 * Erfolgskriterium of individualised goals, and the zkT exception for the LZB gender split.
 */
import { pruefeMappe } from '../../src/kern';
import type { BenannterBereich } from '../../src/lesen/port';
import type { Pruefergebnis } from '../../src/model/vereinbarung';
import { GRUNDLAGE, liste, mappe, type Eintrag } from './hilfen';

function pruefe(felder: Record<string, Eintrag>, extra: BenannterBereich[] = []): Pruefergebnis {
  const [r] = pruefeMappe(mappe(felder, 'Planung', extra));
  if (!r) throw new Error('no agreement');
  return r;
}
const regeln = (felder: Record<string, Eintrag>, extra: BenannterBereich[] = []) => pruefe(felder, extra).befunde.map((b) => b.rule);

/** A zkT agreement of 2024 in changes mode (Emsland-like), complete and consistent. */
const ZKT: Record<string, Eintrag> = {
  ZV_Jahr: 2024,
  ZV_Art: 'zkT',
  ZV_Land: 'Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales',
  ZV_Land_Person: 'Martina Köhler',
  ZV_Land_Funktion: 'Staatssekretärin',
  ZV_Traeger: 'Landkreis Mümlingtal',
  ZV_Traeger_Person: 'Frank Reinhardt',
  ZV_Traeger_Funktion: 'Landrat',
  ZV_IQ_Veraenderung_Frauen: 2.0,
  ZV_IQ_Veraenderung_Maenner: 1.0,
  ZV_LZB_Veraenderung_Frauen: -1.0,
  ZV_LZB_Veraenderung_Maenner: -2.0,
};

const ERGAENZUNG_KOPF = ['Kennzahl', 'Wert', 'Einheit', 'Vergleich', 'Bezug'];
const ergaenzung = (...zeilen: (string | number | null)[][]) => liste('ZV_Ergaenzungsziele', ERGAENZUNG_KOPF, zeilen);

describe('Integrationen (minimum counts)', () => {
  test('the total is derived as Frauen + Männer and shown with the values', () => {
    const r = pruefe({ ...ZKT, ZV_INT_Ziel_Frauen: 258, ZV_INT_Ziel_Maenner: 354 });
    expect(r.befunde).toEqual([]);
    expect(r.vereinbarung.werte.ZV_INT_Ziel_Gesamt).toBe(612);
    expect(r.vereinbarung.eingegeben.has('ZV_INT_Ziel_Gesamt')).toBe(false);
  });

  test('an entered total equal to the sum is consistent', () => {
    expect(regeln({ ...ZKT, ZV_INT_Ziel_Frauen: 258, ZV_INT_Ziel_Maenner: 354, ZV_INT_Ziel_Gesamt: 612 })).toEqual([]);
  });

  test('INT_GESAMT_SUMME: an entered total that differs is an error on its cell, both genders related', () => {
    const r = pruefe({ ...ZKT, ZV_INT_Ziel_Frauen: 258, ZV_INT_Ziel_Maenner: 354, ZV_INT_Ziel_Gesamt: 613 });
    const b = r.befunde.find((x) => x.rule === 'INT_GESAMT_SUMME');
    expect(b).toMatchObject({ severity: 'error', field: 'ZV_INT_Ziel_Gesamt', cell: r.vereinbarung.zellen.ZV_INT_Ziel_Gesamt });
    expect(b?.message).toContain('mindestens 613');
    expect(b?.message).toContain('um 1');
    expect(b?.message).toContain('von der Summe 612 aus Frauen (258) und Männern (354) ab');
    expect(b?.related).toEqual([r.vereinbarung.zellen.ZV_INT_Ziel_Frauen, r.vereinbarung.zellen.ZV_INT_Ziel_Maenner]);
    expect(r.vereinbarung.werte.ZV_INT_Ziel_Gesamt).toBe(613); // an entered value is never replaced
  });

  test('INT_GESCHLECHT_FEHLT: a count for one gender only is a warning on the missing cell', () => {
    const r = pruefe({ ...ZKT, ZV_INT_Ziel_Frauen: 258, ZV_INT_Ziel_Maenner: null });
    const b = r.befunde.find((x) => x.rule === 'INT_GESCHLECHT_FEHLT');
    expect(b).toMatchObject({ severity: 'warning', field: 'ZV_INT_Ziel_Maenner', cell: r.vereinbarung.zellen.ZV_INT_Ziel_Maenner });
    expect(b?.message).toContain('der Gesamtwert kann nicht berechnet werden');
    expect(r.vereinbarung.werte.ZV_INT_Ziel_Gesamt).toBeUndefined();
  });

  test('counts are whole and not negative (schema, German message naming the field)', () => {
    const bruch = pruefe({ ...ZKT, ZV_INT_Ziel_Frauen: 258.5, ZV_INT_Ziel_Maenner: 354 }).befunde;
    expect(bruch.find((b) => b.rule === 'GANZE_ZAHL')).toMatchObject({ severity: 'error', field: 'ZV_INT_Ziel_Frauen' });
    expect(bruch.find((b) => b.rule === 'GANZE_ZAHL')?.message).toContain('„Integrationen mindestens (Frauen)“');
    const negativ = pruefe({ ...ZKT, ZV_INT_Ziel_Frauen: 258, ZV_INT_Ziel_Maenner: -4 });
    expect(negativ.befunde.find((b) => b.rule === 'BESTAND_NEGATIV')).toMatchObject({ severity: 'error', field: 'ZV_INT_Ziel_Maenner' });
    // an invalid count takes no part in the sum
    expect(negativ.vereinbarung.werte.ZV_INT_Ziel_Gesamt).toBeUndefined();
  });

  test('German text numbers are read: "1.258"', () => {
    const r = pruefe({ ...ZKT, ZV_INT_Ziel_Frauen: '1.258', ZV_INT_Ziel_Maenner: 354 });
    expect(r.vereinbarung.werte.ZV_INT_Ziel_Gesamt).toBe(1612);
  });
});

describe('Leistungen zum Lebensunterhalt (K1) as a bound', () => {
  test('a bound within ±20 % has no finding', () => {
    expect(regeln({ ...ZKT, ZV_LLU_Veraenderung: 4.6 })).toEqual([]);
    expect(regeln({ ...ZKT, ZV_LLU_Veraenderung: -20 })).toEqual([]);
    expect(regeln({ ...GRUNDLAGE, ZV_LLU_Veraenderung: 20.04 })).toEqual([]);
  });

  test('LLU_VERAENDERUNG_GROSS: beyond ±20 % a warning on its cell, in German figures', () => {
    const r = pruefe({ ...ZKT, ZV_LLU_Veraenderung: 46 });
    const b = r.befunde.find((x) => x.rule === 'LLU_VERAENDERUNG_GROSS');
    expect(b).toMatchObject({ severity: 'warning', field: 'ZV_LLU_Veraenderung', cell: r.vereinbarung.zellen.ZV_LLU_Veraenderung });
    expect(b?.message).toContain('+46,0 %');
    expect(b?.message).toContain('±20 %');
    const sinkt = pruefe({ ...GRUNDLAGE, ZV_LLU_Veraenderung: -25.5 }).befunde.find((x) => x.rule === 'LLU_VERAENDERUNG_GROSS');
    expect(sinkt?.message).toContain('um mindestens 25,5 % sinken');
  });

  test('"4,6 %" as text is read as 4.6', () => {
    const r = pruefe({ ...ZKT, ZV_LLU_Veraenderung: '4,6 %' });
    expect(r.vereinbarung.werte.ZV_LLU_Veraenderung).toBe(4.6);
  });
});

describe('Ergänzungsziele (ZV_Ergaenzungsziele)', () => {
  test('complete rows are read into the model with their cells and have no finding', () => {
    const r = pruefe(ZKT, [
      ergaenzung(
        ['Integrationsquote der Alleinerziehenden', 17, '%', '>=', 'Zielwert'],
        ['U25 Integrationsquote', 2, '%', '>=', 'Veränderung'],
      ),
    ]);
    expect(r.befunde).toEqual([]);
    expect(r.vereinbarung.listen.ergaenzungsziele).toEqual([
      {
        kennzahl: 'Integrationsquote der Alleinerziehenden',
        wert: 17,
        einheit: '%',
        vergleich: '>=',
        bezug: 'Zielwert',
        zellen: { Kennzahl: 'Listen!A2', Wert: 'Listen!B2', Einheit: 'Listen!C2', Vergleich: 'Listen!D2', Bezug: 'Listen!E2' },
      },
      expect.objectContaining({ kennzahl: 'U25 Integrationsquote', wert: 2, bezug: 'Veränderung' }),
    ]);
  });

  test('ERGAENZUNGSZIEL_UNVOLLSTAENDIG: Kennzahl, Wert and Einheit are needed, each on its own cell', () => {
    const b = pruefe(ZKT, [
      ergaenzung([null, 17, '%', null, null], ['U25', null, '%', null, null], ['K3E1', 30, null, null, null]),
    ]).befunde;
    expect(b.map((x) => [x.rule, x.severity, x.cell])).toEqual([
      ['ERGAENZUNGSZIEL_UNVOLLSTAENDIG', 'error', 'Listen!A2'],
      ['ERGAENZUNGSZIEL_UNVOLLSTAENDIG', 'error', 'Listen!B3'],
      ['ERGAENZUNGSZIEL_UNVOLLSTAENDIG', 'error', 'Listen!C4'],
    ]);
    expect(b[1]!.message).toContain('Die Zielgröße „U25“ in der Liste ZV_Ergaenzungsziele hat keine Angabe in der Spalte „Wert“');
    expect(b.every((x) => x.field === 'ZV_Ergaenzungsziele')).toBe(true);
  });

  test('a Wert that is no number is reported once, by the schema', () => {
    const b = pruefe(ZKT, [ergaenzung(['U25', 'viel', '%', null, null])]).befunde;
    expect(b.map((x) => [x.rule, x.cell])).toEqual([['FALSCHER_TYP', 'Listen!B2']]);
  });

  test('ERGAENZUNGSZIEL_BEREICH: a percent level lies within 0–100; a change may exceed it', () => {
    const b = pruefe(ZKT, [ergaenzung(['K3E1', 120, '%', '>=', 'Zielwert'], ['Ohne Bezug', -3, '%', null, null])]).befunde;
    expect(b.map((x) => [x.rule, x.cell])).toEqual([
      ['ERGAENZUNGSZIEL_BEREICH', 'Listen!B2'],
      ['ERGAENZUNGSZIEL_BEREICH', 'Listen!B3'],
    ]);
    expect(b[0]!.message).toContain('120,0 %');
    expect(regeln(ZKT, [ergaenzung(['Veränderung', 120, '%', null, 'Veränderung'], ['Sinkt', -3, '%', '<=', 'Veränderung'])])).toEqual([]);
  });

  test('a count is whole and not negative, an amount not negative', () => {
    const b = pruefe(ZKT, [ergaenzung(['Integrationen U25', 12.5, 'Anzahl', '>=', null], ['Kosten', -100, '€', '<=', 'Zielwert'])]).befunde;
    expect(b.map((x) => [x.rule, x.cell])).toEqual([
      ['ERGAENZUNGSZIEL_GANZE_ZAHL', 'Listen!B2'],
      ['ERGAENZUNGSZIEL_BEREICH', 'Listen!B3'],
    ]);
  });

  test('ERGAENZUNGSZIEL_EINHEIT and ERGAENZUNGSZIEL_BEZUG: only the words of the contract', () => {
    const b = pruefe(ZKT, [ergaenzung(['K3E1', 30, 'Prozent', null, null], ['U25', 2, '%', null, 'Vorjahr'])]).befunde;
    expect(b.map((x) => [x.rule, x.severity, x.cell])).toEqual([
      ['ERGAENZUNGSZIEL_EINHEIT', 'error', 'Listen!C2'],
      ['ERGAENZUNGSZIEL_BEZUG', 'error', 'Listen!E3'],
    ]);
    expect(b[0]!.message).toContain('„%“, „Anzahl“ oder „€“');
  });

  test('a comparison other than <=, >=, = is a schema finding', () => {
    expect(regeln(ZKT, [ergaenzung(['K3E1', 30, '%', '>', null])])).toEqual(['AUSWAHL_UNGUELTIG']);
  });

  test('further targets belong to every kind (gE too)', () => {
    expect(regeln(GRUNDLAGE, [ergaenzung(['K2E4 Integrationsquote der Alleinerziehenden', 21.3, '%', '>=', 'Zielwert'])])).toEqual([]);
  });
});

describe('A second Land ministry', () => {
  const MIT_MS = {
    ...ZKT,
    ZV_Land: 'Niedersächsisches Ministerium für Wirtschaft, Arbeit, Verkehr und Digitalisierung',
    ZV_Land2: 'Niedersächsisches Ministerium für Soziales, Gesundheit und Gleichstellung',
  };

  test('named with its signer: no finding', () => {
    expect(regeln({ ...MIT_MS, ZV_Land2_Person: 'Jens Oltmanns', ZV_Land2_Funktion: 'In Vertretung' })).toEqual([]);
  });

  test('UNTERZEICHNER_FEHLT: its signer is missing like the first ministry’s', () => {
    const r = pruefe({ ...MIT_MS, ZV_Land2_Person: null, ZV_Land2_Funktion: null, ZV_Land_Person: null });
    const b = r.befunde.filter((x) => x.rule === 'UNTERZEICHNER_FEHLT');
    // one warning per party (issue 9): the second ministry's missing name and function are one finding
    expect(b.map((x) => [x.field, x.severity])).toEqual([
      ['ZV_Land_Person', 'warning'],
      ['ZV_Land2_Person', 'warning'],
    ]);
    expect(b[1]!.cell).toBe(r.vereinbarung.zellen.ZV_Land2_Person);
    expect(b[1]!.related).toEqual([r.vereinbarung.zellen.ZV_Land2_Funktion]);
    expect(b[1]!.message).toContain('„Unterzeichner/in des zweiten Ministeriums“');
    expect(b[1]!.message).toContain('Prüfen Sie, ob Name und Funktion der unterzeichnenden Person bekannt sind');
    expect(b[0]!.message).toContain('Prüfen Sie, ob der Name der unterzeichnenden Person bekannt ist');
  });

  test('without a second ministry nothing is asked of its signer', () => {
    expect(regeln({ ...ZKT, ZV_Land2: null, ZV_Land2_Person: null, ZV_Land2_Funktion: null })).toEqual([]);
  });

  test('LAND2_FEHLT: a signer without the ministry is a warning on the ministry’s cell', () => {
    const r = pruefe({ ...ZKT, ZV_Land2: null, ZV_Land2_Person: 'Jens Oltmanns' });
    expect(r.befunde.map((b) => [b.rule, b.field, b.cell])).toEqual([['LAND2_FEHLT', 'ZV_Land2', r.vereinbarung.zellen.ZV_Land2]]);
  });
});

describe('Geschlechterwerte: the zkT exception for the LZB (contract change)', () => {
  const NUR_GESAMT = { ...ZKT, ZV_LZB_Veraenderung_Frauen: null, ZV_LZB_Veraenderung_Maenner: null, ZV_LZB_Veraenderung_Gesamt: 14.0 };

  test('LZB_NUR_GESAMT: a zkT agreement from 2023 on may agree the LZB total only: a hint, no error', () => {
    const r = pruefe(NUR_GESAMT);
    expect(r.befunde.map((b) => [b.rule, b.severity, b.field])).toEqual([['LZB_NUR_GESAMT', 'info', 'ZV_LZB_Veraenderung_Frauen']]);
    expect(r.befunde[0]!.cell).toBe(r.vereinbarung.zellen.ZV_LZB_Veraenderung_Frauen);
    expect(r.befunde[0]!.message).toContain('nur gesamt vereinbart');
  });

  test('the IQ of a zkT agreement still needs its gender values', () => {
    const r = pruefe({ ...NUR_GESAMT, ZV_IQ_Veraenderung_Frauen: null, ZV_IQ_Veraenderung_Maenner: null, ZV_IQ_Veraenderung_Gesamt: 3.9 });
    expect(r.befunde.map((b) => `${b.rule}:${b.severity}:${b.field}`)).toEqual([
      'GESCHLECHT_FEHLT:error:ZV_IQ_Veraenderung_Frauen',
      'GESCHLECHT_FEHLT:error:ZV_IQ_Veraenderung_Maenner',
      'LZB_NUR_GESAMT:info:ZV_LZB_Veraenderung_Frauen',
    ]);
  });

  test('a gE agreement still needs the LZB gender values', () => {
    const r = pruefe({
      ...GRUNDLAGE,
      ZV_LZB_Veraenderung_Frauen: null,
      ZV_LZB_Veraenderung_Maenner: null,
      ZV_LZB_Veraenderung_Gesamt: 4100,
    });
    expect(r.befunde.filter((b) => b.rule === 'GESCHLECHT_FEHLT').map((b) => [b.severity, b.field])).toEqual([
      ['error', 'ZV_LZB_Veraenderung_Frauen'],
      ['error', 'ZV_LZB_Veraenderung_Maenner'],
    ]);
    expect(r.befunde.map((b) => b.rule)).not.toContain('LZB_NUR_GESAMT');
  });

  test('a zkT agreement with one LZB gender only, or no LZB target at all, is still an error', () => {
    expect(pruefe({ ...NUR_GESAMT, ZV_LZB_Veraenderung_Frauen: -1 }).befunde.map((b) => `${b.rule}:${b.field}`)).toEqual([
      'GESCHLECHT_FEHLT:ZV_LZB_Veraenderung_Maenner',
    ]);
    expect(pruefe({ ...NUR_GESAMT, ZV_LZB_Veraenderung_Gesamt: null }).befunde.map((b) => `${b.rule}:${b.severity}`)).toEqual([
      'GESCHLECHT_FEHLT:error',
      'GESCHLECHT_FEHLT:error',
    ]);
  });
});

test('Erfolgskriterium: read per individualised goal, absent when empty', () => {
  const r = pruefe(ZKT, [
    liste(
      'ZV_WeitereZiele',
      ['Ziel', 'Beschreibung', 'Schritte', 'Erfolgskriterium'],
      [
        ['Übergang Schule und Beruf', 'Übergänge steigern', 'Schritt eins', 'die Zahl der Praktika erhöht werden konnte'],
        ['Gleichstellung', 'Aufmerksamkeit', null, '  '],
      ],
    ),
  ]);
  expect(r.befunde).toEqual([]);
  expect(r.vereinbarung.listen.weitereZiele).toEqual([
    {
      ziel: 'Übergang Schule und Beruf',
      beschreibung: 'Übergänge steigern',
      schritte: ['Schritt eins'],
      erfolgskriterium: 'die Zahl der Praktika erhöht werden konnte',
    },
    { ziel: 'Gleichstellung', beschreibung: 'Aufmerksamkeit', schritte: [] },
  ]);
});
