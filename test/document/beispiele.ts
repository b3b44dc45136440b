/**
 * The five seed agreements of ../shared/reference/agreements as agreement models (what the core
 * yields after reading and deriving), for the document tests.
 */
import type { Kennzahlreihe, Kennzahlwert, Kennzahlwerte, Vereinbarung, Wert, Listen } from '../../src/model/vereinbarung';
import {
  feldFuer,
  feldname,
  type Art,
  type Darstellung,
  type FeldName,
  type Geschlecht,
  type Kennzahl,
  type Teil,
} from '../../src/catalogue/felder';

const keineListen: Listen = { lokaleZiele: [], kommunaleZiele: [], weitereZiele: [] };

export function vereinbarung(
  art: Art,
  jahr: number,
  darstellung: Darstellung | null,
  werte: Record<string, Wert>,
  listen: Partial<Listen> = {},
): Vereinbarung {
  const alle: Partial<Record<FeldName, Wert>> = {};
  // every key must be a catalogue name (a typo throws)
  for (const [name, wert] of Object.entries({
    ZV_Jahr: jahr,
    ZV_Art: art,
    ...(darstellung ? { ZV_Darstellung: darstellung } : {}),
    ...werte,
  }))
    alle[feldFuer(name).name] = wert;
  // all values count as entered, as in the seeds' documents
  const teil = (k: Kennzahl, g: Geschlecht, t: Teil): Kennzahlwert => {
    const feld = feldname(k, t, g);
    const w = alle[feld];
    return w === undefined ? { feld, eingegeben: false } : { feld, wert: w, eingegeben: true, eingabe: w };
  };
  const reihe = (k: Kennzahl, g: Geschlecht): Kennzahlreihe => ({
    VJ: teil(k, g, 'VJ'),
    Veraenderung: teil(k, g, 'Veraenderung'),
    Ziel: teil(k, g, 'Ziel'),
  });
  const kennzahl = (k: Kennzahl) => ({ Frauen: reihe(k, 'Frauen'), Maenner: reihe(k, 'Maenner'), Gesamt: reihe(k, 'Gesamt') });
  const kennzahlen: Kennzahlwerte = { IQ: kennzahl('IQ'), LZB: kennzahl('LZB') };
  return {
    quelle: { art: 'blatt', blatt: 'Planung' },
    art,
    jahr,
    darstellung,
    werte: alle,
    eingegeben: new Set(Object.keys(alle).map((f) => feldFuer(f).name)),
    zellen: {},
    kennzahlen,
    listen: { ...keineListen, ...listen },
  };
}

export const kaiserslautern = vereinbarung('gE', 2024, 'Zielwert mit Veränderung', {
  ZV_Agentur: 'Agentur für Arbeit Kaiserslautern-Pirmasens',
  ZV_Agentur_Person: 'Peter Weißler',
  ZV_Agentur_Funktion: 'Vorsitzender der Geschäftsführung',
  ZV_Jobcenter: 'Jobcenter Stadt Kaiserslautern',
  ZV_Jobcenter_Person: 'Edeltraud Nikodemus',
  ZV_Jobcenter_Funktion: 'Geschäftsführerin',
  ZV_IQ_Ziel_Gesamt: 19.9,
  ZV_IQ_Veraenderung_Gesamt: -0.6,
  ZV_IQ_Ziel_Frauen: 15.2,
  ZV_IQ_Veraenderung_Frauen: 1.8,
  ZV_IQ_Ziel_Maenner: 25.2,
  ZV_IQ_Veraenderung_Maenner: -2.3,
  ZV_LZB_Veraenderung_Gesamt: 3.8,
  ZV_LZB_Veraenderung_Frauen: 8.7,
  ZV_LZB_Veraenderung_Maenner: -1.8,
});

export const loerrach = vereinbarung(
  'gE-kT',
  2024,
  'Zielwert',
  {
    ZV_Agentur: 'Agentur für Arbeit Lörrach',
    ZV_Agentur_Person: 'Horst Eckert',
    ZV_Agentur_Funktion: 'Vorsitzender der Geschäftsführung',
    ZV_Jobcenter: 'Jobcenter Landkreis Lörrach',
    ZV_Jobcenter_Person: 'Jürgen Kurz',
    ZV_Jobcenter_Funktion: 'Geschäftsführer',
    ZV_Traeger: 'Landkreis Lörrach',
    ZV_Traeger_Person: 'Marion Dammann',
    ZV_Traeger_Funktion: 'Landrätin',
    ZV_IQ_Ziel_Gesamt: 19.5,
    ZV_IQ_Ziel_Frauen: 14.4,
    ZV_IQ_Ziel_Maenner: 25.9,
    ZV_LZB_Ziel_Gesamt: 4242,
    ZV_LZB_Ziel_Frauen: 2445,
    ZV_LZB_Ziel_Maenner: 1796,
  },
  {
    kommunaleZiele: [
      {
        ziel: 'Verbesserung und Festigung der SGBII-Quote',
        beschreibung: 'Der Abstand zur SGBII-Quote Baden-Württembergs soll um mindestens 0,2 Prozentpunkte verringert werden.',
      },
      {
        ziel: 'Bestand der Bedarfsgemeinschaften (BG)',
        beschreibung: 'Der Bestand der Bedarfsgemeinschaften soll im Jahresdurchschnitt 2024 5.800 betragen.',
      },
    ],
  },
);

export const mettmann = vereinbarung(
  'gE-kT',
  2025,
  'Veränderung und Zielwert',
  {
    ZV_Agentur: 'Agentur für Arbeit Mettmann',
    ZV_Agentur_Person: 'Karl Tymister',
    ZV_Agentur_Funktion: 'Vorsitzender der Geschäftsführung',
    ZV_Jobcenter: 'jobcenter ME-aktiv',
    ZV_Jobcenter_Person: 'Nathalie Schöndorf',
    ZV_Jobcenter_Funktion: 'Geschäftsführerin',
    ZV_Traeger: 'Kreis Mettmann',
    ZV_Traeger_Person: 'Thomas Hendele',
    ZV_Traeger_Funktion: 'Landrat',
    ZV_IQ_Veraenderung_Gesamt: -2.5,
    ZV_IQ_Ziel_Gesamt: 20.4,
    ZV_IQ_Veraenderung_Frauen: -1.3,
    ZV_IQ_Ziel_Frauen: 15.5,
    ZV_IQ_Veraenderung_Maenner: -3.9,
    ZV_IQ_Ziel_Maenner: 25.4,
    ZV_LZB_Veraenderung_Gesamt: 7.4,
    ZV_LZB_Ziel_Gesamt: 19006,
    ZV_LZB_Veraenderung_Frauen: 6.5,
    ZV_LZB_Ziel_Frauen: 10154,
    ZV_LZB_Veraenderung_Maenner: 8.5,
    ZV_LZB_Ziel_Maenner: 8856,
  },
  {
    lokaleZiele: [
      {
        ziel: 'Qualifizierung zur nachhaltigen Sicherung von Beschäftigungsfähigkeit',
        beschreibung: 'Das Absolventenmanagement bei FbW wird zum Jahresende im JFW auf Soll (80%) liegen',
      },
      {
        ziel: 'Anteil persönlicher Beratungen',
        beschreibung: 'Der Anteil persönlicher Beratungen soll im JFW bis Jahresende > als 60% sein',
      },
    ],
    kommunaleZiele: [
      {
        ziel: 'Sicherstellung von Kostensenkungsverfahren nach Ablauf der Karenzzeit entsprechend geltender KdU-Richtwerte',
        beschreibung:
          'Kostensenkungsverfahren\nAusgehend von der Gesamtsumme der laufenden Fälle mit auslaufender Karenzzeit (Bestandsfälle), soll hiervon die Hälfte auf Grundlage der geltenden Richtwerte für die Kosten der Unterkunft im Jahr 2025 abgearbeitet werden.',
      },
      {
        ziel: 'Sicherstellung des Einsatzes der kommunalen Eingliederungsleistungen nach § 16a SGB II',
        beschreibung:
          'Qualifizierung\nFörderspezifische Schulungen im Bereich der kommunalen Eingliederungsleistungen durch den Bereich LuQ',
      },
      {
        ziel: 'Bildung und Teilhabe',
        beschreibung:
          'Richtlinie Lernförderung\nDie Leistungen der Bildung und Teilhabe sollen eine gesellschaftliche Teilhabe und eine Bildungsteilhabe von hilfebedürftigen Kindern, Jugendlichen und jungen Erwachsenen im SGB II sicherstellen.',
      },
    ],
  },
);

export const mansfeld = vereinbarung(
  'gE-kT',
  2020,
  'Zielwert',
  {
    ZV_Agentur: 'Agentur für Arbeit Sangerhausen',
    ZV_Agentur_Person: 'Dr. Martina Scherer',
    ZV_Agentur_Funktion: 'Vorsitzende der Geschäftsführung',
    ZV_Jobcenter: 'Jobcenter Mansfeld-Südharz',
    ZV_Jobcenter_Person: 'Annette Müller',
    ZV_Jobcenter_Funktion: 'Geschäftsführerin',
    ZV_Traeger: 'Landkreis Mansfeld-Südharz',
    ZV_Traeger_Person: 'Dr. Angelika Klein',
    ZV_Traeger_Funktion: 'Landrätin',
    ZV_IQ_Ziel_Gesamt: 18.9,
    ZV_LZB_Ziel_Gesamt: 7331,
    ZV_LLU_Prognose: 38219839,
    ZV_Zusatztext:
      'Unter den aktuellen Entwicklungen infolge der SARS-CoV-2-Pandemie ist zu erwarten, dass die Zielerreichung für das Jahr 2020 nicht vollständig realisierbar ist.',
  },
  {
    lokaleZiele: [
      { ziel: 'Reduzierung der Langzeitarbeitslosigkeit', beschreibung: '- Vermeidung Übertritte LZA', wert: 1132, vergleich: '<=' },
      {
        ziel: 'Reduzierung der Langzeitarbeitslosigkeit',
        beschreibung: '- Abgänge LZA in Erwerbstätigkeit (1. AM u. Selbstständigkeit)',
        wert: 261,
        vergleich: '>=',
      },
    ],
    kommunaleZiele: [
      {
        ziel: 'Jugendarbeitslosigkeit',
        beschreibung:
          'Landesprogramm STABIL\n\nZiel des Landesprogramms ist es, die Bildungs- und Beschäftigungsfähigkeit förderungsbedürftiger junger Menschen zu entwickeln und herzustellen.',
      },
    ],
  },
);

export const emsland = vereinbarung(
  'zkT',
  2024,
  null,
  {
    ZV_Land: 'Niedersächsisches Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung (MS)',
    ZV_Land_Person: 'Dr. Christine Arbogast',
    ZV_Land_Funktion: 'Staatssekretärin',
    ZV_Traeger: 'Landkreis Emsland',
    ZV_Traeger_Person: 'Martin Gerenkamp',
    ZV_Traeger_Funktion: 'Landrat',
    ZV_IQ_Veraenderung_Gesamt: 3.9,
    ZV_IQ_Veraenderung_Frauen: 5.1,
    ZV_IQ_Veraenderung_Maenner: 2.7,
    ZV_LZB_Veraenderung_Gesamt: 14.0,
    ZV_Budget_Verwaltung: 13155724,
    ZV_Budget_Eingliederung: 8696936,
    ZV_Rahmenbedingungen:
      'Für Niedersachsen geht das IAB von unterschiedlichen Trends auf dem Arbeitsmarkt aus.\n\nIm Landkreis Emsland ist die aktuelle Lage am regionalen Arbeitsmarkt als durchaus besorgniserregend zu bewerten.',
  },
  {
    weitereZiele: [
      {
        ziel: 'Umsetzung der Bürgergeldreform (individualisierte Zielvereinbarung)',
        beschreibung: 'Ziel ist, die Umsetzung der Bürgergeldreform weiter positiv zu begleiten.',
        schritte: [
          'Kontinuierliche Weiterentwicklung des Beratungs- und Integrationsprozesses im Kontext des Bürgergeldgesetzes',
          'Etablierung von Coaching-Elementen nach § 16 k SGB II',
        ],
      },
      {
        ziel: 'Gleichstellung von Frauen und Männern im SGB II',
        beschreibung:
          'Der Landkreis Emsland wird der Gleichstellung von Frauen und Männer auch im Jahr 2024 eine besondere Aufmerksamkeit zukommen lassen.',
        schritte: [],
      },
      {
        ziel: 'Gestaltung des Übergangs "Schule und Beruf"',
        beschreibung: 'Ziel ist, den Übergang "Schule und Beruf" in der Region aktiv zu gestalten.',
        schritte: ['Arbeit in regionalen Netzwerken'],
      },
    ],
  },
);

export const ALLE = { kaiserslautern, loerrach, mettmann, mansfeld, emsland } as const;
