/** zkT "§ 3 Zielnachhaltung und Zieldialoge": the dialogue between Land and kommunaler Träger. */
import { FELD } from '../catalogue/felder';
import { HeadingLevel, type Paragraph } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { jahrText } from './parteien';
import { absaetze, absatz } from './text';
import { textWert } from './zahlen';
import { ERSTES_WEITERES_ZIEL } from './zieleProsa';
import { gross, zktNamen } from './zkt';

/** "Nr. 5", "Nr. 5 und 6", "Nr. 5 bis 7". */
function nummern(anzahl: number): string {
  const a = ERSTES_WEITERES_ZIEL;
  if (anzahl === 1) return `Nr. ${a}`;
  if (anzahl === 2) return `Nr. ${a} und ${a + 1}`;
  return `Nr. ${a} bis ${a + anzahl - 1}`;
}

export function zielnachhaltungZkt(v: Vereinbarung): Paragraph[] {
  const n = zktNamen(v);
  const jahr = jahrText(v) || '________';
  const folgejahr = jahrText(v, 1) || '________';
  const weitere = v.listen.weitereZiele.length;
  const absaetzeListe = [
    `${gross(n.traegerNom)} und ${n.landNom} führen in vertrauensvoller Zusammenarbeit unterjährig in regelmäßigen Abständen – mindestens jedoch zweimal jährlich – Zieldialoge zur Entwicklung der Kennzahlen und Ergänzungsgrößen nach § 48a SGB II sowie zum Stand der Zielerreichung. Insbesondere bei Zielabweichungen und auf Wunsch ${n.traegerGen} können unterjährig weitere Gespräche geführt werden.`,
    `Grundlage für die Zieldialoge und die Beurteilung der Zielerreichung ${jahr} bilden die Jahresfortschrittswerte ohne Wartezeit. Für die (unterjährige) Beurteilung der in § 2 Nr. 1 bis 3 vereinbarten Zielwerte (Zielerreichung) werden jeweils die Jahresfortschrittswerte mit den gleichen Ladeständen verglichen. ${gross(n.landNom)} stellt ${n.traegerDat} regelmäßig aufbereitete Daten zur Bewertung der Zielerreichung zur Verfügung.${
      weitere > 0
        ? ` Die Umsetzung der vereinbarten individualisierten Ziele nach § 2 ${nummern(weitere)} wird im Rahmen der Zieldialoge thematisiert und ggf. durch gesonderte Auswertung begleitet.`
        : ''
    }`,
    `Die Gesamtergebnisse der Zielsteuerung ${jahr} werden auf Grundlage von Jahresendwerten ${jahr} ohne Wartezeit im Rahmen des Dialogs im Frühjahr ${folgejahr} bewertet.`,
    'Die Auswirkungen von gesetzlichen Neuregelungen werden bei der Zielnachhaltung berücksichtigt.',
    'Abweichungen von den unter den finanziellen Rahmenbedingungen genannten Haushaltsmitteln, den gesamtwirtschaftlichen Eckwerten sowie konjunkturelle und strukturelle Besonderheiten werden bei der Beurteilung der Zielerreichung ebenso berücksichtigt.',
  ];
  // The signatures follow this section: its last paragraph stays with them on one page.
  const zusatz = absaetze(textWert(v, FELD.ZV_Zusatztext), { keepNext: true });
  return [
    absatz(`§ 3 Zielnachhaltung und Zieldialoge${n.landName ? ` im Land ${n.landName}` : ''}`, { heading: HeadingLevel.HEADING_2 }),
    ...absaetzeListe.map((t, i) =>
      absatz(`(${i + 1}) ${t}`, zusatz.length === 0 && i === absaetzeListe.length - 1 ? { keepNext: true } : {}),
    ),
    ...zusatz,
  ];
}
