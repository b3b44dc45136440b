/** Builds workbook snapshots for core tests: one cell per name, laid out down a sheet. */
import type { Arbeitsmappe, BenannterBereich, Rohwert, Zelle } from '../../src/lesen/port';
import { zellAdresse } from '../../src/lesen/port';
import { KAISERSLAUTERN } from '../../beispiele/saat';

export type Eintrag = Rohwert | { wert: Rohwert; format?: string; adresse?: string };

function istEintragMitFormat(e: Eintrag): e is { wert: Rohwert; format?: string; adresse?: string } {
  return typeof e === 'object' && e !== null && !(e instanceof Date) && 'wert' in e;
}

export function mappe(felder: Record<string, Eintrag>, blatt = 'Planung', extra: BenannterBereich[] = []): Arbeitsmappe {
  const bereiche: BenannterBereich[] = Object.entries(felder).map(([name, e], i) => {
    const mit = istEintragMitFormat(e) ? e : { wert: e };
    const adresse = mit.adresse ?? zellAdresse(blatt, `C${i + 2}`);
    const zelle: Zelle = { wert: mit.wert, zahlenformat: mit.format ?? 'General', adresse };
    return { name, herkunft: 'name', bezug: adresse, zellen: [[zelle]] };
  });
  return { titel: 'Test.xlsx', bereiche: [...bereiche, ...extra] };
}

export function liste(name: string, kopf: string[], zeilen: Rohwert[][], blatt = 'Listen', startZeile = 1): BenannterBereich {
  const spalte = (i: number) => String.fromCharCode(65 + i);
  const alle = [kopf, ...zeilen].map((reihe, r) =>
    reihe.map((wert, c): Zelle => ({ wert, zahlenformat: 'General', adresse: zellAdresse(blatt, `${spalte(c)}${startZeile + r}`) })),
  );
  return { name, herkunft: 'tabelle', bezug: `${blatt}!A${startZeile}`, zellen: alle };
}

/**
 * A complete, consistent gE agreement to vary in tests: Kaiserslautern 2024's inputs (beispiele/saat.ts)
 * without the signatures' places and dates (no check reads them), so each name keeps its test cell.
 */
export const GRUNDLAGE: Record<string, Eintrag> = Object.fromEntries(
  Object.entries(KAISERSLAUTERN.optionen.werte).filter(([name]) => !/_(Ort|Datum)$/.test(name)),
);
