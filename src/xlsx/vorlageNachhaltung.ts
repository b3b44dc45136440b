/**
 * The template's sheet "Zielnachhaltung": the `ZV_Ist` table ready to paste the published monthly
 * values into (with a target year: the previous year's and the target year's twelve months for IQ, LZB
 * and LLU already listed), and beside it the Soll of every target-year row computed by formulas:
 * Soll = the previous year's value of the same month × (1 + V/100), V the agreement's change cell
 * (entered or derived, unrounded), K1 only for the total and only when ZV_LLU_Veraenderung is given.
 * Rounded like the core: first to 9 decimals (binary noise such as 2.100 × 0,965 = 2026,4999…), then to
 * the Kennzahl's display (IQ one decimal, LZB and LLU whole), so Excel and LibreOffice show the same.
 */
import type * as ExcelJS from 'exceljs';
import { FELD, feldname, type Liste } from '../catalogue/felder';
import { spaltenName } from '../lesen/port';
import { listenTabelle } from './vorlageStil';

export const BLATT_NACHHALTUNG = 'Zielnachhaltung';
const KENNZAHLEN = ['IQ', 'LZB', 'LLU'] as const;
const ERSTE = 5; // first data row (header in row 4)
const GESCHLECHT_SPALTE = { Frauen: 'C', Maenner: 'D', Gesamt: 'E' } as const;

/** The formula (without "=") of the Soll of one gender in sheet row `r`, over data rows ERSTE…letzte. */
export function sollFormel(r: number, g: keyof typeof GESCHLECHT_SPALTE, letzte: number): string {
  const sp = GESCHLECHT_SPALTE[g];
  const monate = `$A$${ERSTE}:$A$${letzte}`;
  const kennz = `$B$${ERSTE}:$B$${letzte}`;
  const werte = `$${sp}$${ERSTE}:$${sp}$${letzte}`;
  const vj = `(VALUE(LEFT($A${r},4))-1)&MID($A${r},5,3)`;
  const v = `IF($B${r}="IQ",${feldname('IQ', 'Veraenderung', g)},IF($B${r}="LZB",${feldname('LZB', 'Veraenderung', g)},${g === 'Gesamt' ? FELD.ZV_LLU_Veraenderung : '""'}))`;
  const wert = `SUMIFS(${werte},${monate},${vj},${kennz},$B${r})`;
  const da = `COUNTIFS(${monate},${vj},${kennz},$B${r},${werte},"<>")`;
  return (
    `IF(OR(LEN($A${r})<>7,NOT(ISNUMBER(ZV_Jahr))),"",IF(VALUE(LEFT($A${r},4))<>ZV_Jahr,"",` +
    `IF(OR(NOT(ISNUMBER(${v})),${da}=0),"",ROUND(ROUND(${wert}*(1+${v}/100),9),IF($B${r}="IQ",1,0)))))`
  );
}

export interface NachhaltungsOptionen {
  readonly jahr?: number;
  /** Rows in the list's column order (Monat, Kennzahl, Frauen, Maenner, Gesamt, Datenstand, Wartezeit). */
  readonly zeilen?: readonly (readonly (string | number | null)[])[];
  readonly alsBereich: boolean;
  readonly fuellung: (argb: string) => ExcelJS.Fill;
  readonly farbeEingabe: string;
  readonly farbeBerechnet: string;
}

/** Adds the sheet with `ZV_Ist` (as a table, or a defined name over a range) and the Soll formulas. */
export function baueNachhaltungsblatt(wb: ExcelJS.Workbook, liste: Liste, o: NachhaltungsOptionen): void {
  const ws = wb.addWorksheet(BLATT_NACHHALTUNG, { views: [{ state: 'frozen', ySplit: ERSTE - 1, xSplit: 0 }] });
  ws.columns = [12, 10, 14, 14, 14, 13, 11, 3, 14, 14, 14].map((width) => ({ width }));
  ws.getCell('A1').value = 'Zielnachhaltung: Jahresfortschrittswerte je Monat (ZV_Ist)';
  ws.getCell('A1').font = { name: 'Calibri', bold: true, size: 12 };
  ws.getCell('A2').value =
    'Tragen Sie die veröffentlichten Jahresfortschrittswerte des Zieljahres und des Vorjahres ein (IQ in Prozent, LZB als durchschnittlicher Bestand, LLU als Summe seit Januar in Euro), mit Datenstand und Wartezeit (0 oder 3 Monate). Das Soll rechts rechnet mit dem Vorjahreswert des Monats und der vereinbarten Veränderung.';
  ws.getCell('A2').font = { name: 'Calibri', size: 11, italic: true, color: { argb: 'FF595959' } };
  const kopf = ERSTE - 1;
  const vorgegeben: (string | number | null)[][] = [];
  if (o.zeilen && o.zeilen.length > 0) vorgegeben.push(...o.zeilen.map((z) => liste.spalten.map((_, i) => z[i] ?? null)));
  else if (o.jahr !== undefined) {
    for (const j of [o.jahr - 1, o.jahr])
      for (let m = 1; m <= 12; m++)
        for (const k of KENNZAHLEN) vorgegeben.push([`${j}-${String(m).padStart(2, '0')}`, k, null, null, null, null, null]);
  } else vorgegeben.push(...[0, 1, 2].map(() => liste.spalten.map(() => null)));
  const letzte = kopf + vorgegeben.length;
  if (o.alsBereich) {
    liste.spalten.forEach((s, i) => {
      const c = ws.getCell(kopf, i + 1);
      c.value = s.name;
      c.font = { name: 'Calibri', size: 11, bold: true };
    });
    vorgegeben.forEach((r, j) => r.forEach((w, i) => (ws.getCell(kopf + 1 + j, i + 1).value = w)));
    wb.definedNames.add(`'${BLATT_NACHHALTUNG}'!$A$${kopf}:$${spaltenName(liste.spalten.length)}$${letzte}`, liste.name);
  } else {
    listenTabelle(ws, liste, kopf, vorgegeben);
  }
  for (let r = ERSTE; r <= letzte; r++) {
    for (let i = 1; i <= liste.spalten.length; i++) {
      const c = ws.getCell(r, i);
      c.fill = o.fuellung(o.farbeEingabe);
      if (i >= 3 && i <= 5) c.numFmt = '#,##0.0##';
      if (i === 6) c.numFmt = 'dd.mm.yyyy';
    }
  }
  ['Soll Frauen', 'Soll Männer', 'Soll Gesamt'].forEach((t, i) => {
    const c = ws.getCell(kopf, 9 + i);
    c.value = t;
    c.font = { name: 'Calibri', size: 11, bold: true };
  });
  (['Frauen', 'Maenner', 'Gesamt'] as const).forEach((g, i) => {
    for (let r = ERSTE; r <= letzte; r++) {
      const c = ws.getCell(r, 9 + i);
      c.value = { formula: sollFormel(r, g, letzte) };
      c.fill = o.fuellung(o.farbeBerechnet);
      c.numFmt = '#,##0.0##';
    }
  });
}
