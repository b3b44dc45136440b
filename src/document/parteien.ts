/** The parties of an agreement as the document names them, read from the party fields. */
import { FELD, parteiFeldname } from '../catalogue/felder';
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
  readonly phrase: Nominalphrase;
}

export function partei(v: Vereinbarung, schluessel: ParteiSchluessel): Partei {
  const organisation = textWert(v, parteiFeldname(schluessel, 'Organisation'));
  return {
    schluessel,
    organisation,
    person: textWert(v, parteiFeldname(schluessel, 'Person')),
    funktion: textWert(v, parteiFeldname(schluessel, 'Funktion')),
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
