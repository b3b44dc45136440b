/**
 * Further targets (ZV_Ergaenzungsziele: Ergänzungsgrößen such as K3E1, group targets such as U25 or
 * Alleinerziehende): gE rows beside the geschäftspolitischen Ziele in section I, zkT sentences in § 2.
 * Only complete, valid rows are printed (src/checks/ergaenzungsziele.ts reports the others).
 */
import type { Paragraph } from './bausteine';
import type { Vergleich } from '../catalogue/felder';
import { zahl } from '../model/format';
import { runden } from '../model/runden';
import { BEZUEGE, EINHEITEN, type Einheit, type Ergaenzungsziel, type Vereinbarung } from '../model/vereinbarung';
import { fest } from './festeLeerzeichen';
import { absatz, alsText } from './text';
import { aenderungText, listenZahl } from './zahlen';

export interface Zielgroesse {
  readonly kennzahl: string;
  readonly wert: number;
  readonly einheit: Einheit;
  readonly vergleich?: Vergleich;
  readonly veraenderung: boolean;
}

/** The rows that can be printed: name, number, known unit and Bezug. */
export function zielgroessen(v: Vereinbarung): Zielgroesse[] {
  return (v.listen.ergaenzungsziele ?? []).flatMap((z: Ergaenzungsziel): Zielgroesse[] => {
    const kennzahl = alsText(z.kennzahl);
    const einheit = (EINHEITEN as readonly string[]).includes(z.einheit) ? (z.einheit as Einheit) : null;
    const bezugOk = z.bezug === '' || (BEZUEGE as readonly string[]).includes(z.bezug);
    if (!kennzahl || typeof z.wert !== 'number' || !Number.isFinite(z.wert) || !einheit || !bezugOk) return [];
    return [
      { kennzahl, wert: z.wert, einheit, ...(z.vergleich ? { vergleich: z.vergleich } : {}), veraenderung: z.bezug === 'Veränderung' },
    ];
  });
}

/** A level with its unit: "21,3 %", "1.250", "1.200 €" (non-breaking before the unit). */
function niveau(z: Zielgroesse): string {
  if (z.einheit === '%') return fest(`${zahl(z.wert, 1)} %`);
  if (z.einheit === '€') return fest(`${zahl(z.wert, 0)} €`);
  return listenZahl(z.wert);
}

/** The magnitude of a change with its unit: "2,0 %", "50", "1.000 €". */
function betrag(z: Zielgroesse): string {
  const b = Math.abs(z.wert);
  if (z.einheit === '%') return fest(`${zahl(b, 1)} %`);
  if (z.einheit === '€') return fest(`${zahl(b, 0)} €`);
  return listenZahl(b);
}

const VERGLEICH_TABELLE: Record<Vergleich, string> = { '<=': 'kleiner gleich', '>=': 'größer gleich', '=': 'gleich' };

/** The value cell of section I: "größer gleich 21,3 %", "+ 2,0 %", "kleiner gleich - 1,0 %". */
export function tabellenWert(z: Zielgroesse): string {
  const text = z.veraenderung
    ? z.einheit === '%'
      ? fest(aenderungText(z.wert))
      : fest(`${runden(z.wert, 2) > 0 ? '+ ' : runden(z.wert, 2) < 0 ? '- ' : '± '}${betrag(z)}`)
    : niveau(z);
  return z.vergleich ? `${VERGLEICH_TABELLE[z.vergleich]} ${text}` : text;
}

/** The zkT condition after "wenn sie": "mindestens 21,3 % beträgt", "um mindestens 2,0 % steigt". */
export function bedingung(z: Zielgroesse, vorjahr: string): string {
  if (!z.veraenderung) {
    const wie = z.vergleich === '>=' ? 'mindestens ' : z.vergleich === '<=' ? 'höchstens ' : '';
    return `${wie}${niveau(z)} beträgt`;
  }
  const r = runden(z.wert, z.einheit === '%' ? 1 : 2);
  const vergleich = vorjahr ? `im Vergleich zum Jahr ${vorjahr} ` : '';
  if (r === 0)
    return z.vergleich === '>='
      ? `${vergleich}nicht sinkt`
      : z.vergleich === '<='
        ? `${vergleich}nicht steigt`
        : `${vergleich}gleich bleibt`;
  const b = betrag(z);
  const verb = r > 0 ? 'steigt' : 'sinkt';
  // "mindestens" on the side the comparison favours, "nicht mehr als" against it
  const um =
    z.vergleich === '>='
      ? r > 0
        ? `um mindestens ${b}`
        : `um nicht mehr als ${b}`
      : z.vergleich === '<='
        ? r > 0
          ? `um nicht mehr als ${b}`
          : `um mindestens ${b}`
        : `um ${b}`;
  return `${vergleich}${um} ${verb}`;
}

/** zkT § 2 (2): one sentence per further target, or nothing. */
export function ergaenzungszieleZkt(v: Vereinbarung, jahr: string, vorjahr: string, partner: string): Paragraph[] {
  const z = zielgroessen(v);
  if (z.length === 0) return [];
  return [
    absatz(`(2) Darüber hinaus vereinbaren ${partner} folgende weitere Zielgrößen:`),
    ...z.map((x) => absatz(`Für die Zielgröße „${x.kennzahl}“ ist das Ziel im Jahr ${jahr} erreicht, wenn sie ${bedingung(x, vorjahr)}.`)),
  ];
}
