/**
 * Prüfung der Leistungen zum Lebensunterhalt (K1) as a bound (Niedersachsen zkT: "nicht mehr als
 * 4,6 %"): lower is better, like the LZB; a bound beyond ±20 % is worth a second look, as the large
 * LZB changes are (src/checks/veraenderungen.ts).
 */
import { FELD as FELDER } from '../catalogue/felder';
import { vorzeichen } from '../model/format';
import { runden } from '../model/runden';
import { befund, ort, type Pruefung } from './kontext';

export const LLU_VERAENDERUNG_GRENZE = 20;

const FELD = FELDER.ZV_LLU_Veraenderung;

export const pruefeLeistungenLebensunterhalt: Pruefung = (k) => {
  const v = k.zahlen[FELD];
  if (v === undefined || Math.abs(runden(v, 1)) <= LLU_VERAENDERUNG_GRENZE) return [];
  const richtung =
    v > 0
      ? `Die Summe der Leistungen zum Lebensunterhalt dürfte danach um bis zu ${vorzeichen(v)} % steigen.`
      : `Die Summe der Leistungen zum Lebensunterhalt müsste danach um mindestens ${vorzeichen(-v).replace('+', '')} % sinken.`;
  return [
    befund(
      k,
      'LLU_VERAENDERUNG_GROSS',
      'warning',
      FELD,
      `Die vereinbarte Obergrenze der Veränderung der Leistungen zum Lebensunterhalt ${ort(k, FELD)} von ${vorzeichen(v)} % ist größer als ±${LLU_VERAENDERUNG_GRENZE} %. ${richtung} Prüfen Sie, ob die Veränderung in Prozent (nicht in Euro oder als Anteil) eingetragen ist.`,
    ),
  ];
};
