/**
 * Findings of the Zielnachhaltung around the list ZV_Ist and the agreement it follows: each is
 * triggered through the real code (nachhalteMappe, leseIst, folgejahr) on an in-memory workbook.
 */
import { REGELN, type RegelId } from '../../src/catalogue/regeln';
import { nachhalteMappe } from '../../src/kern';
import type { BenannterBereich, Rohwert } from '../../src/lesen/port';
import type { Befund } from '../../src/model/vereinbarung';
import { folgejahr, leseIst } from '../../src/nachhalten';
import { liste, mappe, type Eintrag } from '../kern/hilfen';
import { beispielMappe, IST, KOPF, VEREINBARUNG } from './beispiel';

/** The findings of the one agreement's Nachhaltung. */
function befundeVon(
  zeilen: Rohwert[][] = IST,
  felder: Record<string, Eintrag> = VEREINBARUNG,
  extra?: BenannterBereich[],
): readonly Befund[] {
  const m = extra ? mappe(felder, 'Planung', extra) : beispielMappe(zeilen, felder);
  const n = nachhalteMappe(m).nachhaltungen;
  expect(n).toHaveLength(1);
  return n[0]!.befunde;
}

/** The single finding of `rule`, with the catalogue's severity. */
function einer(befunde: readonly Befund[], rule: RegelId): Befund {
  const alle = befunde.filter((b) => b.rule === rule);
  expect(alle).toHaveLength(1);
  const b = alle[0]!;
  expect(b.severity).toBe(REGELN[rule].schwere);
  return b;
}

test('IST_JAHR_FEHLT: an agreement without ZV_Jahr cannot be followed through a year', () => {
  const { ZV_Jahr: _weg, ...ohneJahr } = VEREINBARUNG;
  const b = einer(befundeVon(IST, ohneJahr), 'IST_JAHR_FEHLT');
  expect(b.severity).toBe('error');
  expect(b.field).toBe('ZV_Jahr');
  expect(b.cell).toBeNull(); // no ZV_Jahr cell at all
  expect(b.message).toContain('Für Jobcenter Musterstadt ist kein Zieljahr (ZV_Jahr) angegeben');
});

test('IST_KEINE_WERTE: ZV_Ist has only previous-year months, none of the target year', () => {
  const nurVorjahr = IST.filter((z) => typeof z[0] === 'string' && z[0].startsWith('2023-'));
  const b = einer(befundeVon(nurVorjahr), 'IST_KEINE_WERTE');
  expect(b.severity).toBe('info');
  expect(b.cell).toBeNull();
  expect(b.message).toContain('stehen in ZV_Ist noch keine Monatswerte des Zieljahres 2024');
});

test('IST_VEREINBARUNG_FEHLERHAFT: the agreement itself has an error, the Nachhaltung warns', () => {
  const fehlerhaft = { ...VEREINBARUNG, ZV_IQ_VJ_Frauen: 'viel' };
  const r = nachhalteMappe(beispielMappe(IST, fehlerhaft));
  expect(r.ergebnisse[0]!.befunde.some((b) => b.severity === 'error')).toBe(true);
  const b = einer(r.nachhaltungen[0]!.befunde, 'IST_VEREINBARUNG_FEHLERHAFT');
  expect(b.severity).toBe('warning');
  expect(b.cell).toBeNull();
  expect(b.message).toMatch(/hat \d+ Fehler \(zielplaner validate zeigt sie\)/);
  // a correct agreement gets no such warning
  expect(befundeVon().map((x) => x.rule)).not.toContain('IST_VEREINBARUNG_FEHLERHAFT');
});

test('IST_BEZUG_UNGUELTIG: the name ZV_Ist refers to no cells (#REF!)', () => {
  const kaputt: BenannterBereich = { name: 'ZV_Ist', herkunft: 'name', bezug: '#REF!', zellen: null };
  const b = einer(befundeVon(IST, VEREINBARUNG, [kaputt]), 'IST_BEZUG_UNGUELTIG');
  expect(b.severity).toBe('error');
  expect(b.cell).toBeNull();
  expect(b.message).toContain('Der Name ZV_Ist verweist auf keine Zellen (Bezug: #REF!)');
});

test('IST_SPALTE_FEHLT: a header row without the column Kennzahl, on the header’s first cell', () => {
  const ohneKennzahl = liste(
    'ZV_Ist',
    KOPF.filter((k) => k !== 'Kennzahl'),
    IST.map((z) => [z[0] ?? null, ...z.slice(2)]),
    'Zielnachhaltung',
  );
  const b = einer(befundeVon(IST, VEREINBARUNG, [ohneKennzahl]), 'IST_SPALTE_FEHLT');
  expect(b.severity).toBe('error');
  expect(b.cell).toBe('Zielnachhaltung!A1');
  expect(b.message).toContain('In der Liste ZV_Ist fehlt die Spalte „Kennzahl“');
});

test('IST_DATENSTAND_UNGUELTIG: a Datenstand that is no date, on its cell', () => {
  // row 6 of the sheet is 2024-06 IQ; column F is Datenstand
  const zeilen = IST.map((z) => (z[0] === '2024-06' && z[1] === 'IQ' ? [...z.slice(0, 5), 'gestern', 3] : z));
  const b = einer(befundeVon(zeilen), 'IST_DATENSTAND_UNGUELTIG');
  expect(b.severity).toBe('error');
  expect(b.cell).toBe('Zielnachhaltung!F6');
  expect(b.message).toContain('(IQ, 2024-06) enthält keinen Datenstand („gestern“)');
});

test('IST_DEZEMBER_FEHLT: Folgejahr without the December values of the target year', () => {
  // IQ December 2024 without Männer; LZB has no December 2024 at all
  const zeilen = [...IST, ['2024-12', 'IQ', 21.5, null, 23.7, null, 3]];
  const m = beispielMappe(zeilen);
  const v = nachhalteMappe(m).ergebnisse[0]!.vereinbarung;
  const f = folgejahr(v, leseIst(m).zeilen)!;
  expect(f.jahr).toBe(2025);
  const dez = f.befunde.filter((b) => b.rule === 'IST_DEZEMBER_FEHLT');
  expect(dez).toHaveLength(2);
  for (const b of dez) expect(b.severity).toBe(REGELN.IST_DEZEMBER_FEHLT.schwere);
  const [iq, lzb] = dez;
  expect(iq!.severity).toBe('warning');
  expect(iq!.cell).toBe('Zielnachhaltung!A13'); // the December row that lacks Männer
  expect(iq!.message).toContain('Für IQ Männer fehlt der Jahresfortschrittswert Dezember 2024 in ZV_Ist');
  expect(iq!.message).toContain('ZV_IQ_VJ_Maenner leer');
  expect(f.werte.ZV_IQ_VJ_Frauen).toBe(21.5);
  expect(lzb!.cell).toBeNull(); // no December row at all
  expect(lzb!.message).toContain('Für LZB Frauen, Männer fehlt der Jahresfortschrittswert Dezember 2024');
});
