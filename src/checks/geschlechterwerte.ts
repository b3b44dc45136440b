/**
 * Geschlechterwerte: since 2023 gender-specific targets are mandatory; before, an agreement may give
 * only totals (Mansfeld-Südharz 2020). Each gender needs a change or a target. The exception of the
 * contract: a Land may agree the LZB of a zkT agreement as a total only (Emsland 2024), so there a
 * missing LZB gender split is a hint, not an error.
 */
import { GESCHLECHT_TEXT, type FeldName } from '../catalogue/felder';
import type { Befund } from '../model/vereinbarung';
import { feldname, wert, type Kennzahl, type Reihe } from '../rules/kennzahl';
import { befund, type Kontext, type Pruefung } from './kontext';

export const PFLICHT_GESCHLECHT_AB = 2023;

const NAME: Record<Kennzahl, string> = { IQ: 'Integrationsquote', LZB: 'Langzeitleistungsbezug' };

function hat(r: Reihe): boolean {
  return wert(r.Ziel) !== undefined || wert(r.Veraenderung) !== undefined;
}

function zielfeld(k: Kontext, kz: Kennzahl, g: 'Frauen' | 'Maenner' | 'Gesamt'): FeldName {
  const ziel = feldname(kz, 'Ziel', g);
  const v = feldname(kz, 'Veraenderung', g);
  return k.zellen[ziel] === undefined && k.zellen[v] !== undefined ? v : ziel;
}

export const pruefeGeschlechterwerte: Pruefung = (k) => {
  const out: Befund[] = [];
  for (const kz of ['IQ', 'LZB'] as const) {
    const r = kz === 'IQ' ? k.iq.reihen : k.lzb.reihen;
    const f = hat(r.Frauen);
    const m = hat(r.Maenner);
    const vor2023 = k.jahr !== null && k.jahr < PFLICHT_GESCHLECHT_AB;
    if (!vor2023 && kz === 'LZB' && k.art === 'zkT' && !f && !m && hat(r.Gesamt)) {
      out.push(nurGesamt(k));
      continue;
    }
    if (vor2023 && !f && !m) {
      if (!hat(r.Gesamt)) {
        const feld = zielfeld(k, kz, 'Gesamt');
        out.push(
          befund(
            k,
            'ZIELWERT_FEHLT',
            'error',
            feld,
            `Für die Kennzahl ${NAME[kz]} ist kein Zielwert angegeben. Tragen Sie einen Zielwert oder eine Veränderung (gesamt oder für Frauen und Männer) ein.`,
          ),
        );
      }
      continue;
    }
    for (const [g, da] of [
      ['Frauen', f],
      ['Maenner', m],
    ] as const) {
      if (da) continue;
      const feld = zielfeld(k, kz, g);
      const grund = vor2023
        ? 'Wenn für ein Geschlecht Werte angegeben sind, wird auch das andere benötigt.'
        : `Seit ${PFLICHT_GESCHLECHT_AB} sind geschlechtsspezifische Zielwerte für jedes Jobcenter verbindlich.`;
      out.push(
        befund(
          k,
          'GESCHLECHT_FEHLT',
          'error',
          feld,
          `Für die Kennzahl ${NAME[kz]} fehlt der Wert der ${GESCHLECHT_TEXT[g]}. ${grund} Tragen Sie einen Zielwert oder eine Veränderung für die ${GESCHLECHT_TEXT[g]} ein.`,
        ),
      );
    }
  }
  return out;
};

/** The zkT exception: the LZB agreed as a total only. */
function nurGesamt(k: Kontext): Befund {
  // on the women's cell where the sheet has one, else on the total that was agreed
  const frauen = zielfeld(k, 'LZB', 'Frauen');
  return befund(
    k,
    'LZB_NUR_GESAMT',
    'info',
    k.zellen[frauen] !== undefined ? frauen : zielfeld(k, 'LZB', 'Gesamt'),
    `Der Langzeitleistungsbezug ist nur gesamt vereinbart, ohne Werte für Frauen und Männer. In einer Vereinbarung mit einem zugelassenen kommunalen Träger (zkT) kann das Land den Langzeitleistungsbezug gesamt vereinbaren; das Dokument nennt dann kein geschlechterspezifisches Ziel für den Langzeitleistungsbezug. Tragen Sie Werte für Frauen und Männer ein, wenn sie vereinbart sind.`,
  );
}
