/**
 * The Excel adapter against a fake Excel that follows the documented behaviour (test/excel/excelMock.ts
 * lists it with its references): exact values read, the round-trip budget (two context.sync calls to
 * read whatever the number of fields), highlights that leave the user's formatting exactly as it was
 * and are found by their tag, binding that changes only the name, the template inserted by sheet IDs,
 * own writes told apart by Excel (never by timing), German error sentences.
 */
import { FELDER } from '../../src/catalogue/felder';
import { ExcelUmgebung, PRUEF_VERZOEGERUNG_MS, MARKIERUNGSFARBEN, MARKIERUNGSREGEL, trenneAdresse } from '../../src/excel/umgebung';
import { absolut } from '../../src/excel/adresse';
import { speicherAdresse } from '../../src/excel/speichern';
import { ausSpeicherFragment } from '../../src/pane/speicherfragment';
import { fehlerText, FEHLERCODES } from '../../src/excel/fehler';
import { ganzeSpaltenOderZeilen, zerlegeAdresse } from '../../src/excel/lesen';
import { pruefeMappe } from '../../src/kern';
import type { Befund } from '../../src/model/vereinbarung';
import { baueExcel, bearbeitung, installiere, type ExcelFake, type NameDef } from './excelMock';

const alles = (): boolean => true;
/** An Excel that supports the requirement sets up to ExcelApi 1.`bis`. */
const bis =
  (bis: number) =>
  (_set: string, version: string): boolean =>
    Number(version.split('.')[1]) <= bis;

function felder(anzahl: number): NameDef[] {
  const out: NameDef[] = [];
  for (let i = 0; i < anzahl; i++) {
    const name = FELDER[i]?.name ?? `ZV_Zusatz_${i}`;
    out.push({ name, bezug: `Planung!$C$${i + 4}`, adresse: `Planung!C${i + 4}`, werte: [[i + 1]], formate: [['0.0']] });
  }
  return out;
}

describe('reading the open workbook', () => {
  test('values, number formats, addresses, errors and empty cells exactly as Excel reports them', async () => {
    const fake = baueExcel({
      titel: 'Planung Lörrach.xlsx',
      namen: [
        { name: 'ZV_Jahr', bezug: 'Planung!$C$4', adresse: 'Planung!C4', werte: [[2024]], formate: [['0']] },
        { name: 'ZV_IQ_Ziel_Frauen', bezug: "'Planung 2026'!$C$12", adresse: "'Planung 2026'!C12", werte: [[0.195]], formate: [['0.0%']] },
        { name: 'ZV_Agentur', bezug: 'Planung!$C$5', adresse: 'Planung!C5', werte: [['']], formate: [['@']] },
        {
          name: 'ZV_IQ_VJ_Gesamt',
          bezug: 'Planung!$C$6',
          adresse: 'Planung!C6',
          werte: [['#DIV/0!']],
          typen: [['Error']],
          formate: [['0.0']],
        },
        { name: 'ZV_Art', bezug: '#REF!', adresse: null },
      ],
      tabellen: [
        {
          name: 'ZV_LokaleZiele',
          adresse: 'Ziele!B2:C4',
          werte: [
            ['Ziel', 'Beschreibung'],
            ['SGB III', 'Übergänge'],
            ['Summe', ''],
          ],
          summenzeile: true,
        },
        { name: 'Andere', adresse: 'Ziele!F2:F3', werte: [['x'], ['y']] },
      ],
      andereNamen: ['Druckbereich', 'Hilfswerte'],
    });
    const sync = installiere(fake);
    const mappe = await new ExcelUmgebung({ anforderung: alles }).lesen();

    expect(sync).toHaveBeenCalledTimes(2);
    expect(mappe.titel).toBe('Planung Lörrach.xlsx');
    expect(mappe.bereiche.map((b) => b.name)).toEqual([
      'ZV_Jahr',
      'ZV_IQ_Ziel_Frauen',
      'ZV_Agentur',
      'ZV_IQ_VJ_Gesamt',
      'ZV_Art',
      'ZV_LokaleZiele',
    ]);
    expect(mappe.bereiche[0]).toEqual({
      name: 'ZV_Jahr',
      herkunft: 'name',
      bezug: 'Planung!$C$4',
      zellen: [[{ wert: 2024, zahlenformat: '0', adresse: 'Planung!C4' }]],
    });
    expect(mappe.bereiche[1]!.zellen).toEqual([[{ wert: 0.195, zahlenformat: '0.0%', adresse: "'Planung 2026'!C12" }]]);
    expect(mappe.bereiche[2]!.zellen).toEqual([[{ wert: null, zahlenformat: '@', adresse: 'Planung!C5' }]]);
    expect(mappe.bereiche[3]!.zellen).toEqual([[{ wert: { fehler: '#DIV/0!' }, zahlenformat: '0.0', adresse: 'Planung!C6' }]]);
    expect(mappe.bereiche[4]).toEqual({ name: 'ZV_Art', herkunft: 'name', bezug: '#REF!', zellen: null });
    // the table without its totals row, cell by cell
    expect(mappe.bereiche[5]).toEqual({
      name: 'ZV_LokaleZiele',
      herkunft: 'tabelle',
      bezug: 'Ziele!B2:C4',
      zellen: [
        [
          { wert: 'Ziel', zahlenformat: 'General', adresse: 'Ziele!B2' },
          { wert: 'Beschreibung', zahlenformat: 'General', adresse: 'Ziele!C2' },
        ],
        [
          { wert: 'SGB III', zahlenformat: 'General', adresse: 'Ziele!B3' },
          { wert: 'Übergänge', zahlenformat: 'General', adresse: 'Ziele!C3' },
        ],
      ],
    });
    // the core turns the broken name into a finding without a crash
    const befunde = pruefeMappe(mappe).flatMap((e) => e.befunde);
    expect(befunde.find((b) => b.field === 'ZV_Art')?.rule).toBe('NAME_BEZUG_UNGUELTIG');
  });

  test.each([5, 60])('round-trip budget: %i bound fields are read in two syncs', async (anzahl) => {
    const fake = baueExcel({ namen: felder(anzahl) });
    const sync = installiere(fake);
    const mappe = await new ExcelUmgebung({ anforderung: alles }).lesen();
    expect(sync).toHaveBeenCalledTimes(2);
    expect(mappe.bereiche).toHaveLength(anzahl);
    expect(mappe.bereiche[anzahl - 1]!.zellen).toEqual([[{ wert: anzahl, zahlenformat: '0.0', adresse: `Planung!C${anzahl + 3}` }]]);
  });

  test('a list bound to whole columns is read only where the sheet is used, still in two syncs', async () => {
    const fake = baueExcel({
      namen: [
        {
          name: 'ZV_KommunaleZiele',
          bezug: 'Ziele!$A:$B',
          adresse: null,
          typ: 'Range',
          genutzt: {
            adresse: 'Ziele!A1:B3',
            werte: [
              ['Ziel', 'Beschreibung'],
              ['Wohnen', 'Kosten der Unterkunft'],
              ['', ''],
            ],
          },
        },
      ],
    });
    const sync = installiere(fake);
    const mappe = await new ExcelUmgebung({ anforderung: alles }).lesen();
    expect(sync).toHaveBeenCalledTimes(2);
    expect(mappe.bereiche[0]!.bezug).toBe('Ziele!$A:$B');
    expect(mappe.bereiche[0]!.zellen?.map((r) => r.map((z) => `${z.adresse}=${String(z.wert)}`))).toEqual([
      ['Ziele!A1=Ziel', 'Ziele!B1=Beschreibung'],
      ['Ziele!A2=Wohnen', 'Ziele!B2=Kosten der Unterkunft'],
      ['Ziele!A3=null', 'Ziele!B3=null'],
    ]);
    fake.context.workbook.bereiche.g0.isNullObject = true; // nothing used in those columns any more
    const leer = await new ExcelUmgebung({ anforderung: alles }).lesen();
    expect(leer.bereiche[0]!.zellen).toEqual([]);
    expect(ganzeSpaltenOderZeilen("'Planung 2026'!$2:$9")).toBe(true);
    expect(ganzeSpaltenOderZeilen('Planung!$C$4')).toBe(false);
    expect(ganzeSpaltenOderZeilen('Planung!$A$1:$B$9')).toBe(false);
  });

  test('a workbook without ZV_ names costs one sync and yields no ranges', async () => {
    const fake = baueExcel({ andereNamen: ['Druckbereich'] });
    const sync = installiere(fake);
    const mappe = await new ExcelUmgebung({ anforderung: alles }).lesen();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(mappe.bereiche).toEqual([]);
  });

  test('addresses are split as Excel writes them', () => {
    expect(zerlegeAdresse("'Planung 2026'!AB12:AC14")).toEqual({ blatt: "'Planung 2026'", spalte: 28, zeile: 12 });
    expect(trenneAdresse("'Jobcenter''s Plan'!$C$4")).toEqual({ blatt: "Jobcenter's Plan", bereich: 'C4' });
  });
});

describe('highlights', () => {
  const befunde: Befund[] = [
    { rule: 'ZAHL_ALS_TEXT', severity: 'warning', field: 'ZV_IQ_Ziel_Gesamt', cell: 'Planung!C14', message: 'x', related: ['Planung!C12'] },
    { rule: 'KEINE_ZAHL', severity: 'error', field: 'ZV_IQ_Ziel_Frauen', cell: 'Planung!C12', message: 'y' },
    { rule: 'NAME_UNBEKANNT', severity: 'info', field: 'ZV_Zusatz', cell: "'Planung 2026'!D3", message: 'z' },
    { rule: 'PFLICHTFELD_FEHLT', severity: 'error', field: 'ZV_Art', cell: null, message: 'kein Ort' },
  ];
  const zustand = (fake: ExcelFake): string =>
    JSON.stringify(
      [...fake.zellen.values()].map((z) => ({
        a: z.adresse,
        f: z.format,
        v: z.values,
        n: z.numberFormat,
        b: z.bedingte.map((b) => [b.type, b.custom.rule.formula, b.custom.format.fill.color]),
      })),
    );
  const unsere = (fake: ExcelFake): string[] =>
    [...fake.zellen.values()].flatMap((z) => z.bedingte.filter((b) => b.custom.rule.formula === MARKIERUNGSREGEL).map(() => z.adresse));

  test('tagged conditional formats in a fixed number of syncs; removing them leaves every format exactly as before', async () => {
    const fake = baueExcel({});
    const sync = installiere(fake);
    // the user's own formatting and own conditional format on one of the cells
    const einer = fake.excel.context.workbook.worksheets.getItem('Planung').getRange('C12');
    einer.format.fill.color = '#92D050';
    einer.format.font.bold = true;
    const eigenes = einer.conditionalFormats.add('Custom');
    eigenes.custom.rule.formula = '=C12>20';
    eigenes.custom.format.fill.color = '#FF0000';
    const vorher = zustand(fake);

    const umgebung = new ExcelUmgebung({ anforderung: alles });
    await umgebung.markieren!(befunde);
    // sheets, their conditional formats, the custom rules, then one sync that writes all highlights
    expect(sync).toHaveBeenCalledTimes(4);
    const c12 = fake.zellen.get('Planung!C12')!;
    expect(c12.bedingte.map((b) => b.custom.rule.formula)).toEqual(['=C12>20', MARKIERUNGSREGEL]);
    expect(c12.bedingte[1]!.custom.format.fill.color).toBe(MARKIERUNGSFARBEN.error); // the worse severity wins
    expect(fake.zellen.get('Planung!C14')!.bedingte[0]!.custom.format.fill.color).toBe(MARKIERUNGSFARBEN.warning);
    expect(fake.zellen.get('Planung 2026!D3')!.bedingte[0]!.custom.format.fill.color).toBe(MARKIERUNGSFARBEN.info);
    // nothing is remembered in the workbook's settings: the tag is enough
    expect(fake.einstellungen.size).toBe(0);
    // the user's own format was never touched
    expect(c12.format).toEqual({ fill: { color: '#92D050' }, font: { bold: true, color: '#000000' } });

    await umgebung.markierungenEntfernen!();
    const ohneNeue = JSON.parse(zustand(fake)).filter((z: { a: string }) => JSON.parse(vorher).some((v: { a: string }) => v.a === z.a));
    expect(JSON.stringify(ohneNeue)).toBe(vorher);
    expect(unsere(fake)).toEqual([]);
  });

  test('a new session removes the highlights an earlier session left (found by their tag)', async () => {
    const fake = baueExcel({});
    installiere(fake);
    await new ExcelUmgebung({ anforderung: alles }).markieren!(befunde.slice(0, 2));
    expect(fake.zellen.get('Planung!C12')!.bedingte).toHaveLength(1);
    await new ExcelUmgebung({ anforderung: alles }).markierungenEntfernen!();
    expect(unsere(fake)).toEqual([]);
  });

  test('highlighting again replaces the earlier highlights instead of piling them up', async () => {
    const fake = baueExcel({});
    installiere(fake);
    const u = new ExcelUmgebung({ anforderung: alles });
    await u.markieren!(befunde);
    await u.markieren!(befunde.slice(1));
    expect(fake.zellen.get('Planung!C12')!.bedingte).toHaveLength(1);
    expect(unsere(fake).sort()).toEqual(['Planung 2026!D3', 'Planung!C12']);
  });

  test('defect 2: unchanged findings write nothing; one undo step where Excel supports it (ExcelApi 1.20)', async () => {
    const fake = baueExcel({});
    const sync = installiere(fake);
    const u = new ExcelUmgebung({ anforderung: alles });
    await u.markieren!(befunde);
    expect(fake.laufOptionen).toEqual([{ mergeUndoGroup: true }]);
    sync.mockClear();
    // the automatic re-check finds the same findings, in another order: the workbook is not touched
    await u.markieren!([...befunde].reverse());
    expect(sync).not.toHaveBeenCalled();
    expect(fake.laufOptionen).toHaveLength(1);
    // without ExcelApi 1.20 there is no undo grouping
    const alt = baueExcel({});
    installiere(alt);
    await new ExcelUmgebung({ anforderung: bis(19) }).markieren!(befunde);
    expect(alt.laufOptionen).toEqual([]);
    expect(unsere(alt)).toHaveLength(3);
  });

  test('defect 3: after a sheet is renamed or deleted, removal finds the highlights by their tag and checks keep working', async () => {
    const fake = baueExcel({});
    installiere(fake);
    const u = new ExcelUmgebung({ anforderung: alles });
    await u.markieren!(befunde);
    fake.umbenennen('Planung', 'Planung alt');
    fake.loeschen('Planung 2026');
    await expect(new ExcelUmgebung({ anforderung: alles }).markierungenEntfernen!()).resolves.toBeUndefined();
    expect(unsere(fake)).toEqual([]);
    // highlighting the renamed sheet's cells works, a finding on the deleted sheet is left out
    await u.markieren!([
      { rule: 'KEINE_ZAHL', severity: 'error', field: 'ZV_IQ_Ziel_Frauen', cell: "'Planung alt'!C12", message: 'y' },
      befunde[2]!,
    ]);
    expect(unsere(fake)).toEqual(['Planung alt!C12']);
  });

  test('defect 3: moved highlights (rows inserted, sorted, sheet copied) are removed; the user format moved with them stays', async () => {
    const fake = baueExcel({});
    installiere(fake);
    await new ExcelUmgebung({ anforderung: alles }).markieren!(befunde.slice(1, 2));
    // the user inserts three rows above: Excel moves the conditional formats to C15
    const c12 = fake.zellen.get('Planung!C12')!;
    const c15 = fake.excel.context.workbook.worksheets.getItem('Planung').getRange('C15');
    const eigenes = c15.conditionalFormats.add('Custom');
    eigenes.custom.rule.formula = '=C15>20';
    fake.zellen.get('Planung!C15')!.bedingte.push(...c12.bedingte.splice(0));
    await new ExcelUmgebung({ anforderung: alles }).markierungenEntfernen!();
    expect(fake.zellen.get('Planung!C15')!.bedingte.map((b) => b.custom.rule.formula)).toEqual(['=C15>20']);
    expect(unsere(fake)).toEqual([]);
  });

  test('defect 3: a protected sheet is skipped with a German note instead of an error', async () => {
    const fake = baueExcel({ geschuetzt: ['Planung 2026'] });
    installiere(fake);
    const u = new ExcelUmgebung({ anforderung: alles });
    const hinweis = await u.markieren!(befunde);
    expect(hinweis).toBe(
      'Das Blatt „Planung 2026“ ist geschützt; die Befunde dort sind nicht markiert. Heben Sie den Blattschutz auf, um sie zu markieren.',
    );
    expect(unsere(fake).sort()).toEqual(['Planung!C12', 'Planung!C14']);
    // the mock is faithful: writing a format there is refused
    expect(() => fake.excel.context.workbook.worksheets.getItem('Planung 2026').getRange('D3').conditionalFormats.add('Custom')).toThrow(
      expect.objectContaining({ code: 'AccessDenied' }),
    );
    // protected after highlighting: its highlights stay, and the user is told why
    fake.blaetter.find((b) => b.name === 'Planung')!.geschuetzt = true;
    expect(await u.markierungenEntfernen!()).toBe(
      'Auf dem geschützten Blatt „Planung“ bleiben ältere Markierungen, bis der Blattschutz aufgehoben ist.',
    );
  });

  test('without ExcelApi 1.6 there are no highlights, and the pane is told why in German', () => {
    const u = new ExcelUmgebung({ anforderung: bis(5) });
    expect(u.markieren).toBeUndefined();
    expect(u.markierungenEntfernen).toBeUndefined();
    expect(u.einschraenkungen.join(' ')).toContain('Markierungen in den Zellen sind in dieser Excel-Version nicht verfügbar');
    expect(u.einschraenkungen.join(' ')).toContain('Automatisches Prüfen');
    expect(u.onAenderung).toBeUndefined();
  });

  test('an Excel older than ExcelApi 1.4 gets a German sentence instead of a failure', async () => {
    const u = new ExcelUmgebung({ anforderung: () => false });
    await expect(u.lesen()).rejects.toThrow('Ihre Excel-Version ist zu alt für Zielplaner');
    expect(u.feldZuordnen).toBeUndefined();
  });
});

describe('binding, showing, writing', () => {
  test('binding creates the workbook-scoped name; rebinding moves it in place (NamedItem.formula), nothing else changes', async () => {
    const fake = baueExcel({ namen: [{ name: 'ZV_Jahr', bezug: 'Alt!$A$1', adresse: 'Alt!A1', werte: [[2023]] }] });
    installiere(fake);
    fake.auswahl = { adresse: 'Planung!D7', zeilen: 1, spalten: 1 };
    const u = new ExcelUmgebung({ anforderung: alles });
    expect(await u.feldZuordnen!('ZV_Agentur')).toBe('Planung!D7');
    expect(fake.namen.get('ZV_Agentur')).toBe('Planung!D7');
    // rebinding moves the existing name (case-insensitive match): it is never deleted, so a failure keeps the old binding
    fake.auswahl = { adresse: 'Planung!D4', zeilen: 1, spalten: 1 };
    const loeschen = jest.spyOn(fake.excel.context.workbook.names, 'add');
    await u.feldZuordnen!('zv_jahr');
    expect(loeschen).not.toHaveBeenCalled();
    expect([...fake.namen.entries()]).toEqual([
      ['ZV_Jahr', "='Planung'!$D$4"],
      ['ZV_Agentur', 'Planung!D7'],
    ]);
    await u.zuordnungEntfernen!('ZV_Agentur');
    expect([...fake.namen.keys()]).toEqual(['ZV_Jahr']);
    expect(fake.zellen.size).toBe(0); // no cell was touched
    expect(absolut('C4:d6')).toBe('$C$4:$D$6');
    expect(absolut('$A:$B')).toBe('$A:$B');
  });

  test('showing a finding activates its sheet and selects its cell; a deleted sheet gives a German sentence', async () => {
    const fake = baueExcel({});
    installiere(fake);
    const u = new ExcelUmgebung({ anforderung: alles });
    await u.zelleZeigen("'Planung 2026'!$C$12");
    expect(fake.aktiviert).toEqual(['Planung 2026']);
    expect(fake.ausgewaehlt).toEqual(['Planung 2026!C12']);
    fake.loeschen('Planung 2026');
    await expect(u.zelleZeigen("'Planung 2026'!$C$12")).rejects.toThrow(/^Excel hat ein Element nicht gefunden/);
  });

  test('derived values are written in one sync', async () => {
    const fake = baueExcel({});
    const sync = installiere(fake);
    const u = new ExcelUmgebung({ anforderung: alles });
    await u.werteSchreiben([
      { feld: 'ZV_IQ_Ziel_Gesamt', adresse: 'Planung!C14', wert: 19.5 },
      { feld: 'ZV_LZB_Ziel_Gesamt', adresse: 'Planung!C24', wert: 4242 },
    ]);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(fake.zellen.get('Planung!C14')!.values).toEqual([[19.5]]);
    expect(fake.zellen.get('Planung!C24')!.values).toEqual([[4242]]);
  });

  test('Excel errors become German sentences, never raw messages; the documented codes each have their own', async () => {
    const fake = baueExcel({});
    installiere(fake);
    fake.excel.context.workbook.worksheets.getItem = () => {
      throw Object.assign(new Error("RichApi.Error: The requested resource doesn't exist. at stack…"), { code: 'ItemNotFound' });
    };
    const u = new ExcelUmgebung({ anforderung: alles });
    await expect(u.zelleZeigen('Weg!A1')).rejects.toThrow(/^Excel hat ein Element nicht gefunden/);
    for (const code of FEHLERCODES) expect(fehlerText({ code })).not.toMatch(/[A-Z][a-z]+[A-Z]/); // no code names in the sentences
    expect(fehlerText(new TypeError('x is undefined'))).toMatch(/^Excel hat die Aktion nicht ausgeführt/);
    const allgemein = fehlerText({ code: 'GeneralException' });
    for (const code of [
      'RangeExceedsLimit',
      'MemoryLimitReached',
      'ApiNotAvailable',
      'RequestAborted',
      'InvalidRequest',
      'UnsupportedFeature',
    ]) {
      expect(fehlerText({ code })).not.toBe(fehlerText(null));
      expect(fehlerText({ code })).not.toBe(allgemein);
    }
    expect(fehlerText({ code: 'RangeExceedsLimit' })).toContain('nicht ganzen Spalten');
    expect(fehlerText({ code: 'InvalidOperationInCellEditMode' })).toContain('Eingabetaste');
    // not documented by Microsoft, so not listed
    expect(FEHLERCODES).not.toContain('EditModeCannotAcquireCell');
    expect(FEHLERCODES).not.toContain('Timeout');
  });
});

describe('automatic re-check', () => {
  afterEach(() => jest.useRealTimers());

  async function beobachte(anforderung: (s: string, v: string) => boolean, triggerSource = true) {
    const fake = baueExcel({ triggerSource });
    installiere(fake);
    const u = new ExcelUmgebung({ anforderung });
    const aufrufe: { vonAnderen: boolean }[] = [];
    jest.useFakeTimers();
    const abmelden = u.onAenderung!((a) => aufrufe.push(a));
    await Promise.resolve();
    await Promise.resolve();
    expect(fake.aenderung).not.toBeNull();
    return { fake, u, aufrufe, abmelden };
  }
  const schreibe = (u: ExcelUmgebung) => u.werteSchreiben([{ feld: 'ZV_IQ_Ziel_Gesamt', adresse: 'Planung!C14', wert: 19.5 }]);

  test('user edits trigger one debounced re-check', async () => {
    const { fake, aufrufe, abmelden } = await beobachte(alles);
    // three quick edits: one check, 600 ms after the last
    for (let i = 0; i < 3; i++) {
      await fake.aenderung!(bearbeitung());
      jest.advanceTimersByTime(200);
    }
    expect(aufrufe).toEqual([]);
    jest.advanceTimersByTime(PRUEF_VERZOEGERUNG_MS);
    expect(aufrufe).toEqual([{ vonAnderen: false }]);
    abmelden();
    expect(fake.aenderung).toBeNull(); // removed through Excel.run(context, batch)
  });

  test("defect 4: the add-in's own write is recognised by triggerSource (ExcelApi 1.14); an edit right after it counts", async () => {
    const { fake, u, aufrufe, abmelden } = await beobachte(alles);
    await schreibe(u);
    await Promise.resolve();
    expect(fake.eigeneEreignisse).toEqual([{ source: 'Local', address: 'C14', triggerSource: 'ThisLocalAddin' }]);
    // the user types into a cell 100 ms after the write: that edit is not dropped
    jest.advanceTimersByTime(100);
    await fake.aenderung!(bearbeitung());
    jest.advanceTimersByTime(PRUEF_VERZOEGERUNG_MS);
    expect(aufrufe).toEqual([{ vonAnderen: false }]);
    abmelden();
  });

  test('defect 4: below ExcelApi 1.14 own writes run with events off (context.runtime.enableEvents), later edits count', async () => {
    const { fake, u, aufrufe, abmelden } = await beobachte(bis(13), false);
    await schreibe(u);
    expect(fake.eigeneEreignisse).toEqual([]); // Excel raised no event for the write
    expect(fake.context.runtime.enableEvents).toBe(true); // and events are on again
    await fake.aenderung!(bearbeitung('Local', false));
    jest.advanceTimersByTime(PRUEF_VERZOEGERUNG_MS);
    expect(aufrufe).toEqual([{ vonAnderen: false }]);
    abmelden();
  });

  test("defect 4: a co-author's edit (source Remote) is reported as such, so the pane writes nothing", async () => {
    const { fake, aufrufe, abmelden } = await beobachte(alles);
    await fake.aenderung!(bearbeitung('Remote'));
    jest.advanceTimersByTime(PRUEF_VERZOEGERUNG_MS);
    expect(aufrufe).toEqual([{ vonAnderen: true }]);
    // a local edit in the same window makes it the user's own
    await fake.aenderung!(bearbeitung('Remote'));
    await fake.aenderung!(bearbeitung('Local'));
    jest.advanceTimersByTime(PRUEF_VERZOEGERUNG_MS);
    expect(aufrufe).toEqual([{ vonAnderen: true }, { vonAnderen: false }]);
    abmelden();
  });
});

describe('planning sheet template', () => {
  test('defect 1: the returned sheet IDs are mapped to names; names Excel copied as #REF! are repaired, bound names kept', async () => {
    const fake = baueExcel({
      namen: [
        { name: 'ZV_Jahr', bezug: 'Alt!$B$2', adresse: 'Alt!B2', werte: [[2023]] },
        { name: 'ZV_Agentur', bezug: '#REF!$C$7', adresse: null },
      ],
    });
    const sync = installiere(fake);
    await new ExcelUmgebung({ anforderung: alles }).vorlageEinfuegen!('gE');
    // names before the insert, the insert, IDs → names and the names after it, the repair
    expect(sync).toHaveBeenCalledTimes(4);
    // the inserted file is the template: an .xlsx (zip) in base64
    expect(Buffer.from(fake.eingefuegt[0]!, 'base64').subarray(0, 2).toString()).toBe('PK');
    // "Planung" exists, so Excel named the inserted sheet "Planung (2)"; the names point there, never at an ID
    expect(fake.blaetter.map((b) => b.name)).toContain('Planung (2)');
    const alle = [...fake.namen.entries()];
    expect(alle.filter(([, bezug]) => /\{|#REF!/.test(bezug))).toEqual([]);
    expect(fake.namen.get('ZV_Art')).toMatch(/^='Planung \(2\)'!\$[A-Z]+\$\d+$/);
    expect(fake.namen.get('ZV_IQ_Ziel_Frauen')).toMatch(/^='Planung \(2\)'!\$/);
    // a broken binding of the workbook is repaired; an existing binding is kept
    expect(fake.namen.get('ZV_Agentur')).toMatch(/^='Planung \(2\)'!\$/);
    expect(fake.namen.get('ZV_Jahr')).toBe('Alt!$B$2');
    expect(fake.aktiviert).toEqual(['Planung (2)']);
  });

  test('without ExcelApi 1.13 the template cannot be inserted and the pane says how else to get it', () => {
    const u = new ExcelUmgebung({ anforderung: bis(12) });
    expect(u.vorlageEinfuegen).toBeUndefined();
    expect(u.einschraenkungen.join(' ')).toContain('npx zielplaner template');
  });
});

describe('saving on a Mac', () => {
  test('defect 5: the fragment holds no | and no percent escape, and reads back; %7C of the older form is tolerated', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 255, 254, 0, 62, 63]);
    const name = 'Zielvereinbarung_2024_Jobcenter Lörrach|Süd.docx';
    const url = new URL(speicherAdresse('https://zielplaner.example/addin/taskpane.html', bytes, name));
    expect(url.pathname).toBe('/addin/speichern.html');
    expect(url.hash).toMatch(/^#[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(ausSpeicherFragment(url.hash)).toEqual({ name, bytes });
    const alt = `${encodeURIComponent('Zielvereinbarung Süd.docx')}|UEsDBA`;
    expect(ausSpeicherFragment(`#${alt}`)!.name).toBe('Zielvereinbarung Süd.docx');
    expect(ausSpeicherFragment(`#${alt.replace('|', '%7C')}`)!.bytes).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(ausSpeicherFragment('')).toBeNull();
  });
});
