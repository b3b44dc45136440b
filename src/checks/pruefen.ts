/** Placeholder until the rules and checks land (lead is writing them). */
import type { Pruefergebnis } from '../model/vereinbarung';
import type { RohVereinbarung } from '../workbook/vereinbarungen';

export function pruefeVereinbarung(roh: RohVereinbarung): Pruefergebnis {
  const werte: Record<string, string | number> = {};
  const zellen: Record<string, string> = {};
  for (const [name, z] of roh.zellen) {
    zellen[name] = z.adresse;
    if (typeof z.wert === 'number' || typeof z.wert === 'string') werte[name] = z.wert;
  }
  return {
    vereinbarung: { quelle: roh.quelle, art: null, jahr: null, darstellung: null, werte, eingegeben: new Set(Object.keys(werte)), zellen, listen: { lokaleZiele: [], kommunaleZiele: [], weitereZiele: [] } },
    befunde: [...roh.befunde],
  };
}
