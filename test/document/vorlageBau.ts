/**
 * A user's own agreement template, as a controller would make it in Word: a letterhead in the header,
 * tags in the text, a condition on ZV_Traeger, a table whose one row loops over ZV_LokaleZiele and
 * signature blocks looping over ZV_Unterzeichner. Built with the docx library (a real .docx).
 */
import { Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { VorlageFehlerhaft } from '../../src/document/vorlage';

const p = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });
const zelle = (text: string): TableCell => new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [p(text)] });

/** The template's body paragraphs; `extra` are added at the end (for error tests). */
export async function baueVorlage(extra: readonly string[] = []): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Vorlagenautorin',
    title: 'Vorlage',
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({ children: [new TextRun({ text: 'Briefkopf {ZV_Jobcenter}', bold: true })] }),
              p('Musterstraße 1 · 12345 Musterstadt'),
            ],
          }),
        },
        children: [
          p('Zielvereinbarung {ZV_Jahr}'),
          p('{ZV_Parteien}'),
          p('Integrationsquote {ZV_Jahr}: {ZV_IQ_Ziel_Gesamt} (Vorjahr {ZV_IQ_VJ_Gesamt}, Veränderung {ZV_IQ_Veraenderung_Gesamt}).'),
          p('Langzeitleistungsbezug: höchstens {ZV_LZB_Ziel_Gesamt} Personen im Jahresdurchschnitt.'),
          p('{#ZV_Traeger}'),
          p('Kommunaler Träger: {ZV_Traeger}, vertreten durch {ZV_Traeger_Person}.'),
          p('{/ZV_Traeger}'),
          p('{^ZV_Traeger}'),
          p('Diese Vereinbarung schließen Agentur und Jobcenter ohne kommunalen Träger.'),
          p('{/ZV_Traeger}'),
          p('Lokale Ziele'),
          new Table({
            rows: [
              new TableRow({ children: [zelle('Lokales Ziel zu'), zelle('Beschreibung'), zelle('Wert')] }),
              new TableRow({
                children: [zelle('{#ZV_LokaleZiele}{Ziel}'), zelle('{Beschreibung} {Vergleich}'), zelle('{Wert}{/ZV_LokaleZiele}')],
              }),
            ],
          }),
          p('{#ZV_Unterzeichner}'),
          p('{OrtDatum}'),
          p('(Ort, Datum)'),
          p('{Person}'),
          p('{Rolle}'),
          p('{/ZV_Unterzeichner}'),
          ...extra.map(p),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The template with `ersetze` applied to the XML of word/document.xml (hand-made run structures). */
export function aendereDokumentXml(docx: Uint8Array, ersetze: (xml: string) => string): Uint8Array {
  const dateien = unzipSync(docx);
  dateien['word/document.xml'] = strToU8(ersetze(strFromU8(dateien['word/document.xml']!)));
  return zipSync(dateien);
}

/** The VorlageFehlerhaft that `f` throws (fails the test when it throws nothing or something else). */
export function fehlerVon(f: () => unknown): VorlageFehlerhaft {
  try {
    f();
  } catch (e) {
    if (e instanceof VorlageFehlerhaft) return e;
    throw e;
  }
  throw new Error('kein Fehler geworfen');
}
