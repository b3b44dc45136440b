/**
 * Ist against Soll by month for one Kennzahl and gender: a small inline SVG line chart (no charting
 * library; loaded lazily with the Nachhalten tab). Axis labels German, title and desc for screen readers.
 */
import * as React from 'react';
import { GESCHLECHT_ANZEIGE, kennzahlWert, monatName, type Kennzahlstand } from '../../nachhalten';

const B = 320;
const H = 160;
// the band above the plot holds the chart's name and its legend, so no line runs through them
const RAND = { links: 56, rechts: 8, oben: 22, unten: 28 };

export default function Verlaufsgrafik(props: { stand: Kennzahlstand }): React.ReactElement {
  const z = props.stand;
  const punkte = z.verlauf;
  const werte = punkte.flatMap((p) => [p.ist, p.soll]).filter((w): w is number => w !== undefined);
  const max = werte.length ? Math.max(...werte) : 1;
  const min = Math.min(0, ...werte);
  const breite = B - RAND.links - RAND.rechts;
  const hoehe = H - RAND.oben - RAND.unten;
  const x = (i: number): number => RAND.links + (punkte.length > 1 ? (i * breite) / (punkte.length - 1) : breite / 2);
  const y = (w: number): number => RAND.oben + hoehe - ((w - min) / (max - min || 1)) * hoehe;
  const linie = (wahl: 'ist' | 'soll'): string =>
    punkte
      .map((p, i) => (p[wahl] === undefined ? null : `${x(i).toFixed(1)},${y(p[wahl]!).toFixed(1)}`))
      .filter((t) => t)
      .join(' ');
  const name = `${z.kennzahl} ${GESCHLECHT_ANZEIGE[z.geschlecht]}`;
  const titelId = `verlauf-${z.kennzahl}-${z.geschlecht}`;
  const beschreibung = punkte
    .map((p) => `${monatName(p.monat)}: Ist ${kennzahlWert(z.kennzahl, p.ist)}, Soll ${kennzahlWert(z.kennzahl, p.soll)}`)
    .join('; ');
  return (
    <svg
      role="img"
      viewBox={`0 0 ${B} ${H}`}
      width="100%"
      style={{ display: 'block', maxWidth: 480 }}
      aria-labelledby={`${titelId}-t ${titelId}-d`}
    >
      <title id={`${titelId}-t`}>{`Ist und Soll ${name} nach Monat`}</title>
      <desc id={`${titelId}-d`}>{beschreibung}</desc>
      <line x1={RAND.links} y1={RAND.oben + hoehe} x2={B - RAND.rechts} y2={RAND.oben + hoehe} stroke="#888" />
      <line x1={RAND.links} y1={RAND.oben} x2={RAND.links} y2={RAND.oben + hoehe} stroke="#888" />
      <text x={RAND.links - 4} y={RAND.oben + 8} fontSize="9" textAnchor="end">
        {kennzahlWert(z.kennzahl, max)}
      </text>
      <text x={RAND.links - 4} y={RAND.oben + hoehe} fontSize="9" textAnchor="end">
        {kennzahlWert(z.kennzahl, min)}
      </text>
      {punkte.map((p, i) => (
        <text key={p.monat} x={x(i)} y={H - 14} fontSize="8" textAnchor="middle">
          {monatName(p.monat).slice(0, 3)}
        </text>
      ))}
      <text x={RAND.links + breite / 2} y={H - 2} fontSize="9" textAnchor="middle">
        Monat
      </text>
      <polyline points={linie('soll')} fill="none" stroke="#888" strokeDasharray="4 3" strokeWidth="1.5" />
      <polyline points={linie('ist')} fill="none" stroke="#0f6cbd" strokeWidth="2" />
      <text x={RAND.links} y={12} fontSize="10" fontWeight="600">
        {name}
      </text>
      <text x={B - RAND.rechts} y={12} fontSize="9" textAnchor="end">
        — Ist · - - Soll
      </text>
    </svg>
  );
}
