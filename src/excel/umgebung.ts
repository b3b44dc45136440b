/**
 * The Excel implementation of the pane's adapter (`Arbeitsumgebung`): the only code that calls
 * `Excel.run`. Every Excel error leaves here as an `ExcelHinweis` with a German sentence.
 *
 * Requirement sets, checked at run time (see docs/taskpane-notes.md):
 *   ExcelApi 1.4  reading names with broken references, binding names, workbook settings (needed)
 *   ExcelApi 1.6  highlights as conditional formats
 *   ExcelApi 1.7  workbook title; ExcelApi 1.9 automatic re-check on edits (worksheets.onChanged)
 *   ExcelApi 1.13 inserting the planning-sheet template (insertWorksheetsFromBase64)
 *   DialogApi 1.2 / OpenBrowserWindowApi 1.1  saving the document where a download cannot start
 */
import type { Art } from '../catalogue/felder';
import type { Befund, Schwere } from '../model/vereinbarung';
import type { Arbeitsmappe } from '../lesen/port';
import { blattVon } from '../lesen/vereinbarungen';
import type { Arbeitsumgebung, Auswahl, SpeicherErgebnis, ZuSchreibenderWert } from '../pane/umgebung';
import { ExcelHinweis, fehlerText } from './fehler';
import { leseMappe } from './lesen';
import { base64, dokumentAnbieten } from './speichern';

export { base64 };

/** Light fills that keep text readable; one per severity. */
export const MARKIERUNGSFARBEN: Readonly<Record<Schwere, string>> = { error: '#F8D7DA', warning: '#FFF4CE', info: '#DEECF9' };
/** The custom rule of the add-in's conditional formats; it tags them as ours. N("…")=0 is always TRUE. */
export const MARKIERUNGSKENNUNG = 'Zielplaner-Markierung';
export const MARKIERUNGSREGEL = `=N("${MARKIERUNGSKENNUNG}")=0`;
/** Workbook setting that remembers the highlighted cells, so a later session can remove them. */
export const EINSTELLUNG_MARKIERUNGEN = 'Zielplaner.Markierungen';
/** Events within this time after the add-in's own writes are not the user's edits. */
export const EIGENE_AENDERUNG_MS = 1500;
export const PRUEF_VERZOEGERUNG_MS = 600;

type Anforderung = (set: string, version: string) => boolean;

export interface ExcelOptionen {
  /** Replaces `Office.context.requirements.isSetSupported` (tests). */
  readonly anforderung?: Anforderung;
  /** Replaces `Date.now` (tests). */
  readonly jetzt?: () => number;
}

const SCHWERE_RANG: Record<Schwere, number> = { error: 3, warning: 2, info: 1 };

/** `Sheet!A1` → sheet name without quotes and the cell/range part. */
export function trenneAdresse(adresse: string): { blatt: string; bereich: string } {
  const i = adresse.lastIndexOf('!');
  return { blatt: blattVon(adresse), bereich: (i < 0 ? adresse : adresse.slice(i + 1)).replace(/\$/g, '') };
}

function standardAnforderung(set: string, version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

async function ausfuehren<T>(arbeit: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(arbeit);
  } catch (e) {
    throw new ExcelHinweis(fehlerText(e));
  }
}

export class ExcelUmgebung implements Arbeitsumgebung {
  readonly art = 'excel' as const;
  readonly einschraenkungen: readonly string[];
  private readonly kann: { lesen: boolean; markieren: boolean; ereignisse: boolean; titel: boolean; vorlage: boolean };
  private readonly jetzt: () => number;
  private eigeneAenderungBis = 0;
  private markiert: string[] | null = null;

  constructor(optionen: ExcelOptionen = {}) {
    const a = optionen.anforderung ?? standardAnforderung;
    this.jetzt = optionen.jetzt ?? (() => Date.now());
    this.kann = {
      lesen: a('ExcelApi', '1.4'),
      markieren: a('ExcelApi', '1.6'),
      ereignisse: a('ExcelApi', '1.9'),
      titel: a('ExcelApi', '1.7'),
      vorlage: a('ExcelApi', '1.13'),
    };
    const hinweise: string[] = [];
    if (!this.kann.lesen)
      hinweise.push(
        'Ihre Excel-Version ist zu alt für Zielplaner: Benötigt wird der Anforderungssatz ExcelApi 1.4 (Microsoft 365, Excel 2019 oder neuer, Excel im Web, Excel für Mac ab 2016 mit Updates). Verwenden Sie Excel im Web oder die Browser-Seite von Zielplaner.',
      );
    if (this.kann.lesen && !this.kann.markieren)
      hinweise.push(
        'Markierungen in den Zellen sind in dieser Excel-Version nicht verfügbar (benötigt ExcelApi 1.6); die Befunde werden nur im Aufgabenbereich angezeigt.',
      );
    if (this.kann.lesen && !this.kann.ereignisse)
      hinweise.push(
        'Automatisches Prüfen beim Bearbeiten ist in dieser Excel-Version nicht verfügbar (benötigt ExcelApi 1.9); klicken Sie nach Änderungen auf „Erneut prüfen“.',
      );
    if (this.kann.lesen && !this.kann.vorlage)
      hinweise.push(
        'Das Einfügen des Planungsblatts ist in dieser Excel-Version nicht verfügbar (benötigt ExcelApi 1.13). Erzeugen Sie die Vorlage mit „npx zielplaner template“ oder auf der Browser-Seite und öffnen Sie sie in Excel.',
      );
    this.einschraenkungen = hinweise;
    if (!this.kann.markieren) {
      this.markieren = undefined;
      this.markierungenEntfernen = undefined;
    }
    if (!this.kann.ereignisse) this.onAenderung = undefined;
    if (!this.kann.vorlage) this.vorlageEinfuegen = undefined;
    if (!this.kann.lesen) {
      this.feldZuordnen = undefined;
      this.zuordnungEntfernen = undefined;
    }
  }

  /** Runs the add-in's own write; change events during it and shortly after are not the user's. */
  private async eigene<T>(arbeit: () => Promise<T>): Promise<T> {
    this.eigeneAenderungBis = Number.POSITIVE_INFINITY;
    try {
      return await arbeit();
    } finally {
      this.eigeneAenderungBis = this.jetzt() + EIGENE_AENDERUNG_MS;
    }
  }

  async lesen(): Promise<Arbeitsmappe> {
    if (!this.kann.lesen) throw new ExcelHinweis(this.einschraenkungen[0] ?? fehlerText(null));
    return ausfuehren((context) => leseMappe(context, { mitTitel: this.kann.titel }));
  }

  async zelleZeigen(adresse: string): Promise<void> {
    const { blatt, bereich } = trenneAdresse(adresse);
    await ausfuehren(async (context) => {
      const blattObjekt = context.workbook.worksheets.getItem(blatt);
      blattObjekt.activate();
      blattObjekt.getRange(bereich).select();
      await context.sync();
    });
  }

  /** Highlights the findings' cells (and their related cells) with tagged conditional formats, in one sync. */
  markieren?: (befunde: readonly Befund[]) => Promise<void> = async (befunde) => {
    await this.markierungenEntfernen?.();
    const schwere = new Map<string, Schwere>();
    for (const b of befunde) {
      for (const adresse of [b.cell, ...(b.related ?? [])]) {
        if (!adresse) continue;
        const bisher = schwere.get(adresse);
        if (!bisher || SCHWERE_RANG[b.severity] > SCHWERE_RANG[bisher]) schwere.set(adresse, b.severity);
      }
    }
    if (schwere.size === 0) return;
    const adressen = [...schwere.keys()];
    await this.eigene(() =>
      ausfuehren(async (context) => {
        for (const adresse of adressen) {
          const { blatt, bereich } = trenneAdresse(adresse);
          const format = context.workbook.worksheets
            .getItem(blatt)
            .getRange(bereich)
            .conditionalFormats.add(Excel.ConditionalFormatType.custom);
          format.custom.rule.formula = MARKIERUNGSREGEL;
          format.custom.format.fill.color = MARKIERUNGSFARBEN[schwere.get(adresse)!];
        }
        context.workbook.settings.add(EINSTELLUNG_MARKIERUNGEN, adressen);
        await context.sync();
      }),
    );
    this.markiert = adressen;
  };

  /**
   * Removes exactly the add-in's conditional formats (recognised by their rule) from the remembered
   * cells; the user's own formats and conditional formats stay as they were.
   */
  markierungenEntfernen?: () => Promise<void> = async () => {
    await this.eigene(() =>
      ausfuehren(async (context) => {
        const einstellung = context.workbook.settings.getItemOrNullObject(EINSTELLUNG_MARKIERUNGEN);
        einstellung.load('value');
        await context.sync();
        const gespeichert =
          einstellung.isNullObject !== true && Array.isArray(einstellung.value) ? (einstellung.value as unknown[]).map(String) : [];
        const adressen = [...new Set([...(this.markiert ?? []), ...gespeichert])];
        if (adressen.length === 0 && einstellung.isNullObject === true) return;
        if (adressen.length > 0) {
          const sammlungen = adressen.map((adresse) => {
            const { blatt, bereich } = trenneAdresse(adresse);
            const s = context.workbook.worksheets.getItem(blatt).getRange(bereich).conditionalFormats;
            s.load('items');
            return s;
          });
          await context.sync();
          const eigene: Excel.ConditionalFormat[] = [];
          for (const s of sammlungen) {
            for (const f of s.items) {
              if (f.type !== Excel.ConditionalFormatType.custom) continue;
              f.custom.rule.load('formula');
              eigene.push(f);
            }
          }
          if (eigene.length > 0) await context.sync();
          for (const f of eigene) if (String(f.custom.rule.formula).includes(MARKIERUNGSKENNUNG)) f.delete();
        }
        if (einstellung.isNullObject !== true) einstellung.delete();
        await context.sync();
      }),
    );
    this.markiert = [];
  };

  async werteSchreiben(werte: readonly ZuSchreibenderWert[]): Promise<void> {
    if (werte.length === 0) return;
    return this.eigene(async () => {
      await ausfuehren(async (context) => {
        for (const w of werte) {
          const { blatt, bereich } = trenneAdresse(w.adresse);
          context.workbook.worksheets.getItem(blatt).getRange(bereich).values = [[w.wert]];
        }
        await context.sync();
      });
    });
  }

  async auswahl(): Promise<Auswahl> {
    return ausfuehren(async (context) => {
      const r = context.workbook.getSelectedRange();
      r.load('address,rowCount,columnCount');
      await context.sync();
      return { adresse: r.address, zeilen: r.rowCount, spalten: r.columnCount };
    });
  }

  /** Creates or moves the workbook-scoped name to the selection; nothing else changes. */
  feldZuordnen?: (name: string) => Promise<string> = async (name) => {
    return this.eigene(async () => {
      return ausfuehren(async (context) => {
        const auswahl = context.workbook.getSelectedRange();
        auswahl.load('address');
        const vorhanden = context.workbook.names.getItemOrNullObject(name);
        vorhanden.load('name');
        await context.sync();
        if (vorhanden.isNullObject !== true) vorhanden.delete();
        context.workbook.names.add(name, auswahl);
        await context.sync();
        return auswahl.address;
      });
    });
  };

  zuordnungEntfernen?: (name: string) => Promise<void> = async (name) => {
    return this.eigene(async () => {
      await ausfuehren(async (context) => {
        const vorhanden = context.workbook.names.getItemOrNullObject(name);
        vorhanden.load('name');
        await context.sync();
        if (vorhanden.isNullObject === true) return;
        vorhanden.delete();
        await context.sync();
      });
    });
  };

  /**
   * Inserts the planning sheet built from the catalogue and defines its workbook-scoped names for the
   * inserted sheets (names that already exist are kept, so a bound sheet is never rebound silently).
   */
  vorlageEinfuegen?: (art: Art) => Promise<void> = async (art) => {
    const { erzeugeVorlage } = await import(/* webpackChunkName: "vorlage" */ '../xlsx/vorlage');
    const { vorlagenNamen } = await import(/* webpackChunkName: "vorlage" */ './vorlagenamen');
    const bytes = await erzeugeVorlage(art);
    const namen = await vorlagenNamen(bytes);
    return this.eigene(async () => {
      await ausfuehren(async (context) => {
        const eingefuegt = context.workbook.insertWorksheetsFromBase64(base64(bytes), { positionType: Excel.WorksheetPositionType.end });
        const vorhandene = context.workbook.names;
        vorhandene.load('items');
        await context.sync();
        const blaetter = new Map(namen.blaetter.map((b, i) => [b, eingefuegt.value[i] ?? b]));
        const schon = new Set(vorhandene.items.map((n) => n.name.toLowerCase()));
        for (const n of namen.namen) {
          if (schon.has(n.name.toLowerCase())) continue;
          const { blatt, bereich } = trenneAdresse(n.bezug);
          const ziel = blaetter.get(blatt) ?? blatt;
          context.workbook.names.add(n.name, `='${ziel.replace(/'/g, "''")}'!${bereich}`);
        }
        const erstes = eingefuegt.value[0];
        if (erstes) context.workbook.worksheets.getItem(erstes).activate();
        await context.sync();
      });
    });
  };

  async dokumentSpeichern(bytes: Uint8Array, dateiname: string): Promise<SpeicherErgebnis> {
    return dokumentAnbieten(bytes, dateiname);
  }

  /** Worksheet edits (debounced), except those caused by the add-in's own writes. */
  onAenderung?: (callback: () => void) => () => void = (callback) => {
    let zeitgeber: ReturnType<typeof setTimeout> | undefined;
    let abmelden: (() => Promise<void>) | undefined;
    let beendet = false;
    const handler = async (): Promise<void> => {
      if (this.jetzt() < this.eigeneAenderungBis) return;
      if (zeitgeber) clearTimeout(zeitgeber);
      zeitgeber = setTimeout(() => {
        zeitgeber = undefined;
        if (!beendet) callback();
      }, PRUEF_VERZOEGERUNG_MS);
    };
    void ausfuehren(async (context) => {
      const registrierung = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      abmelden = async () => {
        await Excel.run(registrierung.context, async (c) => {
          registrierung.remove();
          await c.sync();
        });
      };
      if (beendet) await abmelden();
    }).catch(() => undefined);
    return () => {
      beendet = true;
      if (zeitgeber) clearTimeout(zeitgeber);
      void abmelden?.().catch(() => undefined);
    };
  };

  /** For tests: whether an event now would count as the user's edit. */
  istEigeneAenderung(): boolean {
    return this.jetzt() < this.eigeneAenderungBis;
  }
}
