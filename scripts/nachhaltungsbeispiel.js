// The Kaiserslautern 2024 example (examples/Kaiserslautern_2024_gE.xlsx) with its ZV_Ist filled in as a
// controller would in July: the published Jahresfortschrittswerte of every month of 2023 and of January
// to June 2024, Datenstand 15.07.2024, Wartezeit 3; Ist against Soll chosen so that the Ampel shows all
// three colours. Used by the benchmark of the Nachhalten tab (bench/browser.bench.mjs), the browser test
// that takes the guide's picture of the tab (test/e2e/browser.test.ts) and the picture of the report
// (scripts/bericht-bild.mjs). Plain CommonJS with exceljs only, so that all three can load it.
'use strict';
const { readFileSync } = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');

const BEISPIEL = path.join(__dirname, '..', 'examples', 'Kaiserslautern_2024_gE.xlsx');
const DATEINAME = 'Kaiserslautern_2024_Zielnachhaltung.xlsx';

/** Ist ÷ Soll in June 2024: IQ (higher is better) Frauen above, Männer 3 % below, Gesamt 1 % below; LZB (lower is better). */
const FAKTOR = {
  IQ: { Frauen: 1.03, Maenner: 0.97, Gesamt: 0.99 },
  LZB: { Frauen: 0.99, Maenner: 1.015, Gesamt: 0.995 },
};
const GESCHLECHTER = ['Frauen', 'Maenner', 'Gesamt'];

/** The number in the cell a defined name points to (a formula's cached result). */
function zahlVon(wb, name) {
  const ref = wb.definedNames.getRanges(name).ranges[0];
  if (!ref) throw new Error(`${name} fehlt im Beispiel`);
  const [blatt, adresse] = ref.replace(/\$/g, '').split('!');
  const v = wb.getWorksheet(blatt.replace(/^'|'$/g, '')).getCell(adresse).value;
  const x = v !== null && typeof v === 'object' ? v.result : v;
  if (typeof x !== 'number') throw new Error(`${name} ist im Beispiel keine Zahl`);
  return x;
}

/** The example's bytes with ZV_Ist filled in. */
async function nachhaltungsMappe() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(BEISPIEL));
  const jahr = zahlVon(wb, 'ZV_Jahr');
  const wert = (k, g, j, m) => {
    if (k === 'IQ') {
      const vj = zahlVon(wb, `ZV_IQ_VJ_${g}`) * (m / 12); // the IQ's JFW adds up over the year
      const x = j === jahr ? vj * (1 + zahlVon(wb, `ZV_IQ_Veraenderung_${g}`) / 100) * FAKTOR.IQ[g] : vj;
      return Math.round(x * 10) / 10;
    }
    if (k === 'LZB') {
      const vj = zahlVon(wb, `ZV_LZB_VJ_${g}`) * (0.96 + (0.04 * m) / 12);
      return Math.round(j === jahr ? vj * (1 + zahlVon(wb, `ZV_LZB_Veraenderung_${g}`) / 100) * FAKTOR.LZB[g] : vj);
    }
    return g === 'Gesamt' ? Math.round(8_200_000 * m * (j === jahr ? 1.01 : 1)) : null;
  };

  const ws = wb.getWorksheet('Zielnachhaltung');
  let kopf = 0;
  ws.eachRow((row, n) => {
    if (!kopf && row.getCell(1).value === 'Monat') kopf = n;
  });
  const spalte = {};
  ws.getRow(kopf).eachCell((c, i) => {
    spalte[String(c.value)] = i;
  });
  const datenstand = new Date(Date.UTC(jahr, 6, 15));
  for (let r = kopf + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const monat = /^(\d{4})-(\d{2})$/.exec(String(row.getCell(spalte.Monat).value ?? ''));
    const k = String(row.getCell(spalte.Kennzahl).value ?? '');
    if (!monat || !['IQ', 'LZB', 'LLU'].includes(k)) continue;
    const [j, m] = [Number(monat[1]), Number(monat[2])];
    if (j === jahr && m > 6) continue; // July's figures are not published yet
    for (const g of GESCHLECHTER) row.getCell(spalte[g]).value = wert(k, g, j, m);
    row.getCell(spalte.Datenstand).value = datenstand;
    row.getCell(spalte.Wartezeit).value = 3;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

module.exports = { BEISPIEL, DATEINAME, nachhaltungsMappe };
