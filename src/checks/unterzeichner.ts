/**
 * Unterzeichner: signer names and roles missing (the document then gets blank signature lines). A
 * second Land ministry (optional, zkT) needs its signer like the first once it is named. One warning
 * per party, naming both name and function when both are missing.
 */
import { FELDER, PARTEIEN, feldFuer, parteiFeldname, type FeldName } from '../catalogue/felder';
import type { Befund } from '../model/vereinbarung';
import { befund, type Kontext, type Pruefung } from './kontext';

const LAND2 = parteiFeldname('Land2', 'Organisation');
const LAND2_SIGNER: readonly FeldName[] = [parteiFeldname('Land2', 'Person'), parteiFeldname('Land2', 'Funktion')];

/** Fields whose absence is worth a warning: the kind's recommended ones, the second ministry's signer when it is named. */
function empfohlen(k: Kontext): FeldName[] {
  const art = k.art!;
  const namen = FELDER.filter((f) => f.empfohlen.includes(art)).map((f) => f.name);
  if (art === 'zkT' && k.texte[LAND2] !== undefined) namen.push(...LAND2_SIGNER);
  return namen;
}

/** A signer of the second ministry without the ministry: the document leaves that signer out. */
function ohneMinisterium(k: Kontext): Befund[] {
  if (k.art !== 'zkT' || k.texte[LAND2] !== undefined) return [];
  const angegeben = LAND2_SIGNER.filter((n) => k.texte[n] !== undefined);
  if (angegeben.length === 0) return [];
  return [
    befund(
      k,
      'LAND2_FEHLT',
      'warning',
      LAND2,
      `Für ein zweites Land-Ministerium ist ${angegeben.map((n) => `„${feldFuer(n).bezeichnung}“`).join(' und ')} angegeben, aber nicht das Ministerium selbst (${LAND2}); das Dokument nennt es deshalb weder als Vertragspartner noch bei den Unterschriften. Tragen Sie das Ministerium ein oder leeren Sie die Angaben.`,
      angegeben,
    ),
  ];
}

export const pruefeUnterzeichner: Pruefung = (k) => {
  if (!k.art) return [];
  return [...ohneMinisterium(k), ...fehlende(k)];
};

/** One finding per party whose signer is missing, on the first missing cell, naming every missing detail. */
function fehlende(k: Kontext): Befund[] {
  const warnen = new Set(empfohlen(k).filter((name) => k.texte[name] === undefined));
  const out: Befund[] = [];
  for (const p of PARTEIEN) {
    const fehlend = [parteiFeldname(p, 'Person'), parteiFeldname(p, 'Funktion')].filter((f) => warnen.has(f));
    const [erstes, ...weitere] = fehlend;
    if (erstes === undefined) continue;
    const organisation = feldFuer(parteiFeldname(p, 'Organisation')).bezeichnung;
    const was = fehlend.map((f) => `„${feldFuer(f).bezeichnung}“ (${k.zellen[f] ?? f})`).join(' und ');
    const beide = fehlend.length > 1;
    const angabe = beide ? 'Name und Funktion' : erstes === parteiFeldname(p, 'Funktion') ? 'die Funktion' : 'der Name';
    out.push(
      befund(
        k,
        'UNTERZEICHNER_FEHLT',
        'warning',
        erstes,
        `Für „${organisation}“ ${beide ? 'sind' : 'ist'} ${was} nicht angegeben; das Dokument erhält an dieser Stelle eine leere Unterschriftszeile. Prüfen Sie, ob ${angabe} der unterzeichnenden Person bekannt ${beide ? 'sind' : 'ist'}, und tragen Sie sie dann ein.`,
        weitere,
      ),
    );
  }
  return out;
}
