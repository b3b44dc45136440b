/** The parties of an agreement as the document names them, read from the party fields. */
import { dativFeldname, FELD, parteiFeldname, ROLLEN_IM_KOPF, type ParteiImKopf } from '../catalogue/felder';
import type { Vereinbarung } from '../model/vereinbarung';
import { nominalphrase, type Nominalphrase } from './sprache';
import { textWert } from './zahlen';

export type ParteiSchluessel = 'Agentur' | 'Jobcenter' | 'Traeger' | 'Land' | 'Land2';

export interface Partei {
  readonly schluessel: ParteiSchluessel;
  /** Organisation as entered ("Agentur für Arbeit Lörrach"), '' when missing. */
  readonly organisation: string;
  readonly person: string;
  readonly funktion: string;
  /** The role as the party block prints it, entered with its article (ZV_…_Funktion_Dativ), '' when not given. */
  readonly funktionDativ: string;
  /** Place and date of the signature as the line above it reads: "Lörrach, den 02.04.2024"; '' when neither is given. */
  readonly ortDatum: string;
  readonly phrase: Nominalphrase;
}

/**
 * A signature date as a controller writes it: "02.04.2024". Dates arrive as text (the readers turn
 * date cells into "02.04.2024"), as ISO text ("2024-04-02") or as an Excel serial number ("45384")
 * when a cell had no date format; anything else stays as entered.
 */
export function datumText(wert: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(wert);
  if (iso) return `${iso[3]}.${iso[2]}.${iso[1]}`;
  if (/^\d{5}(?:[.,]\d+)?$/.test(wert)) {
    const serial = Number(wert.replace(',', '.'));
    // 1.1.1960 to 31.12.2099: plausible signature dates only; other numbers stay as entered.
    if (serial >= 21916 && serial <= 73050) {
      const d = new Date(Math.round((serial - 25569) * 86400000));
      const zwei = (n: number): string => String(n).padStart(2, '0');
      return `${zwei(d.getUTCDate())}.${zwei(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
    }
  }
  return wert;
}

/** "Lörrach, den 02.04.2024", "Lörrach", "den 02.04.2024" or ''. */
export function ortDatumText(ort: string, datum: string): string {
  return [ort, datum ? `den ${datumText(datum)}` : ''].filter(Boolean).join(', ');
}

const imKopf = (p: ParteiSchluessel): p is ParteiImKopf => (ROLLEN_IM_KOPF as readonly string[]).includes(p);

export function partei(v: Vereinbarung, schluessel: ParteiSchluessel): Partei {
  const organisation = textWert(v, parteiFeldname(schluessel, 'Organisation'));
  return {
    schluessel,
    organisation,
    person: textWert(v, parteiFeldname(schluessel, 'Person')),
    funktion: textWert(v, parteiFeldname(schluessel, 'Funktion')),
    funktionDativ: imKopf(schluessel) ? textWert(v, dativFeldname(schluessel)) : '',
    ortDatum: ortDatumText(textWert(v, parteiFeldname(schluessel, 'Ort')), textWert(v, parteiFeldname(schluessel, 'Datum'))),
    phrase: nominalphrase(organisation),
  };
}

/** The second Land ministry of a zkT agreement (Niedersachsen: MW and MS), or null when none is named. */
export function zweitesMinisterium(v: Vereinbarung): Partei | null {
  const p = partei(v, 'Land2');
  return p.organisation ? p : null;
}

/**
 * Who signs, in the order of the seeds: gE Agentur, Jobcenter; gE-kT Agentur, Träger, Jobcenter; zkT
 * Land (and the second ministry when named), Träger.
 */
export function unterzeichner(v: Vereinbarung): Partei[] {
  switch (v.art) {
    case 'zkT': {
      const zweites = zweitesMinisterium(v);
      return [partei(v, 'Land'), ...(zweites ? [zweites] : []), partei(v, 'Traeger')];
    }
    case 'gE-kT':
      return [partei(v, 'Agentur'), partei(v, 'Traeger'), partei(v, 'Jobcenter')];
    default:
      return [partei(v, 'Agentur'), partei(v, 'Jobcenter')];
  }
}

/** The name the document and its file are known by: the Jobcenter, for zkT the Träger when no Jobcenter is given. */
export function dokumentName(v: Vereinbarung): string {
  const jobcenter = textWert(v, FELD.ZV_Jobcenter);
  if (jobcenter) return jobcenter;
  return textWert(v, FELD.ZV_Traeger) || textWert(v, FELD.ZV_Agentur) || textWert(v, FELD.ZV_Land);
}

/** The year as text, '' when missing. */
export function jahrText(v: Vereinbarung, versatz = 0): string {
  return v.jahr === null || !Number.isFinite(v.jahr) ? '' : String(v.jahr + versatz);
}
