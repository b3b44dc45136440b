/**
 * The sheets and workbook-scoped defined names of a template .xlsx, so the Excel adapter can define
 * the names again after `insertWorksheetsFromBase64` (which copies sheets, not workbook-level names).
 * Loaded lazily together with the template builder.
 */
import { oeffneZip } from '../xlsx/paket';

export interface VorlagenNamen {
  readonly blaetter: readonly string[];
  readonly namen: readonly { readonly name: string; readonly bezug: string }[];
}

export async function vorlagenNamen(bytes: Uint8Array): Promise<VorlagenNamen> {
  const { struktur } = await oeffneZip(bytes, 'Vorlage');
  return {
    blaetter: struktur.blaetter,
    namen: struktur.namen
      .filter((n) => n.blattIndex === undefined && n.name.toLowerCase().startsWith('zv_'))
      .map((n) => ({ name: n.name, bezug: n.bezug })),
  };
}
