/** Unterzeichner: signer names and roles missing (the document then gets blank signature lines). */
import { FELDER } from '../catalogue/felder';
import { befund, type Pruefung } from './kontext';

export const pruefeUnterzeichner: Pruefung = (k) => {
  if (!k.art) return [];
  const art = k.art;
  return FELDER.filter((f) => f.empfohlen.includes(art) && k.texte[f.name] === undefined).map((f) =>
    befund(
      k,
      'UNTERZEICHNER_FEHLT',
      'warning',
      f.name,
      `„${f.bezeichnung}“ (${f.name}) ist nicht angegeben; das Dokument erhält an dieser Stelle eine leere Unterschriftszeile. Tragen Sie Name bzw. Funktion ein, wenn sie bekannt sind.`,
    ),
  );
};
