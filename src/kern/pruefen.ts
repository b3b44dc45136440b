/**
 * One agreement from raw cells to checked data: read each cell for its field (eingabe), validate the
 * entered values against the schema, derive the Planwerte (rules/), run the consistency checks.
 */
import { ARTEN, DARSTELLUNGEN, FELDER, feldFuer, istZahlenfeld, type Art, type Darstellung, type FeldTyp } from '../catalogue/felder';
import type { Befund, Pruefergebnis, Wert } from '../model/vereinbarung';
import { leiteIntegrationsquoteAb } from '../rules/integrationsquote';
import { feldname, GESCHLECHTER, TEILE, type Kennzahlreihen, type Kennzahl } from '../rules/kennzahl';
import { leiteLangzeitleistungsbezugAb } from '../rules/langzeitleistungsbezug';
import { runden } from '../model/runden';
import type { RohVereinbarung } from '../lesen/vereinbarungen';
import { leseEingabe } from '../lesen/eingabe';
import { pruefeFrauenanteil } from '../checks/frauenanteil';
import { pruefeGeschlechterwerte } from '../checks/geschlechterwerte';
import { pruefeIntegrationsquote } from '../checks/integrationsquote';
import type { Kontext, Pruefung } from '../checks/kontext';
import { pruefeLangzeitleistungsbezug } from '../checks/langzeitleistungsbezug';
import { leseListen } from '../lesen/listen';
import { pruefeSchema } from '../checks/schema';
import { pruefeUnterzeichner } from '../checks/unterzeichner';

/** The consistency checks, in the order their findings are listed. */
export const PRUEFUNGEN: readonly Pruefung[] = [
  pruefeGeschlechterwerte,
  pruefeIntegrationsquote,
  pruefeFrauenanteil,
  pruefeLangzeitleistungsbezug,
  pruefeUnterzeichner,
];

/** Display precision of a value of this type (quotas and changes one decimal, stocks whole). */
export function stellen(typ: FeldTyp): number {
  return typ === 'quote' || typ === 'veraenderung' ? 1 : 0;
}

function abgeleitete(k: Kennzahl, reihen: Kennzahlreihen, werte: Record<string, Wert>): void {
  for (const g of GESCHLECHTER) {
    for (const teil of TEILE) {
      const name = feldname(k, teil, g);
      const p = reihen[g][teil];
      if (p.eingabe !== undefined || p.abgeleitet === undefined || !Number.isFinite(p.abgeleitet)) continue;
      werte[name] = runden(p.abgeleitet, stellen(feldFuer(name).typ));
    }
  }
}

export function pruefeVereinbarung(roh: RohVereinbarung): Pruefergebnis {
  const befunde: Befund[] = [...roh.befunde];
  const werte: Record<string, Wert> = {};
  const zahlen: Record<string, number> = {};
  const texte: Record<string, string> = {};
  const zellen: Record<string, string> = {};

  for (const [name, zelle] of roh.zellen) {
    const feld = feldFuer(name);
    zellen[feld.name] = zelle.adresse;
    const gelesen = leseEingabe(feld, zelle);
    if (gelesen.befund) befunde.push(gelesen.befund);
    if (gelesen.wert === undefined) continue;
    werte[feld.name] = gelesen.wert;
    if (typeof gelesen.wert === 'number' && istZahlenfeld(feld)) zahlen[feld.name] = gelesen.wert;
    if (typeof gelesen.wert === 'string') texte[feld.name] = gelesen.wert;
  }
  const eingegeben = new Set(Object.keys(werte));

  const art = (ARTEN as readonly unknown[]).includes(werte.ZV_Art) ? (werte.ZV_Art as Art) : null;
  const jahrWert = werte.ZV_Jahr;
  const jahr = typeof jahrWert === 'number' && Number.isInteger(jahrWert) ? jahrWert : null;
  const darstellung = (DARSTELLUNGEN as readonly unknown[]).includes(werte.ZV_Darstellung) ? (werte.ZV_Darstellung as Darstellung) : null;

  const gelesen = leseListen(roh.listen, art);
  befunde.push(
    ...pruefeSchema({ werte, listen: gelesen.daten }, (zeiger) => zellen[zeiger.slice(1)] ?? gelesen.zeiger.get(zeiger) ?? null),
    ...gelesen.befunde,
  );

  // only values that passed the schema take part in the arithmetic
  const fehlerhaft = new Set(befunde.filter((b) => b.severity === 'error').map((b) => b.field));
  const gueltig: Record<string, number> = {};
  for (const [name, z] of Object.entries(zahlen)) if (!fehlerhaft.has(name)) gueltig[name] = z;

  const iq = leiteIntegrationsquoteAb(gueltig);
  const lzb = leiteLangzeitleistungsbezugAb(gueltig);
  const kontext: Kontext = { art, jahr, zahlen: gueltig, texte, zellen, iq, lzb, listen: gelesen.listen };
  for (const pruefung of PRUEFUNGEN) befunde.push(...pruefung(kontext));

  abgeleitete('IQ', iq.reihen, werte);
  abgeleitete('LZB', lzb.reihen, werte);

  return {
    vereinbarung: { quelle: roh.quelle, art, jahr, darstellung, werte, eingegeben, zellen, listen: gelesen.listen },
    befunde,
  };
}

/** Every field in catalogue order, for stable output. */
export function sortierteWerte(werte: Readonly<Record<string, Wert>>): Record<string, Wert> {
  const out: Record<string, Wert> = {};
  for (const f of FELDER) if (werte[f.name] !== undefined) out[f.name] = werte[f.name]!;
  return out;
}
