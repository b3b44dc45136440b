/**
 * Prüfungen der Ergänzungsziele (ZV_Ergaenzungsziele: Ergänzungsgrößen such as K3E1, group targets
 * such as U25 or Alleinerziehende): a row needs Kennzahl, Wert and Einheit; Einheit is %, Anzahl or €
 * and Bezug Zielwert or Veränderung; a level (Bezug Zielwert, also when Bezug is empty) in percent
 * lies within 0–100, a level as a count or in euros is not negative.
 */
import { LISTE as LISTEN } from '../catalogue/felder';
import { zahl } from '../model/format';
import type { RegelId, SchwereVon } from '../catalogue/regeln';
import { BEZUEGE, EINHEITEN, type Befund, type BefundVon, type Ergaenzungsziel } from '../model/vereinbarung';
import type { Pruefung } from './kontext';

const LISTE = LISTEN.ZV_Ergaenzungsziele;

/** The row's first cell, for findings about the row as a whole. */
function zeilenZelle(z: Ergaenzungsziel): string | null {
  return z.zellen.Kennzahl ?? Object.values(z.zellen)[0] ?? null;
}

function eintrag<R extends RegelId>(rule: R, severity: SchwereVon<R>, cell: string | null, message: string): Befund {
  return { rule, severity, field: LISTE, cell, message } as BefundVon<R> as Befund;
}

/** "Die Zielgröße „U25 Integrationsquote“" or, without a name, "Das Ergänzungsziel in Zelle Ziele!A5". */
function wer(z: Ergaenzungsziel): string {
  return z.kennzahl ? `Die Zielgröße „${z.kennzahl}“` : `Das Ergänzungsziel in ${zeilenZelle(z) ?? 'der Liste'}`;
}

function pruefeZeile(z: Ergaenzungsziel): Befund[] {
  const out: Befund[] = [];
  const fehlt = (spalte: string, was: string): void => {
    out.push(
      eintrag(
        'ERGAENZUNGSZIEL_UNVOLLSTAENDIG',
        'error',
        z.zellen[spalte] ?? zeilenZelle(z),
        `${wer(z)} in der Liste ${LISTE} hat keine Angabe in der Spalte „${spalte}“. Tragen Sie ${was} ein oder löschen Sie die Zeile.`,
      ),
    );
  };
  if (!z.kennzahl) fehlt('Kennzahl', 'die Kennzahl oder Zielgröße (z. B. „Integrationsquote der Alleinerziehenden“)');
  if (z.wert === undefined) fehlt('Wert', 'den vereinbarten Wert als Zahl');
  if (!z.einheit) fehlt('Einheit', 'die Einheit (%, Anzahl oder €)');

  const einheit = (EINHEITEN as readonly string[]).includes(z.einheit) ? z.einheit : null;
  if (z.einheit && !einheit) {
    out.push(
      eintrag(
        'ERGAENZUNGSZIEL_EINHEIT',
        'error',
        z.zellen.Einheit ?? zeilenZelle(z),
        `${wer(z)} hat die Einheit „${z.einheit}“; zulässig ist nur „%“, „Anzahl“ oder „€“. Wählen Sie eine dieser Einheiten.`,
      ),
    );
  }
  const bezugGueltig = z.bezug === '' || (BEZUEGE as readonly string[]).includes(z.bezug);
  if (!bezugGueltig) {
    out.push(
      eintrag(
        'ERGAENZUNGSZIEL_BEZUG',
        'error',
        z.zellen.Bezug ?? zeilenZelle(z),
        `${wer(z)} hat den Bezug „${z.bezug}“; zulässig ist nur „Zielwert“ (der Wert ist das Niveau im Zieljahr) oder „Veränderung“ (relativ zum Vorjahr in %). Wählen Sie einen der Werte oder lassen Sie die Zelle leer (dann gilt „Zielwert“).`,
      ),
    );
  }
  const niveau = z.bezug === '' || z.bezug === 'Zielwert';
  if (typeof z.wert === 'number' && niveau && bezugGueltig) {
    if (einheit === '%' && (z.wert < 0 || z.wert > 100)) {
      out.push(
        eintrag(
          'ERGAENZUNGSZIEL_BEREICH',
          'error',
          z.zellen.Wert ?? zeilenZelle(z),
          `${wer(z)} hat den Zielwert ${zahl(z.wert, 1)} %; ein Anteil in Prozent liegt zwischen 0 und 100. Korrigieren Sie den Wert oder setzen Sie den Bezug auf „Veränderung“, wenn eine Veränderung gemeint ist.`,
        ),
      );
    } else if ((einheit === 'Anzahl' || einheit === '€') && z.wert < 0) {
      out.push(
        eintrag(
          'ERGAENZUNGSZIEL_BEREICH',
          'error',
          z.zellen.Wert ?? zeilenZelle(z),
          `${wer(z)} hat den negativen Zielwert ${zahl(z.wert, 0)}${einheit === '€' ? ' €' : ''}; eine Anzahl oder ein Betrag ist nicht negativ. Korrigieren Sie den Wert oder setzen Sie den Bezug auf „Veränderung“.`,
        ),
      );
    } else if (einheit === 'Anzahl' && !Number.isInteger(z.wert)) {
      out.push(
        eintrag(
          'ERGAENZUNGSZIEL_GANZE_ZAHL',
          'error',
          z.zellen.Wert ?? zeilenZelle(z),
          `${wer(z)} hat die Anzahl ${zahl(z.wert, 2)}; eine Anzahl ist eine ganze Zahl. Runden Sie den Wert.`,
        ),
      );
    }
  }
  return out;
}

export const pruefeErgaenzungsziele: Pruefung = (k) => (k.listen.ergaenzungsziele ?? []).flatMap(pruefeZeile);
