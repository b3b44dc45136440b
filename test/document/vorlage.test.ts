/**
 * User templates (issue 11): a template with a letterhead in the header, a condition on ZV_Traeger, a
 * table row looping over ZV_LokaleZiele and signature blocks, filled from the example workbooks and
 * read back; tags split across runs by Word; errors naming the tag and where it stands; the filled
 * document opens in LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { pruefeMappe } from '../../src/kern';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { fuelleVorlage, ladeVorlage, type Vorlage } from '../../src/document/vorlage';
import type { Vereinbarung } from '../../src/model/vereinbarung';
import { PARTEI_BEISPIELE, PARTEI_FORMEN, VORLAGEN_TEXT_TAGS } from '../../src/catalogue/vorlagenTags';
import { VORLAGEN_ANFANG, VORLAGEN_ENDE, vorlagenMarkdown } from '../../src/catalogue/dokumentation';
import { FELDER } from '../../src/catalogue/felder';
import { absaetzeVon, teile } from './lesen';
import { vereinbarung } from './beispiele';
import { aendereDokumentXml, baueVorlage, fehlerVon } from './vorlageBau';

const BEISPIELE = path.join(__dirname, '..', '..', 'examples');

async function beispiel(datei: string): Promise<Vereinbarung> {
  const [r] = pruefeMappe(await leseXlsx(readFileSync(path.join(BEISPIELE, datei)), datei));
  return r!.vereinbarung;
}

/** Every paragraph's text of a part, empty ones included (to see that loop tags leave no empty paragraph). */
function alleAbsaetze(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .slice(0, -1)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

let vorlage: Vorlage;
beforeAll(async () => {
  vorlage = ladeVorlage(await baueVorlage());
});

describe('a user template filled from the example workbooks', () => {
  test('Lörrach (gE-kT): letterhead, values as the document prints them, the Träger paragraph, signature blocks', async () => {
    const v = await beispiel('Loerrach_2024_gE-kT.xlsx');
    const docx = fuelleVorlage(vorlage, v);
    const t = teile(docx);
    const kopf = Object.entries(t).find(([n]) => /^word\/header\d*\.xml$/.test(n))![1];
    expect(absaetzeVon(kopf)).toEqual(['Briefkopf Jobcenter Landkreis Lörrach', 'Musterstraße 1 · 12345 Musterstadt']);
    const text = absaetzeVon(t['word/document.xml']!);
    expect(text[0]).toBe('Zielvereinbarung 2024');
    expect(text[1]).toBe(
      'zwischen dem Vorsitzenden der Geschäftsführung der Agentur für Arbeit Lörrach, der Landrätin des Landkreises Lörrach und dem Geschäftsführer des Jobcenters Landkreis Lörrach',
    );
    expect(text).toContain(`Integrationsquote 2024: ${String(v.werte.ZV_IQ_Ziel_Gesamt).replace('.', ',')} % (Vorjahr , Veränderung ).`);
    expect(text).toContain('Langzeitleistungsbezug: höchstens 4.242 Personen im Jahresdurchschnitt.');
    expect(text).toContain('Kommunaler Träger: Landkreis Lörrach, vertreten durch Marion Dammann.');
    expect(text).not.toContain('Diese Vereinbarung schließen Agentur und Jobcenter ohne kommunalen Träger.');
    // three signers in the order of the agreements, each with role and organisation in the genitive
    expect(text.filter((x) => x === '(Ort, Datum)')).toHaveLength(3);
    expect(text.join('\n')).toContain('Marion Dammann\nLandrätin\ndes Landkreises Lörrach');
    // no tag, no marker, no "undefined" reaches the page
    // the engine's markers are control characters: none may be left
    // eslint-disable-next-line no-control-regex
    expect(text.join('\n')).not.toMatch(/[{}\u0001\u0002]|undefined|NaN/);
    // the loop and condition paragraphs leave no empty paragraph behind
    const alle = alleAbsaetze(t['word/document.xml']!);
    const i = alle.indexOf('Langzeitleistungsbezug: höchstens 4.242 Personen im Jahresdurchschnitt.');
    expect(alle[i + 1]).toBe('Kommunaler Träger: Landkreis Lörrach, vertreten durch Marion Dammann.');
    expect(alle[i + 2]).toBe('Lokale Ziele');
    // the document's properties name the agreement, not the template's author
    expect(t['docProps/core.xml']).toContain('<dc:creator>Jobcenter Landkreis Lörrach</dc:creator>');
    expect(t['docProps/core.xml']).toContain('<dc:title>Zielvereinbarung 2024 – Jobcenter Landkreis Lörrach</dc:title>');
  });

  test('Mansfeld-Südharz 2020: the table row repeats for every local goal, comparison in words', async () => {
    const v = await beispiel('Mansfeld-Suedharz_2020_gE-kT.xlsx');
    expect(v.listen.lokaleZiele.length).toBeGreaterThan(0);
    const xml = teile(fuelleVorlage(vorlage, v))['word/document.xml']!;
    const zeilen = xml.match(/<w:tr[ >]/g) ?? [];
    expect(zeilen).toHaveLength(1 + v.listen.lokaleZiele.length);
    const text = absaetzeVon(xml);
    const erstes = v.listen.lokaleZiele[0]!;
    expect(text).toContain(erstes.ziel);
    expect(text.join('\n')).toContain('kleiner gleich');
    expect(text).toContain('1.132');
  });

  test('Kaiserslautern (gE): no Träger, so the other branch of the condition; the table keeps its header row', async () => {
    const v = await beispiel('Kaiserslautern_2024_gE.xlsx');
    const xml = teile(fuelleVorlage(vorlage, v))['word/document.xml']!;
    const text = absaetzeVon(xml);
    expect(text).toContain('Diese Vereinbarung schließen Agentur und Jobcenter ohne kommunalen Träger.');
    expect(text.join('\n')).not.toContain('Kommunaler Träger:');
    expect(text).toContain('Integrationsquote 2024: 19,9 % (Vorjahr 20,0 %, Veränderung - 0,6 %).');
    expect(xml.match(/<w:tr[ >]/g) ?? []).toHaveLength(1 + v.listen.lokaleZiele.length);
    expect(text.filter((x) => x === '(Ort, Datum)')).toHaveLength(2);
  });

  test('values are text: &, <, line breaks and the no-break space before % reach Word as they should', async () => {
    const v = vereinbarung('gE', 2024, null, {
      ZV_Jobcenter: 'Jobcenter A & B <Süd>',
      ZV_Zusatztext: 'Erste Zeile\nZweite Zeile',
      ZV_IQ_Ziel_Gesamt: 19.5,
    });
    const docx = fuelleVorlage(ladeVorlage(await baueVorlage(['{ZV_Zusatztext}', 'Quote {ZV_IQ_Ziel_Gesamt}'])), v);
    const xml = teile(docx)['word/document.xml']!;
    expect(xml).toContain('19,5\u00a0%');
    const text = absaetzeVon(xml);
    expect(text).toContain('Erste Zeile\nZweite Zeile');
    expect(text).toContain('Quote 19,5 %');
    const kopf = Object.entries(teile(docx)).find(([n]) => /^word\/header\d*\.xml$/.test(n))![1];
    expect(absaetzeVon(kopf)[0]).toBe('Briefkopf Jobcenter A & B <Süd>');
  });

  test('spaces inside the braces and a condition on a column inside a list loop', async () => {
    const v = await beispiel('Mansfeld-Suedharz_2020_gE-kT.xlsx');
    const bsp = ladeVorlage(
      await baueVorlage(['Jahr { ZV_Jahr }', '{#ZV_LokaleZiele}', 'Ziel: {Ziel}{#Wert} (Wert {Wert}){/Wert}', '{/ZV_LokaleZiele}']),
    );
    const text = absaetzeVon(teile(fuelleVorlage(bsp, v))['word/document.xml']!);
    expect(text).toContain('Jahr 2020');
    for (const z of v.listen.lokaleZiele)
      expect(text).toContain(`Ziel: ${z.ziel}${z.wert !== undefined ? ` (Wert ${z.wert.toLocaleString('de-DE')})` : ''}`);
  });

  test('a table whose only row loops over an empty list disappears (Word opens no table without rows)', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const zelle = (t: string): InstanceType<typeof TableCell> => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Vorher'),
            new Table({
              rows: [new TableRow({ children: [zelle('{#ZV_KommunaleZiele}{Ziel}'), zelle('{Beschreibung}{/ZV_KommunaleZiele}')] })],
            }),
            new Paragraph('Nachher'),
          ],
        },
      ],
    });
    const bsp = ladeVorlage(new Uint8Array(await Packer.toBuffer(doc)));
    const leer = teile(fuelleVorlage(bsp, vereinbarung('gE-kT', 2024, null, {})))['word/document.xml']!;
    expect(leer).not.toContain('<w:tbl>');
    expect(absaetzeVon(leer)).toEqual(['Vorher', 'Nachher']);
    const voll = teile(
      fuelleVorlage(
        bsp,
        vereinbarung('gE-kT', 2024, null, {}, { kommunaleZiele: [{ ziel: 'Teilhabe', beschreibung: 'Mehr Kinderbetreuung' }] }),
      ),
    )['word/document.xml']!;
    expect(absaetzeVon(voll)).toEqual(['Vorher', 'Teilhabe', 'Mehr Kinderbetreuung', 'Nachher']);
  });

  test('a logo in the letterhead comes through unchanged, byte for byte', async () => {
    const { Document, Header, ImageRun, Packer, Paragraph, TextRun } = await import('docx');
    // a 1×1 PNG
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const kopf = new Header({
      children: [
        new Paragraph({
          children: [new ImageRun({ type: 'png', data: png, transformation: { width: 40, height: 40 } }), new TextRun(' {ZV_Jobcenter}')],
        }),
      ],
    });
    const doc = new Document({ sections: [{ headers: { default: kopf }, children: [new Paragraph('Zielvereinbarung {ZV_Jahr}')] }] });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const vorher = Object.entries(unzipSync(bytes)).filter(([n]) => n.startsWith('word/media/'));
    expect(vorher).toHaveLength(1);
    const aus = unzipSync(fuelleVorlage(ladeVorlage(bytes), await beispiel('Loerrach_2024_gE-kT.xlsx')));
    expect(Buffer.from(aus[vorher[0]![0]]!).equals(Buffer.from(vorher[0]![1]))).toBe(true);
    const kopfXml = Object.entries(aus).find(([n]) => /^word\/header\d*\.xml$/.test(n))![1];
    expect(absaetzeVon(strFromU8(kopfXml))).toEqual([' Jobcenter Landkreis Lörrach']);
  });

  test('every derived tag of the catalogue and every field has a value or is empty text, never missing', async () => {
    const tags = [...VORLAGEN_TEXT_TAGS.map((t) => t.name), ...FELDER.map((f) => f.name)];
    const v = await beispiel('Emsland_2024_zkT.xlsx');
    const docx = fuelleVorlage(ladeVorlage(await baueVorlage(tags.map((n) => `${n}=[{${n}}]`))), v);
    const text = absaetzeVon(teile(docx)['word/document.xml']!);
    for (const n of tags) expect(text.some((x) => x.startsWith(`${n}=[`) && x.endsWith(']'))).toBe(true);
    expect(text).toContain(
      'ZV_IQ_Zielsatz=[Das Ziel ist im Jahr 2024 erreicht, wenn die Integrationsquote des Landkreises Emsland um 3,9 % im Vergleich zum Jahr 2023 steigt.]',
    );
  });
});

describe('the filled package', () => {
  test('every XML part is well-formed and the unchanged parts are the template’s, for every example workbook', async () => {
    const { XMLValidator } = await import('fast-xml-parser');
    const original = unzipSync(await baueVorlage());
    for (const datei of [
      'Loerrach_2024_gE-kT.xlsx',
      'Kaiserslautern_2024_gE.xlsx',
      'Mansfeld-Suedharz_2020_gE-kT.xlsx',
      'Emsland_2024_zkT.xlsx',
    ]) {
      const aus = unzipSync(fuelleVorlage(vorlage, await beispiel(datei), { entwurf: true }));
      expect(Object.keys(aus).sort()).toEqual(
        Object.keys(original)
          .filter((n) => !n.endsWith('/'))
          .sort(),
      );
      for (const [name, bytes] of Object.entries(aus)) {
        if (/\.(xml|rels)$/.test(name)) expect([name, XMLValidator.validate(strFromU8(bytes))]).toEqual([name, true]);
        if (!/^(word\/(document|header\d*)\.xml|docProps\/core\.xml)$/.test(name))
          expect([name, Buffer.from(bytes).equals(Buffer.from(original[name]!))]).toEqual([name, true]);
      }
    }
  });
});

describe('the draft mark', () => {
  test('with entwurf the mark stands first in the body and in the header; without it nowhere', async () => {
    const v = await beispiel('Loerrach_2024_gE-kT.xlsx');
    for (const entwurf of [true, false]) {
      const t = teile(fuelleVorlage(vorlage, v, { entwurf }));
      const kopf = Object.entries(t).find(([n]) => /^word\/header\d*\.xml$/.test(n))![1];
      const text = absaetzeVon(t['word/document.xml']!);
      if (entwurf) {
        expect(text[0]).toBe('Entwurf – enthält Fehler');
        expect(absaetzeVon(kopf)[0]).toBe('Entwurf – enthält Fehler');
        expect(text[1]).toBe('Zielvereinbarung 2024');
      } else {
        expect(text[0]).toBe('Zielvereinbarung 2024');
        expect(kopf).not.toContain('Entwurf');
      }
    }
  });
});

describe('tags split across runs by Word', () => {
  test('spell-check marks and revision ids inside a tag: the tag still works', async () => {
    const geteilt = aendereDokumentXml(await baueVorlage(['Geteilt: {ZV_Jobcenter} Ende']), (xml) => {
      const ganz = '<w:r><w:t xml:space="preserve">Geteilt: {ZV_Jobcenter} Ende</w:t></w:r>';
      expect(xml).toContain(ganz);
      return xml.replace(
        ganz,
        '<w:r w:rsidR="00A1B2C3"><w:t xml:space="preserve">Geteilt: {ZV_</w:t></w:r><w:proofErr w:type="spellStart"/>' +
          '<w:r w:rsidRPr="00D4E5F6"><w:rPr><w:lang w:val="de-DE"/></w:rPr><w:t>Job</w:t></w:r><w:proofErr w:type="spellEnd"/>' +
          '<w:r w:rsidR="00778899"><w:t>center}</w:t></w:r><w:r><w:t xml:space="preserve"> Ende</w:t></w:r>',
      );
    });
    const v = await beispiel('Loerrach_2024_gE-kT.xlsx');
    const text = absaetzeVon(teile(fuelleVorlage(ladeVorlage(geteilt), v))['word/document.xml']!);
    expect(text).toContain('Geteilt: Jobcenter Landkreis Lörrach Ende');
  });
});

describe('template errors name the tag and where it stands', () => {
  test('an unknown tag: the tag, the part, the paragraph number and the text around it', async () => {
    const bytes = await baueVorlage(['Hallo {ZV_Foo} Welt']);
    const absatz = alleAbsaetze(strFromU8(unzipSync(bytes)['word/document.xml']!)).findIndex((x) => x.includes('{ZV_Foo}')) + 1;
    const e = fehlerVon(() => ladeVorlage(bytes));
    expect(e.fehler).toHaveLength(1);
    expect(e.fehler[0]!.tag).toBe('{ZV_Foo}');
    expect(e.fehler[0]!.ort).toBe(`word/document.xml, Absatz ${absatz}`);
    expect(e.message).toBe(
      `Unbekanntes Feld {ZV_Foo} in word/document.xml, Absatz ${absatz} („Hallo {ZV_Foo} Welt“). Die bekannten Felder stehen in der Anleitung, Abschnitt „Eigene Vorlagen“.`,
    );
  });

  test('several errors are all listed, a column outside its list is explained', async () => {
    const f = fehlerVon(() => ladeVorlage(vorlageMit));
    expect(f.fehler.map((x) => x.tag)).toEqual(['{ZV_Foo}', '{Ziel}', '{ZV_Bar}']);
    expect(f.fehler[1]!.text).toContain('ist eine Spalte einer Liste');
    expect(f.message.split('\n')).toHaveLength(3);
  });

  test('a tag in the wrong case or without ZV_ gets the right name suggested', async () => {
    const f = fehlerVon(() => ladeVorlage(vorlageFalschGeschrieben));
    expect(f.fehler.map((x) => x.text.replace(/ in word.*?\)\./, ' …'))).toEqual([
      'Unbekanntes Feld {zv_jahr} … Meinten Sie {ZV_Jahr}? Groß- und Kleinschreibung zählen.',
      'Unbekanntes Feld {Jobcenter} … Meinten Sie {ZV_Jobcenter}? Groß- und Kleinschreibung zählen.',
    ]);
  });

  test('an unclosed loop names the loop and its paragraph', async () => {
    const bytes = await baueVorlage(['Anfang', '{#ZV_KommunaleZiele}', '{Ziel}']);
    const absatz = alleAbsaetze(strFromU8(unzipSync(bytes)['word/document.xml']!)).indexOf('{#ZV_KommunaleZiele}') + 1;
    const e = fehlerVon(() => ladeVorlage(bytes));
    expect(e.fehler[0]!.tag).toBe('{#ZV_KommunaleZiele}');
    expect(e.fehler[0]!.text).toBe(
      `Die Schleife {#ZV_KommunaleZiele} in word/document.xml, Absatz ${absatz} („{#ZV_KommunaleZiele}“) wird nicht geschlossen: es fehlt {/ZV_KommunaleZiele}.`,
    );
  });

  test('an unknown tag in the header names the header part', async () => {
    const bytes = aendereKopf(await baueVorlage(), (xml) => xml.replace('Briefkopf {ZV_Jobcenter}', 'Briefkopf {ZV_Jobcentr}'));
    const e = fehlerVon(() => ladeVorlage(bytes));
    expect(e.fehler[0]!.tag).toBe('{ZV_Jobcentr}');
    expect(e.fehler[0]!.ort).toMatch(/^word\/header\d*\.xml, Absatz 1$/);
  });

  test('a zip without a Word document, and a part that is not XML: one German sentence each', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const ohne = fehlerVon(() => ladeVorlage(zipSync({ 'inhalt.txt': strToU8('Hallo') })));
    expect(ohne.message).toMatch(/^Die Vorlage ist keine Word-Datei \(\.docx\): ihr fehlt der Dokumentteil word\/document\.xml\./);
    const kaputt = aendereDokumentXml(await baueVorlage(), (xml) => xml.replace('<w:body>', '<w:body><w:p><w:r><w:t>offen'));
    const e = fehlerVon(() => ladeVorlage(kaputt));
    expect(e.fehler).toHaveLength(1);
    expect(e.message).toBe(
      'Der Teil word/document.xml der Vorlage ist kein gültiges XML; öffnen und speichern Sie die Vorlage in Word oder LibreOffice neu.',
    );
  });

  test('not a .docx: one German sentence', () => {
    const e = fehlerVon(() => ladeVorlage(new TextEncoder().encode('Das ist keine Word-Datei.')));
    expect(e.message).toMatch(/^Die Vorlage ist keine Word-Datei \(\.docx\): /);
  });
});

let vorlageMit: Uint8Array;
let vorlageFalschGeschrieben: Uint8Array;
beforeAll(async () => {
  vorlageMit = await baueVorlage(['Eins {ZV_Foo}', 'Zwei {Ziel}', 'Drei {ZV_Bar}']);
  vorlageFalschGeschrieben = await baueVorlage(['Jahr {zv_jahr}', 'Von {Jobcenter}']);
});

function aendereKopf(docx: Uint8Array, ersetze: (xml: string) => string): Uint8Array {
  const { strToU8, zipSync } = require('fflate') as typeof import('fflate');
  const dateien = unzipSync(docx);
  for (const name of Object.keys(dateien))
    if (/^word\/header\d*\.xml$/.test(name)) dateien[name] = strToU8(ersetze(strFromU8(dateien[name]!)));
  return zipSync(dateien);
}

describe('LibreOffice opens a filled document', () => {
  const ordner = mkdtempSync(path.join(tmpdir(), 'zv-vorlage-lo-'));
  const profil = mkdtempSync(path.join(tmpdir(), 'zv-vorlage-lo-profil-'));
  afterAll(() => {
    rmSync(ordner, { recursive: true, force: true });
    rmSync(profil, { recursive: true, force: true });
  });

  test('Lörrach from the template converts to PDF with the letterhead, the Träger and the signers', async () => {
    const datei = path.join(ordner, 'Loerrach.docx');
    writeFileSync(datei, fuelleVorlage(vorlage, await beispiel('Loerrach_2024_gE-kT.xlsx')));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profil}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', ordner, datei],
      { stdio: 'pipe', timeout: 240_000 },
    );
    const pdf = datei.replace(/\.docx$/, '.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    for (const s of [
      'Briefkopf Jobcenter Landkreis Lörrach',
      'Zielvereinbarung 2024',
      'Kommunaler Träger: Landkreis Lörrach',
      'Landrätin',
      '4.242',
    ])
      expect(text).toContain(s);
  }, 240_000);
});

describe('the tag catalogue and the guide', () => {
  test('every party form prints what the guide shows for its example', async () => {
    const werte: Record<string, string> = {};
    for (const [p, b] of Object.entries(PARTEI_BEISPIELE)) {
      werte[`ZV_${p}`] = b.organisation;
      werte[`ZV_${p}_Funktion`] = b.funktion;
      werte[`ZV_${p}_Ort`] = b.ort;
      werte[`ZV_${p}_Datum`] = b.datum;
    }
    const tags = Object.keys(PARTEI_BEISPIELE).flatMap((p) => PARTEI_FORMEN.map((f) => `ZV_${p}_${f}`));
    const docx = fuelleVorlage(ladeVorlage(await baueVorlage(tags.map((n) => `${n}=[{${n}}]`))), vereinbarung('zkT', 2024, null, werte));
    const text = absaetzeVon(teile(docx)['word/document.xml']!);
    for (const [p, b] of Object.entries(PARTEI_BEISPIELE))
      for (const f of PARTEI_FORMEN) expect(text).toContain(`ZV_${p}_${f}=[${b.formen[f]}]`);
  });

  test('the guide lists every tag, generated from the catalogue (npm run doku)', () => {
    const anleitung = readFileSync(path.join(__dirname, '..', '..', 'docs', 'anleitung.md'), 'utf8');
    const a = anleitung.indexOf(VORLAGEN_ANFANG);
    const e = anleitung.indexOf(VORLAGEN_ENDE);
    expect(a).toBeGreaterThan(0);
    expect(anleitung.slice(a, e + VORLAGEN_ENDE.length)).toBe(vorlagenMarkdown());
    for (const t of VORLAGEN_TEXT_TAGS) expect(vorlagenMarkdown()).toContain(`| \`{${t.name}}\` |`);
    for (const f of FELDER) expect(vorlagenMarkdown()).toContain(`| \`{${f.name}}\` |`);
  });

  test('the example template of the guide loads and fills (examples/Vorlage_Briefkopf.docx)', async () => {
    const bsp = ladeVorlage(new Uint8Array(readFileSync(path.join(BEISPIELE, 'Vorlage_Briefkopf.docx'))));
    const v = await beispiel('Mansfeld-Suedharz_2020_gE-kT.xlsx');
    const t = teile(fuelleVorlage(bsp, v));
    const text = absaetzeVon(t['word/document.xml']!);
    expect(text).toContain('Für den kommunalen Träger unterzeichnet Dr. Angelika Klein, Landrätin des Landkreises Mansfeld-Südharz.');
    expect(text).toContain('Vermeidung Übertritte LZA kleiner gleich');
    expect(text).toContain('1.132');
  });
});
