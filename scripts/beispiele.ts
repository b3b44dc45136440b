/**
 * Builds examples/: the five reference agreements (shared/reference/agreements) re-created as
 * planning workbooks, and a ZV_Liste of 405 fictional Jobcenters. Run with `npm run beispiele`
 * (scripts/beispiele-bauen.mjs compiles this file and runs it).
 *
 * Each planning workbook is written twice: first with the entered values only, which the core
 * (leseXlsx + pruefeMappe) reads and derives; then with the same formulas carrying the core's
 * derived values as cached results, so every reader of cached values (the CLI) sees them.
 *
 * The data (inputs, lists, printed figures, the list generator) lives in beispiele/; this file only
 * lays it out and writes the files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as ExcelJS from 'exceljs';
import { findeFeld } from '../src/catalogue/felder';
import { alleKennzahlwerte, type Wert } from '../src/model/vereinbarung';
import { pruefeMappe } from '../src/kern';
import { alsXlsx, baueMappe, FARBE_EINGABE, zeilenhoehe, type ListenZeile } from '../src/xlsx/vorlage';
import { leseXlsx } from '../src/xlsx/xlsx';
import { BEISPIELE, MANSFELD, type Beispiel } from '../beispiele/saat';
import { LISTE_ZEILEN, listenDaten } from '../beispiele/liste';

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
    c.value = MANSFELD.optionen.werte[name(feld)] ?? null;
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
  zeile('Ort der Unterschrift', 'ZV_Agentur_Ort');
  zeile('Datum der Unterschrift', 'ZV_Agentur_Datum');
  zeile('Kommunaler Träger', 'ZV_Traeger');
  zeile('Landrätin', 'ZV_Traeger_Person');
  zeile('Funktion', 'ZV_Traeger_Funktion');
  zeile('Ort der Unterschrift', 'ZV_Traeger_Ort');
  zeile('Datum der Unterschrift', 'ZV_Traeger_Datum');
  zeile('Jobcenter', 'ZV_Jobcenter');
  zeile('Geschäftsführerin', 'ZV_Jobcenter_Person');
  zeile('Funktion', 'ZV_Jobcenter_Funktion');
  zeile('Ort der Unterschrift', 'ZV_Jobcenter_Ort');
  zeile('Datum der Unterschrift', 'ZV_Jobcenter_Datum');
  z++;
  ws.getCell(z, 2).value = 'I) Geschäftspolitische Ziele – Zielwert 2020';
  ws.getCell(z, 2).font = { name: 'Calibri', size: 11, bold: true };
  z++;
  zeile('Integrationsquote in %', 'ZV_IQ_Ziel_Gesamt', '0.0');
  zeile('Bestand an Langzeitleistungsbeziehenden', 'ZV_LZB_Ziel_Gesamt', '#,##0');
  zeile('II) Prognose Summe der Leistungen zum Lebensunterhalt', 'ZV_LLU_Prognose', '#,##0 "€"');
  zeile('Zusatz zum Zielnachhalteprozess', 'ZV_Zusatztext');
  ws.getRow(z - 1).height = zeilenhoehe([{ text: String(MANSFELD.optionen.werte[name('ZV_Zusatztext')]), breite: 60 }]);
  z += 2;
  // lists as named ranges with a header row, side by side with the user's own notes
  const liste = (titel: string, listName: string, kopf: string[], zeilen: readonly ListenZeile[]): void => {
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
  liste(
    'III) Lokale Ziele',
    'ZV_LokaleZiele',
    ['Ziel', 'Beschreibung', 'Wert', 'Vergleich'],
    MANSFELD.optionen.listen?.ZV_LokaleZiele ?? [],
  );
  liste(
    'IV) Kommunale Ziele zwischen JC und kommunalem Träger',
    'ZV_KommunaleZiele',
    ['Ziel', 'Beschreibung'],
    MANSFELD.optionen.listen?.ZV_KommunaleZiele ?? [],
  );
  return alsXlsx(wb, ERSTELLT);
}

/** The ZV_Liste example as an Excel table. */
async function baueListe(): Promise<Uint8Array> {
  const { felder, kopf, zeilen: zeilenWerte } = listenDaten();
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
