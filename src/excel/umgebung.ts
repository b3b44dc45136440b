/**
 * The Excel implementation of the pane's adapter (`Arbeitsumgebung`). One style throughout: each job
 * lives in a file of its own as `async (context, …)` functions, and this class only wires them to
 * `ausfuehren` (fehler.ts: Excel.run, German error sentences):
 *   anforderungen.ts  requirement sets checked at run time, German notes on what is missing
 *   lesen.ts          reading names and tables (two syncs)
 *   markierungen.ts   highlights as tagged conditional formats
 *   werte.ts          writing derived values
 *   namen.ts          binding fields (defined names)
 *   vorlage.ts        inserting the planning-sheet template and binding its names
 *   ereignisse.ts     the automatic re-check on edits
 *   speichern.ts      handing the .docx and .xlsx files to the user (Mac: system browser)
 * Members every Excel has are methods; capabilities are properties set in the constructor only when
 * this Excel supports them (the pane hides what is undefined).
 */
import type { Art } from '../catalogue/felder';
import type { Befund, Wert } from '../model/vereinbarung';
import type { Arbeitsmappe } from '../lesen/port';
import type { Aenderung, Arbeitsumgebung, Auswahl, SpeicherErgebnis, ZuSchreibenderWert } from '../pane/umgebung';
import { lokaleVorlagenablage, type Vorlagenablage } from '../pane/vorlagenablage';
import { einschraenkungen, faehigkeiten, standardAnforderung, ZU_ALT, type Anforderung, type Faehigkeiten } from './anforderungen';
import { trenneAdresse } from './adresse';
import { aenderungenBeobachten } from './ereignisse';
import { ausfuehren, ExcelHinweis } from './fehler';
import { leseMappe } from './lesen';
import { gewuenschteMarkierungen, markierungenSetzen, markierungsSchluessel } from './markierungen';
import { feldZuordnen, zuordnungEntfernen } from './namen';
import { base64, dokumentAnbieten, XLSX_MIME } from './speichern';
import { werteSchreiben } from './werte';

export { base64, trenneAdresse };
export { MARKIERUNGSFARBEN, MARKIERUNGSKENNUNG, MARKIERUNGSREGEL } from './markierungen';
export { PRUEF_VERZOEGERUNG_MS } from './ereignisse';

export interface ExcelOptionen {
  /** Replaces `Office.context.requirements.isSetSupported` (tests). */
  readonly anforderung?: Anforderung;
}

export class ExcelUmgebung implements Arbeitsumgebung {
  readonly art = 'excel' as const;
  readonly einschraenkungen: readonly string[];
  readonly markieren?: (befunde: readonly Befund[]) => Promise<string | void>;
  readonly markierungenEntfernen?: () => Promise<string | void>;
  readonly feldZuordnen?: (name: string) => Promise<string>;
  readonly zuordnungEntfernen?: (name: string) => Promise<void>;
  readonly vorlageEinfuegen?: (art: Art) => Promise<void>;
  readonly onAenderung?: (callback: (aenderung: Aenderung) => void) => () => void;
  /** The own Word template stays in the task pane's browser storage (localStorage), never in the workbook. */
  readonly vorlagenablage: Vorlagenablage | undefined = lokaleVorlagenablage();
  private readonly kann: Faehigkeiten;
  /** The highlights last written in this session (markierungsSchluessel), null when unknown. */
  private markiert: string | null = null;

  constructor(optionen: ExcelOptionen = {}) {
    const kann = faehigkeiten(optionen.anforderung ?? standardAnforderung);
    this.kann = kann;
    this.einschraenkungen = einschraenkungen(kann);
    if (!kann.lesen) return;
    this.feldZuordnen = (name) => ausfuehren((c) => feldZuordnen(c, name, kann.namensFormel));
    this.zuordnungEntfernen = (name) => ausfuehren((c) => zuordnungEntfernen(c, name));
    if (kann.markieren) {
      this.markieren = (befunde) => this.markierungenSchreiben(gewuenschteMarkierungen(befunde));
      this.markierungenEntfernen = () => this.markierungenSchreiben(new Map());
    }
    if (kann.vorlage) this.vorlageEinfuegen = (art) => this.vorlageAusKatalog(art);
    if (kann.ereignisse) this.onAenderung = (callback) => aenderungenBeobachten(callback);
  }

  async lesen(): Promise<Arbeitsmappe> {
    if (!this.kann.lesen) throw new ExcelHinweis(ZU_ALT);
    return ausfuehren((c) => leseMappe(c, { mitTitel: this.kann.titel }));
  }

  async zelleZeigen(adresse: string): Promise<void> {
    const { blatt, bereich } = trenneAdresse(adresse);
    await ausfuehren(async (c) => {
      const blattObjekt = c.workbook.worksheets.getItem(blatt);
      blattObjekt.activate();
      blattObjekt.getRange(bereich).select();
      await c.sync();
    });
  }

  async werteSchreiben(werte: readonly ZuSchreibenderWert[]): Promise<void> {
    if (werte.length === 0) return;
    await ausfuehren((c) => werteSchreiben(c, werte, !this.kann.ausloeser && this.kann.ereignisSperre));
  }

  async auswahl(): Promise<Auswahl> {
    return ausfuehren(async (c) => {
      const r = c.workbook.getSelectedRange();
      r.load('address,rowCount,columnCount');
      await c.sync();
      return { adresse: r.address, zeilen: r.rowCount, spalten: r.columnCount };
    });
  }

  async dokumentSpeichern(bytes: Uint8Array, dateiname: string): Promise<SpeicherErgebnis> {
    return dokumentAnbieten(bytes, dateiname);
  }

  /** Next year's planning workbook is built in the pane (exceljs, loaded only when asked for), not in Excel. */
  async planungsmappeBauen(eingabe: {
    art: Art;
    werte: Record<string, Wert>;
    listen: Record<string, readonly (readonly (string | number | null)[])[]>;
  }): Promise<Uint8Array> {
    const { baueMappe } = await import(/* webpackChunkName: "vorlage" */ '../xlsx/vorlage');
    return baueMappe(eingabe);
  }

  async mappeSpeichern(bytes: Uint8Array, dateiname: string): Promise<SpeicherErgebnis> {
    return dokumentAnbieten(bytes, dateiname, XLSX_MIME);
  }

  /**
   * Writes the highlights only when they differ from what this session last wrote (so a re-check
   * with unchanged findings touches nothing: no "changed" workbook, no undo entry), as one undo step
   * where Excel supports it.
   */
  private async markierungenSchreiben(gewuenscht: ReadonlyMap<string, Befund['severity']>): Promise<string | void> {
    const schluessel = markierungsSchluessel(gewuenscht);
    if (schluessel === this.markiert) return;
    this.markiert = null;
    const hinweis = await ausfuehren((c) => markierungenSetzen(c, gewuenscht), this.kann.undoGruppe);
    this.markiert = schluessel;
    return hinweis;
  }

  private async vorlageAusKatalog(art: Art): Promise<void> {
    const { erzeugeVorlage } = await import(/* webpackChunkName: "vorlage" */ '../xlsx/vorlage');
    const { vorlagenNamen } = await import(/* webpackChunkName: "vorlage" */ './vorlagenamen');
    const { vorlageEinfuegen } = await import(/* webpackChunkName: "vorlage" */ './vorlage');
    const bytes = await erzeugeVorlage(art);
    const namen = await vorlagenNamen(bytes);
    await ausfuehren((c) => vorlageEinfuegen(c, base64(bytes), namen));
  }
}
