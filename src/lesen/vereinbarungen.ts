/**
 * Splits a workbook snapshot into agreements: the single-cell names form one agreement, every row of
 * `ZV_Liste` another. Pure: works on the port's snapshot, never on a file or on Excel.
 */
import {
  FELD,
  findeFeld,
  findeFeldOderBezeichnung,
  findeListe,
  LISTE,
  LISTE_VEREINBARUNGEN,
  type Feld,
  type FeldName,
  type Liste,
} from '../catalogue/felder';
import { UnbrauchbareDatei, type Befund, type Quelle } from '../model/vereinbarung';
import type { Arbeitsmappe, BenannterBereich, Zelle } from './port';

/** One list as read: its column headers (lower-case) and its rows as cells by column. */
export interface RohListe {
  readonly liste: Liste;
  readonly zeilen: readonly ReadonlyMap<string, Zelle>[];
}

export interface RohVereinbarung {
  readonly quelle: Quelle;
  /** The cell of each field that was found with a usable single cell. */
  readonly zellen: ReadonlyMap<FeldName, Zelle>;
  readonly listen: readonly RohListe[];
  /** Findings about the names themselves (broken reference, range instead of a cell). */
  readonly befunde: readonly Befund[];
}

const leer = (z: Zelle): boolean => z.wert === null || (typeof z.wert === 'string' && z.wert.trim() === '');

/** The sheet part of `Sheet!A1` without quotes. */
export function blattVon(adresse: string): string {
  const i = adresse.lastIndexOf('!');
  const blatt = i < 0 ? adresse : adresse.slice(0, i);
  return blatt.startsWith("'") ? blatt.slice(1, -1).replace(/''/g, "'") : blatt;
}

/** The worksheet row of `Sheet!A12` (12). */
export function zeileVon(adresse: string): number {
  const m = /(\d+)$/.exec(adresse);
  return m ? Number(m[1]) : 0;
}

function bereichsText(b: BenannterBereich): string {
  const z = b.zellen;
  if (!z || z.length === 0) return b.bezug;
  const erste = z[0]?.[0]?.adresse ?? '';
  const letzteZeile = z[z.length - 1] ?? [];
  const letzte = letzteZeile[letzteZeile.length - 1]?.adresse ?? erste;
  return `${erste}:${letzte.slice(letzte.lastIndexOf('!') + 1)}`;
}

function bezugKaputt(b: BenannterBereich, feldName: string): Befund {
  const text = b.bezug.replace(/^=/, '').trim();
  // `[1]Planung!$B$6` (Excel), `'file:///…/Quelle.ods'#$Planung.$B$6` (LibreOffice): a cell of another file
  if (/^'?\[[^\]]+\]|^'?file:|'#\$?/i.test(text)) {
    return {
      rule: 'NAME_BEZUG_UNGUELTIG',
      severity: 'error',
      field: feldName,
      cell: null,
      message: `Der Name ${b.name} verweist auf eine Zelle in einer anderen Arbeitsmappe (${b.bezug}). Zielplaner liest nur die geöffnete Arbeitsmappe; tragen Sie den Wert in eine Zelle dieser Arbeitsmappe ein und ordnen Sie den Namen ihr zu (Namens-Manager oder „Felder zuordnen“).`,
    };
  }
  const keinZellbezug = text !== '' && !/#(REF|BEZUG)!/i.test(text) && (text.includes('(') || !text.includes('!'));
  if (keinZellbezug) {
    return {
      rule: 'NAME_BEZUG_UNGUELTIG',
      severity: 'error',
      field: feldName,
      cell: null,
      message: `Der Name ${b.name} verweist nicht auf Zellen, sondern auf eine Formel oder einen festen Wert (${b.bezug}). Zielplaner liest nur Namen, die auf Zellen verweisen; ordnen Sie den Namen im Namens-Manager oder im Bereich „Felder zuordnen“ einer Zelle zu.`,
    };
  }
  return {
    rule: 'NAME_BEZUG_UNGUELTIG',
    severity: 'error',
    field: feldName,
    cell: null,
    message: `Der Name ${b.name} verweist auf keine Zelle (Bezug: ${b.bezug || 'leer'}); vermutlich wurde die Zelle oder das Blatt gelöscht. Ordnen Sie den Namen im Namens-Manager oder im Bereich „Felder zuordnen“ neu einer Zelle zu.`,
  };
}

function einzelzelle(b: BenannterBereich, feld: Feld, befunde: Befund[]): Zelle | null {
  if (!b.zellen || b.zellen.length === 0 || (b.zellen[0]?.length ?? 0) === 0) {
    befunde.push(bezugKaputt(b, feld.name));
    return null;
  }
  const erste = b.zellen[0]![0]!;
  if (b.zellen.length > 1 || b.zellen[0]!.length > 1) {
    befunde.push({
      rule: 'NAME_KEINE_EINZELZELLE',
      severity: 'error',
      field: feld.name,
      cell: erste.adresse,
      message: `Der Name ${b.name} verweist auf den Bereich ${bereichsText(b)}, erwartet wird eine einzelne Zelle für „${feld.bezeichnung}“. Ordnen Sie den Namen einer einzelnen Zelle zu.`,
    });
    return null;
  }
  return erste;
}

/** Column headers of a list: texts and numbers as written, anything else (dates, errors) as ''. */
function kopfzeile(zellen: readonly (readonly Zelle[])[]): string[] {
  return (zellen[0] ?? []).map((z) => (typeof z.wert === 'string' || typeof z.wert === 'number' ? String(z.wert).trim() : ''));
}

/** Puts findings about the workbook as a whole in front of the first agreement's own. */
function vorDieErste(ergebnis: RohVereinbarung[], befunde: readonly Befund[]): void {
  const erste = ergebnis[0];
  if (erste && befunde.length > 0) ergebnis[0] = { ...erste, befunde: [...befunde, ...erste.befunde] };
}

function leseListe(b: BenannterBereich, liste: Liste, befunde: Befund[]): RohListe {
  if (!b.zellen) {
    befunde.push(bezugKaputt(b, liste.name));
    return { liste, zeilen: [] };
  }
  const kopf = kopfzeile(b.zellen).map((k) => k.toLowerCase());
  const kopfAdresse = b.zellen[0]?.[0]?.adresse ?? null;
  for (const spalte of liste.spalten) {
    if (spalte.pflicht && !kopf.includes(spalte.name.toLowerCase())) {
      befunde.push({
        rule: 'LISTE_SPALTE_FEHLT',
        severity: 'error',
        field: liste.name,
        cell: kopfAdresse,
        message: `In der Liste ${b.name} fehlt die Spalte „${spalte.name}“. Die erste Zeile der Liste muss die Spaltenköpfe ${liste.spalten.map((s) => `„${s.name}“`).join(', ')} enthalten.`,
      });
    }
  }
  const zeilen: Map<string, Zelle>[] = [];
  for (const reihe of b.zellen.slice(1)) {
    if (reihe.every(leer)) continue;
    const zeile = new Map<string, Zelle>();
    reihe.forEach((z, i) => {
      const k = kopf[i];
      if (k) zeile.set(k, z);
    });
    zeilen.push(zeile);
  }
  return { liste, zeilen };
}

function unbekannterName(b: BenannterBereich): Befund {
  const adresse = b.zellen?.[0]?.[0]?.adresse ?? null;
  return {
    rule: 'NAME_UNBEKANNT',
    severity: 'info',
    field: b.name,
    cell: adresse,
    message: `Der Name ${b.name} gehört nicht zum Planungsblatt und wird nicht ausgewertet. Prüfen Sie die Schreibweise, falls er ein Feld der Vereinbarung bezeichnen soll.`,
  };
}

/** Reads the rows of `ZV_Liste`: one agreement per non-empty row after the header. */
function leseVereinbarungsListe(b: BenannterBereich): RohVereinbarung[] {
  if (!b.zellen || b.zellen.length === 0) {
    return [
      {
        quelle: { art: 'liste', liste: LISTE_VEREINBARUNGEN },
        zellen: new Map(),
        listen: [],
        befunde: [bezugKaputt(b, LISTE_VEREINBARUNGEN)],
      },
    ];
  }
  const kopfBefunde: Befund[] = [];
  const kopfZellen = b.zellen[0] ?? [];
  const spalten: (Feld | undefined)[] = kopfZellen.map((z) => {
    if (z.wert === null || typeof z.wert !== 'string' || z.wert.trim() === '') return undefined;
    const f = findeFeldOderBezeichnung(z.wert);
    if (!f) {
      kopfBefunde.push({
        rule: 'LISTE_SPALTE_UNBEKANNT',
        severity: 'info',
        field: LISTE_VEREINBARUNGEN,
        cell: z.adresse,
        message: `Die Spalte „${z.wert}“ in ZV_Liste ist kein Feld des Planungsblatts und wird nicht ausgewertet. Verwenden Sie Feldnamen wie „ZV_Jahr“ oder „Jahr“ oder die Bezeichnung wie „Zieljahr“ als Spaltenkopf.`,
      });
    }
    return f;
  });
  // two columns meaning the same field (`IQ_VJ_Frauen` and „Integrationsquote Vorjahr (Frauen)“): the first is read, the second is a finding
  const ersteSpalte = new Map<string, Zelle>();
  kopfZellen.forEach((z, i) => {
    const f = spalten[i];
    if (!f) return;
    const erste = ersteSpalte.get(f.name);
    if (!erste) {
      ersteSpalte.set(f.name, z);
      return;
    }
    kopfBefunde.push({
      rule: 'LISTE_SPALTE_DOPPELT',
      severity: 'error',
      field: LISTE_VEREINBARUNGEN,
      cell: z.adresse,
      message: `Die Spalte „${String(z.wert)}“ in ZV_Liste meint dasselbe Feld „${f.bezeichnung}“ (${f.name}) wie die Spalte „${String(erste.wert)}“ in ${erste.adresse}; gelesen wird nur die erste. Löschen Sie eine der beiden Spalten oder benennen Sie sie um.`,
    });
  });
  const ergebnis: RohVereinbarung[] = [];
  for (const reihe of b.zellen.slice(1)) {
    if (reihe.every(leer)) continue;
    const zellen = new Map<FeldName, Zelle>();
    reihe.forEach((z, i) => {
      const f = spalten[i];
      if (f && !zellen.has(f.name)) zellen.set(f.name, z);
    });
    const erste = reihe[0]?.adresse ?? '';
    ergebnis.push({ quelle: { art: 'liste', liste: LISTE_VEREINBARUNGEN, zeile: zeileVon(erste) }, zellen, listen: [], befunde: [] });
  }
  vorDieErste(ergebnis, kopfBefunde);
  return ergebnis;
}

/**
 * Splits a workbook into raw agreements. Throws `UnbrauchbareDatei` (with a German sentence) when
 * the workbook has no `ZV_` names at all.
 */
export function leseVereinbarungen(mappe: Arbeitsmappe): RohVereinbarung[] {
  const zv = mappe.bereiche.filter((b) => b.name.trim().toLowerCase().startsWith('zv_'));
  if (zv.length === 0) {
    throw new UnbrauchbareDatei(
      `Die Arbeitsmappe „${mappe.titel}“ enthält keine Namen, die mit „ZV_“ beginnen; sie ist kein Planungsblatt für Zielplaner. Legen Sie mit „zielplaner template“ ein Planungsblatt an oder ordnen Sie die Felder im Add-in zu.`,
    );
  }
  const zellen = new Map<FeldName, Zelle>();
  const listen: RohListe[] = [];
  const befunde: Befund[] = [];
  const gesehen = new Set<string>();
  const ergebnis: RohVereinbarung[] = [];
  let listeGefunden = false;

  for (const b of zv) {
    const schluessel = b.name.trim().toLowerCase();
    if (gesehen.has(schluessel)) continue; // a table and a name of the same name: the first wins
    gesehen.add(schluessel);
    if (schluessel === LISTE_VEREINBARUNGEN.toLowerCase()) {
      listeGefunden = true;
      ergebnis.push(...leseVereinbarungsListe(b));
      continue;
    }
    const liste = findeListe(b.name);
    if (liste) {
      listen.push(leseListe(b, liste, befunde));
      continue;
    }
    const feld = findeFeld(b.name);
    if (!feld) {
      befunde.push(unbekannterName(b));
      continue;
    }
    const zelle = einzelzelle(b, feld, befunde);
    if (zelle) zellen.set(feld.name, zelle);
  }

  const hatEinzelnamen = zellen.size > 0 || befunde.some((x) => x.rule !== 'NAME_UNBEKANNT');
  if (listeGefunden && !hatEinzelnamen) {
    // lists are not part of a ZV_Liste row (contract): say so once instead of inventing an agreement
    // ZV_Ist is assigned to the rows by its Jobcenter column (nachhalten/zuordnung.ts)
    for (const l of listen.filter((x) => x.zeilen.length > 0 && x.liste.name !== LISTE.ZV_Ist)) {
      befunde.push({
        rule: 'LISTE_OHNE_VEREINBARUNG',
        severity: 'info',
        field: l.liste.name,
        cell: l.zeilen[0]?.values().next().value?.adresse ?? null,
        message: `Die Liste ${l.liste.name} gehört zu keiner Vereinbarung: die Zeilen von ZV_Liste enthalten keine Listen. Legen Sie lokale, kommunale oder weitere Ziele in einer eigenen Planungsmappe je Vereinbarung an.`,
      });
    }
  }
  if (hatEinzelnamen || !listeGefunden) {
    const ersteZelle = zellen.get(FELD.ZV_Jahr) ?? zellen.values().next().value;
    const quelle: Quelle = ersteZelle ? { art: 'blatt', blatt: blattVon(ersteZelle.adresse) } : { art: 'mappe', titel: mappe.titel };
    ergebnis.unshift({ quelle, zellen, listen, befunde });
  } else {
    vorDieErste(ergebnis, befunde);
  }
  return ergebnis;
}
