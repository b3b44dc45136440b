/**
 * The browser page's adapter: the pane's `Arbeitsumgebung` over an .xlsx file the user opened.
 * Nothing leaves the machine: the file (.xlsx, .xlsm or .ods) is read in memory (`leseArbeitsmappe`), and documents
 * are handed to the browser's own download as blob links.
 *
 * A file does not change by itself, there is no grid to show a cell in, and the opened file is never
 * modified: highlights and derived values come as a separate download, the checked workbook
 * (`schreibeGepruefteMappe`). So the optional capabilities are left out on purpose.
 */
import type { Arbeitsumgebung, SpeicherErgebnis } from '../pane/umgebung';
import type { Arbeitsmappe, Rohwert } from '../lesen/port';
import type { Art } from '../catalogue/felder';
import type { Wert } from '../model/vereinbarung';

import { DOCX_MIME, herunterladen, XLSX_MIME, ZIP_MIME } from '../pane/herunterladen';
import { gepruefterName, istOdsDatei, ODS_MIME } from '../lesen/kopie';
import { lokaleVorlagenablage, type Vorlagenablage } from '../pane/vorlagenablage';

export { DOCX_MIME, herunterladen, XLSX_MIME, ZIP_MIME };

export const BROWSER_EINSCHRAENKUNGEN: readonly string[] = [
  'Im Browser wird Ihre Datei nicht verändert. Befunde als Kommentare und Markierungen sowie die ' +
    'abgeleiteten Werte erhalten Sie mit „Geprüfte Arbeitsmappe herunterladen“.',
  'Felder zuordnen geht nur in Excel (Add-in). Ein leeres Planungsblatt erhalten Sie hier mit „Leeres Planungsblatt herunterladen“.',
];

/** What the page shows for a cell a finding points to (there is no grid in the browser). */
export interface GezeigteZelle {
  /** `Sheet!A1` */
  readonly adresse: string;
  /** The defined names covering the cell (`ZV_IQ_VJ_Frauen`, `ZV_Liste`). */
  readonly namen: readonly string[];
  /** The cell's content as read, or null when no name covers it. */
  readonly wert: Rohwert | null;
}

/** The adapter for one opened file. The file's bytes are kept for the checked-workbook download. */
export class XlsxUmgebung implements Arbeitsumgebung {
  readonly art = 'browser' as const;
  readonly einschraenkungen = BROWSER_EINSCHRAENKUNGEN;
  /** The own template stays in this browser (localStorage). */
  readonly vorlagenablage: Vorlagenablage | undefined = lokaleVorlagenablage();
  private mappe: Promise<Arbeitsmappe> | null = null;

  constructor(
    /** The file's content as opened. */
    readonly bytes: Uint8Array,
    /** The file's name, e.g. `Planung 2026.xlsx`. */
    readonly dateiname: string,
    /** Called when the pane asks to show a cell (a finding was clicked). */
    private readonly zeige?: (zelle: GezeigteZelle) => void,
  ) {}

  /** The snapshot is read once per file; the file cannot change underneath us. */
  lesen(): Promise<Arbeitsmappe> {
    // exceljs is loaded only once a file is opened, so the page itself starts small.
    this.mappe ??= import(/* webpackChunkName: "xlsx" */ '../xlsx/mappe').then(({ leseArbeitsmappe }) =>
      leseArbeitsmappe(this.bytes, this.dateiname),
    );
    return this.mappe;
  }

  /** The browser has no grid: the page shows the cell's address, names and content instead. */
  async zelleZeigen(adresse: string): Promise<void> {
    const mappe = await this.lesen();
    const namen: string[] = [];
    let wert: Rohwert | null = null;
    for (const b of mappe.bereiche) {
      for (const reihe of b.zellen ?? []) {
        for (const z of reihe) {
          if (z.adresse !== adresse) continue;
          if (!namen.includes(b.name)) namen.push(b.name);
          wert = z.wert;
        }
      }
    }
    this.zeige?.({ adresse, namen, wert });
  }

  async planungsmappeBauen(eingabe: {
    art: Art;
    werte: Record<string, Wert>;
    listen: Record<string, readonly (readonly (string | number | null)[])[]>;
  }): Promise<Uint8Array> {
    const { baueMappe } = await import(/* webpackChunkName: "vorlage" */ '../xlsx/vorlage');
    return baueMappe(eingabe);
  }

  async dokumentSpeichern(bytes: Uint8Array, dateiname: string): Promise<SpeicherErgebnis> {
    return anbieten(bytes, dateiname, DOCX_MIME);
  }

  async zipSpeichern(bytes: Uint8Array, dateiname: string): Promise<SpeicherErgebnis> {
    return anbieten(bytes, dateiname, ZIP_MIME);
  }

  async mappeSpeichern(bytes: Uint8Array, dateiname: string): Promise<SpeicherErgebnis> {
    return anbieten(bytes, dateiname, XLSX_MIME);
  }
}

function anbieten(bytes: Uint8Array, dateiname: string, mime: string): SpeicherErgebnis {
  return herunterladen(bytes, dateiname, mime)
    ? { art: 'heruntergeladen' }
    : { art: 'nicht-moeglich', grund: 'Dieser Browser kann keine Dateien zum Herunterladen anbieten.' };
}

export { gepruefterName, istOdsDatei, ODS_MIME };

/** The media type of the checked copy: OpenDocument for an .ods copy, macro-enabled for an .xlsm. */
export function gepruefterTyp(dateiname: string, ods = /\.ods$/i.test(dateiname)): string {
  if (ods) return ODS_MIME;
  return /\.xlsm$/i.test(dateiname) ? 'application/vnd.ms-excel.sheet.macroEnabled.12' : XLSX_MIME;
}
