/**
 * The built-in layout as a template (issue 11, `zielplaner vorlage`): the template of each kind and
 * year, filled unchanged, gives the built-in document of every example workbook (so the seed
 * comparisons of seeds.test.ts hold for it too); the year's wording is in its fixed headings; a user
 * who moves section IV before I and renames it (Lörrach) gets that order and heading; a section tag
 * that is unknown, in a loop or not alone in its paragraph is an error naming it and where it stands.
 * A template saved again by LibreOffice (which drops unused styles and the list definitions) or one
 * with lists of its own still gives the built-in bullets and styles.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { erzeugeDokument } from '../../src/document';
import { ladeVorlage } from '../../src/document/vorlage';
import { abschnitteDerArt, eingebauteVorlage, erzeugeAusVorlage } from '../../src/document/vorlage/eingebaut';
import { pruefeMappe } from '../../src/kern';
import type { Vereinbarung } from '../../src/model/vereinbarung';
import { leseXlsx } from '../../src/xlsx/xlsx';
import { absaetzeVon, teile } from './lesen';
import { aendereDokumentXml, fehlerVon, loerrachVorlage } from './vorlageBau';

const BEISPIELE = path.join(__dirname, '..', '..', 'examples');

async function beispiel(datei: string): Promise<Vereinbarung> {
  const [r] = pruefeMappe(await leseXlsx(readFileSync(path.join(BEISPIELE, datei)), datei));
  return r!.vereinbarung;
}

const koerper = (docx: Uint8Array): string => teile(docx)['word/document.xml']!;

describe('the built-in layout as a template', () => {
  test.each([
    ['Kaiserslautern_2024_gE.xlsx'],
    ['Loerrach_2024_gE-kT.xlsx'],
    ['Mettmann_2025_gE-kT.xlsx'],
    ['Mansfeld-Suedharz_2020_gE-kT.xlsx'],
    ['Emsland_2024_zkT.xlsx'],
    ['Jadeland_2021_zkT.xlsx'],
    ['Muemlingtal_2024_zkT.xlsx'],
  ])('%s: the unchanged template of its kind and year gives the built-in document', async (datei) => {
    const v = await beispiel(datei);
    const vorlage = ladeVorlage(await eingebauteVorlage(v.art!, v.jahr!));
    const ausVorlage = await erzeugeAusVorlage(vorlage, v);
    const eingebaut = await erzeugeDokument(v);
    // the same body, paragraph for paragraph and table for table
    expect(koerper(ausVorlage)).toBe(koerper(eingebaut));
    // with the same list and style definitions
    expect(teile(ausVorlage)['word/numbering.xml']).toBe(teile(eingebaut)['word/numbering.xml']);
    expect(teile(ausVorlage)['word/styles.xml']).toBe(teile(eingebaut)['word/styles.xml']);
    // and the same footer and file properties (title, author) as the built-in document
    const fuss = (d: Uint8Array) => absaetzeVon(Object.entries(teile(d)).find(([n]) => /^word\/footer\d*\.xml$/.test(n))![1]);
    expect(fuss(ausVorlage)).toEqual(fuss(eingebaut));
    const titel = (d: Uint8Array) => /<dc:title>([^<]*)</.exec(teile(d)['docProps/core.xml']!)![1];
    expect(titel(ausVorlage)).toBe(titel(eingebaut));
  });

  test('the template shows the section tags and the fixed headings in the year’s wording', async () => {
    const t2024 = absaetzeVon(koerper(await eingebauteVorlage('gE-kT', 2024)));
    expect(t2024).toEqual([
      'Zielvereinbarung {ZV_Jahr}',
      'zwischen {ZV_Agentur_Artikel}',
      '{@ZV_Abschnitt_Partei_Agentur}',
      '{ZV_Traeger_Artikel}',
      '{@ZV_Abschnitt_Partei_Traeger}',
      'und {ZV_Jobcenter_Artikel}',
      '{@ZV_Abschnitt_Partei_Jobcenter}',
      'Präambel Zielvereinbarung',
      '{@ZV_Abschnitt_Praeambel}',
      '{@ZV_Abschnitt_Unterschriften}',
      '{@ZV_Abschnitt_Verantwortung}',
      'I) Geschäftspolitische Ziele SGB II',
      '{@ZV_Abschnitt_Ziele}',
      'II) Monitoring zur Verringerung der Hilfebedürftigkeit',
      '{@ZV_Abschnitt_Monitoring}',
      'III) Weitere lokale Ziele zwischen Jobcenter und Agentur für Arbeit',
      '{@ZV_Abschnitt_LokaleZiele}',
      'Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess *',
      '{@ZV_Abschnitt_Zielnachhaltung}',
      'IV) kommunale Ziele zwischen JC und kommunalem Träger',
      '{@ZV_Abschnitt_KommunaleZiele}',
    ]);
    const t2020 = absaetzeVon(koerper(await eingebauteVorlage('gE-kT', 2020)));
    expect(t2020).toContain('III) Lokale Ziele');
    expect(t2020).toContain('Vereinbarungen zu den Zielwerten und zum Zielnachhalteprozess');
    expect(abschnitteDerArt('gE')).not.toContain('ZV_Abschnitt_KommunaleZiele');
    expect(abschnitteDerArt('zkT')[0]).toBe('ZV_Abschnitt_TitelZkt');
  });

  test('Lörrach: the Jobcenter before the Landrätin and section IV before I, renamed, in the template come out so', async () => {
    const v = await beispiel('Loerrach_2024_gE-kT.xlsx');
    const vorlage = loerrachVorlage(await eingebauteVorlage('gE-kT', 2024));
    const text = absaetzeVon(koerper(await erzeugeAusVorlage(ladeVorlage(vorlage), v)));
    // the title as Lörrach writes it
    expect(text.slice(0, 7)).toEqual([
      'Zielvereinbarung 2024',
      'zwischen dem',
      'Vorsitzenden der Geschäftsführung\nder Agentur für Arbeit Lörrach',
      'und dem',
      'Geschäftsführer\ndes Jobcenters Landkreis Lörrach',
      'der',
      'Landrätin\ndes Landkreises Lörrach',
    ]);
    const neu = text.indexOf('IV) Lokale Ziele zwischen Jobcenter und kommunalem Träger');
    const ziele = text.indexOf('I) Geschäftspolitische Ziele SGB II');
    expect(neu).toBeGreaterThan(0);
    expect(neu).toBeLessThan(ziele);
    // the section's table follows its new heading, and the old heading is gone
    expect(text[neu + 1]).toBe('Kommunales Ziel zu');
    expect(text.slice(neu, ziele)).toContain('Verbesserung und Festigung der SGBII-Quote');
    expect(text).not.toContain('IV) kommunale Ziele zwischen JC und kommunalem Träger');
  });

  test('a gE agreement in a gE-kT template: the sections it does not have leave nothing', async () => {
    const v = await beispiel('Kaiserslautern_2024_gE.xlsx');
    const text = absaetzeVon(koerper(await erzeugeAusVorlage(ladeVorlage(await eingebauteVorlage('gE-kT', 2024)), v)));
    expect(text.join('\n')).not.toMatch(/ZV_Abschnitt|Kommunales Ziel zu|Verantwortlichkeiten der Träger BA und Kommune/);
    expect(text).toContain('I) Geschäftspolitische Ziele SGB II');
  });

  test('an unknown section tag, one in a loop and one beside other text are errors naming tag and place', async () => {
    const roh = await eingebauteVorlage('gE', 2024);
    const unbekannt = fehlerVon(() =>
      ladeVorlage(aendereDokumentXml(roh, (x) => x.replace('{@ZV_Abschnitt_Ziele}', '{@ZV_Abschnitt_Zeile}'))),
    );
    expect(unbekannt.fehler[0]!.text).toMatch(
      /^Unbekannter Abschnitt \{@ZV_Abschnitt_Zeile\} in word\/document\.xml, Absatz \d+ .*Die Abschnitte heißen \{@ZV_Abschnitt_Titel\}/,
    );
    const inSchleife = fehlerVon(() =>
      ladeVorlage(
        aendereDokumentXml(roh, (x) =>
          x.replace(
            '<w:t xml:space="preserve">{@ZV_Abschnitt_Ziele}</w:t></w:r></w:p>',
            '<w:t xml:space="preserve">{#ZV_LokaleZiele}</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">{@ZV_Abschnitt_Ziele}</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">{/ZV_LokaleZiele}</w:t></w:r></w:p>',
          ),
        ),
      ),
    );
    expect(inSchleife.fehler.map((f) => f.text).join('\n')).toMatch(
      /Der Abschnitt \{@ZV_Abschnitt_Ziele\} in .* steht in der Schleife \{#ZV_LokaleZiele\}/,
    );
    const nichtAllein = fehlerVon(() =>
      ladeVorlage(aendereDokumentXml(roh, (x) => x.replace('{@ZV_Abschnitt_Ziele}', 'Siehe {@ZV_Abschnitt_Ziele}'))),
    );
    expect(nichtAllein.fehler[0]!.text).toMatch(
      /Der Abschnitt \{@ZV_Abschnitt_Ziele\} in word\/document\.xml.* muss allein in einem eigenen Absatz stehen/,
    );
  });
});

/** The numbering format of each w:numId of a filled document: numId → "bullet", "decimal", … */
function listenformate(t: Record<string, string>): Map<string, string> {
  const n = t['word/numbering.xml'] ?? '';
  const abstrakt = new Map(
    [...n.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>.*?<w:numFmt w:val="(\w+)"/gs)].map((m) => [m[1]!, m[2]!]),
  );
  return new Map(
    [...n.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>\s*<w:abstractNumId w:val="(\d+)"/g)].map((m) => [m[1]!, abstrakt.get(m[2]!) ?? '?']),
  );
}

describe('a built-in template as others save it', () => {
  test('saved again by LibreOffice: the filled document still has the bullet list and every style its sections use', async () => {
    const v = await beispiel('Loerrach_2024_gE-kT.xlsx');
    const ordner = mkdtempSync(path.join(tmpdir(), 'zv-eingebaut-'));
    try {
      writeFileSync(path.join(ordner, 'vorlage.docx'), await eingebauteVorlage('gE-kT', 2024));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(ordner, 'profil')}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'docx:MS Word 2007 XML',
          '--outdir',
          path.join(ordner, 'lo'),
          path.join(ordner, 'vorlage.docx'),
        ],
        { stdio: 'pipe', timeout: 180_000 },
      );
      const gespeichert = new Uint8Array(readFileSync(path.join(ordner, 'lo', 'vorlage.docx')));
      // what LibreOffice wrote: no list definitions, not every style
      expect(Object.keys(unzipSync(gespeichert))).not.toContain('word/numbering.xml');
      const t = teile(await erzeugeAusVorlage(ladeVorlage(gespeichert), v));
      expect(absaetzeVon(t['word/document.xml']!)).toEqual(absaetzeVon(koerper(await erzeugeDokument(v))));
      const formate = listenformate(t);
      const benutzt = new Set([...t['word/document.xml']!.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]!));
      expect(benutzt.size).toBeGreaterThan(0);
      for (const n of benutzt) expect(formate.get(n)).toBe('bullet');
      expect(t['word/_rels/document.xml.rels']).toMatch(/relationships\/numbering" Target="numbering.xml"/);
      expect(t['[Content_Types].xml']).toContain('PartName="/word/numbering.xml"');
      const stile = new Set([...t['word/styles.xml']!.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
      for (const [, id] of t['word/document.xml']!.matchAll(/<w:(?:p|r|tbl)Style w:val="([^"]+)"/g))
        expect({ id, da: stile.has(id) }).toEqual({ id, da: true });
    } finally {
      rmSync(ordner, { recursive: true, force: true });
    }
  });

  test('a template with a numbered list of its own keeps it, and the built-in bullets get numbers after it', async () => {
    const v = await beispiel('Loerrach_2024_gE-kT.xlsx');
    const z = unzipSync(await eingebauteVorlage('gE-kT', 2024));
    const eigeneNummern = strFromU8(z['word/numbering.xml']!)
      .replace(
        /<w:abstractNum\b.*<\/w:abstractNum>/s,
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>',
      )
      .replace(/<w:num\b.*<\/w:num>/s, '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>');
    z['word/numbering.xml'] = strToU8(eigeneNummern);
    z['word/document.xml'] = strToU8(
      strFromU8(z['word/document.xml']!).replace(
        '<w:body>',
        '<w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Unser erster Punkt</w:t></w:r></w:p>',
      ),
    );
    const t = teile(await erzeugeAusVorlage(ladeVorlage(zipSync(z)), v));
    const formate = listenformate(t);
    const xml = t['word/document.xml']!;
    const eigene = /<w:numId w:val="(\d+)"\/><\/w:numPr><\/w:pPr><w:r><w:t>Unser erster Punkt/.exec(xml)![1]!;
    expect(formate.get(eigene)).toBe('decimal');
    const praeambel = xml.slice(xml.indexOf('Die Zielvereinbarung beinhaltet:'));
    const punkte = /<w:numId w:val="(\d+)"\/>/.exec(praeambel)![1]!;
    expect(punkte).not.toBe(eigene);
    expect(formate.get(punkte)).toBe('bullet');
  });
});

test('a document made from a template carries the time it was made, not the template’s', async () => {
  const v = await beispiel('Kaiserslautern_2024_gE.xlsx');
  const vorlage = ladeVorlage(await eingebauteVorlage('gE', 2024));
  await new Promise((r) => setTimeout(r, 20));
  const vorher = Date.now();
  const core = teile(await erzeugeAusVorlage(vorlage, v))['docProps/core.xml']!;
  for (const feld of ['created', 'modified']) {
    const zeit = Date.parse(new RegExp(`<dcterms:${feld}[^>]*>([^<]*)<`).exec(core)![1]!);
    expect(zeit).toBeGreaterThanOrEqual(vorher - 1);
    expect(zeit).toBeLessThanOrEqual(Date.now());
  }
});
