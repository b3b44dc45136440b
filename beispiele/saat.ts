/**
 * The five seed agreements (../shared/reference/agreements/*.txt) as data, in one place: what a
 * controller enters in the planning sheet (catalogue field values), the lists, and the figures the
 * real documents print. The examples' builder (scripts/beispiele.ts, `npm run beispiele`) writes
 * examples/*.xlsx from these; the tests read the same objects.
 *
 * Where a seed prints only targets and changes, the previous-year values are chosen so that the
 * core's rules reproduce the printed figures (checked by test/xlsx/beispiele.test.ts).
 */
import type { Wert } from '../src/model/vereinbarung';
import type { ListenZeile, MappenOptionen } from '../src/xlsx/vorlage';

/** An example workbook: its file name in examples/ and what the template builder puts in. */
export interface Beispiel {
  readonly datei: string;
  readonly optionen: MappenOptionen & {
    readonly werte: Readonly<Record<string, Wert>>;
    readonly listen?: Readonly<Record<string, readonly ListenZeile[]>>;
  };
}

/** A seed agreement: its reference text, its inputs and the figures its document prints. */
export interface Saat extends Beispiel {
  /** File name in ../shared/reference/agreements. */
  readonly quelle: string;
  /** The figures as printed (quotas and changes to one decimal, stocks and euros whole). */
  readonly gedruckt: Readonly<Record<string, number>>;
}

const PRAEAMBEL_LZA = 'Reduzierung der Langzeitarbeitslosigkeit';

/** Kaiserslautern 2024 (gE): levels with the relative change in brackets; previous-year quotas and planned eLb stocks chosen so that the rules reproduce the print. */
export const KAISERSLAUTERN: Saat = {
  quelle: 'ge-2-parteien-kaiserslautern-2024.txt',
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
      // place and date above each signature, as printed
      ZV_Agentur_Ort: 'Kaiserslautern',
      ZV_Agentur_Datum: '04.04.2024',
      ZV_Jobcenter_Ort: 'Kaiserslautern',
      ZV_Jobcenter_Datum: '04.04.2024',
    },
  },
  gedruckt: {
    ZV_IQ_Ziel_Gesamt: 19.9,
    ZV_IQ_Ziel_Frauen: 15.2,
    ZV_IQ_Ziel_Maenner: 25.2,
    ZV_IQ_Veraenderung_Gesamt: -0.6,
    ZV_IQ_Veraenderung_Frauen: 1.8,
    ZV_IQ_Veraenderung_Maenner: -2.3,
    ZV_LZB_Veraenderung_Gesamt: 3.8,
    ZV_LZB_Veraenderung_Frauen: 8.7,
    ZV_LZB_Veraenderung_Maenner: -1.8,
  },
};

/** Lörrach 2024 (gE-kT): levels only, as printed. */
export const LOERRACH: Saat = {
  quelle: 'ge-3-parteien-loerrach-2024.txt',
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
      // place and date above each signature, as printed (the Landrätin's date with two year digits)
      ZV_Agentur_Ort: 'Lörrach',
      ZV_Agentur_Datum: '02.04.2024',
      ZV_Traeger_Ort: 'Lörrach',
      ZV_Traeger_Datum: '24.04.24',
      ZV_Jobcenter_Ort: 'Lörrach',
      ZV_Jobcenter_Datum: '03.04.2024',
    },
    listen: {
      ZV_KommunaleZiele: [
        [
          'Verbesserung und Festigung der SGBII-Quote',
          'Der Abstand zur SGBII-Quote Baden-Württembergs soll um mindestens 0,2 Prozentpunkte verringert werden.',
        ],
        ['Bestand der Bedarfsgemeinschaften (BG)', 'Der Bestand der Bedarfsgemeinschaften soll im Jahresdurchschnitt 2024 5.800 betragen.'],
      ],
    },
  },
  gedruckt: {
    ZV_IQ_Ziel_Gesamt: 19.5,
    ZV_IQ_Ziel_Frauen: 14.4,
    ZV_IQ_Ziel_Maenner: 25.9,
    ZV_LZB_Ziel_Gesamt: 4242,
    ZV_LZB_Ziel_Frauen: 2445,
    ZV_LZB_Ziel_Maenner: 1796,
  },
};

/** Mettmann 2025 (gE-kT): change and level in two columns, in a layout unlike the template's. */
export const METTMANN: Saat = {
  quelle: 'ge-3-parteien-mettmann-2025.txt',
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
      // the Landrat signed by hand with place and date; Agentur and Jobcenter signed digitally (no place)
      ZV_Traeger_Ort: 'Mettmann',
      ZV_Traeger_Datum: '13.03.2025',
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
  gedruckt: {
    ZV_IQ_Ziel_Gesamt: 20.4,
    ZV_IQ_Ziel_Frauen: 15.5,
    ZV_IQ_Ziel_Maenner: 25.4,
    ZV_IQ_Veraenderung_Gesamt: -2.5,
    ZV_IQ_Veraenderung_Frauen: -1.3,
    ZV_IQ_Veraenderung_Maenner: -3.9,
    ZV_LZB_Veraenderung_Gesamt: 7.4,
    ZV_LZB_Veraenderung_Frauen: 6.5,
    ZV_LZB_Veraenderung_Maenner: 8.5,
    ZV_LZB_Ziel_Gesamt: 19006,
    ZV_LZB_Ziel_Frauen: 10154,
    ZV_LZB_Ziel_Maenner: 8856,
  },
};

/** Emsland 2024 (zkT): changes only, in prose, with budget and individualised goals. */
export const EMSLAND: Saat = {
  quelle: 'zkt-land-emsland-2024.txt',
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
      // Niedersachsen's § 3 (6), which the built-in zkT text (for every Land) does not have
      ZV_Zusatztext:
        '(6) In die Vorbereitung der regelmäßigen und ggf. notwendigen anlassbezogenen Zieldialoge wird der Ausschuss für Zielvereinbarungen nach § 2b des Niedersächsischen Gesetzes zur Ausführung des Zweiten Buches des Sozialgesetzbuchs und des § 6b des Bundeskindergeldgesetzes (Nds. AG SGB II) einbezogen, welcher ebenfalls die maßgeblichen Grundlagen und Empfehlungen dafür erarbeitet.',
      ZV_Rahmenbedingungen: [
        'Für Niedersachsen geht das IAB von unterschiedlichen Trends auf dem Arbeitsmarkt aus. Dabei erwartet das IAB ein leichtes Wachstum der sozialversicherungspflichtigen Beschäftigten von 0,2 %, während für die Arbeitslosigkeit insgesamt ein Anstieg um 3,1 % errechnet wurde. Der Anstieg wird jedoch mit einem Plus von 4,7 % deutlich stärker das SGB II als das SGB III betreffen.',
        'Insgesamt hängen die Dynamik und Entwicklung des Arbeitsmarktes im Jahr 2024 entscheidend von der weiteren geopolitischen Entwicklung ab. Die gesamtwirtschaftliche Lage hemmt vor allem die Binnennachfrage, schürt Unsicherheiten und erschwert dringend erforderliche strategische Investitionen zur Bewältigung bzw. Umsetzung des strukturellen Wandels und zur Erhöhung der Resilienz der Wirtschaft.',
        'Im Landkreis Emsland ist die aktuelle Lage am regionalen Arbeitsmarkt als durchaus besorgniserregend zu bewerten und auch für die kommenden Monate von vielen Unsicherheiten geprägt. Die Arbeitslosenzahlen sind zum Jahresende weiter angestiegen, während sich die Zahl der gemeldeten Arbeitsstellen insgesamt weiterhin rückläufig entwickelt. Im Kontext von einer weiterhin positiven Beschäftigungsentwicklung zeigt dies jedoch auch eine differenzierte Situation in den verschiedenen Branchen: Insbesondere die regionale Baubranche klagt in Teilen über leere Auftragsbücher und kommt somit ggfs. in die Situation, Fachkräfte freisetzen zu müssen, die bei einer Verbesserung der Lage eventuell nicht zurückkehren werden. Auch die Entwicklung in der Gastronomie ist im Zuge der Mehrwertsteuererhöhung zu beobachten. In Zeiten von weiterhin hohen Energiepreisen, steigenden Zinsen und schwächelnder Nachfrage sind die Betriebe insgesamt auf verlässliche wirtschaftspolitische Rahmenbedingungen angewiesen, um sich weiter am Markt zu behaupten.',
        'Im weiteren Verlauf des Jahres sind in den Gesprächen zur Zielerreichung zwischen dem Land Niedersachsen und dem Landkreis Emsland die für den Arbeitsmarkt bestehenden konjunkturellen und strukturellen Besonderheiten bei der Bewertung der Zielerreichung zu berücksichtigen.',
      ].join('\n\n'),
      // places (and the Landkreis's date) above the signatures, as printed; the ministry's date is left open
      ZV_Land_Ort: 'Hannover',
      ZV_Traeger_Ort: 'Meppen',
      ZV_Traeger_Datum: '1. Februar 2024',
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
          'Das Prinzip der Gleichstellung von Frauen und Männern in der Grundsicherung für Arbeitsuchende ist auch in der Zielsteuerung - entsprechend der Vorgabe in § 1 Absatz 2 Satz 3 SGB II - zu verfolgen. Der Landkreis Emsland wird der Gleichstellung von Frauen und Männer auch im Jahr 2024 eine besondere Aufmerksamkeit zukommen lassen, um die Hilfebedürftigkeit von Frauen zu verringern, die Integration von Frauen in Erwerbstätigkeit in den ersten Arbeitsmarkt zu verbessern sowie den Anteil der Frauen in Maßnahmen zu erhöhen.',
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
  gedruckt: {
    ZV_IQ_Veraenderung_Gesamt: 3.9,
    ZV_IQ_Veraenderung_Frauen: 5.1,
    ZV_IQ_Veraenderung_Maenner: 2.7,
    ZV_LZB_Veraenderung_Gesamt: 14.0,
    ZV_Budget_Verwaltung: 13155724,
    ZV_Budget_Eingliederung: 8696936,
  },
};

/**
 * Mansfeld-Südharz 2020 (gE-kT): totals only, before gender targets; local goals with bounds. The
 * examples' builder lays it out in a controller's own compact sheet (not the template's).
 */
export const MANSFELD: Saat = {
  quelle: 'ge-3-parteien-mansfeld-suedharz-2020.txt',
  datei: 'Mansfeld-Suedharz_2020_gE-kT.xlsx',
  optionen: {
    art: 'gE-kT',
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
      // only what the agreement adds: its first sentence ("… auf Basis der Ende 2019 geplanten
      // Zielwerte abgeschlossen.") is the 2020 wording the document prints itself
      ZV_Zusatztext:
        'Unter den aktuellen Entwicklungen infolge der SARS-CoV-2-Pandemie ist zu erwarten, dass die Zielerreichung für das Jahr 2020 nicht vollständig realisierbar ist. Die Lage und die Auswirkungen auf die Zielerreichung werden von den Zielvereinbarungspartnern und -partnerinnen beurteilt und adäquat bei der Bewertung der Zielerreichung berücksichtigt.',
      // place and date above the signatures, as printed (the Jobcenter's place is handwritten, illegible)
      ZV_Agentur_Ort: 'Sangerhausen',
      ZV_Agentur_Datum: '21.08.2020',
      ZV_Traeger_Ort: 'Sangerhausen',
      ZV_Traeger_Datum: '21.8.2020',
      ZV_Jobcenter_Datum: '24.08.2020',
    },
    listen: {
      ZV_LokaleZiele: [
        [PRAEAMBEL_LZA, 'Vermeidung Übertritte LZA', 1132, '<='],
        [PRAEAMBEL_LZA, 'Abgänge LZA in Erwerbstätigkeit (1. AM u. Selbstständigkeit)', 261, '>='],
      ],
      ZV_KommunaleZiele: [
        [
          'Reduzierung von Jugend- und Langzeitarbeitslosigkeit i. V. m. Verbesserung der Bildungs- und Entwicklungschancen',
          'Beteiligung am Landesprogramm „Familien stärken – Perspektiven eröffnen“\nDas Projekt „Familienintegrationscoach“ verfolgt das Ziel, überwiegend jüngere erwerbsfähige Hilfebedürftigen aus sogenannten Familienbedarfsgemeinschaften mit mindestens einem Kind unterstützend zu begleiten und durch intensive Betreuung in sozialversicherungspflichtige Beschäftigung zu integrieren. Das Jobcenter verfolgt 2020 das Ziel, dass je Familienintegrationscoach 20 Bedarfsgemeinschaften in das Projekt aufgenommen werden und unterstützt die Familienintegrationscoachs bei der Akquisition der Teilnehmer, ihrer Betreuung sowie ihrer Integration in Beschäftigung. Das Programm wird über die ursprüngliche Projektlaufzeit hinaus zunächst bis zum 31.12.2021 fortgeführt.',
        ],
        [
          'Reduzierung Langzeitarbeitslosigkeit i. V. m. Verbesserung der Bildungs- und Entwicklungschancen',
          'Landesprogramm zur beruflichen Integration von Personen mit besonderen Vermittlungshemmnissen „Aktive Eingliederung“\nDas Programm richtet sich an am Arbeitsmarkt benachteiligte Personen, die mit Hilfe der Förderangebote nach dem Zweiten oder Dritten Buch Sozialgesetzbuch nicht mehr erreicht werden können und einen besonderen Unterstützungsbedarf bei der Eingliederung in den ersten Arbeitsmarkt oder in Ausbildung haben.\nDas Programmziel besteht darin, durch längerfristige individuelle lösungsorientierte Integrationsbegleitung der Betroffenen bessere Integrationsfortschritte zu erzielen und schließlich ihre berufliche Integration in den ersten Arbeitsmarkt oder in Ausbildung zu erreichen und zu festigen.\nDas Jobcenter unterstützt die Umsetzung des Landesprogramms, das im Landkreis an den Standorten Eisleben und Sangerhausen weitergeführt wird, durch die Akquisition von Projektteilnehmern und ihre gezielte Vorbereitung und Nachbetreuung.',
        ],
        [
          'Jugendarbeitslosigkeit',
          'Landesprogramm STABIL\nZiel des Landesprogramms ist es, die Bildungs- und Beschäftigungsfähigkeit förderungsbedürftiger junger Menschen zu entwickeln und herzustellen, so dass sie in geeignete weiterführende Maßnahmen, in Ausbildung oder Beschäftigung integriert werden können.\nDer RAK hat die Träger für die Umsetzung des Landesprogramms mit 20 (SGH) bzw. 30 Plätzen (EIL&HET) im Jahr 2016 in einem Ideenwettbewerb ausgewählt und begleitet die Projektumsetzung. Der Beschluss, die Projekte (in SGH mit auf 15 verminderter Platzzahl) fortzuführen, wurde im Februar 2020 vom RAK gefasst. Für das Jobcenter stellt sich das Ziel, die Teilnehmerakquise für die beiden Projekte (Nachrücker) im Zusammenwirken mit den Trägern abzusichern.',
        ],
        [
          'Langzeitarbeitslosigkeit/ Soziale Teilhabe',
          'Das Landesprogramm Gesellschaftliche Teilhabe: Jobperspektive 58+\nverfolgt das Ziel, langzeitarbeitslose Personen, die das 58. Lebensjahr vollendet haben und im Rechtskreis des SGB II betreut werden sowie Leistungen zur Sicherung des Lebensunterhaltes beziehen mit längerfristigen, zusätzlichen und im öffentlichen Interesse liegenden sozialversicherungspflichtigen Beschäftigungen die Möglichkeit zur sozialen Teilhabe zu eröffnen.\nDer Landkreis Mansfeld-Südharz verfügt aktuell in der Verlängerungsphase bis 30.06.2021 noch über 64 Teilnehmerplätze.\nDas Jobcenter stellt sich das Ziel, die Träger bei der Umsetzung des Landesprogramms durch die Auswahl geeigneter Teilnehmer als Nachrücker und bedarfsweise bei der sich an das Projekt anschließende weiterführende Maßnahmen zu unterstützen.',
        ],
        [
          'Reduzierung Langzeitarbeitslosigkeit i. V. m. Verbesserung der Bildungs- und Entwicklungschancen',
          'Landesprogramm „Stabilisierung und Teilhabe am Arbeitsleben“\nDas Ziel des Programms besteht darin, für von Langzeitarbeitslosigkeit betroffene Menschen über längerfristige, geförderte und sozialpädagogisch begleitete Beschäftigung (AGH) die Möglichkeit zur Teilhabe am Arbeitsleben und damit insbesondere zur persönlichen und beruflichen Stabilisierung zu bieten.\nLangzeitarbeitslose, die im Rahmen des Programms erfolgreich stabilisiert wurden, sollen durch die Jobcenter auf Arbeitsplätze in einem sogenannten Übergangsarbeitsmarkt (geförderte sozialversicherungs-pflichtige Beschäftigung in Wirtschaftsunternehmen) vermittelt werden. Die finanzielle Förderung dieser Arbeitsplätze soll ausschließlich aus Regel-instrumenten des SGB II erfolgen (z. B. Förderung von Arbeitsverhältnissen nach § 16i/e SGB II).\nDas Jobcenter unterstützt die Umsetzung des Landesprogramms, das im Landkreis mit 145 Plätzen, ab 2. Quartal 2020 sukzessive auf 100 reduziert, umgesetzt wird, durch die Akquisition geeignete Teilnehmer. Durch die Kooperationsvereinbarung zwischen LK und JC wird den Intensivbetreuern eine enge Zusammenarbeit mit den Vermittlungsfachkräften/ Fallmanagern im JC über alle Phasen der Umsetzung des im RAK beschlossenen Projektkonzeptes ermöglicht.',
        ],
      ],
    },
  },
  gedruckt: { ZV_IQ_Ziel_Gesamt: 18.9, ZV_LZB_Ziel_Gesamt: 7331, ZV_LLU_Prognose: 38219839 },
};

/** The seeds built from the template's layout (Mansfeld-Südharz has a layout of its own). */

/** Further target forms of zkT agreements (issue 12), constructed names. */
export const JADELAND: Beispiel = {
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
};

export const MUEMLINGTAL: Beispiel = {
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
};

/** The seeds built in the template's layout. */
const SAATEN_IM_VORLAGENLAYOUT: readonly Saat[] = [KAISERSLAUTERN, LOERRACH, METTMANN, EMSLAND];

/** Every example workbook built in the template's layout (Mansfeld-Südharz has a layout of its own). */
export const BEISPIELE: readonly Beispiel[] = [...SAATEN_IM_VORLAGENLAYOUT, JADELAND, MUEMLINGTAL];

/** All five seeds. */
export const SAATEN: readonly Saat[] = [...SAATEN_IM_VORLAGENLAYOUT, MANSFELD];
