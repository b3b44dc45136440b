/**
 * Addresses as Excel writes them (`'Planung 2026'!$C$4`), split and rebuilt for the adapter's calls.
 */
import { blattVon } from '../lesen/vereinbarungen';

/** `Sheet!A1` → sheet name without quotes and the cell/range part without `$`. */
export function trenneAdresse(adresse: string): { blatt: string; bereich: string } {
  const i = adresse.lastIndexOf('!');
  return { blatt: blattVon(adresse), bereich: (i < 0 ? adresse : adresse.slice(i + 1)).replace(/\$/g, '') };
}

/** A sheet name as it must appear in a formula: always quoted, inner quotes doubled. */
export function blattInFormel(blatt: string): string {
  return `'${blatt.replace(/'/g, "''")}'`;
}

/** `C4` or `$C$4:D6` → `$C$4` / `$C$4:$D$6`: a defined name must not move with the active cell. */
export function absolut(bereich: string): string {
  return bereich
    .replace(/\$/g, '')
    .split(':')
    .map((teil) =>
      teil.replace(/^([A-Za-z]{1,3})?(\d+)?$/, (_, s?: string, z?: string) => `${s ? `$${s.toUpperCase()}` : ''}${z ? `$${z}` : ''}`),
    )
    .join(':');
}

/** The formula of a defined name that refers to `bereich` on `blatt`: `='Planung (2)'!$C$4`. */
export function namensFormel(blatt: string, bereich: string): string {
  return `=${blattInFormel(blatt)}!${absolut(bereich)}`;
}
