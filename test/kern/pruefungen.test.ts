import { pruefeMappe, UnbrauchbareDatei } from '../../src/kern';
import type { BenannterBereich } from '../../src/lesen/port';
import { GRUNDLAGE, liste, mappe, type Eintrag } from './hilfen';

function befunde(felder: Record<string, Eintrag>, extra: BenannterBereich[] = []) {
  const [r] = pruefeMappe(mappe(felder, 'Planung', extra));
  if (!r) throw new Error('no agreement');
  return r.befunde;
}
const regeln = (felder: Record<string, Eintrag>, extra: BenannterBereich[] = []) => befunde(felder, extra).map((b) => b.rule);

describe('Prüfungen', () => {
  test('a consistent agreement has no findings', () => {
    expect(befunde(GRUNDLAGE)).toEqual([]);
  });

  test('IQ_GESAMT_BEREICH: an entered total outside the gender quotas, both sides named', () => {
    const b = befunde({ ...GRUNDLAGE, ZV_IQ_Ziel_Gesamt: 26.0 }).find((x) => x.rule === 'IQ_GESAMT_BEREICH');
    expect(b).toMatchObject({ severity: 'error', field: 'ZV_IQ_Ziel_Gesamt', cell: 'Planung!C22' });
    expect(b?.message).toContain('26,0 %');
    expect(b?.message).toContain('15,2 %');
    expect(b?.message).toContain('25,2 %');
  });

  test('IQ_ZIEL_VERAENDERUNG_WIDERSPRUCH: target and change contradict', () => {
    const b = befunde({ ...GRUNDLAGE, ZV_IQ_Ziel_Frauen: 16.5 }).find((x) => x.rule === 'IQ_ZIEL_VERAENDERUNG_WIDERSPRUCH');
    expect(b?.severity).toBe('error');
    expect(b?.message).toMatch(/16,5 %.*\+1,8 %.*14,9 %|16,5 %.*\+1,8 %/);
    expect(b?.related?.length).toBe(2);
  });

  test('a target that agrees within rounding is no contradiction', () => {
    expect(regeln({ ...GRUNDLAGE, ZV_IQ_Ziel_Frauen: 15.2 })).toEqual([]);
  });

  test('schema: IQ outside 0–100, negative or fractional stocks, implausible year, unknown Art', () => {
    expect(regeln({ ...GRUNDLAGE, ZV_IQ_VJ_Frauen: 140 })).toContain('IQ_BEREICH');
    expect(regeln({ ...GRUNDLAGE, ZV_LZB_VJ_Frauen: -5 })).toContain('BESTAND_NEGATIV');
    expect(regeln({ ...GRUNDLAGE, ZV_LZB_VJ_Frauen: 2130.4 })).toContain('GANZE_ZAHL');
    expect(regeln({ ...GRUNDLAGE, ZV_Jahr: 1999 })).toContain('JAHR_UNPLAUSIBEL');
    const art = befunde({ ...GRUNDLAGE, ZV_Art: 'Optionskommune' }).find((b) => b.rule === 'AUSWAHL_UNGUELTIG');
    expect(art?.message).toContain('„gE“, „gE-kT“, „zkT“');
    expect(art?.cell).toBe('Planung!C3');
  });

  test('required fields per Art: a gE-kT agreement needs the kommunaler Träger', () => {
    const b = befunde({ ...GRUNDLAGE, ZV_Art: 'gE-kT' });
    const f = b.find((x) => x.rule === 'PFLICHTFELD_FEHLT');
    expect(f).toMatchObject({ field: 'ZV_Traeger', cell: null, severity: 'error' });
    expect(f?.message).toContain('gE-kT');
    // one warning per party whose signer is missing, naming both details (issue 9: was one per field)
    const unterzeichner = b.filter((x) => x.rule === 'UNTERZEICHNER_FEHLT');
    expect(unterzeichner.map((x) => [x.field, x.severity])).toEqual([['ZV_Traeger_Person', 'warning']]);
    expect(unterzeichner[0]!.message).toBe(
      'Für „Kommunaler Träger“ sind „Unterzeichner/in des Trägers“ (ZV_Traeger_Person) und „Funktion (Träger)“ (ZV_Traeger_Funktion) nicht angegeben; das Dokument erhält an dieser Stelle eine leere Unterschriftszeile. Prüfen Sie, ob Name und Funktion der unterzeichnenden Person bekannt sind, und tragen Sie sie dann ein.',
    );
    expect(unterzeichner[0]!.message).not.toMatch(/orrigieren/);
  });

  test('warnings for large changes', () => {
    expect(regeln({ ...GRUNDLAGE, ZV_IQ_Veraenderung_Frauen: 16 })).toContain('IQ_VERAENDERUNG_GROSS');
    expect(regeln({ ...GRUNDLAGE, ZV_LZB_Veraenderung_Maenner: -25 })).toContain('LZB_VERAENDERUNG_GROSS');
  });

  test('LZB stock above the eLb stock is an error', () => {
    expect(regeln({ ...GRUNDLAGE, ZV_eLb_Frauen: 2000, ZV_eLb_Maenner: 1800 })).toEqual(expect.arrayContaining(['LZB_GROESSER_ELB']));
  });

  test('implied share of women outside 0,40–0,65 and moving more than 2 points', () => {
    const r = regeln({ ...GRUNDLAGE, ZV_eLb_Frauen: 7000, ZV_eLb_Maenner: 3000 });
    expect(r).toEqual(expect.arrayContaining(['FRAUENANTEIL_UNPLAUSIBEL', 'FRAUENANTEIL_VERSCHIEBUNG']));
  });

  test('broken names and ranges where a cell is expected', () => {
    const kaputt: BenannterBereich = { name: 'ZV_IQ_Ziel_Frauen', herkunft: 'name', bezug: '#REF!', zellen: null };
    const bereich: BenannterBereich = {
      name: 'zv_iq_ziel_maenner',
      herkunft: 'name',
      bezug: 'Planung!$E$1:$E$2',
      zellen: [
        [{ wert: 25, zahlenformat: 'General', adresse: 'Planung!E1' }],
        [{ wert: 1, zahlenformat: 'General', adresse: 'Planung!E2' }],
      ],
    };
    const { ZV_IQ_Veraenderung_Frauen: _f, ZV_IQ_Veraenderung_Maenner: _m, ...rest } = GRUNDLAGE;
    const b = befunde(rest, [kaputt, bereich]);
    expect(b.find((x) => x.rule === 'NAME_BEZUG_UNGUELTIG')?.message).toContain('#REF!');
    expect(b.find((x) => x.rule === 'NAME_KEINE_EINZELZELLE')).toMatchObject({ cell: 'Planung!E1', field: 'ZV_IQ_Ziel_Maenner' });
  });

  test('lists: goals read, a goal without description warned, a bad comparison is an error', () => {
    const lokale = liste(
      'ZV_LokaleZiele',
      ['Ziel', 'Beschreibung', 'Wert', 'Vergleich'],
      [
        ['Reduzierung der Langzeitarbeitslosigkeit', '- Vermeidung Übertritte LZA', 1132, '<='],
        ['Abgänge', null, '261', '>='],
        ['Quote', 'x', 5, '≈'],
      ],
    );
    const [r] = pruefeMappe(mappe(GRUNDLAGE, 'Planung', [lokale]));
    expect(r?.vereinbarung.listen.lokaleZiele[0]).toEqual({
      ziel: 'Reduzierung der Langzeitarbeitslosigkeit',
      beschreibung: '- Vermeidung Übertritte LZA',
      wert: 1132,
      vergleich: '<=',
    });
    expect(r?.vereinbarung.listen.lokaleZiele[1]?.wert).toBe(261);
    const rules = r?.befunde.map((b) => `${b.rule}@${b.cell}`);
    expect(rules).toEqual(expect.arrayContaining(['ZIEL_OHNE_BESCHREIBUNG@Listen!B3', 'AUSWAHL_UNGUELTIG@Listen!D4']));
  });

  test('ZV_Liste: one agreement per row, source names the worksheet row', () => {
    const kopf = [
      'Jahr',
      'ZV_Art',
      'Agentur für Arbeit',
      'Jobcenter',
      'IQ_Ziel_Frauen',
      'IQ_Ziel_Maenner',
      'LZB_Ziel_Frauen',
      'LZB_Ziel_Maenner',
      'Bemerkung',
    ];
    const zv = liste(
      'ZV_Liste',
      kopf,
      [
        [2025, 'gE', 'Agentur A', 'Jobcenter A', 15.5, 25.4, 10154, 8856, 'x'],
        [null, null, null, null, null, null, null, null, null],
        [2025, 'gE', 'Agentur B', 'Jobcenter B', 'viel', 25.4, 10154, 8856, ''],
      ],
      'Liste',
      4,
    );
    const r = pruefeMappe({ titel: 'L.xlsx', bereiche: [zv] });
    expect(r.map((x) => x.vereinbarung.quelle)).toEqual([
      { art: 'liste', liste: 'ZV_Liste', zeile: 5 },
      { art: 'liste', liste: 'ZV_Liste', zeile: 7 },
    ]);
    expect(r[0]?.befunde.find((b) => b.rule === 'LISTE_SPALTE_UNBEKANNT')?.cell).toBe('Liste!I4');
    expect(r[1]?.befunde.find((b) => b.rule === 'KEINE_ZAHL')?.cell).toBe('Liste!E7');
  });

  test('a workbook without ZV_ names cannot be used', () => {
    expect(() =>
      pruefeMappe({ titel: 'Haushalt.xlsx', bereiche: [{ name: 'Summe', herkunft: 'name', bezug: 'A!A1', zellen: null }] }),
    ).toThrow(UnbrauchbareDatei);
    expect(() => pruefeMappe({ titel: 'Haushalt.xlsx', bereiche: [] })).toThrow(/keine Namen, die mit „ZV_“ beginnen/);
  });
});

describe('ZV_Liste neben Listen', () => {
  test('lists beside ZV_Liste invent no extra agreement; an info says they belong to none', () => {
    const zv = liste(
      'ZV_Liste',
      ['Jahr', 'Art', 'Agentur', 'Jobcenter', 'IQ_Ziel_Frauen', 'IQ_Ziel_Maenner', 'LZB_Ziel_Frauen', 'LZB_Ziel_Maenner'],
      [[2026, 'gE', 'Agentur A', 'Jobcenter A', 15, 25, 100, 90]],
      'Liste',
    );
    const lokale = liste('ZV_LokaleZiele', ['Ziel', 'Beschreibung'], [['Ziel', 'Beschreibung']], 'Ziele');
    const r = pruefeMappe({ titel: 'L.xlsx', bereiche: [zv, lokale] });
    expect(r.map((x) => x.vereinbarung.quelle)).toEqual([{ art: 'liste', liste: 'ZV_Liste', zeile: 2 }]);
    expect(r[0]?.befunde.find((b) => b.rule === 'LISTE_OHNE_VEREINBARUNG')).toMatchObject({ severity: 'info', cell: 'Ziele!A2' });
  });
});

test('ZV_Liste headers may be the German labels of the catalogue', () => {
  const zv = liste(
    'ZV_Liste',
    ['Zieljahr', 'Art der Vereinbarung', 'Agentur für Arbeit', 'Jobcenter', 'Zielwert Integrationsquote (Frauen)'],
    [[2026, 'gE', 'Agentur A', 'Jobcenter A', 15.5]],
    'Liste',
  );
  const [r] = pruefeMappe({ titel: 'L.xlsx', bereiche: [zv] });
  expect(r?.vereinbarung.werte).toMatchObject({ ZV_Jahr: 2026, ZV_Art: 'gE', ZV_Agentur: 'Agentur A', ZV_IQ_Ziel_Frauen: 15.5 });
  expect(r?.befunde.some((b) => b.rule === 'LISTE_SPALTE_UNBEKANNT')).toBe(false);
});

test('a name that is a formula or a constant is reported as such, not as a deleted cell', () => {
  const dynamisch: BenannterBereich = { name: 'ZV_eLb_Frauen', herkunft: 'name', bezug: 'OFFSET(Planung!$A$1,0,0)', zellen: null };
  const konstante: BenannterBereich = { name: 'ZV_eLb_Maenner', herkunft: 'name', bezug: '4711', zellen: null };
  const kaputt: BenannterBereich = { name: 'ZV_LLU_Prognose', herkunft: 'name', bezug: 'Planung!#REF!', zellen: null };
  const { ZV_eLb_Frauen: _f, ZV_eLb_Maenner: _m, ...ohneElb } = GRUNDLAGE;
  const b = befunde(ohneElb, [dynamisch, konstante, kaputt]).filter((x) => x.rule === 'NAME_BEZUG_UNGUELTIG');
  expect(b.map((x) => x.field)).toEqual(['ZV_eLb_Frauen', 'ZV_eLb_Maenner', 'ZV_LLU_Prognose']);
  expect(b[0]?.message).toContain('auf eine Formel oder einen festen Wert (OFFSET(Planung!$A$1,0,0))');
  expect(b[1]?.message).toContain('(4711)');
  expect(b[2]?.message).toContain('vermutlich wurde die Zelle oder das Blatt gelöscht');
});
