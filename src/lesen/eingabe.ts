/**
 * Eingabe: turns a raw cell into a typed value for its field, or into a finding on that cell.
 * Numbers may arrive as numbers, as percent-formatted numbers (0.195 shown as 19,5 %) or as German
 * text ("19,5 %", "4.242", "38.219.839 €"); Excel error values and non-numbers become errors.
 */
import { FELD, DARSTELLUNGEN, ARTEN, istZahlenfeld, type Feld } from '../catalogue/felder';
import type { Befund, Wert } from '../model/vereinbarung';
import type { Rohwert, Zelle } from './port';
import { zahl } from '../model/format';

export interface Gelesen {
  readonly wert?: Wert;
  readonly befund?: Befund;
}

/** Excel's German names for its error values, so messages show what the controller sees. */
const FEHLER_DEUTSCH: Record<string, string> = {
  '#N/A': '#NV',
  '#REF!': '#BEZUG!',
  '#VALUE!': '#WERT!',
  '#NAME?': '#NAME?',
  '#DIV/0!': '#DIV/0!',
  '#NUM!': '#ZAHL!',
  '#NULL!': '#NULL!',
  '#SPILL!': '#ÜBERLAUF!',
  '#CALC!': '#BERECHNUNG!',
};

export function fehlerText(fehler: string): string {
  return FEHLER_DEUTSCH[fehler.toUpperCase()] ?? fehler;
}

const EINHEITEN = /(€|eur(o)?|prozent|%|personen|pers\.?)$/i;

/**
 * Reads a number written as German text: "19,5 %", "4.242", "38.219.839 €", "+ 3,8 %", "−1,8".
 * A lone dot with three digits after it groups thousands (4.242 → 4242); otherwise a dot is taken as
 * a decimal point ("19.5"). Returns null when the text is not clearly a number.
 */
export function leseZahlText(text: string): { zahl: number; prozent: boolean } | null {
  let s = text
    .normalize('NFKC')
    .replace(/[\u00A0\u2007\u202F\s]/g, '')
    .replace(/[\u2212\u2013]/g, '-');
  if (s === '') return null;
  let prozent = false;
  for (let i = 0; i < 2; i++) {
    const m = EINHEITEN.exec(s);
    if (!m) break;
    if (m[0] === '%' || /prozent/i.test(m[0])) prozent = true;
    s = s.slice(0, m.index);
  }
  let n: number;
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) n = Number(s.replace(/\./g, '').replace(',', '.'));
  else if (/^[+-]?\d+(,\d+)?$/.test(s)) n = Number(s.replace(',', '.'));
  else if (/^[+-]?\d*\.\d+$/.test(s)) n = Number(s);
  else if (/^[+-]?,\d+$/.test(s)) n = Number(s.replace(',', '.'));
  else return null;
  return Number.isFinite(n) ? { zahl: n, prozent } : null;
}

function istFehler(w: Rohwert): w is { fehler: string } {
  return typeof w === 'object' && w !== null && !(w instanceof Date) && 'fehler' in w;
}

function hatProzentformat(format: string): boolean {
  // a % outside quotes and brackets scales the value by 100 in Excel ('0.0%'), a quoted one does not ('0.0 "%"')
  return /%/.test(
    format
      .replace(/"[^"]*"/g, '')
      .replace(/\[[^\]]*\]/g, '')
      .replace(/\\%/g, ''),
  );
}

function beschreibung(w: Rohwert): string {
  if (w instanceof Date) return 'ein Datum';
  if (typeof w === 'boolean') return w ? 'den Wahrheitswert WAHR' : 'den Wahrheitswert FALSCH';
  if (typeof w === 'number') return Number.isNaN(w) ? 'keinen gültigen Zahlenwert' : 'eine unendliche Zahl';
  const t = String(w);
  return `den Text „${t.length > 40 ? `${t.slice(0, 40)}…` : t}“`;
}

function erwartet(feld: Feld): string {
  switch (feld.typ) {
    case 'jahr':
      return 'eine Jahreszahl wie 2025';
    case 'quote':
      return 'eine Quote in Prozent wie 19,5';
    case 'veraenderung':
      return 'eine Veränderung in Prozent wie -2,5 oder 3,8';
    case 'bestand':
      return 'eine Personenzahl wie 4.242';
    case 'euro':
      return 'einen Eurobetrag wie 38.219.839';
    default:
      return 'einen Wert';
  }
}

function datumText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const p = (x: number) => String(x).padStart(2, '0');
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

/** Reads one cell for one field. An empty cell yields neither value nor finding. */
export function leseEingabe(feld: Feld, zelle: Zelle): Gelesen {
  const w = zelle.wert;
  const ort = `Die Zelle ${zelle.adresse} („${feld.bezeichnung}“, ${feld.name})`;
  if (w === null || w === undefined || (typeof w === 'string' && w.trim() === '')) return {};
  if (istFehler(w)) {
    return {
      befund: {
        rule: 'ZELLE_FEHLERWERT',
        severity: 'error',
        field: feld.name,
        cell: zelle.adresse,
        message: `${ort} enthält den Fehlerwert ${fehlerText(w.fehler)}. Korrigieren Sie die Formel oder tragen Sie einen Wert ein.`,
      },
    };
  }
  if (!istZahlenfeld(feld)) {
    if (typeof w === 'string') {
      const t = w.trim();
      if (feld.typ === 'auswahl') {
        const optionen: readonly string[] = feld.name === FELD.ZV_Art ? ARTEN : DARSTELLUNGEN;
        const treffer = optionen.find((o) => o.toLowerCase() === t.toLowerCase().replace(/\s+/g, ' '));
        return { wert: treffer ?? t };
      }
      return { wert: t };
    }
    if (w instanceof Date) return { wert: datumText(w) };
    if (typeof w === 'number') return Number.isFinite(w) ? { wert: String(w) } : {};
    return { wert: String(w) };
  }
  if (typeof w === 'number' && Number.isFinite(w)) {
    const skaliert = (feld.typ === 'quote' || feld.typ === 'veraenderung') && hatProzentformat(zelle.zahlenformat);
    return { wert: skaliert ? Number((w * 100).toPrecision(15)) : w };
  }
  if (typeof w === 'string') {
    const z = leseZahlText(w);
    if (z) {
      const shown =
        feld.typ === 'quote' || feld.typ === 'veraenderung'
          ? zahl(z.zahl, 1)
          : Number.isInteger(z.zahl)
            ? zahl(z.zahl, 0)
            : String(z.zahl).replace('.', ',');
      return {
        wert: z.zahl,
        befund: {
          rule: 'ZAHL_ALS_TEXT',
          severity: 'warning',
          field: feld.name,
          cell: zelle.adresse,
          message: `${ort} enthält die Zahl als Text („${w.trim()}“); gelesen wurde ${feld.typ === 'jahr' ? String(z.zahl) : shown}. Tragen Sie die Zahl als Zahl ein (ohne Einheit und Anführungszeichen), damit Excel mit ihr rechnen kann.`,
        },
      };
    }
  }
  return {
    befund: {
      rule: 'KEINE_ZAHL',
      severity: 'error',
      field: feld.name,
      cell: zelle.adresse,
      message: `${ort} enthält ${beschreibung(w)}, erwartet wird ${erwartet(feld)}. Tragen Sie eine Zahl ein.`,
    },
  };
}
