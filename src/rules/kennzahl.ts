/**
 * The Planwert arithmetic shared by both Kennzahlen (domain.md, Planwert rules 1 and 3):
 * Ziel = VJ × (1 + V/100) and V = (Ziel/VJ − 1) × 100, per gender. Values are kept unrounded;
 * rounding happens only for display (rules/runden.ts).
 */
import { feldname, GESCHLECHTER, TEILE, type FeldName, type Geschlecht, type Kennzahl, type Teil } from '../catalogue/felder';

// Kennzahl, Teil and the field names live in the catalogue; the rules and checks use them from here too.
export { feldname, TEILE, type Kennzahl, type Teil };

/** An entered value and, independently of it, the value derived from the other entries. */
export interface Wertpaar {
  readonly eingabe?: number;
  readonly abgeleitet?: number;
}

export type Reihe = Readonly<Record<Teil, Wertpaar>>;
export type Kennzahlreihen = Readonly<Record<Geschlecht, Reihe>>;

/** The value in force: the entered one, else the derived one. */
export function wert(p: Wertpaar): number | undefined {
  return p.eingabe ?? p.abgeleitet;
}

export function zielAusVeraenderung(vj: number, veraenderung: number): number {
  return vj * (1 + veraenderung / 100);
}

export function veraenderungAusZiel(vj: number, ziel: number): number {
  return (ziel / vj - 1) * 100;
}

export function vorjahrAusZiel(ziel: number, veraenderung: number): number {
  return ziel / (1 + veraenderung / 100);
}

export type Eingaben = Readonly<Partial<Record<FeldName, number>>>;

/** Entered values of one gender (or of the total) of a Kennzahl. */
export function eingabenVon(e: Eingaben, k: Kennzahl, g: Geschlecht): Record<Teil, number | undefined> {
  return {
    VJ: e[feldname(k, 'VJ', g)],
    Veraenderung: e[feldname(k, 'Veraenderung', g)],
    Ziel: e[feldname(k, 'Ziel', g)],
  };
}

/**
 * Derives one gender's row: the target from previous year and change, the change from previous
 * year and target, and the previous year from target and change (two-column agreements print no
 * previous year). Each derivation uses only the other two entries, so an entered value can be
 * compared with its derivation.
 */
export function leiteReiheAb(x: Record<Teil, number | undefined>): Reihe {
  const { VJ: vj, Veraenderung: v, Ziel: ziel } = x;
  const gueltigeVj = vj !== undefined && vj > 0;
  return {
    VJ: {
      eingabe: vj,
      abgeleitet: ziel !== undefined && v !== undefined && v > -100 ? vorjahrAusZiel(ziel, v) : undefined,
    },
    Veraenderung: {
      eingabe: v,
      abgeleitet: gueltigeVj && ziel !== undefined ? veraenderungAusZiel(vj, ziel) : undefined,
    },
    Ziel: {
      eingabe: ziel,
      abgeleitet: vj !== undefined && v !== undefined ? zielAusVeraenderung(vj, v) : undefined,
    },
  };
}

export function geschlechterReihen(e: Eingaben, k: Kennzahl): Pick<Kennzahlreihen, 'Frauen' | 'Maenner'> {
  return { Frauen: leiteReiheAb(eingabenVon(e, k, 'Frauen')), Maenner: leiteReiheAb(eingabenVon(e, k, 'Maenner')) };
}

export { GESCHLECHTER };
