/**
 * The year's wording of the BA template (domain.md, "Wording by year"): the sentences that changed
 * between the 2020 template (Mansfeld-Südharz 2020; the template of 2022 still reads so) and the 2024
 * template (Lörrach, Kaiserslautern 2024, Mettmann 2025). Years up to 2022 take the 2020 wording, from
 * 2023 on the 2024 wording; an agreement without a year takes the current one. The section files ask
 * this catalogue for every sentence that depends on the year.
 */
import type { Vereinbarung } from '../model/vereinbarung';

export type Fassung = '2020' | '2024';

/** The wording of an agreement's year. */
export function fassung(v: Pick<Vereinbarung, 'jahr'>): Fassung {
  return v.jahr !== null && v.jahr <= 2022 ? '2020' : '2024';
}

export interface Wortlaut {
  /** The bullets of "Die Zielvereinbarung beinhaltet:" (with or without the kommunaler Träger). */
  praeambelPunkte(mitTraeger: boolean): string[];
  /** The responsibility paragraph of gE-kT agreements. */
  readonly verantwortung: string;
  /** Section III: heading and whether the value stands in a column of its own. */
  readonly lokaleZieleTitel: string;
  readonly lokaleZieleWertspalte: boolean;
  /** The first sentence of the closing section. */
  abschlussBasis(vorjahr: string, jahr: string): string;
  /** The paragraph on the follow-up talks after the Zusatztext. */
  readonly abschlussGespraeche: string;
  /** Whether the closing heading carries the "*" footnote on BA responsibility (gE-kT). */
  readonly fussnote: boolean;
}

const GESCHAEFTSPOLITISCH = 'Geschäftspolitische Ziele im Rahmen des Zielsystems (§ 48b SGB II),';

export const WORTLAUT: Readonly<Record<Fassung, Wortlaut>> = {
  '2020': {
    praeambelPunkte: (mitTraeger) =>
      mitTraeger
        ? [GESCHAEFTSPOLITISCH, 'lokale Ziele,', 'Vereinbarungen zum Zielnachhalteprozess,', 'kommunale Ziele.']
        : [GESCHAEFTSPOLITISCH, 'lokale Ziele,', 'Vereinbarungen zum Zielnachhalteprozess.'],
    verantwortung:
      'Für den Zielvereinbarungsprozess im Bereich der gE sind die Verantwortlichkeiten der Träger BA und Kommune zu beachten. Beide Träger haben für die ihnen gesetzlich zugewiesenen Aufgaben die Verantwortung für eine rechtmäßige und zweckmäßige Leistungserbringung. Dementsprechend können sich die Inhalte dieser Zielvereinbarungen nur auf den jeweiligen Verantwortungsbereich von BA oder kommunalem Träger beziehen.',
    lokaleZieleTitel: 'III) Lokale Ziele',
    lokaleZieleWertspalte: true,
    abschlussBasis: (vorjahr) => `Die Zielvereinbarung wird auf Basis der Ende ${vorjahr} geplanten Zielwerte abgeschlossen.`,
    abschlussGespraeche:
      'Durch §48b Abs. 1 S.1 Nr. 2 SGB II wird der Zielvereinbarungsprozess in der Grundsicherung institutionalisiert. Der Stand der Zielerreichung des Jobcenters wird in regelmäßigen Gesprächen zwischen der Agentur für Arbeit und dem Geschäftsführer/der Geschäftsführerin des Jobcenters erörtert; sofern notwendig werden Steuerungsmaßnahmen vereinbart und nachgehalten. Dazu wird ein zentrales Berichtsformat von der Bundesagentur für Arbeit (Managementbericht) zur Verfügung gestellt. Die Jobcenter kommentieren darin die Zielerreichung und bewerten die Umsetzung der lokalen Planungsdokumente sowie der Maßnahmevereinbarungen.',
    fussnote: false,
  },
  '2024': {
    praeambelPunkte: (mitTraeger) => [
      GESCHAEFTSPOLITISCH,
      'lokale Ziele zwischen gemeinsamer Einrichtung und Agentur für Arbeit,',
      ...(mitTraeger ? ['lokale Ziele zwischen gemeinsamer Einrichtung und kommunalem Träger,'] : []),
      'Vereinbarungen zum Zielnachhalteprozess.',
    ],
    verantwortung:
      'Für den Zielvereinbarungsprozess im Bereich der gE sind die Verantwortlichkeiten der Träger BA und Kommune zu beachten. Beide Träger sind im Rahmen der ihnen gesetzlich zugewiesenen Aufgaben für die rechtmäßige und zweckmäßige Leistungserbringung verantwortlich. Dementsprechend können sich die Inhalte dieser Zielvereinbarung nur auf den jeweiligen Verantwortungsbereich von BA oder kommunalem Träger beziehen.',
    lokaleZieleTitel: 'III) Weitere lokale Ziele zwischen Jobcenter und Agentur für Arbeit',
    lokaleZieleWertspalte: false,
    abschlussBasis: (vorjahr, jahr) =>
      `Die Zielvereinbarung wird auf Basis der Ende ${vorjahr} für das Jahr ${jahr} anzunehmenden Rahmenbedingungen abgeschlossen.`,
    abschlussGespraeche:
      'Der Stand der Zielerreichung des Jobcenters wird auf Grundlage des § 48b Abs. 1 S. 1 Nr. 2 SGB II in regelmäßigen Gesprächen zwischen der Agentur für Arbeit und der Geschäftsführerin bzw. dem Geschäftsführer des Jobcenters erörtert. Die Umsetzung der Zielvereinbarung wird unter Berücksichtigung der externen Rahmenbedingungen von den Zielvereinbarungspartnern gemeinsam bewertet. Sofern notwendig, werden Steuerungsmaßnahmen vereinbart und nachgehalten.',
    fussnote: true,
  },
};

/** The wording of an agreement's year. */
export function wortlaut(v: Pick<Vereinbarung, 'jahr'>): Wortlaut {
  return WORTLAUT[fassung(v)];
}
