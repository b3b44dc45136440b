/** Section II "Monitoring zur Verringerung der Hilfebedürftigkeit" (K1), with the Prognose in euros when given. */
import { FELD } from '../catalogue/felder';
import { HeadingLevel, type Paragraph, type Table } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { jahrText } from './parteien';
import { tabelle } from './tabelle';
import { absatz } from './text';
import { euroAnzeige } from './zahlen';
import { lluZielGe } from './leistungenLebensunterhalt';

export function monitoring(v: Vereinbarung): (Paragraph | Table)[] {
  const jahr = jahrText(v);
  const prognose = euroAnzeige(v.werte[FELD.ZV_LLU_Prognose]);
  const kopf = absatz('II) Monitoring zur Verringerung der Hilfebedürftigkeit', { heading: HeadingLevel.HEADING_1 });
  if (!prognose) {
    return [
      kopf,
      absatz(
        'Die Kennzahl "Veränderung der Summe der Leistungen zum Lebensunterhalt (ohne Leistungen für Unterkunft und Heizung)" wird in ihrem Verlauf und im Vergleich zum Vorjahr im Rahmen eines Monitorings beobachtet.',
      ),
      ...lluZielGe(v, jahr),
    ];
  }
  return [
    kopf,
    absatz(
      `Die Kennzahl "Veränderung der Summe der Leistungen zum Lebensunterhalt (ohne Leistungen für Unterkunft und Heizung)" wird in ihrem Verlauf im Rahmen eines qualitativ hochwertigen Monitorings beobachtet und mit der zu Beginn des Jahres prognostizierten Entwicklung verglichen (vgl. Gemeinsame Planungsgrundlagen der Zielsteuerung im SGB II für das Jahr ${jahr}).`,
    ),
    tabelle(
      ['Ziel', 'Messgröße', `Prognose ${jahr}`.trim()],
      [['Verringerung der Hilfebedürftigkeit', 'Summe der Leistungen zum Lebensunterhalt', { text: prognose, rechts: true }]],
      [0.32, 0.46, 0.22],
    ),
    ...lluZielGe(v, jahr),
  ];
}
