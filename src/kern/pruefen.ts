/**
 * One agreement from raw cells to checked data: read each cell for its field (eingabe), validate the
 * entered values against the schema, derive the Planwerte (rules/), run the consistency checks.
 */
import {
  ARTEN,
  DARSTELLUNGEN,
  FELD,
  FELDER,
  feldFuer,
  feldname,
  istFeldName,
  istZahlenfeld,
  TEILE,
  type Art,
  type Darstellung,
  type FeldName,
  type FeldTyp,
  type Geschlecht,
  type Kennzahl,
} from '../catalogue/felder';
import type { Befund, Kennzahlreihe, Kennzahlwert, Kennzahlwerte, Pruefergebnis, Wert } from '../model/vereinbarung';
import { leiteIntegrationsquoteAb } from '../rules/integrationsquote';
import type { Kennzahlreihen } from '../rules/kennzahl';
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
import { pruefeRollen } from '../checks/rollen';
import { pruefeIntegrationen } from '../checks/integrationen';
import { pruefeLeistungenLebensunterhalt } from '../checks/leistungenLebensunterhalt';
import { pruefeErgaenzungsziele } from '../checks/ergaenzungsziele';
import { abgeleiteteIntegrationen, leiteIntegrationenAb } from '../rules/integrationen';

/** The consistency checks, in the order their findings are listed. */
export const PRUEFUNGEN: readonly Pruefung[] = [
  pruefeGeschlechterwerte,
  pruefeIntegrationsquote,
  pruefeFrauenanteil,
  pruefeLangzeitleistungsbezug,
  pruefeUnterzeichner,
  pruefeRollen,
  pruefeIntegrationen,
  pruefeLeistungenLebensunterhalt,
  pruefeErgaenzungsziele,
];

/** Display precision of a value of this type (quotas and changes one decimal, stocks whole). */
export function stellen(typ: FeldTyp): number {
  return typ === 'quote' || typ === 'veraenderung' ? 1 : 0;
}

type Werte = Partial<Record<FeldName, Wert>>;

/**
 * Carries the rules' rows into the model: per part the entered value, the derived one rounded as
 * displayed, and the value in force, which also goes into `werte` when nothing valid was entered.
 */
function kennzahlwerte(
  reihen: Record<Kennzahl, Kennzahlreihen>,
  werte: Werte,
  eingegeben: ReadonlySet<FeldName>,
  zellen: Partial<Record<FeldName, string>>,
): Kennzahlwerte {
  const reihe = (k: Kennzahl, g: Geschlecht): Kennzahlreihe => {
    const teil = (t: (typeof TEILE)[number]): Kennzahlwert => {
      const feld = feldname(k, t, g);
      const p = reihen[k][g][t];
      const abgeleitet =
        p.abgeleitet !== undefined && Number.isFinite(p.abgeleitet) ? runden(p.abgeleitet, stellen(feldFuer(feld).typ)) : undefined;
      const eingabe = eingegeben.has(feld) ? werte[feld] : undefined;
      // derived values fill only fields nothing was entered in: an entry that failed a check stays as
      // entered (it is reported, and never replaced by or printed as the derived value)
      if (!eingegeben.has(feld) && p.eingabe === undefined && abgeleitet !== undefined) werte[feld] = abgeleitet;
      const zelle = zellen[feld];
      return {
        feld,
        ...(zelle !== undefined ? { zelle } : {}),
        ...(werte[feld] !== undefined ? { wert: werte[feld] } : {}),
        eingegeben: eingegeben.has(feld),
        ...(eingabe !== undefined ? { eingabe } : {}),
        ...(abgeleitet !== undefined ? { abgeleitet } : {}),
      };
    };
    return { VJ: teil('VJ'), Veraenderung: teil('Veraenderung'), Ziel: teil('Ziel') };
  };
  const kennzahl = (k: Kennzahl) => ({ Frauen: reihe(k, 'Frauen'), Maenner: reihe(k, 'Maenner'), Gesamt: reihe(k, 'Gesamt') });
  return { IQ: kennzahl('IQ'), LZB: kennzahl('LZB') };
}

export function pruefeVereinbarung(roh: RohVereinbarung): Pruefergebnis {
  const befunde: Befund[] = [...roh.befunde];
  const werte: Werte = {};
  const zahlen: Partial<Record<FeldName, number>> = {};
  const texte: Partial<Record<FeldName, string>> = {};
  const zellen: Partial<Record<FeldName, string>> = {};

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
  const eingegeben = new Set(Object.keys(werte) as FeldName[]);

  const artWert = werte[FELD.ZV_Art];
  const art = (ARTEN as readonly unknown[]).includes(artWert) ? (artWert as Art) : null;
  const jahrWert = werte[FELD.ZV_Jahr];
  const jahr = typeof jahrWert === 'number' && Number.isInteger(jahrWert) ? jahrWert : null;
  const darstellungWert = werte[FELD.ZV_Darstellung];
  const darstellung = (DARSTELLUNGEN as readonly unknown[]).includes(darstellungWert) ? (darstellungWert as Darstellung) : null;

  const gelesen = leseListen(roh.listen, art);
  // one message per problem: a field whose name or cell was already reported is not also „leer“ or „fehlt“
  const gemeldet = new Set(befunde.filter((b) => b.severity === 'error').map((b) => b.field));
  befunde.push(
    ...pruefeSchema({ werte, listen: gelesen.daten }, (zeiger) => {
      const name = zeiger.slice(1);
      return (istFeldName(name) ? zellen[name] : undefined) ?? gelesen.zeiger.get(zeiger) ?? null;
    }).filter((b) => !(b.rule === 'PFLICHTFELD_FEHLT' && gemeldet.has(b.field))),
    ...gelesen.befunde,
  );

  // only values that passed the schema take part in the arithmetic
  const fehlerhaft = new Set(befunde.filter((b) => b.severity === 'error').map((b) => b.field));
  const gueltig: Partial<Record<FeldName, number>> = {};
  for (const f of FELDER) if (zahlen[f.name] !== undefined && !fehlerhaft.has(f.name)) gueltig[f.name] = zahlen[f.name];

  const iq = leiteIntegrationsquoteAb(gueltig);
  const lzb = leiteLangzeitleistungsbezugAb(gueltig);
  const kontext: Kontext = { art, jahr, zahlen: gueltig, texte, zellen, iq, lzb, listen: gelesen.listen };
  for (const pruefung of PRUEFUNGEN) befunde.push(...pruefung(kontext));

  Object.assign(werte, abgeleiteteIntegrationen(leiteIntegrationenAb(gueltig)));
  const kennzahlen = kennzahlwerte({ IQ: iq.reihen, LZB: lzb.reihen }, werte, eingegeben, zellen);

  return {
    vereinbarung: { quelle: roh.quelle, art, jahr, darstellung, werte, eingegeben, zellen, kennzahlen, listen: gelesen.listen },
    befunde,
  };
}

/** Every field in catalogue order, for stable output. */
export function sortierteWerte(werte: Readonly<Partial<Record<FeldName, Wert>>>): Partial<Record<FeldName, Wert>> {
  const out: Partial<Record<FeldName, Wert>> = {};
  for (const f of FELDER) if (werte[f.name] !== undefined) out[f.name] = werte[f.name]!;
  return out;
}
