/** zkT "II. Rahmenbedingungen": the free text and the budget lines in euros. */
import { FELD } from '../catalogue/felder';
import { HeadingLevel, type Paragraph } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { jahrText } from './parteien';
import { absaetze, absatz } from './text';
import { euroProsa, millionenProsa, textWert, zahlWert } from './zahlen';
import { zktNamen } from './zkt';

export function rahmenbedingungen(v: Vereinbarung): Paragraph[] {
  const jahr = jahrText(v) || '________';
  const n = zktNamen(v);
  const verwaltung = zahlWert(v, FELD.ZV_Budget_Verwaltung);
  const eingliederung = zahlWert(v, FELD.ZV_Budget_Eingliederung);
  const budget: Paragraph[] = [];
  if (verwaltung !== undefined || eingliederung !== undefined) {
    const gesamt =
      verwaltung !== undefined && eingliederung !== undefined
        ? ` ein Gesamtbudget von rd. ${millionenProsa(verwaltung + eingliederung)}`
        : '';
    budget.push(
      absatz(
        `Als finanzielle Rahmenbedingungen stehen ${n.traegerDat} für die Eingliederung und Betreuung der erwerbsfähigen Leistungsberechtigten voraussichtlich${gesamt} für das Jahr ${jahr} zur Verfügung:`,
        { keepNext: true },
      ),
    );
    if (verwaltung !== undefined) budget.push(absatz(`Verwaltungskosten ${euroProsa(verwaltung)}`, { bullet: { level: 0 } }));
    if (eingliederung !== undefined)
      budget.push(absatz(`Leistungen zur Eingliederung in Arbeit ${euroProsa(eingliederung)}`, { bullet: { level: 0 } }));
  }
  const text = absaetze(textWert(v, FELD.ZV_Rahmenbedingungen));
  return [
    absatz('II. Rahmenbedingungen', { heading: HeadingLevel.HEADING_1 }),
    ...(text.length > 0 ? text : budget.length > 0 ? [] : [absatz('')]),
    ...budget,
  ];
}
