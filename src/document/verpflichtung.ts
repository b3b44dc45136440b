/** zkT "III. Vereinbarungen" and "§ 1 Verpflichtung der Vereinbarungspartner". */
import { HeadingLevel, type Paragraph } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { absatz } from './text';
import { gross, zktNamen } from './zkt';

export function verpflichtung(v: Vereinbarung): Paragraph[] {
  const n = zktNamen(v);
  return [
    absatz('III. Vereinbarungen', { heading: HeadingLevel.HEADING_1 }),
    absatz('§ 1 Verpflichtung der Vereinbarungspartner', { heading: HeadingLevel.HEADING_2 }),
    absatz(
      `${gross(n.traegerNom)} und ${n.landNom} setzen sich dafür ein, dass die in § 2 vereinbarten Ziele erreicht werden. Die Maßnahmen ${n.traegerGen} zur Zielerreichung erfolgen wirkungsorientiert und wirtschaftlich. ${gross(n.landNom)} unterstützt die Zielerreichung ${n.traegerGen} durch fachliche Beratung.`,
    ),
  ];
}
