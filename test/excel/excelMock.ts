/**
 * A fake Excel for the adapter tests, built on office-addin-mock: values of ranges, names and
 * tables are only visible after `load` + `context.sync()` (the mock returns error strings before),
 * so reading without syncing fails the tests. Only Excel itself is mocked.
 */
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

export interface ExcelFake {
  excel: any;
  context: any;
  /** Name → reference as added through names.add (the string or the range's address). */
  namen: Map<string, string>;
  zellen: Map<string, FakeZelle>;
  einstellungen: Map<string, unknown>;
  aktiviert: string[];
  ausgewaehlt: string[];
  auswahl: { adresse: string; zeilen: number; spalten: number };
  eingefuegt: string[];
  /** The handler registered for worksheet changes, if any. */
  aenderung: ((e: unknown) => Promise<void>) | null;
}

function typen(werte: unknown[][]): string[][] {
  return werte.map((r) =>
    r.map((w) => (w === '' || w === null ? 'Empty' : typeof w === 'number' ? 'Double' : typeof w === 'boolean' ? 'Boolean' : 'String')),
  );
}

export function bedingtesFormat(liste: FakeBedingtesFormat[], type: string): FakeBedingtesFormat {
  const f: FakeBedingtesFormat = {
    type,
    custom: { rule: { formula: '', load: () => undefined }, format: { fill: { color: null } } },
    delete: () => {
      const i = liste.indexOf(f);
      if (i >= 0) liste.splice(i, 1);
    },
  };
  return f;
}

/** Builds the fake. Cells used by highlights/writes/selection are created on first use. */
export function baueExcel(o: { namen?: NameDef[]; tabellen?: TabellenDef[]; titel?: string; andereNamen?: string[] }): ExcelFake {
  const namen = o.namen ?? [];
  const tabellen = o.tabellen ?? [];
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
      numberFormat: t.werte.map((r) => r.map(() => 'General')),
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
  fake.aenderung = null;

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
  const rangeObjekt = (blatt: string, a1: string): any => {
    const z = zelle(blatt, a1);
    const bedingte = z.bedingte;
    return {
      format: z.format,
      get values() {
        return z.values;
      },
      set values(v: unknown[][]) {
        z.values = v;
      },
      conditionalFormats: {
        load: () => undefined,
        get items() {
          return bedingte;
        },
        add: (type: string) => {
          const f = bedingtesFormat(bedingte, type);
          bedingte.push(f);
          return f;
        },
      },
      select: () => fake.ausgewaehlt.push(`${blatt}!${a1}`),
    };
  };

  const nameItems = namen.map((n, i) => ({
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
  }));
  for (const andere of o.andereNamen ?? []) {
    nameItems.push({
      name: andere,
      type: 'Range',
      value: '=Daten!$A$1',
      getRangeOrNullObject: () => {
        throw new Error(`the adapter must not read ${andere}`);
      },
    });
  }
  const tabellenItems = tabellen.map((t, i) => ({
    name: t.name,
    showTotals: t.summenzeile === true,
    getRange: () => fake.context.workbook.bereiche[`t${i}`],
  }));

  const daten = {
    context: {
      workbook: {
        name: o.titel ?? 'Planung.xlsx',
        names: {
          items: nameItems,
          getItemOrNullObject: (name: string) => {
            const vorhanden = [...fake.namen.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
            return {
              isNullObject: vorhanden === undefined,
              name: vorhanden,
              load: () => undefined,
              delete: () => {
                if (vorhanden) fake.namen.delete(vorhanden);
              },
            };
          },
          add: (name: string, bezug: any) => {
            if ([...fake.namen.keys()].some((k) => k.toLowerCase() === name.toLowerCase()))
              throw Object.assign(new Error('exists'), { code: 'ItemAlreadyExists' });
            fake.namen.set(name, typeof bezug === 'string' ? bezug : String(bezug.address));
          },
        },
        tables: { items: tabellenItems },
        bereiche,
        settings: {
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
        },
        worksheets: {
          onChanged: {
            add: (h: (e: unknown) => Promise<void>) => {
              fake.aenderung = h;
              return { context: fake.context, remove: () => (fake.aenderung = null) };
            },
          },
          getItem: (blatt: string) => ({
            activate: () => fake.aktiviert.push(blatt),
            getRange: (a1: string) => rangeObjekt(blatt, a1),
          }),
        },
        getSelectedRange: () => {
          const a = fake.auswahl;
          return { address: a.adresse, rowCount: a.zeilen, columnCount: a.spalten, load: () => undefined };
        },
        insertWorksheetsFromBase64: (b64: string) => {
          fake.eingefuegt.push(b64);
          return { value: ['Planung', 'Ziele'] };
        },
      },
    },
    run: async function (this: any, cb: (c: unknown) => Promise<unknown>) {
      return cb(this.context);
    },
  };
  const excel = new OfficeMockObject(daten as any) as any;
  excel.ConditionalFormatType = { custom: 'Custom' };
  excel.WorksheetPositionType = { end: 'End' };
  fake.excel = excel;
  fake.context = excel.context;
  return fake;
}

/** Installs the fake as the global `Excel` and returns a spy on context.sync. */
export function installiere(fake: ExcelFake): jest.SpyInstance {
  (globalThis as any).Excel = fake.excel;
  return jest.spyOn(fake.context, 'sync');
}
