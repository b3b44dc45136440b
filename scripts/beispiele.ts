/**
 * Builds examples/: the five reference agreements (shared/reference/agreements) re-created as
 * planning workbooks, two zkT agreements in the further target forms of Niedersachsen and Hessen
 * (constructed names, issue 12), and a ZV_Liste of 405 fictional Jobcenters. Run with `npm run beispiele`
 * (scripts/beispiele-bauen.mjs compiles this file and runs it).
 *
 * Each planning workbook is written twice: first with the entered values only, which the core
 * (leseXlsx + pruefeMappe) reads and derives; then with the same formulas carrying the core's
 * derived values as cached results, so every reader of cached values (the CLI) sees them.
 *
 * Where a seed prints only targets and changes, the previous-year values below are chosen so that
 * the core's rules reproduce the printed figures (checked by test/xlsx/beispiele.test.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import { FELD, FELDER, findeFeld, type Art } from '../src/catalogue/felder';
import { alleKennzahlwerte, type Wert } from '../src/model/vereinbarung';
import { pruefeMappe } from '../src/kern';
import { alsXlsx, baueMappe, FARBE_EINGABE, zeilenhoehe, type ListenZeile, type MappenOptionen } from '../src/xlsx/vorlage';
import { leseXlsx } from '../src/xlsx/xlsx';

type Werte = Record<string, Wert>;

export interface Beispiel {
  readonly datei: string;
  readonly optionen: MappenOptionen;
}

const PRAEAMBEL_LZA = 'Reduzierung der Langzeitarbeitslosigkeit';

export const BEISPIELE: readonly Beispiel[] = [
  {
    datei: 'Kaiserslautern_2024_gE.xlsx',
    optionen: {
      art: 'gE',
      werte: {
        ZV_Jahr: 2024,
        ZV_Art: 'gE',
        ZV_Darstellung: 'Zielwert mit Veränderung',
        ZV_Agentur: 'Agentur für Arbeit Kaiserslautern-Pirmasens',
        ZV_Agentur_Person: 'Peter Weißler',
        ZV_Agentur_Funktion: 'Vorsitzender der Geschäftsführung',
        ZV_Jobcenter: 'Jobcenter Stadt Kaiserslautern',
        ZV_Jobcenter_Person: 'Edeltraud Nikodemus',
        ZV_Jobcenter_Funktion: 'Geschäftsführerin',
        // previous-year quotas (with the BA's two decimals) and the planned eLb stocks: w = 0,532
        ZV_IQ_VJ_Frauen: 14.93,
        ZV_IQ_VJ_Maenner: 25.79,
        ZV_IQ_VJ_Gesamt: 20.0,
        ZV_IQ_Veraenderung_Frauen: 1.8,
        ZV_IQ_Veraenderung_Maenner: -2.3,
        ZV_eLb_Frauen: 6120,
        ZV_eLb_Maenner: 5380,
        ZV_LZB_VJ_Frauen: 2400,
        ZV_LZB_VJ_Maenner: 2100,
        ZV_LZB_Veraenderung_Frauen: 8.7,
        ZV_LZB_Veraenderung_Maenner: -1.8,
      },
    },
  },
  {
    datei: 'Loerrach_2024_gE-kT.xlsx',
    optionen: {
      art: 'gE-kT',
      werte: {
        ZV_Jahr: 2024,
        ZV_Art: 'gE-kT',
        ZV_Darstellung: 'Zielwert',
        ZV_Agentur: 'Agentur für Arbeit Lörrach',
        ZV_Agentur_Person: 'Horst Eckert',
        ZV_Agentur_Funktion: 'Vorsitzender der Geschäftsführung',
        ZV_Jobcenter: 'Jobcenter Landkreis Lörrach',
        ZV_Jobcenter_Person: 'Jürgen Kurz',
        ZV_Jobcenter_Funktion: 'Geschäftsführer',
        ZV_Traeger: 'Landkreis Lörrach',
        ZV_Traeger_Person: 'Marion Dammann',
        ZV_Traeger_Funktion: 'Landrätin',
        // target only: the levels as printed, nothing to derive
        ZV_IQ_Ziel_Frauen: 14.4,
        ZV_IQ_Ziel_Maenner: 25.9,
        ZV_IQ_Ziel_Gesamt: 19.5,
        ZV_LZB_Ziel_Frauen: 2445,
        ZV_LZB_Ziel_Maenner: 1796,
        ZV_LZB_Ziel_Gesamt: 4242,
      },
      listen: {
        ZV_KommunaleZiele: [
          [
            'Verbesserung und Festigung der SGBII-Quote',
            'Der Abstand zur SGBII-Quote Baden-Württembergs soll um mindestens 0,2 Prozentpunkte verringert werden.',
          ],
          [
            'Bestand der Bedarfsgemeinschaften (BG)',
            'Der Bestand der Bedarfsgemeinschaften soll im Jahresdurchschnitt 2024 5.800 betragen.',
          ],
        ],
      },
    },
  },
  {
    datei: 'Mettmann_2025_gE-kT.xlsx',
    optionen: {
      art: 'gE-kT',
      // a layout unlike the template's: a sheet name with a space, lists as named ranges
      blatt: 'Planung 2025',
      listenBlatt: 'Lokale und kommunale Ziele',
      listenAlsBereich: true,
      werte: {
        ZV_Jahr: 2025,
        ZV_Art: 'gE-kT',
        ZV_Darstellung: 'Veränderung und Zielwert',
        ZV_Agentur: 'Agentur für Arbeit Mettmann',
        ZV_Agentur_Person: 'Karl Tymister',
        ZV_Agentur_Funktion: 'Vorsitzender der Geschäftsführung',
        ZV_Jobcenter: 'jobcenter ME-aktiv',
        ZV_Jobcenter_Person: 'Nathalie Schöndorf',
        ZV_Jobcenter_Funktion: 'Geschäftsführerin',
        ZV_Traeger: 'Kreis Mettmann',
        ZV_Traeger_Person: 'Thomas Hendele',
        ZV_Traeger_Funktion: 'Landrat',
        ZV_IQ_VJ_Frauen: 15.7,
        ZV_IQ_VJ_Maenner: 26.43,
        ZV_IQ_VJ_Gesamt: 20.93,
        ZV_IQ_Veraenderung_Frauen: -1.3,
        ZV_IQ_Veraenderung_Maenner: -3.9,
        // planned eLb stocks: w = 0,505
        ZV_eLb_Frauen: 15655,
        ZV_eLb_Maenner: 15345,
        ZV_LZB_VJ_Frauen: 9534,
        ZV_LZB_VJ_Maenner: 8162,
        ZV_LZB_Veraenderung_Frauen: 6.5,
        ZV_LZB_Veraenderung_Maenner: 8.5,
        // printed as 19.006 although 10.154 + 8.856 = 19.010 (recomputed from the rounded 7,4 %)
        ZV_LZB_Ziel_Gesamt: 19006,
      },
      listen: {
        ZV_LokaleZiele: [
          [
            'Qualifizierung zur nachhaltigen Sicherung von Beschäftigungsfähigkeit',
            'Das Absolventenmanagement bei FbW wird zum Jahresende im JFW auf Soll (80%) liegen',
          ],
          ['Anteil persönlicher Beratungen', 'Der Anteil persönlicher Beratungen soll im JFW bis Jahresende > als 60% sein'],
        ],
        ZV_KommunaleZiele: [
          [
            'Sicherstellung von Kostensenkungsverfahren nach Ablauf der Karenzzeit entsprechend geltender KdU-Richtwerte',
            'Kostensenkungsverfahren\nAusgehend von der Gesamtsumme der laufenden Fälle mit auslaufender Karenzzeit (Bestandsfälle), soll hiervon die Hälfte auf Grundlage der geltenden Richtwerte für die Kosten der Unterkunft im Jahr 2025 abgearbeitet werden.',
          ],
          [
            'Sicherstellung des Einsatzes der kommunalen Eingliederungsleistungen nach § 16a SGB II',
            'Qualifizierung\nFörderspezifische Schulungen im Bereich der kommunalen Eingliederungsleistungen durch den Bereich LuQ',
          ],
          [
            'Bildung und Teilhabe',
            'Richtlinie Lernförderung\nDie Leistungen der Bildung und Teilhabe sollen eine gesellschaftliche Teilhabe und eine Bildungsteilhabe von hilfebedürftigen Kindern, Jugendlichen und jungen Erwachsenen im SGB II sicherstellen. Um die Geeignetheitsüberprüfung von Nachhilfekräften zu vereinfachen und somit Probleme mit Lernförderern und Zahlungsverzögerungen zu beheben, befindet sich die Richtlinie für Lernförderung vom Kreis in einem Überarbeitungsprozess. Dabei wirken die Teamleitung des BuT-Teams im Jobcenter und deren Bereichsleitung mit, insbesondere wegen der inhaltlichen und ausführenden Fachkompetenz. Sobald die Überarbeitung der Richtlinie abgeschlossen und an die Städte versandt worden ist, soll, in Zusammenarbeit mit dem Jobcenter, ein Informationstermin stattfinden. Dieser soll den Sachbearbeitenden die neuen Ansätze näherbringen und ihnen die Möglichkeit geben, mögliche Fragen oder Probleme (z.B. mit bestimmten Lernförderern) zu dem Thema zu klären.',
          ],
        ],
      },
    },
  },
  {
    datei: 'Emsland_2024_zkT.xlsx',
    optionen: {
      art: 'zkT',
      werte: {
        ZV_Jahr: 2024,
        ZV_Art: 'zkT',
        ZV_Land: 'Niedersächsisches Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung',
        ZV_Land_Person: 'Dr. Christine Arbogast',
        ZV_Land_Funktion: 'In Vertretung',
        ZV_Traeger: 'Landkreis Emsland',
        ZV_Traeger_Person: 'Martin Gerenkamp',
        ZV_Traeger_Funktion: 'in Vertretung',
        // changes mode: only relative changes, the total entered as agreed
        ZV_IQ_Veraenderung_Frauen: 5.1,
        ZV_IQ_Veraenderung_Maenner: 2.7,
        ZV_IQ_Veraenderung_Gesamt: 3.9,
        // the seed agrees the LZB as a total only (14,0 %), which a zkT agreement may (a hint, no error)
        ZV_LZB_Veraenderung_Gesamt: 14.0,
        ZV_Budget_Verwaltung: 13155724,
        ZV_Budget_Eingliederung: 8696936,
        ZV_Rahmenbedingungen: [
          'Für Niedersachsen geht das IAB von unterschiedlichen Trends auf dem Arbeitsmarkt aus. Dabei erwartet das IAB ein leichtes Wachstum der sozialversicherungspflichtigen Beschäftigten von 0,2 %, während für die Arbeitslosigkeit insgesamt ein Anstieg um 3,1 % errechnet wurde. Der Anstieg wird jedoch mit einem Plus von 4,7 % deutlich stärker das SGB II als das SGB III betreffen.',
          'Insgesamt hängen die Dynamik und Entwicklung des Arbeitsmarktes im Jahr 2024 entscheidend von der weiteren geopolitischen Entwicklung ab. Die gesamtwirtschaftliche Lage hemmt vor allem die Binnennachfrage, schürt Unsicherheiten und erschwert dringend erforderliche strategische Investitionen zur Bewältigung bzw. Umsetzung des strukturellen Wandels und zur Erhöhung der Resilienz der Wirtschaft.',
          'Im Landkreis Emsland ist die aktuelle Lage am regionalen Arbeitsmarkt als durchaus besorgniserregend zu bewerten und auch für die kommenden Monate von vielen Unsicherheiten geprägt. Die Arbeitslosenzahlen sind zum Jahresende weiter angestiegen, während sich die Zahl der gemeldeten Arbeitsstellen insgesamt weiterhin rückläufig entwickelt.',
          'Im weiteren Verlauf des Jahres sind in den Gesprächen zur Zielerreichung zwischen dem Land Niedersachsen und dem Landkreis Emsland die für den Arbeitsmarkt bestehenden konjunkturellen und strukturellen Besonderheiten bei der Bewertung der Zielerreichung zu berücksichtigen.',
        ].join('\n\n'),
      },
      listen: {
        ZV_WeitereZiele: [
          [
            'Umsetzung der Bürgergeldreform (individualisierte Zielvereinbarung)',
            'Ziel ist, die Umsetzung der Bürgergeldreform weiter positiv zu begleiten und die bisher gewonnenen Erkenntnisse und Erfahrungen zu nutzen, um die eigenen (Beratungs- und Integrations-)Prozesse weiter zu entwickeln.',
            [
              'Kontinuierliche Weiterentwicklung des Beratungs- und Integrationsprozesses im Kontext des Bürgergeldgesetzes',
              'Weitere Steigerung der Motivation durch Nutzung von Beteiligungsformaten z.B. Workshop-Angebote, Beteiligung in der Prozessgestaltung oder auch Befragungen i. d. R. über ein Online-Tool',
              'Etablierung der ortsunabhängigen und aufsuchenden Beratung als zusätzliche Möglichkeit im Beratungsportfolio',
              'Etablierung von Coaching-Elementen nach § 16 k SGB II',
              'Etablierung und ggfs. Anpassung des Kooperationsplans (z. B. einfache Sprache etc.)',
              'Weiterentwicklung der bestehenden Potenzialanalyse',
              'Analyse und Beobachtung der Auswirkungen der Bürgergeldreform auf die Entwicklung der Zahlen, Daten und Fakten des Jobcenters (u. a. Kennzahlen)',
              'Weiterer Ausbau der technischen Rahmenbedingungen (Virtueller Arbeitsplatz, E-Akte, technische Ausstattung für „Außendiensttätigkeiten“ etc.), um die flexiblen Möglichkeiten des Bürgergeldgesetzes ohne Qualitätsverluste zu nutzen',
            ].join('\n'),
            'die vereinbarten Schritte umgesetzt wurden und wenn die Mitarbeitenden befähigt wurden, die neuen Möglichkeiten und Anforderungen des Bürgergeldgesetzes im Sinne der Kundinnen und Kunden umzusetzen, aktiv mitzugestalten und weiterzuentwickeln.',
          ],
          [
            'Gleichstellung von Frauen und Männern im SGB II',
            'Der Landkreis Emsland wird der Gleichstellung von Frauen und Männer auch im Jahr 2024 eine besondere Aufmerksamkeit zukommen lassen, um die Hilfebedürftigkeit von Frauen zu verringern, die Integration von Frauen in Erwerbstätigkeit in den ersten Arbeitsmarkt zu verbessern sowie den Anteil der Frauen in Maßnahmen zu erhöhen.',
            null,
          ],
          [
            'Gestaltung des Übergangs "Schule und Beruf"',
            'Ziel ist, den Übergang "Schule und Beruf" in der Region aktiv zu gestalten und insbesondere die Übergänge in betriebliche Berufsausbildungen weiter zu steigern.',
            [
              'Weitere Verstetigung der JBA-Homepage als virtuelle Präsenz der Jugendberufsagentur (JBA) und als Kommunikationsplattform der JBA-Akteure',
              'Aufbau und Ausweitung der Öffentlichkeitsarbeit z. B. durch die Steigerung der Social-Media-Aktivitäten der JBA über Instagram',
              'Enge Abstimmung der JBA mit den emsländischen Berufsschulen, um junge Geflüchtete ohne weitere Schulperspektive zu identifizieren und gemeinsam mit den BBSen Angebote zu entwickeln (z. B. BES-EQ-Klassen)',
              'Verstetigung der ortsunabhängigen Beratung für Jugendliche seitens des U25-Fallmanagements und der JBA Emsland',
              'Arbeit in regionalen Netzwerken',
              'Gemeinsame Bedarfsabfrage für Berufssprachkurse mit der IHK und der HWK',
              'Weitere Spezialisierung und Koordinierung des Flüchtlingsfallmanagements im JC, insbesondere im Bereich U25',
              'Entwicklung weiterer und Nutzung vorhandener Unterstützungsinstrumente, um Ausbildungsabbrüche zu vermeiden',
            ].join('\n'),
            'die vereinbarten Schritte umgesetzt wurden sowie wenn die Zahl der Kontaktforderungen, die Unterstützungsangebote am Übergang Schule und Beruf, die betrieblichen Praktika und die Integrationen in Ausbildung erhöht werden konnten. Ziel ist gleichzeitig, die Abbruchquoten von Auszubildenden zu verringern, die Zahl der Jugendlichen ohne Schulabschluss und ohne Berufsabschluss zu reduzieren.',
          ],
        ],
      },
    },
  },
  {
    // Niedersachsen zkT in the form of Landkreis Friesland 2021 (constructed names): K1 as a bound in
    // percent next to the IQ level, two ministries (MW and MS) signing with the Landkreis, a further target
    datei: 'Jadeland_2021_zkT.xlsx',
    optionen: {
      art: 'zkT',
      werte: {
        ZV_Jahr: 2021,
        ZV_Art: 'zkT',
        ZV_Land: 'Niedersächsisches Ministerium für Wirtschaft, Arbeit, Verkehr und Digitalisierung',
        ZV_Land_Person: 'Dr. Heike Sandmann',
        ZV_Land_Funktion: 'In Vertretung',
        ZV_Land2: 'Niedersächsisches Ministerium für Soziales, Gesundheit und Gleichstellung',
        ZV_Land2_Person: 'Jens Oltmanns',
        ZV_Land2_Funktion: 'In Vertretung',
        ZV_Traeger: 'Landkreis Jadeland',
        ZV_Traeger_Person: 'Karin Wilkens',
        ZV_Traeger_Funktion: 'Landrätin',
        // before 2023: totals only; the IQ as a level, K1 and the LZB as bounds
        ZV_IQ_Ziel_Gesamt: 28.4,
        ZV_LLU_Veraenderung: 4.6,
        ZV_LZB_Veraenderung_Gesamt: 2.5,
        ZV_Rahmenbedingungen:
          'Für das Jahr 2021 wird eine schrittweise Erholung des Arbeitsmarktes nach der Pandemie erwartet. Die Summe der Leistungen zum Lebensunterhalt soll dabei nicht stärker steigen als vereinbart.',
      },
      listen: {
        ZV_WeitereZiele: [
          [
            'Integration von Langzeitleistungsbeziehenden',
            'Ziel ist, Langzeitleistungsbeziehende mit passgenauen Angeboten an den Arbeitsmarkt heranzuführen.',
            ['Ausbau des ganzheitlichen Coachings', 'Aufsuchende Beratung in den Gemeinden des Landkreises'].join('\n'),
            'die vereinbarten Schritte umgesetzt wurden und wenn die Integrationsquote der Langzeitleistungsbeziehenden den vereinbarten Zielwert erreicht',
          ],
        ],
        ZV_Ergaenzungsziele: [['K3E1 Integrationsquote der Langzeitleistungsbeziehenden', 20.5, '%', '>=', 'Zielwert']],
      },
    },
  },
  {
    // Hessen zkT in the form of the Odenwaldkreis 2024 (constructed names): integrations as minimum
    // counts per gender beside the IQ (the total left to the sum), the LZB as a total only, group targets
    datei: 'Muemlingtal_2024_zkT.xlsx',
    optionen: {
      art: 'zkT',
      werte: {
        ZV_Jahr: 2024,
        ZV_Art: 'zkT',
        ZV_Land: 'Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales',
        ZV_Land_Person: 'Martina Köhler',
        ZV_Land_Funktion: 'Staatssekretärin',
        ZV_Traeger: 'Landkreis Mümlingtal',
        ZV_Traeger_Person: 'Frank Reinhardt',
        ZV_Traeger_Funktion: 'Landrat',
        ZV_IQ_Veraenderung_Frauen: 2.0,
        ZV_IQ_Veraenderung_Maenner: 1.0,
        ZV_IQ_Veraenderung_Gesamt: 1.4,
        ZV_INT_Ziel_Frauen: 258,
        ZV_INT_Ziel_Maenner: 354,
        ZV_LZB_Veraenderung_Gesamt: -1.5,
      },
      listen: {
        ZV_Ergaenzungsziele: [
          ['Integrationsquote der Alleinerziehenden', 17.0, '%', '>=', 'Zielwert'],
          ['Integrationsquote der unter 25-Jährigen (U25)', 2.0, '%', '>=', 'Veränderung'],
        ],
      },
    },
  },
];

/** Mansfeld-Südharz 2020: totals only, in a controller's own compact layout (not the template's). */
export const MANSFELD = {
  datei: 'Mansfeld-Suedharz_2020_gE-kT.xlsx',
  werte: {
    ZV_Jahr: 2020,
    ZV_Art: 'gE-kT',
    ZV_Darstellung: 'Zielwert',
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
      'Die Zielvereinbarung wird auf Basis der Ende 2019 geplanten Zielwerte abgeschlossen. Unter den aktuellen Entwicklungen infolge der SARS-CoV-2-Pandemie ist zu erwarten, dass die Zielerreichung für das Jahr 2020 nicht vollständig realisierbar ist. Die Lage und die Auswirkungen auf die Zielerreichung werden von den Zielvereinbarungspartnern und -partnerinnen beurteilt und adäquat bei der Bewertung der Zielerreichung berücksichtigt.',
  } as Werte,
  lokaleZiele: [
    [PRAEAMBEL_LZA, 'Vermeidung Übertritte LZA', 1132, '<='],
    [PRAEAMBEL_LZA, 'Abgänge LZA in Erwerbstätigkeit (1. AM u. Selbstständigkeit)', 261, '>='],
  ] as ListenZeile[],
  kommunaleZiele: [
    [
      'Reduzierung von Jugend- und Langzeitarbeitslosigkeit i. V. m. Verbesserung der Bildungs- und Entwicklungschancen',
      'Beteiligung am Landesprogramm „Familien stärken – Perspektiven eröffnen“\nDas Projekt „Familienintegrationscoach“ verfolgt das Ziel, überwiegend jüngere erwerbsfähige Hilfebedürftigen aus sogenannten Familienbedarfsgemeinschaften mit mindestens einem Kind unterstützend zu begleiten und durch intensive Betreuung in sozialversicherungspflichtige Beschäftigung zu integrieren. Das Jobcenter verfolgt 2020 das Ziel, dass je Familienintegrationscoach 20 Bedarfsgemeinschaften in das Projekt aufgenommen werden und unterstützt die Familienintegrationscoachs bei der Akquisition der Teilnehmer, ihrer Betreuung sowie ihrer Integration in Beschäftigung. Das Programm wird über die ursprüngliche Projektlaufzeit hinaus zunächst bis zum 31.12.2021 fortgeführt.',
    ],
    [
      'Reduzierung Langzeitarbeitslosigkeit i. V. m. Verbesserung der Bildungs- und Entwicklungschancen',
      'Landesprogramm zur beruflichen Integration von Personen mit besonderen Vermittlungshemmnissen „Aktive Eingliederung“\nDas Programm richtet sich an am Arbeitsmarkt benachteiligte Personen, die mit Hilfe der Förderangebote nach dem Zweiten oder Dritten Buch Sozialgesetzbuch nicht mehr erreicht werden können und einen besonderen Unterstützungsbedarf bei der Eingliederung in den ersten Arbeitsmarkt oder in Ausbildung haben.\nDas Jobcenter unterstützt die Umsetzung des Landesprogramms, das im Landkreis an den Standorten Eisleben und Sangerhausen weitergeführt wird, durch die Akquisition von Projektteilnehmern und ihre gezielte Vorbereitung und Nachbetreuung.',
    ],
    [
      'Jugendarbeitslosigkeit',
      'Landesprogramm STABIL\nZiel des Landesprogramms ist es, die Bildungs- und Beschäftigungsfähigkeit förderungsbedürftiger junger Menschen zu entwickeln und herzustellen, so dass sie in geeignete weiterführende Maßnahmen, in Ausbildung oder Beschäftigung integriert werden können. Für das Jobcenter stellt sich das Ziel, die Teilnehmerakquise für die beiden Projekte (Nachrücker) im Zusammenwirken mit den Trägern abzusichern.',
    ],
    [
      'Langzeitarbeitslosigkeit/ Soziale Teilhabe',
      'Das Landesprogramm Gesellschaftliche Teilhabe: Jobperspektive 58+\nDer Landkreis Mansfeld-Südharz verfügt aktuell in der Verlängerungsphase bis 30.06.2021 noch über 64 Teilnehmerplätze. Das Jobcenter stellt sich das Ziel, die Träger bei der Umsetzung des Landesprogramms durch die Auswahl geeigneter Teilnehmer als Nachrücker und bedarfsweise bei der sich an das Projekt anschließende weiterführende Maßnahmen zu unterstützen.',
    ],
    [
      'Reduzierung Langzeitarbeitslosigkeit i. V. m. Verbesserung der Bildungs- und Entwicklungschancen',
      'Landesprogramm „Stabilisierung und Teilhabe am Arbeitsleben“\nDas Ziel des Programms besteht darin, für von Langzeitarbeitslosigkeit betroffene Menschen über längerfristige, geförderte und sozialpädagogisch begleitete Beschäftigung (AGH) die Möglichkeit zur Teilhabe am Arbeitsleben und damit insbesondere zur persönlichen und beruflichen Stabilisierung zu bieten.',
    ],
  ] as ListenZeile[],
};

function name(feld: string): string {
  const f = findeFeld(feld);
  if (!f) throw new Error(`unknown field ${feld}`);
  return f.name;
}

/** Mansfeld-Südharz: one sheet "Zielwerte 2020" like a controller's own, names bound to its cells. */
async function baueMansfeld(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zielplaner (Beispiel)';
  wb.created = ERSTELLT;
  wb.modified = ERSTELLT;
  const ws = wb.addWorksheet('Zielwerte 2020');
  ws.columns = [{ width: 4 }, { width: 44 }, { width: 60 }, { width: 16 }];
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  ws.getCell('B1').value = 'Zielvereinbarung 2020 – Jobcenter Mansfeld-Südharz';
  ws.getCell('B1').font = { name: 'Calibri', bold: true, size: 13 };
  let z = 3;
  const zeile = (label: string, feld: string, fmt?: string): void => {
    ws.getCell(z, 2).value = label;
    ws.getCell(z, 2).alignment = { vertical: 'top' };
    const c = ws.getCell(z, 3);
    c.value = MANSFELD.werte[name(feld)] ?? null;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FARBE_EINGABE } };
    if (fmt) c.numFmt = fmt;
    c.alignment = { wrapText: true, vertical: 'top' };
    wb.definedNames.add(`'Zielwerte 2020'!$C$${z}`, name(feld));
    z++;
  };
  zeile('Jahr', 'ZV_Jahr', '0');
  zeile('Art', 'ZV_Art');
  zeile('Darstellung', 'ZV_Darstellung');
  z++;
  zeile('Agentur für Arbeit', 'ZV_Agentur');
  zeile('Vorsitzende der Geschäftsführung', 'ZV_Agentur_Person');
  zeile('Funktion', 'ZV_Agentur_Funktion');
  zeile('Kommunaler Träger', 'ZV_Traeger');
  zeile('Landrätin', 'ZV_Traeger_Person');
  zeile('Funktion', 'ZV_Traeger_Funktion');
  zeile('Jobcenter', 'ZV_Jobcenter');
  zeile('Geschäftsführerin', 'ZV_Jobcenter_Person');
  zeile('Funktion', 'ZV_Jobcenter_Funktion');
  z++;
  ws.getCell(z, 2).value = 'I) Geschäftspolitische Ziele – Zielwert 2020';
  ws.getCell(z, 2).font = { name: 'Calibri', size: 11, bold: true };
  z++;
  zeile('Integrationsquote in %', 'ZV_IQ_Ziel_Gesamt', '0.0');
  zeile('Bestand an Langzeitleistungsbeziehenden', 'ZV_LZB_Ziel_Gesamt', '#,##0');
  zeile('II) Prognose Summe der Leistungen zum Lebensunterhalt', 'ZV_LLU_Prognose', '#,##0 "€"');
  zeile('Zusatz zum Zielnachhalteprozess', 'ZV_Zusatztext');
  ws.getRow(z - 1).height = zeilenhoehe([{ text: String(MANSFELD.werte[name('ZV_Zusatztext')]), breite: 60 }]);
  z += 2;
  // lists as named ranges with a header row, side by side with the user's own notes
  const liste = (titel: string, listName: string, kopf: string[], zeilen: ListenZeile[]): void => {
    ws.getCell(z, 2).value = titel;
    ws.getCell(z, 2).font = { name: 'Calibri', size: 11, bold: true };
    z++;
    const start = z;
    kopf.forEach((k, i) => {
      ws.getCell(z, 2 + i).value = k;
      ws.getCell(z, 2 + i).font = { name: 'Calibri', size: 11, bold: true };
    });
    z++;
    for (const r of zeilen) {
      ws.getRow(z).height = zeilenhoehe(r.map((w, i) => ({ text: w === null ? '' : String(w), breite: [44, 60, 16, 10][i] ?? 10 })));
      r.forEach((w, i) => {
        const c = ws.getCell(z, 2 + i);
        c.value = w;
        c.alignment = { wrapText: true, vertical: 'top' };
        if (typeof w === 'number') c.numFmt = '#,##0';
      });
      z++;
    }
    const bis = String.fromCharCode(65 + kopf.length);
    wb.definedNames.add(`'Zielwerte 2020'!$B$${start}:$${bis}$${z - 1}`, listName);
    z++;
  };
  liste('III) Lokale Ziele', 'ZV_LokaleZiele', ['Ziel', 'Beschreibung', 'Wert', 'Vergleich'], MANSFELD.lokaleZiele);
  liste('IV) Kommunale Ziele zwischen JC und kommunalem Träger', 'ZV_KommunaleZiele', ['Ziel', 'Beschreibung'], MANSFELD.kommunaleZiele);
  return alsXlsx(wb, ERSTELLT);
}

// ---- ZV_Liste of 405 fictional Jobcenters ----------------------------------------------------

/** mulberry32: a small deterministic pseudo-random generator. */
function zufall(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SILBEN_A = [
  'Ahl',
  'Bor',
  'Cel',
  'Dorn',
  'Eich',
  'Fal',
  'Gern',
  'Hag',
  'Ilm',
  'Kal',
  'Lin',
  'Mar',
  'Nord',
  'Oster',
  'Pfal',
  'Rhein',
  'Sted',
  'Tann',
  'Ulm',
  'Wald',
  'Zell',
  'Berg',
  'Loh',
  'Wies',
];
const SILBEN_B = [
  'bach',
  'berg',
  'burg',
  'dorf',
  'feld',
  'hagen',
  'hausen',
  'heim',
  'stedt',
  'stadt',
  'tal',
  'au',
  'ingen',
  'ow',
  'witz',
  'brück',
];
const LAENDER = [
  'Niedersachsen',
  'Hessen',
  'Nordrhein-Westfalen',
  'Baden-Württemberg',
  'Bayern',
  'Brandenburg',
  'Sachsen-Anhalt',
  'Thüringen',
  'Schleswig-Holstein',
  'Rheinland-Pfalz',
];
const VORNAMEN = [
  'Anna',
  'Bernd',
  'Claudia',
  'Dirk',
  'Eva',
  'Frank',
  'Gabriele',
  'Holger',
  'Ines',
  'Jörg',
  'Karin',
  'Lars',
  'Monika',
  'Norbert',
  'Petra',
  'Ralf',
  'Sabine',
  'Thomas',
  'Ute',
  'Volker',
];
const NACHNAMEN = [
  'Albrecht',
  'Becker',
  'Conrad',
  'Dietrich',
  'Engel',
  'Fischer',
  'Günther',
  'Hoffmann',
  'Jung',
  'Krüger',
  'Lange',
  'Möller',
  'Neumann',
  'Otto',
  'Peters',
  'Richter',
  'Schulz',
  'Vogel',
  'Wagner',
  'Ziegler',
];

export const LISTE_ZEILEN = 405;

export async function baueListe(zeilen = LISTE_ZEILEN): Promise<Uint8Array> {
  const r = zufall(48);
  const wahl = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const zwischen = (a: number, b: number): number => a + r() * (b - a);
  const runde = (x: number, s = 1): number => Math.round(x * 10 ** s) / 10 ** s;
  const person = (): string => `${wahl(VORNAMEN)} ${wahl(NACHNAMEN)}`;

  // the columns: the catalogue's input fields that make sense per row (no lists, no long texts)
  const ohne = new Set(['ZV_Zusatztext', 'ZV_Rahmenbedingungen', 'ZV_Budget_Verwaltung', 'ZV_Budget_Eingliederung']);
  const felder = FELDER.filter((f) => f.rolle !== 'abgeleitet' && !/_Ziel_/.test(f.name) && !ohne.has(f.name));
  // header: some with, some without the ZV_ prefix
  const kopf = felder.map((f, i) => (i % 3 === 1 ? f.name.slice(3) : f.name));

  const orte = new Set<string>();
  const zeilenWerte: (string | number | null)[][] = [];
  for (let i = 0; i < zeilen; i++) {
    let ort = '';
    do {
      ort = `${wahl(SILBEN_A)}${wahl(SILBEN_B)}`;
      if (orte.has(ort)) ort = `${ort}-${wahl(['Nord', 'Süd', 'Ost', 'West', 'Land'])}`;
    } while (orte.has(ort));
    orte.add(ort);
    const art: Art = i % 4 === 3 ? 'zkT' : i % 4 === 2 ? 'gE-kT' : 'gE';
    const kreis = r() < 0.6;
    const traeger = kreis ? `Landkreis ${ort}` : `Stadt ${ort}`;
    const iqF = runde(zwischen(11, 22));
    const iqM = runde(iqF + zwischen(6, 12));
    const w = zwischen(0.5, 0.58);
    const iqT = runde(w * iqF + (1 - w) * iqM);
    const elb = Math.round(zwischen(2500, 40000));
    const wPlan = w + zwischen(-0.01, 0.01);
    const elbF = Math.round(elb * wPlan);
    const elbM = elb - elbF;
    const lzbF = Math.round(elbF * zwischen(0.55, 0.72));
    const lzbM = Math.round(elbM * zwischen(0.5, 0.68));
    const werte: Record<string, string | number | null> = {
      ZV_Jahr: 2025,
      ZV_Art: art,
      ZV_Darstellung: art === 'zkT' ? null : wahl(['Zielwert', 'Zielwert mit Veränderung', 'Veränderung', 'Veränderung und Zielwert']),
      ZV_Agentur: art === 'zkT' ? null : `Agentur für Arbeit ${ort}`,
      ZV_Agentur_Person: art === 'zkT' ? null : person(),
      ZV_Agentur_Funktion: art === 'zkT' ? null : 'Vorsitzende/r der Geschäftsführung',
      ZV_Jobcenter: `Jobcenter ${traeger}`,
      ZV_Jobcenter_Person: person(),
      ZV_Jobcenter_Funktion: 'Geschäftsführung',
      ZV_Traeger: art === 'gE' ? null : traeger,
      ZV_Traeger_Person: art === 'gE' ? null : person(),
      ZV_Traeger_Funktion: art === 'gE' ? null : kreis ? 'Landrat/Landrätin' : 'Oberbürgermeister/in',
      ZV_Land: art === 'zkT' ? `Ministerium für Arbeit und Soziales des Landes ${wahl(LAENDER)}` : null,
      ZV_Land_Person: art === 'zkT' ? person() : null,
      ZV_Land_Funktion: art === 'zkT' ? 'Staatssekretär/in' : null,
      ZV_IQ_VJ_Frauen: iqF,
      ZV_IQ_VJ_Maenner: iqM,
      ZV_IQ_VJ_Gesamt: iqT,
      ZV_IQ_Veraenderung_Frauen: runde(zwischen(-4, 7)),
      ZV_IQ_Veraenderung_Maenner: runde(zwischen(-5, 5)),
      ZV_eLb_Frauen: elbF,
      ZV_eLb_Maenner: elbM,
      ZV_LZB_VJ_Frauen: lzbF,
      ZV_LZB_VJ_Maenner: lzbM,
      ZV_LZB_Veraenderung_Frauen: runde(zwischen(-6, 8)),
      ZV_LZB_Veraenderung_Maenner: runde(zwischen(-6, 8)),
      ZV_LLU_Prognose: art === 'zkT' ? null : Math.round(elb * zwischen(3800, 5200)),
    };
    zeilenWerte.push(felder.map((f) => werte[f.name] ?? null));
  }

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zielplaner (Beispiel)';
  wb.created = ERSTELLT;
  wb.modified = ERSTELLT;
  const ws = wb.addWorksheet('Jobcenter 2025', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.addTable({
    name: 'ZV_Liste',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: kopf.map((k) => ({ name: k, filterButton: true })),
    rows: zeilenWerte,
  });
  felder.forEach((f, i) => {
    const spalte = ws.getColumn(i + 1);
    spalte.width = f.typ === 'text' ? 34 : 14;
    if (f.zahlenformat) spalte.numFmt = f.zahlenformat;
  });
  return alsXlsx(wb, ERSTELLT);
}

/** Builds one planning workbook in two passes: inputs, then formulas with the core's derived values. */
/** A fixed date for the examples, so that rebuilding them gives the same bytes. */
export const ERSTELLT = new Date(Date.UTC(2026, 0, 2, 12, 0, 0));

export async function baueBeispiel(b: Beispiel): Promise<Uint8Array> {
  const erst = await baueMappe({ ...b.optionen, erstellt: ERSTELLT });
  const [ergebnis] = pruefeMappe(await leseXlsx(erst, b.datei));
  if (!ergebnis) throw new Error(`${b.datei}: no agreement read back`);
  const v = ergebnis.vereinbarung;
  const ergebnisse: Record<string, Wert> = {};
  for (const { feld, eingegeben, wert } of alleKennzahlwerte(v)) {
    if (!eingegeben && wert !== undefined && findeFeld(feld)?.arten.includes(b.optionen.art)) ergebnisse[feld] = wert;
  }
  // the integrations total is derived too (Frauen + Männer), outside the Kennzahlen
  const int = v.werte[FELD.ZV_INT_Ziel_Gesamt];
  if (int !== undefined && !v.eingegeben.has(FELD.ZV_INT_Ziel_Gesamt)) ergebnisse[FELD.ZV_INT_Ziel_Gesamt] = int;
  return baueMappe({ ...b.optionen, ergebnisse, erstellt: ERSTELLT });
}

export async function main(ziel = path.resolve(process.cwd(), 'examples')): Promise<void> {
  mkdirSync(ziel, { recursive: true });
  const dateien: [string, Uint8Array][] = [];
  for (const b of BEISPIELE) dateien.push([b.datei, await baueBeispiel(b)]);
  dateien.push([MANSFELD.datei, await baueMansfeld()]);
  dateien.push([`ZV_Liste_${LISTE_ZEILEN}.xlsx`, await baueListe()]);
  for (const [datei, bytes] of dateien) {
    writeFileSync(path.join(ziel, datei), bytes);
    const ergebnisse = pruefeMappe(await leseXlsx(bytes, datei));
    const befunde = ergebnisse.flatMap((e) => e.befunde);
    const fehler = befunde.filter((x) => x.severity === 'error').length;
    const warnungen = befunde.filter((x) => x.severity === 'warning').length;
    console.log(`${datei}: ${ergebnisse.length} Vereinbarung(en), ${fehler} Fehler, ${warnungen} Warnungen`);
    for (const x of befunde.filter((y) => y.severity !== 'info').slice(0, 8))
      console.log(`  ${x.severity} ${x.rule} ${x.field} ${x.cell ?? ''}`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
