/**
 * `zielplaner nachhalten <workbook> [--json] [--out bericht.docx] [--force]`: the follow-up of the agreed
 * targets (Zielnachhaltung) as a German table, as the contract's JSON, or as the Zielerreichungsbericht.
 * Exit status as for validate: 0 when the follow-up has no error finding (whatever the Ampel shows).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { nachhalteMappe, UnbrauchbareDatei, type Nachhaltung } from '../kern';
import { hatFehler, type Befund } from '../model/vereinbarung';
import { runden } from '../model/runden';
import {
  abweichungText,
  ampelText,
  datenbasis,
  GESCHLECHT_ANZEIGE,
  kennzahlWert,
  monatName,
  ppText,
  rundeWert,
  type Ampel,
} from '../nachhalten';
import { befundTabelle, tabelle, zaehle, zusammenfassung } from './bericht';
import { Abbruch, leseMappe } from './datei';

interface JsonKennzahl {
  kennzahl: string;
  geschlecht: string;
  /** Only when this Kennzahl's latest month is earlier than the agreement's. */
  monat?: string;
  ist: number;
  soll: number | null;
  abweichung: number | null;
  abweichung_pp?: number | null;
  prognose: number | null;
  ziel: number | null;
  ampel: Ampel | null;
}

export interface NachhaltenJson {
  file: string;
  agreements: {
    source: string;
    monat: string | null;
    kennzahlen: JsonKennzahl[];
    findings: Pick<Befund, 'rule' | 'severity' | 'field' | 'cell' | 'message'>[];
  }[];
}

/** The object `nachhalten --json` prints (planning-sheet.md, Target follow-up); numbers as displayed. */
export function nachhaltenJson(datei: string, nachhaltungen: readonly Nachhaltung[]): NachhaltenJson {
  const r1 = (x: number | undefined) => (x === undefined ? null : runden(x, 1));
  return {
    file: datei,
    agreements: nachhaltungen.map((n) => ({
      source: n.quelle,
      monat: n.monat,
      kennzahlen: n.kennzahlen.map((s) => {
        const w = (x: number | undefined) => (x === undefined ? null : rundeWert(s.kennzahl, x));
        return {
          kennzahl: s.kennzahl,
          geschlecht: s.geschlecht,
          ...(s.monat !== n.monat ? { monat: s.monat } : {}),
          ist: rundeWert(s.kennzahl, s.ist),
          soll: w(s.soll),
          abweichung: r1(s.abweichung),
          ...(s.kennzahl === 'IQ' ? { abweichung_pp: r1(s.abweichungPp) } : {}),
          prognose: w(s.prognose),
          ziel: w(s.ziel),
          ampel: s.ampel ?? null,
        };
      }),
      findings: n.befunde.map(({ rule, severity, field, cell, message }) => ({ rule, severity, field, cell, message })),
    })),
  };
}

/** The German terminal table: per agreement its Kennzahlen at the latest month, then the findings. */
export function nachhaltenText(datei: string, nachhaltungen: readonly Nachhaltung[], breite = 100): string {
  const teile: string[] = [
    `${datei}: Zielnachhaltung für ${nachhaltungen.length === 1 ? '1 Vereinbarung' : `${nachhaltungen.length} Vereinbarungen`}`,
  ];
  for (const n of nachhaltungen) {
    const stand = n.monat ? `Stand ${monatName(n.monat)}, ${datenbasis(n.datenstand, n.wartezeit)}` : 'noch keine Monatswerte';
    teile.push('', `${n.quelle} (${n.titel}${n.jahr ? `, ${n.jahr}` : ''}): ${stand}`);
    if (n.kennzahlen.length > 0) {
      teile.push(
        '',
        tabelle(
          ['Kennzahl', 'Geschlecht', 'Ziel', 'Ist', 'Soll', 'Abweichung', 'Prognose Dez.', 'Ampel'],
          n.kennzahlen.map((s) => [
            s.monat === n.monat ? s.kennzahl : `${s.kennzahl} (${s.monat})`,
            GESCHLECHT_ANZEIGE[s.geschlecht],
            kennzahlWert(s.kennzahl, s.ziel),
            kennzahlWert(s.kennzahl, s.ist),
            kennzahlWert(s.kennzahl, s.soll),
            s.kennzahl === 'IQ' && s.abweichungPp !== undefined
              ? `${abweichungText(s.abweichung)} (${ppText(s.abweichungPp)})`
              : abweichungText(s.abweichung),
            kennzahlWert(s.kennzahl, s.prognose),
            ampelText(s.ampel),
          ]),
          breite,
        ),
      );
    }
    if (n.befunde.length > 0) teile.push('', befundTabelle(n.befunde, breite));
  }
  teile.push('', `Ergebnis: ${zusammenfassung(zaehle(nachhaltungen.flatMap((n) => n.befunde)))}.`);
  return `${teile.join('\n')}\n`;
}

export interface NachhaltenIo {
  readonly stdout: (text: string) => void;
  readonly breite: number;
}

export async function nachhaltenBefehl(
  datei: string,
  optionen: { json: boolean; out?: string; force: boolean },
  io: NachhaltenIo,
): Promise<number> {
  if (optionen.out !== undefined && existsSync(optionen.out) && !optionen.force) {
    throw new Abbruch(
      `Die Datei „${optionen.out}“ gibt es schon; sie wird nicht überschrieben. Wählen Sie mit --out einen anderen Namen oder überschreiben Sie mit --force.`,
    );
  }
  const mappe = await leseMappe(datei);
  let nachhaltungen: Nachhaltung[];
  try {
    nachhaltungen = nachhalteMappe(mappe).nachhaltungen;
  } catch (e) {
    if (e instanceof UnbrauchbareDatei) throw new Abbruch(e.message);
    throw new Abbruch(`Die Arbeitsmappe „${datei}“ konnte nicht ausgewertet werden.`);
  }
  io.stdout(
    optionen.json ? `${JSON.stringify(nachhaltenJson(datei, nachhaltungen), null, 2)}\n` : nachhaltenText(datei, nachhaltungen, io.breite),
  );
  if (optionen.out !== undefined) {
    const { erzeugeZielerreichungsbericht } = await import('../document/bericht');
    const bytes = await erzeugeZielerreichungsbericht(nachhaltungen);
    try {
      await writeFile(optionen.out, bytes);
    } catch {
      throw new Abbruch(
        `Die Datei „${optionen.out}“ konnte nicht geschrieben werden (Ordner vorhanden? Schreibrechte? In Word geöffnet?).`,
      );
    }
    if (!optionen.json) io.stdout(`Zielerreichungsbericht geschrieben: ${optionen.out}\n`);
  }
  return nachhaltungen.some((n) => hatFehler(n.befunde)) ? 1 : 0;
}
