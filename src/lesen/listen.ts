/**
 * Listen: lokale, kommunale und weitere Ziele, Ergänzungsziele. Reads the rows into the model and checks them: a goal
 * without description, a numeric bound that is not a number, a comparison other than <=, >=, =.
 */
import { LISTE, VERGLEICHE, type Art, type Liste, type Vergleich } from '../catalogue/felder';
import type { Befund, Ergaenzungsziel, KommunalesZiel, Listen, LokalesZiel, WeiteresZiel } from '../model/vereinbarung';
import type { Zelle } from './port';
import type { RohListe } from './vereinbarungen';
import { fehlerText, leseZahlText } from './eingabe';
import { datumWieEingegeben, zahlWieEingegeben } from '../model/format';

/** A list cell as text, as a controller reads it: German numbers (12,75) and dates (15.03.2026). */
function text(z: Zelle | undefined): string {
  const w = z?.wert;
  if (w === null || w === undefined) return '';
  if (w instanceof Date) return datumWieEingegeben(w);
  if (typeof w === 'object') return '';
  if (typeof w === 'number') return Number.isFinite(w) ? zahlWieEingegeben(w) : '';
  if (typeof w === 'boolean') return w ? 'WAHR' : 'FALSCH';
  return String(w).trim();
}

export interface GeleseneListen {
  readonly listen: Listen;
  readonly befunde: Befund[];
  /** JSON pointer (/ZV_LokaleZiele/0/Wert) → cell, for schema findings. */
  readonly zeiger: Map<string, string>;
  /** Rows as plain records for the schema. */
  readonly daten: Record<string, Record<string, string | number>[]>;
}

export function leseListen(roh: readonly RohListe[], art: Art | null): GeleseneListen {
  const befunde: Befund[] = [];
  const zeiger = new Map<string, string>();
  const daten: Record<string, Record<string, string | number>[]> = {};
  const lokale: LokalesZiel[] = [];
  const kommunale: KommunalesZiel[] = [];
  const weitere: WeiteresZiel[] = [];
  const ergaenzung: Ergaenzungsziel[] = [];

  for (const { liste, zeilen } of roh) {
    if (art && !liste.arten.includes(art) && zeilen.length > 0) {
      befunde.push(nichtFuerArt(liste, art, zeilen[0]?.values().next().value?.adresse ?? null));
    }
    const rows: Record<string, string | number>[] = [];
    zeilen.forEach((zeile, i) => {
      const row: Record<string, string | number> = {};
      for (const spalte of liste.spalten) {
        const z = zeile.get(spalte.name.toLowerCase());
        if (!z) continue;
        zeiger.set(`/${liste.name}/${i}/${spalte.name}`, z.adresse);
        if (typeof z.wert === 'object' && z.wert !== null && !(z.wert instanceof Date)) {
          befunde.push({
            rule: 'ZELLE_FEHLERWERT',
            severity: 'error',
            field: liste.name,
            cell: z.adresse,
            message: `Die Zelle ${z.adresse} in der Liste ${liste.name} enthält den Fehlerwert ${fehlerText(z.wert.fehler)}. Korrigieren Sie die Formel oder tragen Sie einen Wert ein.`,
          });
          continue;
        }
        if (spalte.typ === 'zahl') {
          if (typeof z.wert === 'number' && Number.isFinite(z.wert)) row[spalte.name] = z.wert;
          else if (text(z) !== '') row[spalte.name] = leseZahlText(text(z))?.zahl ?? text(z);
        } else if (text(z) !== '') {
          row[spalte.name] = text(z);
        }
      }
      rows.push(row);
      const ziel = String(row.Ziel ?? '');
      const beschreibung = String(row.Beschreibung ?? '');
      const zelleZiel = zeile.get('ziel')?.adresse ?? zeile.values().next().value?.adresse ?? null;
      if (beschreibung === '' && ziel !== '') {
        befunde.push({
          rule: 'ZIEL_OHNE_BESCHREIBUNG',
          severity: 'warning',
          field: liste.name,
          cell: zeile.get('beschreibung')?.adresse ?? zelleZiel,
          message: `Das Ziel „${ziel}“ in der Liste ${liste.name} hat keine Beschreibung; im Dokument bleibt die Spalte „Beschreibung“ leer. Beschreiben Sie, woran die Zielerreichung gemessen wird.`,
        });
      }
      if (ziel === '' && beschreibung !== '') {
        befunde.push({
          rule: 'ZIEL_OHNE_BEZEICHNUNG',
          severity: 'warning',
          field: liste.name,
          cell: zelleZiel,
          message: `In der Liste ${liste.name} steht eine Beschreibung ohne Ziel. Tragen Sie in der Spalte „Ziel“ ein, worauf sich das Ziel bezieht.`,
        });
      }
      const wert = row.Wert;
      const vergleich = row.Vergleich;
      if (liste.name === LISTE.ZV_LokaleZiele) {
        if (vergleich !== undefined && wert === undefined) {
          befunde.push({
            rule: 'LISTE_WERT_FEHLT',
            severity: 'error',
            field: liste.name,
            cell: zeile.get('wert')?.adresse ?? zeile.get('vergleich')?.adresse ?? null,
            message: `Das lokale Ziel „${ziel}“ hat einen Vergleich („${String(vergleich)}“), aber keinen Wert. Tragen Sie die Zahl ein, mit der verglichen wird, oder leeren Sie den Vergleich.`,
          });
        }
        lokale.push({
          ziel,
          beschreibung,
          ...(typeof wert === 'number' ? { wert } : {}),
          ...(typeof vergleich === 'string' && (VERGLEICHE as readonly string[]).includes(vergleich)
            ? { vergleich: vergleich as Vergleich }
            : {}),
        });
      } else if (liste.name === LISTE.ZV_KommunaleZiele) {
        kommunale.push({ ziel, beschreibung });
      } else if (liste.name === LISTE.ZV_WeitereZiele) {
        const schritte = String(row.Schritte ?? '')
          .split(/\r?\n/)
          .map((s) => s.replace(/^[-•–*]\s*/, '').trim())
          .filter(Boolean);
        const kriterium = String(row.Erfolgskriterium ?? '').trim();
        weitere.push({ ziel, beschreibung, schritte, ...(kriterium ? { erfolgskriterium: kriterium } : {}) });
      } else if (liste.name === LISTE.ZV_Ergaenzungsziele) {
        ergaenzung.push(ergaenzungsziel(row, zeile));
      }
    });
    daten[liste.name] = rows;
  }
  return {
    listen: { lokaleZiele: lokale, kommunaleZiele: kommunale, weitereZiele: weitere, ergaenzungsziele: ergaenzung },
    befunde,
    zeiger,
    daten,
  };
}

/** One row of ZV_Ergaenzungsziele as read; src/checks/ergaenzungsziele.ts judges it. */
function ergaenzungsziel(row: Record<string, string | number>, zeile: ReadonlyMap<string, Zelle>): Ergaenzungsziel {
  const zellen: Record<string, string> = {};
  for (const spalte of ['Kennzahl', 'Wert', 'Einheit', 'Vergleich', 'Bezug']) {
    const z = zeile.get(spalte.toLowerCase());
    if (z) zellen[spalte] = z.adresse;
  }
  const vergleich = row.Vergleich;
  return {
    kennzahl: String(row.Kennzahl ?? ''),
    ...(row.Wert !== undefined ? { wert: row.Wert } : {}),
    einheit: String(row.Einheit ?? ''),
    ...(typeof vergleich === 'string' && (VERGLEICHE as readonly string[]).includes(vergleich)
      ? { vergleich: vergleich as Vergleich }
      : {}),
    bezug: String(row.Bezug ?? ''),
    zellen,
  };
}

function nichtFuerArt(liste: Liste, art: Art, zelle: string | null): Befund {
  return {
    rule: 'LISTE_NICHT_FUER_ART',
    severity: 'info',
    field: liste.name,
    cell: zelle,
    message: `Die Liste ${liste.name} („${liste.bezeichnung}“) gehört nicht zu einer Vereinbarung der Art ${art} und erscheint nicht im Dokument.`,
  };
}
