/**
 * `zielplaner template --folgejahr <workbook>`: next year's planning workbook from this year's, with the
 * parties and lists carried over and the previous-year values from December's JFW in `ZV_Ist`.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { findeFeld } from '../catalogue/felder';
import { nachhalteMappe, UnbrauchbareDatei } from '../kern';
import { folgejahr, leseIst } from '../nachhalten';
import { Abbruch, leseMappe } from './datei';
import { SCHWERE_TEXT } from './bericht';

export async function folgejahrBefehl(
  datei: string,
  optionen: { out?: string; force: boolean },
  stdout: (t: string) => void,
): Promise<number> {
  const mappe = await leseMappe(datei);
  let ergebnis;
  try {
    ergebnis = nachhalteMappe(mappe).ergebnisse;
  } catch (e) {
    if (e instanceof UnbrauchbareDatei) throw new Abbruch(e.message);
    throw new Abbruch(`Die Arbeitsmappe „${datei}“ konnte nicht ausgewertet werden.`);
  }
  if (ergebnis.length !== 1)
    throw new Abbruch(
      `Die Arbeitsmappe „${datei}“ enthält ${ergebnis.length} Vereinbarungen; --folgejahr legt das Planungsblatt einer einzelnen Vereinbarung an.`,
    );
  const v = ergebnis[0]!.vereinbarung;
  if (!v.art) throw new Abbruch(`In „${datei}“ ist keine gültige Art (ZV_Art: gE, gE-kT oder zkT) angegeben.`);
  const art = v.art;
  const f = folgejahr(v, leseIst(mappe).zeilen);
  if (!f) throw new Abbruch(`In „${datei}“ ist kein Zieljahr (ZV_Jahr) angegeben; das Folgejahr lässt sich nicht bestimmen.`);
  const ziel = optionen.out ?? `Planung_${f.jahr}.xlsx`;
  if (existsSync(ziel) && !optionen.force) {
    throw new Abbruch(
      `Die Datei „${ziel}“ gibt es schon; sie wird nicht überschrieben. Wählen Sie mit --out einen anderen Namen oder überschreiben Sie mit --force.`,
    );
  }
  const werte = Object.fromEntries(Object.entries(f.werte).filter(([name]) => findeFeld(name)?.arten.includes(art)));
  const { baueMappe } = await import('../xlsx/vorlage');
  const bytes = await baueMappe({ art, werte, listen: f.listen });
  try {
    await writeFile(ziel, bytes);
  } catch {
    throw new Abbruch(`Die Datei „${ziel}“ konnte nicht geschrieben werden (Ordner vorhanden? Schreibrechte? In Excel geöffnet?).`);
  }
  for (const b of f.befunde) stdout(`${SCHWERE_TEXT[b.severity]}: ${b.message}\n`);
  stdout(`Planungsblatt ${f.jahr} (Art ${art}) geschrieben: ${ziel}\n`);
  return 0;
}
