/** Builds workbook snapshots for core tests: one cell per name, laid out down a sheet. */
import type { Arbeitsmappe, BenannterBereich, Rohwert, Zelle } from '../../src/lesen/port';
import { zellAdresse } from '../../src/lesen/port';

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

/** A complete, consistent gE agreement (Kaiserslautern-like) to vary in tests. */
export const GRUNDLAGE: Record<string, Eintrag> = {
  ZV_Jahr: 2024,
  ZV_Art: 'gE',
  ZV_Darstellung: 'Zielwert mit Veränderung',
  ZV_Agentur: 'Agentur für Arbeit Kaiserslautern-Pirmasens',
  ZV_Agentur_Person: 'Peter Weißler',
  ZV_Agentur_Funktion: 'Vorsitzender der Geschäftsführung',
  ZV_Jobcenter: 'Jobcenter Stadt Kaiserslautern',
  ZV_Jobcenter_Person: 'Edeltraud Nikodemus',
  ZV_Jobcenter_Funktion: 'Geschäftsführerin',
  ZV_IQ_VJ_Frauen: 14.93,
  ZV_IQ_VJ_Maenner: 25.79,
  ZV_IQ_VJ_Gesamt: 20.02,
  ZV_IQ_Veraenderung_Frauen: 1.8,
  ZV_IQ_Veraenderung_Maenner: -2.3,
  ZV_LZB_VJ_Frauen: 2130,
  ZV_LZB_VJ_Maenner: 1866,
  ZV_LZB_Veraenderung_Frauen: 8.7,
  ZV_LZB_Veraenderung_Maenner: -1.8,
};
