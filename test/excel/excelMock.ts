/**
 * A fake Excel for the adapter tests. Reading (names, tables, ranges) runs on office-addin-mock:
 * values are only visible after `load` + `context.sync()` (the mock returns error strings before),
 * so reading without syncing fails the tests. Only Excel itself is mocked.
 *
 * It follows Excel's documented behaviour, not the adapter's assumptions:
 * - `Workbook.insertWorksheetsFromBase64` returns the IDs of the inserted sheets, not their names
 *   ("@returns An array of IDs corresponding to each newly inserted worksheet",
 *   https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1));
 *   the value of the ClientResult is there only after `context.sync()`
 *   (https://learn.microsoft.com/javascript/api/office/officeextension.clientresult). A sheet whose
 *   name is taken arrives renamed ("Planung (2)").
 * - The workbook-scoped names of the inserted file arrive as well, but broken: their formula is
 *   `=#REF!$C$4` (OfficeDev/office-js#3583). A name the workbook already has is kept as it is.
 * - `worksheets.getItem` of a missing sheet fails with `ItemNotFound`; `getItemOrNullObject` returns an
 *   object with `isNullObject: true` (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection,
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
 *   (Real Excel reports the error at the next sync; here it is thrown at the call. Both reject Excel.run.)
 * - Collections (`worksheets`, `names`, a range's `conditionalFormats`) show their `items` only after
 *   `load` + `sync`, as a snapshot of that moment; reading them unloaded throws `PropertyNotLoaded`
 *   (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load).
 * - `sheet.getRange()` without an address is the whole sheet; its `conditionalFormats` are all the
 *   sheet's conditional formats ("Returns a collection of conditional formats that intersect with the
 *   range", https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection).
 * - A protected sheet (`worksheet.protection.protected`, ExcelApi 1.2) refuses adding or deleting
 *   conditional formats and writing values with `AccessDenied`
 *   (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection; error code table:
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * - `NamedItem.formula` is settable (ExcelApi 1.7): it moves or repairs a name in place
 *   (https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member).
 *   `names.add` of an existing name fails with `ItemAlreadyExists`.
 * - `worksheets.onChanged` handlers get `WorksheetChangedEventArgs` with `source` (`Local`/`Remote`) and,
 *   from ExcelApi 1.14, `triggerSource` (`ThisLocalAddin` for this add-in's own writes, else `Unknown`)
 *   (https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs). A value write by
 *   the add-in raises such an event unless `context.runtime.enableEvents` is false
 *   (ExcelApi 1.8, https://learn.microsoft.com/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member).
 * - `Excel.run` has the overloads `run(batch)`, `run(options, batch)` (`RunOptions`, e.g.
 *   `mergeUndoGroup`, ExcelApi 1.20) and `run(object|context, batch)` for a batch on an existing
 *   context (https://learn.microsoft.com/javascript/api/excel#excel-excel-run-function(1)).
 */
import JSZip from 'jszip';
import { OfficeMockObject } from 'office-addin-mock';

export interface NameDef {
  readonly name: string;
  /** What the name refers to, e.g. `Planung!$C$4` or `#REF!`. */
  readonly bezug: string;
  /** Address Excel reports for the range (`Planung!C4`, `'Planung 2026'!C4:D6`); null for a broken name. */
  readonly adresse: string | null;
  readonly werte?: unknown[][];
  readonly typen?: string[][];
  readonly formate?: string[][];
  readonly typ?: string;
  /** For whole-column references: the address and values of the part inside the used range. */
  readonly genutzt?: { adresse: string; werte: unknown[][] };
}

export interface TabellenDef {
  readonly name: string;
  readonly adresse: string;
  readonly werte: unknown[][];
  /** Number formats per cell (default General); Excel reports a date as its serial number with a date format. */
  readonly formate?: string[][];
  readonly summenzeile?: boolean;
}

export interface ZellFormat {
  fill: { color: string };
  font: { bold: boolean; color: string };
}

export interface FakeBedingtesFormat {
  type: string;
  custom: { rule: { formula: string; load: () => void }; format: { fill: { color: string | null } } };
  delete: () => void;
}

export interface FakeZelle {
  adresse: string;
  format: ZellFormat;
  values: unknown[][];
  numberFormat: string[][];
  bedingte: FakeBedingtesFormat[];
}

export interface FakeBlatt {
  id: string;
  name: string;
  geschuetzt: boolean;
}

/** What a worksheet change event carries (the part the adapter reads). */
export interface FakeAenderung {
  source: 'Local' | 'Remote';
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
  address?: string;
}

export interface ExcelFake {
  excel: any;
  context: any;
  /** Name → reference as added through names.add or NamedItem.formula (the string or the range's address). */
  namen: Map<string, string>;
  /** Cells by `Sheet!A1` (sheet name without quotes, as it is now). */
  zellen: Map<string, FakeZelle>;
  blaetter: FakeBlatt[];
  einstellungen: Map<string, unknown>;
  aktiviert: string[];
  ausgewaehlt: string[];
  auswahl: { adresse: string; zeilen: number; spalten: number };
  eingefuegt: string[];
  /** The options of every Excel.run that had options (mergeUndoGroup …). */
  laufOptionen: unknown[];
  /** Events Excel raised for the add-in's own value writes. */
  eigeneEreignisse: FakeAenderung[];
  /** The handler registered for worksheet changes, if any. */
  aenderung: ((e: FakeAenderung) => Promise<void>) | null;
  /** The user renames a sheet (its cells move with it). */
  umbenennen(alt: string, neu: string): void;
  /** The user deletes a sheet with its cells. */
  loeschen(name: string): void;
}

export interface MockOptionen {
  namen?: NameDef[];
  tabellen?: TabellenDef[];
  titel?: string;
  andereNamen?: string[];
  /** Sheets besides those the names point to (default: a few sheets the tests use). */
  blaetter?: string[];
  /** Protected sheets. */
  geschuetzt?: string[];
  /** Whether events carry `triggerSource` (ExcelApi 1.14); default true. */
  triggerSource?: boolean;
}

function fehler(code: string, text: string): Error {
  return Object.assign(new Error(text), { code });
}

function typen(werte: unknown[][]): string[][] {
  return werte.map((r) =>
    r.map((w) => (w === '' || w === null ? 'Empty' : typeof w === 'number' ? 'Double' : typeof w === 'boolean' ? 'Boolean' : 'String')),
  );
}

export function bedingtesFormat(liste: FakeBedingtesFormat[], type: string, geschuetzt: () => boolean = () => false): FakeBedingtesFormat {
  const f: FakeBedingtesFormat = {
    type,
    custom: { rule: { formula: '', load: () => undefined }, format: { fill: { color: null } } },
    delete: () => {
      if (geschuetzt()) throw fehler('AccessDenied', 'You cannot perform the requested operation.');
      const i = liste.indexOf(f);
      if (i >= 0) liste.splice(i, 1);
    },
  };
  return f;
}

function blattName(teil: string): string {
  return teil.startsWith("'") ? teil.slice(1, -1).replace(/''/g, "'") : teil;
}

function blattVonAdresse(adresse: string): string {
  return blattName(adresse.slice(0, adresse.lastIndexOf('!')));
}

/** The sheet names and workbook-scoped names of an .xlsx (the template the adapter inserts). */
async function liesVorlage(b64: string): Promise<{ blaetter: string[]; namen: { name: string; bezug: string }[] }> {
  const zip = await JSZip.loadAsync(Buffer.from(b64, 'base64'));
  const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const ent = (s: string): string =>
    s
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const blaetter = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => ent(m[1]!));
  const namen = [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
    .filter((m) => !/localSheetId=/.test(m[1]!))
    .map((m) => ({ name: ent(/name="([^"]*)"/.exec(m[1]!)![1]!), bezug: ent(m[2]!) }));
  return { blaetter, namen };
}

/** Builds the fake. Cells used by highlights/writes/selection are created on first use. */
export function baueExcel(o: MockOptionen): ExcelFake {
  const namen = o.namen ?? [];
  const tabellen = o.tabellen ?? [];
  const mitTrigger = o.triggerSource !== false;
  const bereiche: Record<string, unknown> = {};
  namen.forEach((n, i) => {
    if (n.genutzt) {
      bereiche[`g${i}`] = {
        address: n.genutzt.adresse,
        values: n.genutzt.werte,
        valueTypes: typen(n.genutzt.werte),
        numberFormat: n.genutzt.werte.map((r) => r.map(() => 'General')),
        isNullObject: false,
      };
    }
    if (!n.adresse) return;
    const werte = n.werte ?? [['']];
    bereiche[`n${i}`] = {
      address: n.adresse,
      values: werte,
      valueTypes: n.typen ?? typen(werte),
      numberFormat: n.formate ?? werte.map((r) => r.map(() => 'General')),
      isNullObject: false,
    };
  });
  tabellen.forEach((t, i) => {
    bereiche[`t${i}`] = {
      address: t.adresse,
      values: t.werte,
      valueTypes: typen(t.werte),
      numberFormat: t.formate ?? t.werte.map((r) => r.map(() => 'General')),
      isNullObject: false,
    };
  });

  const fake = {} as ExcelFake;
  fake.namen = new Map(namen.map((n) => [n.name, n.bezug]));
  fake.zellen = new Map();
  fake.einstellungen = new Map();
  fake.aktiviert = [];
  fake.ausgewaehlt = [];
  fake.auswahl = { adresse: 'Planung!C4', zeilen: 1, spalten: 1 };
  fake.eingefuegt = [];
  fake.laufOptionen = [];
  fake.eigeneEreignisse = [];
  fake.aenderung = null;

  const blattNamen = new Set(o.blaetter ?? ['Planung', 'Planung 2026', 'Werte 2026', 'Ziele', 'Alt', 'Daten']);
  for (const n of namen) if (n.adresse) blattNamen.add(blattVonAdresse(n.adresse));
  let naechsteId = 1;
  const neueId = (): string => `{00000000-0000-4000-8000-${String(naechsteId++).padStart(12, '0')}}`;
  fake.blaetter = [...blattNamen].map((name) => ({ id: neueId(), name, geschuetzt: (o.geschuetzt ?? []).includes(name) }));
  const finde = (schluessel: string): FakeBlatt | undefined =>
    fake.blaetter.find((b) => b.id === schluessel || b.name.toLowerCase() === schluessel.toLowerCase());

  fake.umbenennen = (alt, neu) => {
    const b = finde(alt)!;
    b.name = neu;
    for (const [k, z] of [...fake.zellen]) {
      if (!k.startsWith(`${alt}!`)) continue;
      fake.zellen.delete(k);
      z.adresse = `${neu}!${k.slice(alt.length + 1)}`;
      fake.zellen.set(z.adresse, z);
    }
  };
  fake.loeschen = (name) => {
    fake.blaetter.splice(fake.blaetter.indexOf(finde(name)!), 1);
    for (const k of [...fake.zellen.keys()]) if (k.startsWith(`${name}!`)) fake.zellen.delete(k);
  };

  // load + sync: what was asked for is read at the sync, as Excel does
  let beimSync: (() => void)[] = [];
  let ausstehend: Promise<unknown>[] = [];
  const ladbar = <T>(lesen: () => T, was: string) => {
    let stand: { wert: T } | null = null;
    return {
      load: () => {
        beimSync.push(() => (stand = { wert: lesen() }));
      },
      get items(): T {
        if (!stand) throw fehler('PropertyNotLoaded', `The property 'items' of ${was} is not available. Call load and sync first.`);
        return stand.wert;
      },
    };
  };
  const laufzeit = { enableEvents: true };

  const zelle = (blatt: string, a1: string): FakeZelle => {
    const schluessel = `${blatt}!${a1}`;
    let z = fake.zellen.get(schluessel);
    if (!z) {
      z = {
        adresse: schluessel,
        format: { fill: { color: '#FFFFFF' }, font: { bold: false, color: '#000000' } },
        values: [['']],
        numberFormat: [['General']],
        bedingte: [],
      };
      fake.zellen.set(schluessel, z);
    }
    return z;
  };
  const bedingteSammlung = (b: FakeBlatt, liste: () => FakeBedingtesFormat[], a1: string | null) => {
    const geschuetzt = () => b.geschuetzt;
    return Object.assign(ladbar(liste, 'ConditionalFormatCollection'), {
      add: (type: string) => {
        if (geschuetzt()) throw fehler('AccessDenied', 'You cannot perform the requested operation.');
        if (a1 === null) throw new Error('the fake adds conditional formats to single cells only');
        const ziel = zelle(b.name, a1).bedingte;
        const f = bedingtesFormat(ziel, type, geschuetzt);
        // a format moves with its cells (rows inserted, sorted): delete it wherever it is now
        f.delete = () => {
          if (geschuetzt()) throw fehler('AccessDenied', 'You cannot perform the requested operation.');
          for (const z of fake.zellen.values()) if (z.bedingte.includes(f)) z.bedingte.splice(z.bedingte.indexOf(f), 1);
        };
        ziel.push(f);
        return f;
      },
    });
  };
  const rangeObjekt = (b: FakeBlatt, a1?: string): any => {
    if (a1 === undefined) {
      // the whole sheet: all its conditional formats
      const alle = () => [...fake.zellen.entries()].filter(([k]) => k.startsWith(`${b.name}!`)).flatMap(([, z]) => z.bedingte);
      return { conditionalFormats: bedingteSammlung(b, alle, null) };
    }
    const z = zelle(b.name, a1);
    return {
      format: z.format,
      get values() {
        return z.values;
      },
      set values(v: unknown[][]) {
        if (b.geschuetzt) throw fehler('AccessDenied', 'You cannot perform the requested operation.');
        z.values = v;
        if (laufzeit.enableEvents) {
          const e: FakeAenderung = { source: 'Local', address: a1, ...(mitTrigger ? { triggerSource: 'ThisLocalAddin' as const } : {}) };
          fake.eigeneEreignisse.push(e);
          // Excel raises the event after the batch, asynchronously
          void Promise.resolve().then(() => fake.aenderung?.(e));
        }
      },
      conditionalFormats: bedingteSammlung(b, () => z.bedingte, a1),
      select: () => fake.ausgewaehlt.push(`${b.name}!${a1}`),
    };
  };
  const blattObjekt = (b: FakeBlatt): any => ({
    id: b.id,
    get name() {
      return b.name;
    },
    isNullObject: false,
    protection: {
      get protected() {
        return b.geschuetzt;
      },
    },
    load: () => undefined,
    activate: () => fake.aktiviert.push(b.name),
    getRange: (a1?: string) => rangeObjekt(b, a1),
  });

  const leseItems = new Map(
    namen.map((n, i) => [
      n.name,
      {
        name: n.name,
        type: n.typ ?? (n.adresse ? 'Range' : 'Error'),
        value: `=${n.bezug}`,
        getRangeOrNullObject: () => {
          if (n.genutzt) {
            // a whole-column name: its full range must never be loaded, only its intersection with the used range
            const benutzt = { address: 'used' };
            return {
              worksheet: { getUsedRange: () => benutzt },
              load: () => {
                throw new Error(`the adapter must not load the whole columns of ${n.name}`);
              },
              getIntersectionOrNullObject: (r: unknown) => {
                if (r !== benutzt) throw new Error('intersection with something else than the used range');
                return fake.context.workbook.bereiche[`g${i}`];
              },
            };
          }
          return n.adresse ? fake.context.workbook.bereiche[`n${i}`] : { isNullObject: true, load: () => undefined };
        },
      },
    ]),
  );
  const namensItem = (name: string): any => {
    const bezug = fake.namen.get(name)!;
    const original = leseItems.get(name);
    if (original && namen.find((n) => n.name === name)?.bezug === bezug) return original;
    const text = bezug.replace(/^=/, '');
    return {
      name,
      type: /#REF!/.test(text) ? 'Error' : 'Range',
      value: `=${text}`,
      formula: `=${text}`,
      getRangeOrNullObject: () => ({ isNullObject: true, load: () => undefined }),
    };
  };
  const andere = (o.andereNamen ?? []).map((name) => ({
    name,
    type: 'Range',
    value: '=Daten!$A$1',
    getRangeOrNullObject: () => {
      throw new Error(`the adapter must not read ${name}`);
    },
  }));
  const tabellenItems = tabellen.map((t, i) => ({
    name: t.name,
    showTotals: t.summenzeile === true,
    getRange: () => fake.context.workbook.bereiche[`t${i}`],
  }));

  const daten = {
    context: {
      workbook: {
        name: o.titel ?? 'Planung.xlsx',
        tables: { items: tabellenItems },
        bereiche,
      },
    },
  };
  const excel = new OfficeMockObject(daten as any) as any;
  const context = excel.context;
  const workbook = context.workbook;

  const vorhandenerName = (name: string): string | undefined => [...fake.namen.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
  workbook.names = Object.assign(
    ladbar(() => [...[...fake.namen.keys()].map(namensItem), ...andere], 'NamedItemCollection'),
    {
      getItemOrNullObject: (name: string) => {
        const vorhanden = vorhandenerName(name);
        return {
          isNullObject: vorhanden === undefined,
          name: vorhanden,
          get formula(): string {
            return vorhanden === undefined ? '' : `=${fake.namen.get(vorhanden)!.replace(/^=/, '')}`;
          },
          set formula(f: string) {
            if (vorhanden === undefined) throw fehler('InvalidOperation', 'null object');
            fake.namen.set(vorhanden, f);
          },
          load: () => undefined,
          delete: () => {
            if (vorhanden) fake.namen.delete(vorhanden);
          },
        };
      },
      add: (name: string, bezug: any) => {
        if (vorhandenerName(name) !== undefined) throw fehler('ItemAlreadyExists', 'The resource being created already exists.');
        fake.namen.set(name, typeof bezug === 'string' ? bezug : String(bezug.address));
      },
    },
  );
  workbook.settings = {
    add: (k: string, v: unknown) => fake.einstellungen.set(k, v),
    getItemOrNullObject: (k: string) => ({
      load: () => undefined,
      get isNullObject() {
        return !fake.einstellungen.has(k);
      },
      get value() {
        return fake.einstellungen.get(k);
      },
      delete: () => fake.einstellungen.delete(k),
    }),
  };
  workbook.worksheets = Object.assign(
    ladbar(() => fake.blaetter.map(blattObjekt), 'WorksheetCollection'),
    {
      onChanged: {
        add: (h: (e: FakeAenderung) => Promise<void>) => {
          fake.aenderung = h;
          return { context, remove: () => (fake.aenderung = null) };
        },
      },
      getItem: (schluessel: string) => {
        const b = finde(schluessel);
        if (!b) throw fehler('ItemNotFound', "The requested resource doesn't exist.");
        return blattObjekt(b);
      },
      getItemOrNullObject: (schluessel: string) => {
        const b = finde(schluessel);
        return b ? blattObjekt(b) : { isNullObject: true, load: () => undefined };
      },
    },
  );
  workbook.getSelectedRange = () => {
    const a = fake.auswahl;
    return { address: a.adresse, rowCount: a.zeilen, columnCount: a.spalten, load: () => undefined };
  };
  workbook.insertWorksheetsFromBase64 = (b64: string) => {
    fake.eingefuegt.push(b64);
    let ids: string[] | null = null;
    ausstehend.push(
      liesVorlage(b64).then((vorlage) => {
        const umbenannt = new Map<string, string>();
        ids = vorlage.blaetter.map((name) => {
          let neu = name;
          for (let i = 2; finde(neu); i++) neu = `${name} (${i})`;
          umbenannt.set(name, neu);
          const b: FakeBlatt = { id: neueId(), name: neu, geschuetzt: false };
          fake.blaetter.push(b);
          return b.id;
        });
        // office-js#3583: the file's workbook-scoped names come along, but point nowhere
        for (const n of vorlage.namen) {
          if (vorhandenerName(n.name) !== undefined) continue;
          fake.namen.set(n.name, `#REF!${n.bezug.slice(n.bezug.lastIndexOf('!'))}`);
        }
      }),
    );
    return {
      get value(): string[] {
        if (!ids) throw fehler('ValueNotLoaded', 'The value of the result object has not been loaded yet. Call context.sync() first.');
        return ids;
      },
    };
  };
  context.runtime = laufzeit;

  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    const warten = ausstehend;
    ausstehend = [];
    await Promise.all(warten);
    const jetzt = beimSync;
    beimSync = [];
    for (const f of jetzt) f();
    await mockSync();
  };
  excel.run = async (a: unknown, b?: (c: unknown) => Promise<unknown>) => {
    if (typeof a === 'function') return (a as (c: unknown) => Promise<unknown>)(context);
    if (a !== context && !(typeof a === 'object' && a !== null && 'context' in a)) fake.laufOptionen.push(a);
    return b!(context);
  };
  excel.ConditionalFormatType = { custom: 'Custom' };
  excel.WorksheetPositionType = { end: 'End' };
  excel.EventSource = { local: 'Local', remote: 'Remote' };
  excel.EventTriggerSource = { thisLocalAddin: 'ThisLocalAddin', unknown: 'Unknown' };
  fake.excel = excel;
  fake.context = context;
  return fake;
}

/** Installs the fake as the global `Excel` and returns a spy on context.sync. */
export function installiere(fake: ExcelFake): jest.SpyInstance {
  (globalThis as any).Excel = fake.excel;
  return jest.spyOn(fake.context, 'sync');
}

/** A user's edit (or a co-author's, with `source: 'Remote'`) as Excel reports it. */
export function bearbeitung(source: 'Local' | 'Remote' = 'Local', mitTrigger = true): FakeAenderung {
  return { source, address: 'C4', ...(mitTrigger ? { triggerSource: 'Unknown' as const } : {}) };
}
