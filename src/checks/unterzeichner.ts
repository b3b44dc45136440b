/**
 * Unterzeichner: signer names and roles missing (the document then gets blank signature lines). A
 * second Land ministry (optional, zkT) needs its signer like the first once it is named.
 */
import { FELDER, feldFuer, parteiFeldname, type FeldName } from '../catalogue/felder';
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

function fehlende(k: Kontext): Befund[] {
  return empfohlen(k)
    .filter((name) => k.texte[name] === undefined)
    .map((name) => {
      const f = feldFuer(name);
      return befund(
        k,
        'UNTERZEICHNER_FEHLT',
        'warning',
        f.name,
        `„${f.bezeichnung}“ (${f.name}) ist nicht angegeben; das Dokument erhält an dieser Stelle eine leere Unterschriftszeile. Tragen Sie Name bzw. Funktion ein, wenn sie bekannt sind.`,
      );
    });
}
