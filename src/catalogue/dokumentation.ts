/**
 * The field catalogue as a Markdown table, for docs/planungsblatt.md (the repository's copy of the
 * contract), and the rule catalogue as the table of the user guide (docs/anleitung.md). Generated,
 * so the documentation cannot drift from the catalogues.
 */
import { ARTEN, FELDER, LISTEN, type Feld } from './felder';
import { REGEL_IDS, regel, type Schwere } from './regeln';
import { VORLAGEN_ABSCHNITTE, VORLAGEN_LISTEN_AUS_FELDERN, VORLAGEN_LISTEN_TAGS, VORLAGEN_TEXT_TAGS } from './vorlagenTags';

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

const SCHWERE_TEXT: Record<Schwere, string> = { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' };

export const REGELN_ANFANG = '<!-- regeln:anfang (erzeugt aus src/catalogue/regeln.ts: npm run doku) -->';
export const REGELN_ENDE = '<!-- regeln:ende -->';

/** The rule catalogue as the user guide's table (docs/anleitung.md). */
export function regelnMarkdown(): string {
  const zeilen = [
    '| Regel | Schwere | Bedeutung |',
    '|---|---|---|',
    ...REGEL_IDS.map((id) => {
      const r = regel(id);
      const schwere = r.auchFehler ? `${SCHWERE_TEXT[r.schwere]}/Fehler` : SCHWERE_TEXT[r.schwere];
      return `| \`${id}\` | ${schwere} | **${r.titel}.** ${r.erklaerung} |`;
    }),
  ];
  return `${REGELN_ANFANG}\n${zeilen.join('\n')}\n${REGELN_ENDE}`;
}

/** `text` with the part between `anfang` and `ende` replaced by `neu` (appended when the markers are missing). */
export function ersetzeAbschnitt(text: string, anfang: string, ende: string, neu: string): string {
  const a = text.indexOf(anfang);
  const e = text.indexOf(ende);
  return a >= 0 && e > a ? text.slice(0, a) + neu + text.slice(e + ende.length) : `${text.trimEnd()}\n\n${neu}\n`;
}

export const VORLAGEN_ANFANG = '<!-- vorlagen:anfang (erzeugt aus src/catalogue/felder.ts und vorlagenTags.ts: npm run doku) -->';
export const VORLAGEN_ENDE = '<!-- vorlagen:ende -->';

/** How a field of each type is printed in a template. */
const DRUCK: Record<Feld['typ'], string> = {
  jahr: '2024',
  auswahl: 'wie eingetragen',
  text: 'wie eingetragen',
  quote: '19,5 %',
  veraenderung: '+ 3,8 %',
  bestand: '4.242',
  euro: '38.219.839 €',
};

/** The tags of agreement templates, for the user guide's section "Eigene Vorlagen" (docs/anleitung.md). */
export function vorlagenMarkdown(): string {
  const zeilen = [
    '**Felder des Planungsblatts** (jedes Feld so, wie das Dokument es druckt; berechnete Werte eingeschlossen):',
    '',
    '| Tag | Bedeutung | gedruckt als |',
    '|---|---|---|',
    ...FELDER.map((f) => `| \`{${f.name}}\` | ${f.bezeichnung} | ${/_Datum$/.test(f.name) ? '02.04.2024' : DRUCK[f.typ]} |`),
    '',
    '**Listen** (`{#Liste}` … `{/Liste}` wiederholt den Inhalt je Zeile; steht die Schleife in einer Tabellenzeile, wiederholt sich die Zeile):',
    '',
    '| Liste | Bedeutung | Spalten-Tags in der Schleife |',
    '|---|---|---|',
    ...LISTEN.filter((l) => (VORLAGEN_LISTEN_AUS_FELDERN as readonly string[]).includes(l.name)).map(
      (l) =>
        `| \`{#${l.name}}\` … \`{/${l.name}}\` | ${l.bezeichnung} | ${l.spalten.map((s) => `\`{${s.name}}\``).join(', ')}${l.spalten.some((s) => s.name === 'Vergleich') ? ' (`{Vergleich}` in Worten: „kleiner gleich“)' : ''} |`,
    ),
    ...VORLAGEN_LISTEN_TAGS.map(
      (l) =>
        `| \`{#${l.name}}\` … \`{/${l.name}}\` | ${l.beschreibung} | ${l.spalten.map((s) => `\`{${s.name}}\` (${s.beschreibung.replace(/\.$/, '')})`).join(', ')} |`,
    ),
    '',
    '**Von Zielplaner abgeleitete Texte:**',
    '',
    '| Tag | Bedeutung |',
    '|---|---|',
    ...VORLAGEN_TEXT_TAGS.map((t) => `| \`{${t.name}}\` | ${t.beschreibung} |`),
    '',
    '**Abschnitte des eingebauten Layouts** (`{@…}` allein in einem eigenen Absatz, außerhalb von Schleifen; Zielplaner setzt dort den Abschnitt so ein, wie das eingebaute Layout ihn für die Vereinbarung schreibt; ein Abschnitt, den die Art nicht hat, entfällt):',
    '',
    '| Tag | Abschnitt | Überschrift in der Vorlage |',
    '|---|---|---|',
    ...VORLAGEN_ABSCHNITTE.map((a) => `| \`{@${a.name}}\` | ${a.beschreibung} | ${a.kopf ? 'davor, als Text änderbar' : 'im Abschnitt'} |`),
  ];
  return `${VORLAGEN_ANFANG}\n${zeilen.join('\n')}\n${VORLAGEN_ENDE}`;
}
