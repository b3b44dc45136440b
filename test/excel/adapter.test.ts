/**
 * The Excel adapter against office-addin-mock: exact values read, the round-trip budget (at most
 * two context.sync calls whatever the number of fields), highlights that leave the user's
 * formatting exactly as it was, binding that creates only the name, German error sentences.
 */
import { FELDER } from '../../src/catalogue/felder';
import {
  ExcelUmgebung,
  PRUEF_VERZOEGERUNG_MS,
  MARKIERUNGSFARBEN,
  MARKIERUNGSREGEL,
  EINSTELLUNG_MARKIERUNGEN,
  EIGENE_AENDERUNG_MS,
  trenneAdresse,
} from '../../src/excel/umgebung';
import { fehlerText, FEHLERCODES } from '../../src/excel/fehler';
import { ganzeSpaltenOderZeilen, zerlegeAdresse } from '../../src/excel/lesen';
import { pruefeMappe } from '../../src/kern';
import type { Befund } from '../../src/model/vereinbarung';
import { baueExcel, installiere, type NameDef } from './excelMock';

const alles = (): boolean => true;

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
    { rule: 'A', severity: 'warning', field: 'ZV_IQ_Ziel_Gesamt', cell: 'Planung!C14', message: 'x', related: ['Planung!C12'] },
    { rule: 'B', severity: 'error', field: 'ZV_IQ_Ziel_Frauen', cell: 'Planung!C12', message: 'y' },
    { rule: 'C', severity: 'info', field: 'ZV_Zusatz', cell: "'Planung 2026'!D3", message: 'z' },
    { rule: 'D', severity: 'error', field: 'ZV_Art', cell: null, message: 'kein Ort' },
  ];

  test('tagged conditional formats in one writing sync; removing them leaves every format exactly as before', async () => {
    const fake = baueExcel({});
    const sync = installiere(fake);
    // the user's own formatting and own conditional format on one of the cells
    const einer = fake.excel.context.workbook.worksheets.getItem('Planung').getRange('C12');
    einer.format.fill.color = '#92D050';
    einer.format.font.bold = true;
    const eigenes = einer.conditionalFormats.add('Custom');
    eigenes.custom.rule.formula = '=C12>20';
    eigenes.custom.format.fill.color = '#FF0000';
    const vorher = JSON.stringify(
      [...fake.zellen.values()].map((z) => ({
        a: z.adresse,
        f: z.format,
        v: z.values,
        n: z.numberFormat,
        b: z.bedingte.map((b) => [b.type, b.custom.rule.formula, b.custom.format.fill.color]),
      })),
    );

    const umgebung = new ExcelUmgebung({ anforderung: alles });
    await umgebung.markieren!(befunde);
    // one sync to look for older highlights, one sync that writes all of them
    expect(sync).toHaveBeenCalledTimes(2);
    const c12 = fake.zellen.get('Planung!C12')!;
    expect(c12.bedingte.map((b) => b.custom.rule.formula)).toEqual(['=C12>20', MARKIERUNGSREGEL]);
    expect(c12.bedingte[1]!.custom.format.fill.color).toBe(MARKIERUNGSFARBEN.error); // the worse severity wins
    expect(fake.zellen.get('Planung!C14')!.bedingte[0]!.custom.format.fill.color).toBe(MARKIERUNGSFARBEN.warning);
    expect(fake.zellen.get('Planung 2026!D3')!.bedingte[0]!.custom.format.fill.color).toBe(MARKIERUNGSFARBEN.info);
    expect(fake.einstellungen.get(EINSTELLUNG_MARKIERUNGEN)).toEqual(['Planung!C14', 'Planung!C12', "'Planung 2026'!D3"]);
    // the user's own format was never touched
    expect(c12.format).toEqual({ fill: { color: '#92D050' }, font: { bold: true, color: '#000000' } });

    await umgebung.markierungenEntfernen!();
    const nachher = JSON.stringify(
      [...fake.zellen.values()].map((z) => ({
        a: z.adresse,
        f: z.format,
        v: z.values,
        n: z.numberFormat,
        b: z.bedingte.map((b) => [b.type, b.custom.rule.formula, b.custom.format.fill.color]),
      })),
    );
    const ohneNeue = JSON.parse(nachher).filter((z: { a: string }) => JSON.parse(vorher).some((v: { a: string }) => v.a === z.a));
    expect(JSON.stringify(ohneNeue)).toBe(vorher);
    for (const z of fake.zellen.values()) expect(z.bedingte.every((b) => b.custom.rule.formula !== MARKIERUNGSREGEL)).toBe(true);
    expect(fake.einstellungen.has(EINSTELLUNG_MARKIERUNGEN)).toBe(false);
  });

  test('a new session removes the highlights an earlier session left (remembered in the workbook)', async () => {
    const fake = baueExcel({});
    installiere(fake);
    await new ExcelUmgebung({ anforderung: alles }).markieren!(befunde.slice(0, 2));
    expect(fake.zellen.get('Planung!C12')!.bedingte).toHaveLength(1);
    await new ExcelUmgebung({ anforderung: alles }).markierungenEntfernen!();
    expect(fake.zellen.get('Planung!C12')!.bedingte).toHaveLength(0);
    expect(fake.zellen.get('Planung!C14')!.bedingte).toHaveLength(0);
  });

  test('highlighting again replaces the earlier highlights instead of piling them up', async () => {
    const fake = baueExcel({});
    installiere(fake);
    const u = new ExcelUmgebung({ anforderung: alles });
    await u.markieren!(befunde);
    await u.markieren!(befunde);
    expect(fake.zellen.get('Planung!C12')!.bedingte).toHaveLength(1);
  });

  test('without ExcelApi 1.6 there are no highlights, and the pane is told why in German', () => {
    const u = new ExcelUmgebung({ anforderung: (_s, v) => Number(v.split('.')[1]) < 6 });
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
  test('binding creates the workbook-scoped name for the selection and nothing else', async () => {
    const fake = baueExcel({ namen: [{ name: 'ZV_Jahr', bezug: 'Alt!$A$1', adresse: 'Alt!A1', werte: [[2023]] }] });
    installiere(fake);
    fake.auswahl = { adresse: 'Planung!D7', zeilen: 1, spalten: 1 };
    const u = new ExcelUmgebung({ anforderung: alles });
    expect(await u.feldZuordnen!('ZV_Agentur')).toBe('Planung!D7');
    expect(fake.namen.get('ZV_Agentur')).toBe('Planung!D7');
    // rebinding moves the existing name (case-insensitive match, catalogue spelling kept)
    fake.auswahl = { adresse: 'Planung!D4', zeilen: 1, spalten: 1 };
    await u.feldZuordnen!('zv_jahr');
    expect([...fake.namen.entries()]).toEqual([
      ['ZV_Agentur', 'Planung!D7'],
      ['zv_jahr', 'Planung!D4'],
    ]);
    await u.zuordnungEntfernen!('ZV_Agentur');
    expect([...fake.namen.keys()]).toEqual(['zv_jahr']);
    expect(fake.zellen.size).toBe(0); // no cell was touched
  });

  test('showing a finding activates its sheet and selects its cell', async () => {
    const fake = baueExcel({});
    installiere(fake);
    await new ExcelUmgebung({ anforderung: alles }).zelleZeigen("'Planung 2026'!$C$12");
    expect(fake.aktiviert).toEqual(['Planung 2026']);
    expect(fake.ausgewaehlt).toEqual(['Planung 2026!C12']);
  });

  test('derived values are written in one sync and the write is not taken for a user edit', async () => {
    const fake = baueExcel({});
    const sync = installiere(fake);
    let jetzt = 1000;
    const u = new ExcelUmgebung({ anforderung: alles, jetzt: () => jetzt });
    await u.werteSchreiben([
      { feld: 'ZV_IQ_Ziel_Gesamt', adresse: 'Planung!C14', wert: 19.5 },
      { feld: 'ZV_LZB_Ziel_Gesamt', adresse: 'Planung!C24', wert: 4242 },
    ]);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(fake.zellen.get('Planung!C14')!.values).toEqual([[19.5]]);
    expect(fake.zellen.get('Planung!C24')!.values).toEqual([[4242]]);
    expect(u.istEigeneAenderung()).toBe(true);
    jetzt += EIGENE_AENDERUNG_MS + 1;
    expect(u.istEigeneAenderung()).toBe(false);
  });

  test('Excel errors become German sentences, never raw messages', async () => {
    const fake = baueExcel({});
    installiere(fake);
    fake.excel.context.workbook.worksheets.getItem = () => {
      throw Object.assign(new Error("RichApi.Error: The requested resource doesn't exist. at stack…"), { code: 'ItemNotFound' });
    };
    const u = new ExcelUmgebung({ anforderung: alles });
    await expect(u.zelleZeigen('Weg!A1')).rejects.toThrow(/^Excel hat ein Element nicht gefunden/);
    for (const code of FEHLERCODES) expect(fehlerText({ code })).not.toMatch(/[A-Z][a-z]+[A-Z]/); // no code names in the sentences
    expect(fehlerText(new TypeError('x is undefined'))).toMatch(/^Excel hat die Aktion nicht ausgeführt/);
    expect(fehlerText({ code: 'EditModeCannotAcquireCell' })).toContain('Eingabetaste');
  });
});

describe('automatic re-check', () => {
  afterEach(() => jest.useRealTimers());

  test("user edits trigger one debounced re-check; the add-in's own writes do not", async () => {
    const fake = baueExcel({});
    installiere(fake);
    let jetzt = 0;
    const u = new ExcelUmgebung({ anforderung: alles, jetzt: () => jetzt });
    const aufrufe: number[] = [];
    jest.useFakeTimers();
    const abmelden = u.onAenderung!(() => aufrufe.push(jetzt));
    await Promise.resolve();
    await Promise.resolve();
    expect(fake.aenderung).not.toBeNull();
    // three quick edits: one check, 600 ms after the last
    for (let i = 0; i < 3; i++) {
      await fake.aenderung!({});
      jest.advanceTimersByTime(200);
    }
    expect(aufrufe).toEqual([]);
    jest.advanceTimersByTime(PRUEF_VERZOEGERUNG_MS);
    expect(aufrufe).toHaveLength(1);
    // the add-in writes a value: the change event that follows is ignored
    await u.werteSchreiben([{ feld: 'ZV_IQ_Ziel_Gesamt', adresse: 'Planung!C14', wert: 19.5 }]);
    await fake.aenderung!({});
    jest.advanceTimersByTime(PRUEF_VERZOEGERUNG_MS * 2);
    expect(aufrufe).toHaveLength(1);
    // later edits count again
    jetzt += EIGENE_AENDERUNG_MS + 1;
    await fake.aenderung!({});
    jest.advanceTimersByTime(PRUEF_VERZOEGERUNG_MS);
    expect(aufrufe).toHaveLength(2);
    abmelden();
  });
});

describe('planning sheet template', () => {
  test('inserts the template sheets and defines the names for the sheets as Excel named them', async () => {
    const fake = baueExcel({ namen: [{ name: 'ZV_Jahr', bezug: 'Alt!$B$2', adresse: 'Alt!B2', werte: [[2023]] }] });
    const sync = installiere(fake);
    // Excel renames an inserted sheet whose name is taken
    fake.excel.context.workbook.insertWorksheetsFromBase64 = (b64: string) => {
      fake.eingefuegt.push(b64);
      return { value: ['Planung (2)', 'Ziele'] };
    };
    await new ExcelUmgebung({ anforderung: alles }).vorlageEinfuegen!('gE');
    expect(sync).toHaveBeenCalledTimes(2);
    // the inserted file is the template: an .xlsx (zip) in base64
    expect(Buffer.from(fake.eingefuegt[0]!, 'base64').subarray(0, 2).toString()).toBe('PK');
    // an existing binding is kept, the other fields point into the inserted sheet
    expect(fake.namen.get('ZV_Jahr')).toBe('Alt!$B$2');
    const art = fake.namen.get('ZV_Art');
    expect(art).toMatch(/^='Planung \(2\)'!\$?[A-Z]+\$?\d+$/);
    expect(fake.namen.get('ZV_IQ_Ziel_Frauen')).toMatch(/^='Planung \(2\)'!/);
    expect(fake.aktiviert).toEqual(['Planung (2)']);
  });

  test('without ExcelApi 1.13 the template cannot be inserted and the pane says how else to get it', () => {
    const u = new ExcelUmgebung({ anforderung: (_s, v) => Number(v.split('.')[1]) < 13 });
    expect(u.vorlageEinfuegen).toBeUndefined();
    expect(u.einschraenkungen.join(' ')).toContain('npx zielplaner template');
  });
});
