/**
 * The field catalogue as a Markdown table, for docs/planungsblatt.md (the repository's copy of the
 * contract). Generated, so the documentation cannot drift from the catalogue.
 */
import { ARTEN, FELDER, LISTEN, type Feld } from './felder';

const TYP: Record<Feld['typ'], string> = {
  jahr: 'ganze Zahl (Jahr)',
  auswahl: 'Auswahl',
  text: 'Text',
  quote: 'Prozent, 0–100',
  veraenderung: 'Prozent, relativ',
  bestand: 'ganze Zahl (Personen)',
  euro: 'Euro',
};
const ROLLE: Record<Feld['rolle'], string> = {
  eingabe: 'Eingabe',
  abgeleitet: 'berechnet',
  'eingabe-oder-abgeleitet': 'Eingabe oder berechnet',
};

function arten(a: readonly string[]): string {
  return a.length === ARTEN.length ? 'alle' : a.length === 0 ? '–' : a.join(', ');
}

export const KATALOG_ANFANG = '<!-- katalog:anfang (erzeugt aus src/catalogue/felder.ts: npm run doku) -->';
export const KATALOG_ENDE = '<!-- katalog:ende -->';

export function katalogMarkdown(): string {
  const zeilen = [
    '| Name | Bezeichnung | Typ | Pflicht (Fehler) | Empfohlen (Warnung) | gilt für | Rolle | Excel-Format |',
    '|---|---|---|---|---|---|---|---|',
    ...FELDER.map(
      (f) =>
        `| \`${f.name}\` | ${f.bezeichnung} | ${TYP[f.typ]}${f.auswahl ? `: ${f.auswahl.map((x) => `\`${x}\``).join(', ')}` : ''} | ${arten(f.pflicht)} | ${arten(f.empfohlen)} | ${arten(f.arten)} | ${ROLLE[f.rolle]} | ${f.zahlenformat ? `\`${f.zahlenformat}\`` : '–'} |`,
    ),
    '',
    '| Liste | Bezeichnung | Spalten | gilt für |',
    '|---|---|---|---|',
    ...LISTEN.map(
      (l) =>
        `| \`${l.name}\` | ${l.bezeichnung} | ${l.spalten.map((s) => `\`${s.name}\`${s.pflicht ? '' : ' (optional)'}`).join(', ')} | ${arten(l.arten)} |`,
    ),
  ];
  return `${KATALOG_ANFANG}\n${zeilen.join('\n')}\n${KATALOG_ENDE}`;
}
