/**
 * The Planwert rules as spreadsheet formulas: the twin of kennzahl.ts, integrationsquote.ts and
 * langzeitleistungsbezug.ts that the planning template writes into its derived cells, so that the
 * sheet computes without Zielplaner. Pure strings over the fields' defined names; the same text works
 * in Excel and in LibreOffice Calc (only IF, AND, ISNUMBER, ROUND and arithmetic).
 *
 * Which cells store rounded values (the one decision, the same in the rules):
 * - Every derived cell stores its result rounded to 10 decimals, `ROUND(x,10)`. That removes the
 *   binary noise of the multiplication (14 × 1,025 = 14,349999999999998; 5100 × 1,015 =
 *   5176,499999999999) and nothing else: the number format then shows the value rounded half away
 *   from zero to its digits, exactly as the core's decimal rounding (model/runden.ts) prints it, in
 *   Excel and in Calc alike (Calc formats and rounds the raw binary value: 14,3 and 5.176 without
 *   the guard). Quotas and changes are therefore stored unrounded (up to that noise): a total or a
 *   change derived from them is computed from unrounded values, as in the rules (Planwert rule 5;
 *   Kaiserslautern: IQ gesamt 19,878 gives −0,6 %, the rounded 19,9 would give −0,5 %).
 * - Stocks of persons are whole (Planwert rule 3): a derived LZB target per gender is stored as
 *   `ROUND(ROUND(x,10),0)`, and the LZB totals are sums of these whole stocks (rule 4), as in
 *   rules/langzeitleistungsbezug.ts. A stored unrounded stock would also read back as an entered
 *   value that is not whole.
 *
 * Empty inputs give empty results (`""`), never 0 or an error value.
 */
import { FELD, feldname, findeFeld, type Feld, type Geschlecht, type Kennzahl, type Teil } from '../catalogue/felder';
import { INT_FELDER } from './integrationen';

/** Digits a derived cell keeps: enough for every printed digit, too few for binary noise. */
export const GESPEICHERTE_STELLEN = 10;

const KENNZAHL = /^ZV_(IQ|LZB)_(VJ|Veraenderung|Ziel)_(Frauen|Maenner|Gesamt)$/i;

/** A catalogue field's name, checked against the catalogue (no second list of names). */
function n(k: Kennzahl, teil: Teil, g: Geschlecht): string {
  // feldname is typed by the catalogue; the look-up guards against a catalogue without that field
  const name = feldname(k, teil, g);
  if (!findeFeld(name)) throw new Error(`Field ${name} is not in the catalogue`);
  return name;
}

const zahl = (x: string): string => `ISNUMBER(${x})`;
const alle = (...x: string[]): string => (x.length === 1 ? zahl(x[0]!) : `AND(${x.map(zahl).join(',')})`);
/** The stored value of a derived quota or change: unrounded up to binary noise. */
const gespeichert = (x: string): string => `ROUND(${x},${GESPEICHERTE_STELLEN})`;
/** The stored value of a derived stock of persons: whole, with a half-way value rounded up. */
const ganz = (x: string): string => `ROUND(${gespeichert(x)},0)`;

/** Ziel = VJ × (1 + V/100) (Planwert rules 1 and 3). */
function zielAusVeraenderung(k: Kennzahl, vj: string, v: string): string {
  const x = `${vj}*(1+${v}/100)`;
  return k === 'LZB' ? ganz(x) : gespeichert(x);
}

/** V = (Ziel/VJ − 1) × 100, for a previous year above zero. */
function veraenderungAusZiel(vj: string, ziel: string): string {
  return `IF(${vj}>0,${gespeichert(`(${ziel}/${vj}-1)*100`)},"")`;
}

/**
 * IQ gesamt (Planwert rule 2): the eLb-weighted mean of the gender targets; without eLb stocks with the
 * share of women implied by the previous year's quotas, w = (IQ_M,VJ − IQ_T,VJ)/(IQ_M,VJ − IQ_F,VJ).
 */
function iqGesamtZiel(): string {
  const zF = n('IQ', 'Ziel', 'Frauen');
  const zM = n('IQ', 'Ziel', 'Maenner');
  const vF = n('IQ', 'VJ', 'Frauen');
  const vM = n('IQ', 'VJ', 'Maenner');
  const vT = n('IQ', 'VJ', 'Gesamt');
  const eF = FELD.ZV_eLb_Frauen;
  const eM = FELD.ZV_eLb_Maenner;
  const w = `(${vM}-${vT})/(${vM}-${vF})`;
  // as gewichtAusElb: usable eLb stocks are numbers, not negative, and not both zero; else the previous year's
  // weight (nested IFs: arithmetic on a text cell would give #VALUE! inside AND)
  const elbBrauchbar = `IF(${alle(eF, eM)},AND(${eF}>=0,${eM}>=0,${eF}+${eM}>0),FALSE)`;
  const ausElb = gespeichert(`(${eF}*${zF}+${eM}*${zM})/(${eF}+${eM})`);
  const ausVorjahr = `IF(${alle(vF, vM, vT)},IF(${vM}<>${vF},${gespeichert(`${w}*${zF}+(1-${w})*${zM}`)},""),"")`;
  return `IF(${alle(zF, zM)},IF(${elbBrauchbar},${ausElb},${ausVorjahr}),"")`;
}

/**
 * The formula of a derived cell (without the leading "="), or null for an input cell. Per gender the
 * target is derived (the change is entered, or the target overwrites the formula); the totals are
 * derived from the genders: the IQ target as the weighted mean, the LZB stocks as sums, both changes
 * from the total's previous year and target.
 */
export function formelFuer(feld: Feld): string | null {
  if (feld.name === INT_FELDER.Gesamt) {
    // integration counts add up like stocks (src/rules/integrationen.ts); whole numbers, no rounding needed
    return `IF(AND(${zahl(INT_FELDER.Frauen)},${zahl(INT_FELDER.Maenner)}),${INT_FELDER.Frauen}+${INT_FELDER.Maenner},"")`;
  }
  const m = KENNZAHL.exec(feld.name);
  if (!m) return null;
  const k = m[1]!.toUpperCase() as Kennzahl;
  const teil = (['VJ', 'Veraenderung', 'Ziel'] as const).find((t) => t.toLowerCase() === m[2]!.toLowerCase())!;
  const g = (['Frauen', 'Maenner', 'Gesamt'] as const).find((x) => x.toLowerCase() === m[3]!.toLowerCase())!;
  const vj = n(k, 'VJ', g);
  const v = n(k, 'Veraenderung', g);
  const ziel = n(k, 'Ziel', g);
  if (g !== 'Gesamt') return teil === 'Ziel' ? `IF(${alle(vj, v)},${zielAusVeraenderung(k, vj, v)},"")` : null;
  if (teil === 'Veraenderung') return `IF(${alle(ziel, vj)},${veraenderungAusZiel(vj, ziel)},"")`;
  if (k === 'IQ') return teil === 'Ziel' ? iqGesamtZiel() : null; // the IQ total of the previous year is published
  // LZB: stocks add up; the parts are whole (entered, or derived as whole persons)
  const f = n(k, teil, 'Frauen');
  const mm = n(k, teil, 'Maenner');
  return `IF(${alle(f, mm)},${f}+${mm},"")`;
}
