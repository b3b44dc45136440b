/**
 * Section I "Geschäftspolitische Ziele SGB II": the Integrationsquote and the LZB rows in one of the
 * four ZV_Darstellung forms, or the totals-only form of the years before gender targets (2023).
 */
import { HeadingLevel, type Paragraph, type Table } from './bausteine';
import { KENNZAHLEN, type Darstellung, type Geschlecht, type Kennzahl, type Teil } from '../catalogue/felder';
import type { Vereinbarung } from '../model/vereinbarung';
import { jahrText } from './parteien';
import { tabelle, type Zelle } from './tabelle';
import { absatz } from './text';
import { aenderungAnzeige, aenderungSpalte, bestandAnzeige, quoteAnzeige } from './zahlen';
import { integrationenZeilen } from './integrationen';
import { tabellenWert, zielgroessen } from './ergaenzungsziele';

const vorhanden = (v: Vereinbarung, k: Kennzahl, teil: Teil, g: Geschlecht): boolean => {
  const w = v.kennzahlen[k][g][teil].wert;
  return w !== undefined && w !== '';
};

const ZIEL_TEXT: Record<Kennzahl, string> = {
  IQ: 'Verbesserung der Integration in Erwerbstätigkeit',
  LZB: 'Vermeidung von langfristigem Leistungsbezug',
};

const ZEILEN: readonly Geschlecht[] = ['Gesamt', 'Frauen', 'Maenner'];

function messgroesse(k: Kennzahl, g: Geschlecht): string {
  if (k === 'IQ')
    return g === 'Gesamt'
      ? 'Integrationsquote (gesamt) - nachrichtlich'
      : g === 'Frauen'
        ? 'Integrationsquote der Frauen'
        : 'Integrationsquote der Männer';
  const basis = 'Veränderung des Bestands an Langzeitleistungsbeziehenden';
  return g === 'Gesamt' ? `${basis} (gesamt) - nachrichtlich` : g === 'Frauen' ? `${basis} - Frauen` : `${basis} - Männer`;
}

/** Whether any gender value is present; without any, section I takes the totals-only form. */
export function hatGeschlechterwerte(v: Vereinbarung): boolean {
  return KENNZAHLEN.some((k) =>
    (['Frauen', 'Maenner'] as const).some((g) => (['Veraenderung', 'Ziel'] as const).some((t) => vorhanden(v, k, t, g))),
  );
}

/** The form to use: as chosen, else level with change when both are there, change when only changes. */
export function darstellungVon(v: Vereinbarung): Darstellung {
  if (v.darstellung) return v.darstellung;
  const hat = (t: Teil): boolean => KENNZAHLEN.some((k) => ZEILEN.some((g) => vorhanden(v, k, t, g)));
  if (hat('Ziel') && hat('Veraenderung')) return 'Zielwert mit Veränderung';
  if (hat('Veraenderung')) return 'Veränderung';
  return 'Zielwert';
}

/** The cells after "Messgröße" for one row. */
function werte(v: Vereinbarung, k: Kennzahl, g: Geschlecht, d: Darstellung): string[] {
  const { Ziel: ziel, Veraenderung: veraenderung } = v.kennzahlen[k][g];
  const ver = veraenderung.wert;
  const niveau = k === 'IQ' ? quoteAnzeige(ziel.wert) : bestandAnzeige(ziel.wert);
  switch (d) {
    case 'Zielwert':
      return [niveau];
    case 'Veränderung':
      return [aenderungAnzeige(ver)];
    case 'Veränderung und Zielwert':
      return [aenderungSpalte(ver), niveau];
    case 'Zielwert mit Veränderung': {
      if (k === 'LZB') return [aenderungAnzeige(ver)];
      const a = aenderungAnzeige(ver);
      return [niveau && a ? `${niveau} (${a})` : niveau || (a ? `(${a})` : '')];
    }
  }
}

export function ziele(v: Vereinbarung): (Paragraph | Table)[] {
  const jahr = jahrText(v);
  const d = darstellungVon(v);
  const zweiSpalten = d === 'Veränderung und Zielwert';
  const kopf = ['Ziel', 'Messgröße', ...(zweiSpalten ? ['in %'] : []), `Zielwert ${jahr}`.trim()];
  const anteile = zweiSpalten ? [0.3, 0.42, 0.1, 0.18] : [0.32, 0.46, 0.22];
  const rechts = (s: string): Zelle => ({ text: s, rechts: true });
  const zeilen: (Zelle | string)[][] = [];
  // further target forms: integration counts under the IQ, further targets after the LZB
  const integrationen = integrationenZeilen(v).map(([mg, wert]) =>
    [mg, ...(zweiSpalten ? [''] : []), wert].map((t, i) => (i === 0 ? t : rechts(t))),
  );
  const weitere = zielgroessen(v).map((z) => {
    const wert = tabellenWert(z);
    const spalten = zweiSpalten ? (z.veraenderung ? [wert, ''] : ['', wert]) : [wert];
    return [z.kennzahl, ...spalten.map(rechts)];
  });
  const zusatz = (k: Kennzahl): (Zelle | string)[][] => (k === 'IQ' ? integrationen : []);
  if (!hatGeschlechterwerte(v)) {
    // Totals only (before 2023): one row per Kennzahl.
    for (const k of ['IQ', 'LZB'] as const) {
      const zellen = werte(v, k, 'Gesamt', d);
      const alsBestand = k === 'LZB' && d === 'Zielwert';
      const mg =
        k === 'IQ'
          ? 'Integrationsquote'
          : alsBestand
            ? 'Bestand an Langzeitleistungsbeziehenden'
            : 'Veränderung des Bestands an Langzeitleistungsbeziehenden';
      const extra = zusatz(k);
      zeilen.push([extra.length ? { text: ZIEL_TEXT[k], zeilen: 1 + extra.length } : ZIEL_TEXT[k], mg, ...zellen.map(rechts)], ...extra);
    }
  } else {
    for (const k of ['IQ', 'LZB'] as const) {
      ZEILEN.forEach((g, i) => {
        const zellen = [messgroesse(k, g), ...werte(v, k, g, d).map(rechts)];
        zeilen.push(i === 0 ? [{ text: ZIEL_TEXT[k], zeilen: ZEILEN.length + zusatz(k).length }, ...zellen] : zellen);
      });
      zeilen.push(...zusatz(k));
    }
  }
  if (weitere.length > 0)
    zeilen.push([{ text: 'Ergänzungsgrößen und weitere Zielgrößen', zeilen: weitere.length }, ...weitere[0]!], ...weitere.slice(1));
  return [absatz('I) Geschäftspolitische Ziele SGB II', { heading: HeadingLevel.HEADING_1 }), tabelle(kopf, zeilen, anteile)];
}
