import { pruefeMappe } from '../../src/kern';
import { feldFuer } from '../../src/catalogue/felder';
import { GRUNDLAGE, mappe, type Eintrag } from './hilfen';
import { KAISERSLAUTERN, METTMANN } from '../../beispiele/saat';

function pruefe(felder: Record<string, Eintrag>) {
  const [r] = pruefeMappe(mappe(felder));
  if (!r) throw new Error('no agreement');
  return r;
}

describe('Planwert-Regeln', () => {
  test('Kaiserslautern 2024: targets from previous year and change, eLb-weighted total', () => {
    const r = pruefe(GRUNDLAGE);
    const w = r.vereinbarung.werte;
    expect([w.ZV_IQ_Ziel_Gesamt, w.ZV_IQ_Ziel_Frauen, w.ZV_IQ_Ziel_Maenner]).toEqual([19.9, 15.2, 25.2]);
    expect([w.ZV_IQ_Veraenderung_Gesamt, w.ZV_IQ_Veraenderung_Frauen, w.ZV_IQ_Veraenderung_Maenner]).toEqual([-0.6, 1.8, -2.3]);
    expect([w.ZV_LZB_Veraenderung_Gesamt, w.ZV_LZB_Veraenderung_Frauen, w.ZV_LZB_Veraenderung_Maenner]).toEqual([3.8, 8.7, -1.8]);
    for (const [feld, gedruckt] of Object.entries(KAISERSLAUTERN.gedruckt))
      expect([feld, w[feldFuer(feld).name]]).toEqual([feld, gedruckt]);
    expect(r.befunde).toEqual([]);
    expect(r.vereinbarung.eingegeben.has('ZV_IQ_Ziel_Gesamt')).toBe(false);
  });

  test('the total quota is the weighted mean, not the plain average', () => {
    const r = pruefe({ ...GRUNDLAGE, ZV_eLb_Frauen: 8000, ZV_eLb_Maenner: 2000 });
    // 0.8 × 15.1994 + 0.2 × 25.1968 = 17.2
    expect(r.vereinbarung.werte.ZV_IQ_Ziel_Gesamt).toBe(17.2);
    expect(r.vereinbarung.werte.ZV_IQ_Ziel_Gesamt).not.toBe(20.2);
  });

  test('without eLb stocks the weight comes from the previous year quotas', () => {
    const r = pruefe({
      ...GRUNDLAGE,
      ZV_eLb_Frauen: null,
      ZV_eLb_Maenner: null,
      ZV_IQ_VJ_Frauen: 10,
      ZV_IQ_VJ_Maenner: 20,
      ZV_IQ_VJ_Gesamt: 14,
      ZV_IQ_Veraenderung_Frauen: 10,
      ZV_IQ_Veraenderung_Maenner: 10,
    });
    // w = (20 − 14) / (20 − 10) = 0.6; targets 11 and 22 → 0.6 × 11 + 0.4 × 22 = 15.4
    expect(r.vereinbarung.werte.ZV_IQ_Ziel_Gesamt).toBe(15.4);
    expect(r.vereinbarung.werte.ZV_IQ_Veraenderung_Gesamt).toBe(10);
  });

  test('LZB stocks are whole persons: the total adds the genders as printed (10,5 + 10,5 → 11 + 11 = 22)', () => {
    const r = pruefe({
      ...GRUNDLAGE,
      ZV_LZB_VJ_Frauen: 10,
      ZV_LZB_VJ_Maenner: 10,
      ZV_LZB_Veraenderung_Frauen: 5,
      ZV_LZB_Veraenderung_Maenner: 5,
    });
    const w = r.vereinbarung.werte;
    expect([w.ZV_LZB_Ziel_Frauen, w.ZV_LZB_Ziel_Maenner, w.ZV_LZB_Ziel_Gesamt]).toEqual([11, 11, 22]);
    expect(w.ZV_LZB_Veraenderung_Gesamt).toBe(10);
    // half-way in binary: 5100 × 1,015 = 5176,4999… is 5.177 persons, and the total counts 5.177
    const h = pruefe({ ...GRUNDLAGE, ZV_LZB_VJ_Frauen: 5100, ZV_LZB_Veraenderung_Frauen: 1.5, ZV_LZB_VJ_Maenner: 14 }).vereinbarung.werte;
    expect([h.ZV_LZB_Ziel_Frauen, h.ZV_LZB_Ziel_Maenner, h.ZV_LZB_Ziel_Gesamt]).toEqual([5177, 14, 5191]);
  });

  test('the change is derived from an entered target', () => {
    const { ZV_IQ_Veraenderung_Frauen: _a, ...ohne } = GRUNDLAGE;
    const r = pruefe({ ...ohne, ZV_IQ_Ziel_Frauen: 15.68 });
    expect(r.vereinbarung.werte.ZV_IQ_Veraenderung_Frauen).toBe(5);
  });

  test('Mettmann 2025: changes and targets without previous year; LZB total 19.006 against 19.010 is a warning only', () => {
    // the seed's parties with every printed figure entered, no previous-year values, no eLb stocks
    const r = pruefe({
      ...METTMANN.optionen.werte,
      ZV_IQ_VJ_Frauen: null,
      ZV_IQ_VJ_Maenner: null,
      ZV_IQ_VJ_Gesamt: null,
      ZV_eLb_Frauen: null,
      ZV_eLb_Maenner: null,
      ZV_LZB_VJ_Frauen: null,
      ZV_LZB_VJ_Maenner: null,
      ...METTMANN.gedruckt,
    });
    const fehler = r.befunde.filter((b) => b.severity === 'error');
    expect(fehler).toEqual([]);
    const summe = r.befunde.find((b) => b.rule === 'LZB_GESAMT_SUMME');
    expect(summe?.severity).toBe('warning');
    expect(summe?.message).toContain('19.010');
    expect(r.vereinbarung.werte.ZV_LZB_VJ_Gesamt).toBe(17696);
  });

  test('40 persons off the sum of the genders is an error naming both sides', () => {
    const r = pruefe({
      ...GRUNDLAGE,
      ZV_Jahr: 2025,
      ZV_LZB_VJ_Frauen: null,
      ZV_LZB_VJ_Maenner: null,
      ZV_LZB_Veraenderung_Gesamt: 7.4,
      ZV_LZB_Veraenderung_Frauen: 6.5,
      ZV_LZB_Veraenderung_Maenner: 8.5,
      ZV_LZB_Ziel_Gesamt: 19050,
      ZV_LZB_Ziel_Frauen: 10154,
      ZV_LZB_Ziel_Maenner: 8856,
    });
    const b = r.befunde.find((x) => x.rule === 'LZB_GESAMT_SUMME');
    expect(b).toMatchObject({ severity: 'error', field: 'ZV_LZB_Ziel_Gesamt', cell: r.vereinbarung.zellen.ZV_LZB_Ziel_Gesamt });
    expect(b?.related).toEqual([r.vereinbarung.zellen.ZV_LZB_Ziel_Frauen, r.vereinbarung.zellen.ZV_LZB_Ziel_Maenner]);
  });

  test('Lörrach 2024: levels only, 4.242 against 2.445 + 1.796 is within ±1,5', () => {
    const r = pruefe({
      ZV_Jahr: 2024,
      ZV_Art: 'gE',
      ZV_Darstellung: 'Zielwert',
      ZV_Agentur: 'Agentur für Arbeit Lörrach',
      ZV_Agentur_Person: 'Horst Eckert',
      ZV_Agentur_Funktion: 'Vorsitzender der Geschäftsführung',
      ZV_Jobcenter: 'Jobcenter Landkreis Lörrach',
      ZV_Jobcenter_Person: 'Jürgen Kurz',
      ZV_Jobcenter_Funktion: 'Geschäftsführer',
      ZV_IQ_Ziel_Gesamt: 19.5,
      ZV_IQ_Ziel_Frauen: 14.4,
      ZV_IQ_Ziel_Maenner: 25.9,
      ZV_LZB_Ziel_Gesamt: 4242,
      ZV_LZB_Ziel_Frauen: 2445,
      ZV_LZB_Ziel_Maenner: 1796,
    });
    expect(r.befunde).toEqual([]);
    expect(r.vereinbarung.werte.ZV_LZB_Ziel_Gesamt).toBe(4242);
  });

  test('Emsland 2024 (zkT, changes mode): total change between the gender changes', () => {
    const basis = {
      ZV_Jahr: 2024,
      ZV_Art: 'zkT',
      ZV_Traeger: 'Landkreis Emsland',
      ZV_Traeger_Person: 'Martin Gerenkamp',
      ZV_Traeger_Funktion: 'Landrat',
      ZV_Land: 'Niedersächsisches Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung',
      ZV_Land_Person: 'Dr. Christine Arbogast',
      ZV_Land_Funktion: 'Staatssekretärin',
      ZV_IQ_Veraenderung_Gesamt: 3.9,
      ZV_IQ_Veraenderung_Frauen: 5.1,
      ZV_IQ_Veraenderung_Maenner: 2.7,
      ZV_LZB_Veraenderung_Gesamt: 14.0,
      ZV_LZB_Veraenderung_Frauen: 13.1,
      ZV_LZB_Veraenderung_Maenner: 15.0,
    };
    expect(pruefe(basis).befunde).toEqual([]);
    const falsch = pruefe({ ...basis, ZV_LZB_Veraenderung_Gesamt: 16.0 });
    expect(falsch.befunde.map((b) => b.rule)).toEqual(['LZB_VERAENDERUNG_GESAMT_BEREICH']);
  });

  test('Mansfeld-Südharz 2020: totals only is allowed before 2023, not after', () => {
    const basis = {
      ZV_Jahr: 2020,
      ZV_Art: 'gE-kT',
      ZV_Agentur: 'Agentur für Arbeit Sangerhausen',
      ZV_Jobcenter: 'Jobcenter Mansfeld-Südharz',
      ZV_Traeger: 'Landkreis Mansfeld-Südharz',
      ZV_Agentur_Person: 'Dr. Martina Scherer',
      ZV_Agentur_Funktion: 'Vorsitzende der Geschäftsführung',
      ZV_Jobcenter_Person: 'Annette Müller',
      ZV_Jobcenter_Funktion: 'Geschäftsführerin',
      ZV_Traeger_Person: 'Dr. Angelika Klein',
      ZV_Traeger_Funktion: 'Landrätin',
      ZV_IQ_Ziel_Gesamt: 18.9,
      ZV_LZB_Ziel_Gesamt: 7331,
      ZV_LLU_Prognose: 38219839,
    };
    expect(pruefe(basis).befunde).toEqual([]);
    const neu = pruefe({ ...basis, ZV_Jahr: 2023 });
    expect(neu.befunde.map((b) => `${b.rule}:${b.field}`)).toEqual([
      'GESCHLECHT_FEHLT:ZV_IQ_Ziel_Frauen',
      'GESCHLECHT_FEHLT:ZV_IQ_Ziel_Maenner',
      'GESCHLECHT_FEHLT:ZV_LZB_Ziel_Frauen',
      'GESCHLECHT_FEHLT:ZV_LZB_Ziel_Maenner',
    ]);
    expect(neu.befunde[0]?.message).toContain('Seit 2023');
  });
});
