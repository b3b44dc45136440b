/**
 * Prüfungen des Langzeitleistungsbezugs: target and change agree; stocks add up (Frauen + Männer =
 * gesamt within the rounding tolerance); the LZB stock cannot exceed the eLb stock; changes beyond
 * ±20 % are worth a second look.
 */
import { FELD, GESCHLECHT_TEXT } from '../catalogue/felder';
import { personen } from '../model/format';
import type { Befund } from '../model/vereinbarung';
import { feldname, wert } from '../rules/kennzahl';
import { runden } from '../model/runden';
import { summenToleranz } from '../rules/toleranz';
import { befund, ort, type Kontext, type Pruefung } from './kontext';
import { pruefeGesamtveraenderung, pruefeGrosseVeraenderungen } from './veraenderungen';
import { pruefeZielUndVeraenderung } from './widerspruch';

export const LZB_VERAENDERUNG_GRENZE = 20;

function summe(a: number | undefined, b: number | undefined): number | undefined {
  return a !== undefined && b !== undefined ? a + b : undefined;
}

function pruefeSumme(k: Kontext, teil: 'VJ' | 'Ziel', vjGesamt: number | undefined): Befund[] {
  const r = k.lzb.reihen;
  const eingabe = r.Gesamt[teil].eingabe;
  const s = summe(wert(r.Frauen[teil]), wert(r.Maenner[teil]));
  if (eingabe === undefined || s === undefined) return [];
  const tol = summenToleranz(teil === 'Ziel' ? vjGesamt : undefined);
  const diff = Math.abs(eingabe - s);
  if (diff <= tol.still) return [];
  const feld = feldname('LZB', teil, 'Gesamt');
  const fehler = diff > tol.warnung;
  const was = teil === 'Ziel' ? 'Der Zielbestand' : 'Der Vorjahresbestand';
  return [
    befund(
      k,
      teil === 'Ziel' ? 'LZB_GESAMT_SUMME' : 'LZB_VJ_SUMME',
      fehler ? 'error' : 'warning',
      feld,
      `${was} an Langzeitleistungsbeziehenden gesamt ${ort(k, feld)} von ${personen(eingabe)} weicht um ${personen(diff)} von der Summe aus Frauen und Männern (${personen(s)}) ab. ${fehler ? 'Bestände addieren sich; korrigieren Sie den Gesamtwert oder lassen Sie ihn leer, dann wird er berechnet.' : 'Die Abweichung ist durch die Rundung der Veränderung erklärbar; prüfen Sie, ob der Gesamtwert so vereinbart werden soll.'}`,
      [feldname('LZB', teil, 'Frauen'), feldname('LZB', teil, 'Maenner')],
    ),
  ];
}

export const pruefeLangzeitleistungsbezug: Pruefung = (k) => {
  const out: Befund[] = [];
  const r = k.lzb.reihen;
  for (const g of ['Frauen', 'Maenner'] as const) out.push(...pruefeZielUndVeraenderung(k, 'LZB', g, r[g], r[g].VJ.eingabe));
  const vjSumme = summe(r.Frauen.VJ.eingabe, r.Maenner.VJ.eingabe);
  out.push(
    ...pruefeZielUndVeraenderung(k, 'LZB', 'Gesamt', r.Gesamt, r.Gesamt.VJ.eingabe ?? vjSumme, r.Gesamt.VJ.eingabe !== undefined ? 1 : 2),
  );

  const vjGesamt = wert(r.Gesamt.VJ);
  out.push(...pruefeSumme(k, 'VJ', vjGesamt), ...pruefeSumme(k, 'Ziel', vjGesamt));

  out.push(
    ...pruefeGesamtveraenderung(
      k,
      'LZB',
      r,
      'des LZB-Bestands',
      'Da sich Bestände addieren, ist die Gesamtveränderung ihr bestandsgewichtetes Mittel; korrigieren Sie die Werte.',
    ),
    ...pruefeGrosseVeraenderungen(k, 'LZB', r, LZB_VERAENDERUNG_GRENZE, 'des Bestands an Langzeitleistungsbeziehenden'),
  );

  for (const g of ['Frauen', 'Maenner'] as const) {
    const lzb = wert(r[g].Ziel);
    const elbFeld = g === 'Frauen' ? FELD.ZV_eLb_Frauen : FELD.ZV_eLb_Maenner;
    const elb = k.zahlen[elbFeld];
    if (lzb === undefined || elb === undefined || runden(lzb, 0) <= elb) continue;
    const zf = feldname('LZB', 'Ziel', g);
    out.push(
      befund(
        k,
        'LZB_GROESSER_ELB',
        'error',
        k.zellen[zf] ? zf : elbFeld,
        `Der Zielbestand an Langzeitleistungsbeziehenden (${GESCHLECHT_TEXT[g]}) von ${personen(lzb)} ist größer als der geplante eLb-Bestand ${ort(k, elbFeld)} von ${personen(elb)}. Langzeitleistungsbeziehende sind eine Teilmenge der eLb; korrigieren Sie einen der Werte.`,
        [elbFeld],
      ),
    );
  }
  return out;
};
