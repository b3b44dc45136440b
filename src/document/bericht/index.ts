/**
 * The Zielerreichungsbericht (.docx): per agreement the state at the latest month — per Kennzahl and
 * gender Ziel, Ist, Soll, Abweichung, Prognose and Ampel (word and colour) with an empty column
 * "Erläuterung" for the controller's comment —, the data basis, and per Kennzahl and gender a chart of
 * Ist against Soll by month. The chart is drawn as a table of bars (text runs whose length is
 * proportional to the value), which every Word and LibreOffice version shows the same and which needs
 * no drawing part. The report is in landscape, its tables have fixed column widths (zellen.ts). With more than three agreements (a ZV_Liste) the report is one overview table of
 * the totals, one row per agreement and Kennzahl.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun, type Table } from 'docx';
import type { Nachhaltung, Kennzahlstand } from '../../nachhalten';
import {
  abweichungText,
  AMPEL_FARBE,
  ampelText,
  datenbasis,
  GESCHLECHT_ANZEIGE,
  KENNZAHL_NAME,
  kennzahlWert,
  monatName,
  ppText,
} from '../../nachhalten';
import { EXTERNE_STILE, seite, stile } from '../stil';
import { alsDocx } from '../bausteine';
import { absatz as textAbsatz, bereinige } from '../text';

/** A paragraph of text (text.ts: no-break spaces, line breaks) as the docx object this report is built of. */
const absatz = (...a: Parameters<typeof textAbsatz>): Paragraph => alsDocx(textAbsatz(...a)) as Paragraph;
import { berichtsTabelle, QUER, TABELLEN_GROESSE, type Berichtszelle } from './zellen';

type Block = Paragraph | Table;

/** Up to this many agreements get their own full section; more get the overview table. */
export const EINZELN_BIS = 3;
/** The longest bar in characters; at 7 pt it fills about two thirds of the landscape chart column. */
const BALKEN_MAX = 60;

/** The header of a column of figures: right-aligned like its figures. */
function zahlKopf(text: string): Berichtszelle {
  return { text, rechts: true };
}

/** The agreement's page (margins, footer) turned to landscape. */
function quer(s: ReturnType<typeof seite>): ReturnType<typeof seite> {
  return { ...s, properties: { ...s.properties, page: { ...s.properties?.page, size: QUER } } };
}

function ampelZelle(s: Kennzahlstand): Berichtszelle {
  return s.ampel ? { text: ampelText(s.ampel), farbe: AMPEL_FARBE[s.ampel], fett: true } : { text: '–' };
}

function abweichungZelle(s: Kennzahlstand): Berichtszelle {
  const t = abweichungText(s.abweichung);
  return { text: s.kennzahl === 'IQ' && s.abweichungPp !== undefined ? `${t}\u00A0(${ppText(s.abweichungPp)})` : t, rechts: true };
}

function standTabelle(n: Nachhaltung): Table {
  return berichtsTabelle(
    [
      'Kennzahl',
      zahlKopf('Ziel'),
      zahlKopf('Ist'),
      zahlKopf('Soll'),
      zahlKopf('Abweichung'),
      zahlKopf('Prognose\nDezember'),
      'Ampel',
      'Erläuterung',
    ],
    n.kennzahlen.map((s) => [
      `${s.kennzahl} ${GESCHLECHT_ANZEIGE[s.geschlecht]}${s.monat === n.monat ? '' : ` (Stand ${monatName(s.monat)})`}`,
      { text: kennzahlWert(s.kennzahl, s.ziel), rechts: true },
      { text: kennzahlWert(s.kennzahl, s.ist), rechts: true },
      { text: kennzahlWert(s.kennzahl, s.soll), rechts: true },
      abweichungZelle(s),
      { text: kennzahlWert(s.kennzahl, s.prognose), rechts: true },
      ampelZelle(s),
      '',
    ]),
    // twips: Kennzahl, four figures up to "149.692.000 €", "+12,2 % (+10,2 Pp.)", Ampel; Erläuterung the rest
    [2000, 1500, 1500, 1500, 2100, 1500, 900],
  );
}

function balken(anzahl: number, farbe: string): TextRun {
  return new TextRun({ text: '█'.repeat(Math.max(anzahl, 0)), color: farbe, size: TABELLEN_GROESSE - 4 });
}

/** The chart of one Kennzahl and gender: a row per month with Soll and Ist as figures and as bars. */
function verlaufTabelle(s: Kennzahlstand): Block[] {
  const punkte = s.verlauf.filter((p) => p.ist !== undefined || p.soll !== undefined);
  if (punkte.length === 0) return [];
  const max = Math.max(...punkte.flatMap((p) => [p.ist ?? 0, p.soll ?? 0]));
  const laenge = (x: number | undefined) => (x === undefined || max <= 0 ? 0 : Math.round((x / max) * BALKEN_MAX));
  const istFarbe = s.ampel ? AMPEL_FARBE[s.ampel] : '1F3864';
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      children: [new TextRun(`Verlauf ${KENNZAHL_NAME[s.kennzahl]}, ${GESCHLECHT_ANZEIGE[s.geschlecht]}: Ist und Soll je Monat`)],
    }),
    berichtsTabelle(
      ['Monat', zahlKopf('Soll'), zahlKopf('Ist'), 'Soll (grau) und Ist'],
      punkte.map((p) => [
        monatName(p.monat),
        { text: kennzahlWert(s.kennzahl, p.soll), rechts: true },
        { text: kennzahlWert(s.kennzahl, p.ist), rechts: true },
        {
          text: '',
          laeufe: [balken(laenge(p.soll), 'A6A6A6'), new TextRun({ text: '', break: 1 }), balken(laenge(p.ist), istFarbe)],
        },
      ]),
      [1800, 1500, 1500],
    ),
  ];
}

function befundAbsaetze(n: Nachhaltung): Block[] {
  const wichtig = n.befunde.filter((b) => b.severity !== 'info');
  if (wichtig.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Hinweise zu den Daten')] }),
    ...wichtig.map((b) => absatz(`${b.severity === 'error' ? 'Fehler' : 'Warnung'}${b.cell ? ` (${b.cell})` : ''}: ${b.message}`)),
  ];
}

function abschnitt(n: Nachhaltung): Block[] {
  const kopf = `${bereinige(n.titel)}${n.jahr ? ` – Zieljahr ${n.jahr}` : ''}`;
  const bloecke: Block[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(kopf)] })];
  if (!n.monat || n.kennzahlen.length === 0) {
    bloecke.push(absatz('Für das Zieljahr liegen noch keine Monatswerte vor.'), ...befundAbsaetze(n));
    return bloecke;
  }
  bloecke.push(
    absatz(`Stand: ${monatName(n.monat)} (Jahresfortschrittswerte). Datenbasis: ${datenbasis(n.datenstand, n.wartezeit)}.`),
    standTabelle(n),
    absatz(
      'Soll = Vorjahreswert des Monats × (1 + vereinbarte Veränderung). Ampel: grün = Soll erreicht, gelb = höchstens 2 % verfehlt, rot = mehr als 2 % verfehlt (Integrationsquote: höher ist besser; Langzeitleistungsbezug und Leistungen zum Lebensunterhalt: niedriger ist besser). Prognose Dezember = Ist × Vorjahr Dezember / Vorjahr des Monats.',
      {},
      { size: 18 },
    ),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Erläuterung')] }),
    absatz('Erläuterung der Zielerreichung: ', {}, {}),
    absatz(''),
    absatz(''),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Verlauf im Jahr')] }),
    ...n.kennzahlen.flatMap(verlaufTabelle),
    ...befundAbsaetze(n),
  );
  return bloecke;
}

function uebersicht(nachhaltungen: readonly Nachhaltung[]): Block[] {
  const zeilen: (Berichtszelle | string)[][] = [];
  for (const n of nachhaltungen) {
    const gesamt = n.kennzahlen.filter((s) => s.geschlecht === 'Gesamt');
    if (gesamt.length === 0) {
      zeilen.push([bereinige(n.titel), n.monat ? monatName(n.monat) : '–', '–', '–', '–', '–', { text: '–' }, '']);
      continue;
    }
    for (const s of gesamt) {
      zeilen.push([
        bereinige(n.titel),
        `${s.kennzahl}, ${n.monat ? monatName(n.monat) : ''}`,
        { text: kennzahlWert(s.kennzahl, s.ist), rechts: true },
        { text: kennzahlWert(s.kennzahl, s.soll), rechts: true },
        abweichungZelle(s),
        { text: kennzahlWert(s.kennzahl, s.prognose), rechts: true },
        ampelZelle(s),
        '',
      ]);
    }
  }
  const basis = [...new Set(nachhaltungen.filter((n) => n.monat).map((n) => datenbasis(n.datenstand, n.wartezeit)))];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun(`Übersicht: ${nachhaltungen.length} Vereinbarungen (Gesamtwerte)`)],
    }),
    absatz(`Datenbasis: ${basis.join('; ') || 'keine Monatswerte'}.`),
    berichtsTabelle(
      [
        'Jobcenter',
        'Kennzahl,\nStand',
        zahlKopf('Ist'),
        zahlKopf('Soll'),
        zahlKopf('Abweichung'),
        zahlKopf('Prognose\nDezember'),
        'Ampel',
        'Erläuterung',
      ],
      zeilen,
      [3000, 1700, 1500, 1500, 2100, 1500, 900],
    ),
  ];
}

export function baueZielerreichungsbericht(nachhaltungen: readonly Nachhaltung[]): Document {
  const jahre = [...new Set(nachhaltungen.map((n) => n.jahr).filter((j) => j !== null))];
  const titel = `Zielerreichungsbericht${jahre.length === 1 ? ` ${jahre[0]}` : ''}`;
  const inhalt: Block[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(titel)] }),
    ...(nachhaltungen.length > EINZELN_BIS ? uebersicht(nachhaltungen) : nachhaltungen.flatMap(abschnitt)),
  ];
  return new Document({
    title: titel,
    creator: 'Zielplaner',
    lastModifiedBy: 'Zielplaner',
    externalStyles: EXTERNE_STILE,
    styles: stile(),
    features: { updateFields: false },
    sections: [{ ...quer(seite(titel)), children: inhalt }],
  });
}

/** The report as .docx bytes. */
export async function erzeugeZielerreichungsbericht(nachhaltungen: readonly Nachhaltung[]): Promise<Uint8Array> {
  return Packer.pack(baueZielerreichungsbericht(nachhaltungen), 'uint8array');
}
