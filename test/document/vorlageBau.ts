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

/** The paragraph of `xml` whose text contains `text` (hand-made or docx-written XML: `<w:p>` without attributes). */
function absatzMit(xml: string, text: string): string {
  const ende = xml.indexOf(`${text}</w:t>`);
  if (ende < 0) throw new Error(`kein Absatz mit „${text}“`);
  const anfang = xml.lastIndexOf('<w:p>', ende);
  return xml.slice(anfang, xml.indexOf('</w:p>', ende) + 6);
}

/**
 * What the guide tells a Lörrach user to change once in the template of `zielplaner vorlage --art gE-kT
 * --jahr 2024`: the Jobcenter (its line "und {ZV_Jobcenter_Artikel}" and its name block) before the
 * Landrätin, and section IV (heading and tag) before I, headed "IV) Lokale Ziele zwischen Jobcenter und
 * kommunalem Träger".
 */
export function loerrachVorlage(eingebaut: Uint8Array): Uint8Array {
  return aendereDokumentXml(eingebaut, (xml) => {
    const jobcenter = absatzMit(xml, 'und {ZV_Jobcenter_Artikel}') + absatzMit(xml, '{@ZV_Abschnitt_Partei_Jobcenter}');
    let x = xml.replace(jobcenter, '');
    const traeger = absatzMit(x, '{ZV_Traeger_Artikel}');
    x = x.replace(traeger, jobcenter + traeger);
    const kopf = absatzMit(x, 'IV) kommunale Ziele zwischen JC und kommunalem Träger');
    const tag = absatzMit(x, '{@ZV_Abschnitt_KommunaleZiele}');
    x = x.replace(kopf + tag, '');
    const neu = kopf.replace(
      'IV) kommunale Ziele zwischen JC und kommunalem Träger',
      'IV) Lokale Ziele zwischen Jobcenter und kommunalem Träger',
    );
    const vorI = absatzMit(x, 'I) Geschäftspolitische Ziele SGB II');
    return x.replace(vorI, neu + tag + vorI);
  });
}
