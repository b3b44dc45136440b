#!/usr/bin/env node
// Writes examples/Vorlage_Briefkopf.docx: an example of an own agreement template (docs/anleitung.md,
// "Eigene Vorlagen") with a letterhead in the header, a condition on ZV_Traeger, a table row looping
// over ZV_LokaleZiele and signature blocks looping over ZV_Unterzeichner. Open it in Word or
// LibreOffice Writer to see the tags; `zielplaner generate <mappe> --vorlage examples/Vorlage_Briefkopf.docx`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const p = (text, optionen = {}) => new Paragraph({ ...optionen, children: [new TextRun(text)] });
const zelle = (text, breite, fett = false) =>
  new TableCell({
    width: { size: breite, type: WidthType.DXA },
    children: [new Paragraph({ children: [new TextRun({ text, bold: fett })] })],
  });

const doc = new Document({
  creator: 'Zielplaner-Beispiel',
  title: 'Eigene Vorlage mit Briefkopf',
  sections: [
    {
      headers: {
        default: new Header({
          children: [
            new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: '{ZV_Jobcenter}', bold: true })] }),
            p('Musterstraße 1 · 12345 Musterstadt · Telefon 01234 5678-0', { alignment: AlignmentType.RIGHT }),
          ],
        }),
      },
      children: [
        p('Zielvereinbarung {ZV_Jahr}', { heading: HeadingLevel.TITLE }),
        p('{ZV_Parteien}', { alignment: AlignmentType.CENTER }),
        p('I. Ziele', { heading: HeadingLevel.HEADING_1 }),
        p(
          'Die Integrationsquote soll im Jahr {ZV_Jahr} {ZV_IQ_Ziel_Gesamt} erreichen (Frauen {ZV_IQ_Ziel_Frauen}, Männer {ZV_IQ_Ziel_Maenner}).',
        ),
        p('Der Bestand an Langzeitleistungsbeziehenden soll im Jahresdurchschnitt höchstens {ZV_LZB_Ziel_Gesamt} Personen betragen.'),
        p('{#ZV_Traeger}'),
        p('Für den kommunalen Träger unterzeichnet {ZV_Traeger_Person}, {ZV_Traeger_Funktion} {ZV_Traeger_Genitiv}.'),
        p('{/ZV_Traeger}'),
        p('{^ZV_Traeger}'),
        p('Diese Vereinbarung schließen Agentur für Arbeit und Jobcenter.'),
        p('{/ZV_Traeger}'),
        p('II. Lokale Ziele', { heading: HeadingLevel.HEADING_1 }),
        new Table({
          rows: [
            new TableRow({
              tableHeader: true,
              children: [zelle('Lokales Ziel zu', 3000, true), zelle('Beschreibung', 4500, true), zelle('Wert', 1500, true)],
            }),
            new TableRow({
              children: [
                zelle('{#ZV_LokaleZiele}{Ziel}', 3000),
                zelle('{Beschreibung} {Vergleich}', 4500),
                zelle('{Wert}{/ZV_LokaleZiele}', 1500),
              ],
            }),
          ],
        }),
        p('III. Unterschriften', { heading: HeadingLevel.HEADING_1 }),
        p('{#ZV_Unterzeichner}'),
        p('{OrtDatum}'),
        p('(Ort, Datum)'),
        p('{Person}'),
        p('{Rolle}'),
        p('{/ZV_Unterzeichner}'),
      ],
    },
  ],
});
const ziel = path.join(root, 'examples', 'Vorlage_Briefkopf.docx');
writeFileSync(ziel, new Uint8Array(await Packer.toBuffer(doc)));
console.log(`${path.relative(root, ziel)} geschrieben`);
