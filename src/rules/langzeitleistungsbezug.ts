/**
 * Langzeitleistungsbezug (K3): per gender as in kennzahl.ts; stocks add up, so the total stock is
 * Frauen + Männer, and the total change follows from the summed stocks, which makes it the
 * stock-weighted mean of the gender changes (domain.md, Planwert rules 3 and 4). A stock is a whole
 * number of persons (rule 3), so the total adds the genders' stocks as whole persons: a derived
 * 10,5 + 10,5 gives 11 + 11 = 22, the figures the document prints, and what the template's cells
 * compute (rules/formeln.ts).
 */
import { rundeGanz } from '../model/runden';
import {
  eingabenVon,
  geschlechterReihen,
  veraenderungAusZiel,
  vorjahrAusZiel,
  wert,
  zielAusVeraenderung,
  type Eingaben,
  type Kennzahlreihen,
  type Reihe,
} from './kennzahl';

export interface Langzeitleistungsbezug {
  readonly reihen: Kennzahlreihen;
}

/** The sum of two stocks as whole persons. */
function summe(a: number | undefined, b: number | undefined): number | undefined {
  return a !== undefined && b !== undefined ? rundeGanz(a) + rundeGanz(b) : undefined;
}

export function leiteLangzeitleistungsbezugAb(e: Eingaben): Langzeitleistungsbezug {
  const { Frauen, Maenner } = geschlechterReihen(e, 'LZB');
  const t = eingabenVon(e, 'LZB', 'Gesamt');

  const vjSumme = summe(wert(Frauen.VJ), wert(Maenner.VJ));
  const zielSumme = summe(wert(Frauen.Ziel), wert(Maenner.Ziel));
  const vjAbgeleitet =
    vjSumme ??
    (t.Ziel !== undefined && t.Veraenderung !== undefined && t.Veraenderung > -100 ? vorjahrAusZiel(t.Ziel, t.Veraenderung) : undefined);
  const vj = t.VJ ?? vjAbgeleitet;
  const zielAbgeleitet =
    zielSumme ?? (t.VJ !== undefined && t.Veraenderung !== undefined ? zielAusVeraenderung(t.VJ, t.Veraenderung) : undefined);
  const ziel = t.Ziel ?? zielAbgeleitet;
  // a change derived from stocks that were themselves derived from that change would be circular
  const vjAusVeraenderung = t.VJ === undefined && vjSumme === undefined;
  const zielAusEigenerVeraenderung = t.Ziel === undefined && zielSumme === undefined;
  const veraenderungAbgeleitet =
    vj !== undefined && vj > 0 && ziel !== undefined && !vjAusVeraenderung && !zielAusEigenerVeraenderung
      ? veraenderungAusZiel(vj, ziel)
      : undefined;

  const Gesamt: Reihe = {
    VJ: { eingabe: t.VJ, abgeleitet: vjAbgeleitet },
    Veraenderung: { eingabe: t.Veraenderung, abgeleitet: veraenderungAbgeleitet },
    Ziel: { eingabe: t.Ziel, abgeleitet: zielAbgeleitet },
  };
  return { reihen: { Frauen, Maenner, Gesamt } };
}
