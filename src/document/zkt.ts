/** Shared wording for zkT agreements: how the Land and the kommunaler Träger are named in prose. */
import type { Vereinbarung } from '../model/vereinbarung';
import { partei } from './parteien';
import { gross, landAus } from './sprache';

export interface ZktNamen {
  /** "der Landkreis Emsland" (or the name as written, or "der kommunale Träger"). */
  readonly traegerNom: string;
  /** "des Landkreises Emsland". */
  readonly traegerGen: string;
  /** "dem Landkreis Emsland". */
  readonly traegerDat: string;
  /** "das Land Niedersachsen" or "das Land". */
  readonly landNom: string;
  /** The Land's name when it can be read from the ministry ("Niedersachsen"), else null. */
  readonly landName: string | null;
}

export function zktNamen(v: Vereinbarung): ZktNamen {
  const t = partei(v, 'Traeger');
  const land = partei(v, 'Land');
  const landName = landAus(land.organisation);
  const traegerNom = !t.organisation ? 'der kommunale Träger' : t.phrase.nominativ;
  const traegerGen = !t.organisation ? 'des kommunalen Trägers' : t.phrase.erkannt ? t.phrase.genitiv : `von ${t.organisation}`;
  const traegerDat = !t.organisation ? 'dem kommunalen Träger' : t.phrase.dativ;
  return { traegerNom, traegerGen, traegerDat, landNom: landName ? `das Land ${landName}` : 'das Land', landName };
}

export { gross };
