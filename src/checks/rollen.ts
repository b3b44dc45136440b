/**
 * Roles in the party block: gE and gE-kT agreements name each party by its signer's role in the
 * dative ("zwischen dem Stellvertretenden Vorsitzenden der Geschäftsführung der Agentur …"). A role
 * whose head noun Zielplaner does not understand would be printed as a guess: a warning on the
 * Funktion cell asks for the inflected form (ZV_…_Funktion_Dativ), which is then used as entered.
 */
import { dativFeldname, feldFuer, parteiFeldname, ROLLEN_IM_KOPF, type ParteiImKopf } from '../catalogue/felder';
import type { Befund } from '../model/vereinbarung';
import { beugeRolle } from '../rules/rolle';
import { befund, ort, type Kontext, type Pruefung } from './kontext';

/** The parties whose role the party block of this kind declines. */
function imKopf(k: Kontext): readonly ParteiImKopf[] {
  if (k.art === 'gE') return ['Agentur', 'Jobcenter'];
  if (k.art === 'gE-kT') return ROLLEN_IM_KOPF;
  return [];
}

export const pruefeRollen: Pruefung = (k) => {
  const out: Befund[] = [];
  for (const p of imKopf(k)) {
    const feld = parteiFeldname(p, 'Funktion');
    const funktion = k.texte[feld]?.trim();
    const dativ = dativFeldname(p);
    if (!funktion || k.texte[dativ]?.trim()) continue;
    const r = beugeRolle(funktion);
    if (r.erkannt) continue;
    const wo = k.zellen[dativ] ? `„${feldFuer(dativ).bezeichnung}“ (${k.zellen[dativ]})` : `eine Zelle mit dem Namen ${dativ}`;
    out.push(
      befund(
        k,
        'FUNKTION_NICHT_GEBEUGT',
        'warning',
        feld,
        `Die Funktion „${funktion}“ in ${ort(k, feld)} kann Zielplaner für den Kopf der Vereinbarung nicht sicher beugen; dort stünde „${r.dativ.artikel} ${r.dativ.rolle}“. Tragen Sie die Form, wie sie dort stehen soll, mit Artikel in ${wo} ein (z. B. „dem Ersten Beigeordneten“).`,
        [dativ],
      ),
    );
  }
  return out;
};
