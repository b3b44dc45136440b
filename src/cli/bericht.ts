/** Reports of `zielplaner validate`: the contract's JSON, and a readable German table. */
import { FELD, GESCHLECHT_TEXT, GESCHLECHTER, type FeldName } from '../catalogue/felder';
import { sortierteWerte } from '../kern/pruefen';
import { euro, personen, prozent, vorzeichen } from '../model/format';
import { INT_FELDER } from '../rules/integrationen';
import { quelleText, type Befund, type Pruefergebnis, type Schwere, type Wert } from '../model/vereinbarung';

export interface JsonBericht {
  file: string;
  agreements: {
    source: string;
    values: Partial<Record<FeldName, Wert>>;
    findings: Pick<Befund, 'rule' | 'severity' | 'field' | 'cell' | 'message'>[];
  }[];
}

/** The object `validate --json` prints, exactly as the contract shows it. */
export function berichtJson(datei: string, ergebnisse: readonly Pruefergebnis[]): JsonBericht {
  return {
    file: datei,
    agreements: ergebnisse.map((r) => ({
      source: quelleText(r.vereinbarung.quelle),
      values: sortierteWerte(r.vereinbarung.werte),
      findings: r.befunde.map(({ rule, severity, field, cell, message }) => ({ rule, severity, field, cell, message })),
    })),
  };
}

export const SCHWERE_TEXT: Record<Schwere, string> = { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' };

function umbrechen(text: string, breite: number): string[] {
  const zeilen: string[] = [];
  let zeile = '';
  for (const wort of text.split(/\s+/)) {
    if (zeile && zeile.length + 1 + wort.length > breite) {
      zeilen.push(zeile);
      zeile = wort;
    } else {
      zeile = zeile ? `${zeile} ${wort}` : wort;
    }
  }
  if (zeile) zeilen.push(zeile);
  return zeilen.length ? zeilen : [''];
}

export function tabelle(kopf: string[], zeilen: string[][], breite: number): string {
  const n = kopf.length;
  const w = kopf.map((k, i) => Math.max(k.length, ...zeilen.map((z) => (i < n - 1 ? (z[i] ?? '').length : 0))));
  const rest = Math.max(30, breite - 2 - w.slice(0, -1).reduce((a, b) => a + b + 2, 0));
  const out: string[] = [];
  const zeile = (z: string[]) => {
    const letzte = umbrechen(z[n - 1] ?? '', rest);
    letzte.forEach((teil, j) => {
      const vorn = z
        .slice(0, -1)
        .map((x, i) => (j === 0 ? x : '').padEnd(w[i]!))
        .join('  ');
      out.push(`  ${vorn}  ${teil}`.trimEnd());
    });
  };
  zeile(kopf);
  out.push(
    `  ${w
      .slice(0, -1)
      .map((x) => '─'.repeat(x))
      .join('  ')}  ${'─'.repeat(Math.min(rest, 40))}`,
  );
  zeilen.forEach(zeile);
  return out.join('\n');
}

function zahlOder(w: Wert | undefined, art: 'quote' | 'bestand' | 'veraenderung'): string {
  if (typeof w !== 'number') return '–';
  return art === 'quote' ? prozent(w) : art === 'bestand' ? personen(w) : `${vorzeichen(w)} %`;
}

function mindestens(w: Wert | undefined): string {
  return typeof w === 'number' ? `mindestens ${personen(w)}` : '–';
}

function planwerte(r: Pruefergebnis, breite: number): string {
  const { IQ, LZB } = r.vereinbarung.kennzahlen;
  const zeilen: string[][] = [];
  for (const g of GESCHLECHTER) {
    zeilen.push([
      `Integrationsquote ${GESCHLECHT_TEXT[g]}`,
      zahlOder(IQ[g].VJ.wert, 'quote'),
      zahlOder(IQ[g].Veraenderung.wert, 'veraenderung'),
      zahlOder(IQ[g].Ziel.wert, 'quote'),
    ]);
  }
  for (const g of GESCHLECHTER) {
    zeilen.push([
      `LZB-Bestand ${GESCHLECHT_TEXT[g]}`,
      zahlOder(LZB[g].VJ.wert, 'bestand'),
      zahlOder(LZB[g].Veraenderung.wert, 'veraenderung'),
      zahlOder(LZB[g].Ziel.wert, 'bestand'),
    ]);
  }
  // the further target forms (issue 12), only where the agreement has them
  const w = r.vereinbarung.werte;
  if (GESCHLECHTER.some((g) => w[INT_FELDER[g]] !== undefined))
    for (const g of GESCHLECHTER) zeilen.push([`Integrationen ${GESCHLECHT_TEXT[g]}`, '–', '–', mindestens(w[INT_FELDER[g]])]);
  const llu = w[FELD.ZV_LLU_Veraenderung];
  const prognose = w[FELD.ZV_LLU_Prognose];
  if (llu !== undefined || prognose !== undefined)
    zeilen.push([
      'Leistungen zum Lebensunterhalt (K1)',
      '–',
      typeof llu === 'number' ? `höchstens ${vorzeichen(llu)} %` : '–',
      typeof prognose === 'number' ? `Prognose ${euro(prognose)}` : '–',
    ]);
  return tabelle(
    ['Kennzahl', 'Vorjahr', 'Veränderung', 'Zielwert'],
    zeilen.map((z) => [z[0]!, z[1]!, z[2]!, z[3]!]),
    breite,
  );
}

export function zaehle(befunde: readonly Befund[]): Record<Schwere, number> {
  const n: Record<Schwere, number> = { error: 0, warning: 0, info: 0 };
  for (const b of befunde) n[b.severity]++;
  return n;
}

export function zusammenfassung(n: Record<Schwere, number>): string {
  const teile = [
    `${n.error} Fehler`,
    `${n.warning} ${n.warning === 1 ? 'Warnung' : 'Warnungen'}`,
    `${n.info} ${n.info === 1 ? 'Hinweis' : 'Hinweise'}`,
  ];
  return teile.join(', ');
}

export function befundTabelle(befunde: readonly Befund[], breite: number): string {
  const reihenfolge: Schwere[] = ['error', 'warning', 'info'];
  const sortiert = [...befunde].sort((a, b) => reihenfolge.indexOf(a.severity) - reihenfolge.indexOf(b.severity));
  return tabelle(
    ['Schwere', 'Zelle', 'Regel', 'Meldung'],
    sortiert.map((b) => [SCHWERE_TEXT[b.severity], b.cell ?? '(keine Zelle)', b.rule, b.message]),
    breite,
  );
}

/** The readable German report: per agreement its Planwerte and a table of findings. */
export function berichtText(datei: string, ergebnisse: readonly Pruefergebnis[], breite = 100): string {
  const teile: string[] = [];
  const viele = ergebnisse.length > 3;
  teile.push(`${datei}: ${ergebnisse.length === 1 ? '1 Vereinbarung' : `${ergebnisse.length} Vereinbarungen`} geprüft`);
  for (const r of ergebnisse) {
    const v = r.vereinbarung;
    const n = zaehle(r.befunde);
    if (viele && n.error === 0 && n.warning === 0) continue;
    const jobcenter = v.werte[FELD.ZV_Jobcenter];
    const traeger = v.werte[FELD.ZV_Traeger];
    const kopf = [v.art, v.jahr, typeof jobcenter === 'string' ? jobcenter : typeof traeger === 'string' ? traeger : null]
      .filter((x) => x !== null && x !== undefined)
      .join(', ');
    teile.push('', `${quelleText(v.quelle)}${kopf ? ` (${kopf})` : ''}: ${zusammenfassung(n)}`);
    if (!viele) teile.push('', planwerte(r, breite));
    if (r.befunde.length > 0) teile.push('', befundTabelle(r.befunde, breite));
  }
  const gesamt = zaehle(ergebnisse.flatMap((r) => r.befunde));
  const mitFehlern = ergebnisse.filter((r) => r.befunde.some((b) => b.severity === 'error')).length;
  teile.push(
    '',
    viele
      ? `Ergebnis: ${ergebnisse.length} Vereinbarungen, davon ${mitFehlern} mit Fehlern; insgesamt ${zusammenfassung(gesamt)}.`
      : `Ergebnis: ${zusammenfassung(gesamt)}.`,
  );
  return `${teile.join('\n')}\n`;
}
