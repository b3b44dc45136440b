/**
 * The built-in layout as a template (issue 11, `zielplaner vorlage`): a .docx with the built-in
 * styles, page and footer, whose body is the kind's sections in the built-in order, each a section
 * tag `{@ZV_Abschnitt_…}` alone in its paragraph and, where the section's heading is fixed, that
 * heading before it as editable text. A user moves a section (Lörrach: IV before I), renames a
 * heading, leaves a section out or writes text and tags of their own around them; `generate
 * --vorlage` fills it.
 *
 * A section tag is filled with the section as the built-in layout prints it for the agreement: the
 * built-in document is built with a marker paragraph before each section (and between a fixed heading
 * and the rest), and its body XML is cut at the markers. The same builder makes both, so an
 * unchanged template gives the built-in document's text (test/document/eingebaut.test.ts).
 * Pure: no fs, no Office.
 */
import { Paragraph, TextRun, type Table } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FELD, feldname, GESCHLECHTER, KENNZAHLEN, TEILE, type Art, type Kennzahl } from '../../catalogue/felder';
import { VORLAGEN_ABSCHNITTE, type AbschnittName } from '../../catalogue/vorlagenTags';
import type { Kennzahlwerte, Vereinbarung } from '../../model/vereinbarung';
import { abschnitte, baueDokumentAus } from '../index';
import { packe } from '../packen';
import { brauchtAbschnitte, fuelleVorlage, fuerAbschnitte, type AbschnittsVorlage, type FuellOptionen, type Vorlage } from './index';

const MARKE = 'ZIELPLANER-ABSCHNITT';
const ENDE = 'ENDE';
const MIT_KOPF: ReadonlySet<string> = new Set(VORLAGEN_ABSCHNITTE.filter((a) => a.kopf).map((a) => a.name));

/** A section's body XML: the fixed heading (when it has one) and the rest. */
export interface AbschnittXml {
  readonly kopf: string;
  readonly inhalt: string;
}

const markenAbsatz = (name: string, teil: 'kopf' | 'inhalt'): Paragraph =>
  new Paragraph({ children: [new TextRun(`${MARKE}:${name}:${teil}`)] });

/** The built-in document's parts, built with the markers; `fusszeile` for the footer. */
async function mitMarken(v: Vereinbarung, fusszeile?: string): Promise<Record<string, Uint8Array>> {
  const bloecke: (Paragraph | Table)[] = [];
  for (const a of abschnitte(v)) {
    if (MIT_KOPF.has(a.name) && a.bloecke.length > 0)
      bloecke.push(markenAbsatz(a.name, 'kopf'), a.bloecke[0]!, markenAbsatz(a.name, 'inhalt'), ...a.bloecke.slice(1));
    else bloecke.push(markenAbsatz(a.name, 'inhalt'), ...a.bloecke);
  }
  bloecke.push(markenAbsatz(ENDE, 'inhalt'));
  const bytes = await packe((ohneStile) => baueDokumentAus(v, bloecke, { ohneStile, ...(fusszeile ? { fusszeile } : {}) }));
  return unzipSync(bytes);
}

const MARKEN_MUSTER = new RegExp(`<w:p>(?:(?!</w:p>).)*?${MARKE}:([A-Za-z_]+):(kopf|inhalt)(?:(?!</w:p>).)*?</w:p>`, 'gs');

/** The sections cut out of a document.xml built with markers, and the body before and after them. */
function schneide(xml: string): { vorher: string; abschnitte: Map<string, AbschnittXml>; nachher: string } {
  const out = new Map<string, { kopf: string; inhalt: string }>();
  let vorher = '';
  let nachher = '';
  let offen: { name: string; teil: 'kopf' | 'inhalt'; ab: number } | null = null;
  for (const m of xml.matchAll(MARKEN_MUSTER)) {
    if (offen === null) vorher = xml.slice(0, m.index);
    else {
      const e = out.get(offen.name) ?? { kopf: '', inhalt: '' };
      e[offen.teil] = xml.slice(offen.ab, m.index);
      out.set(offen.name, e);
    }
    const name = m[1]!;
    if (name === ENDE) {
      nachher = xml.slice(m.index + m[0].length);
      offen = null;
      break;
    }
    offen = { name, teil: m[2] as 'kopf' | 'inhalt', ab: m.index + m[0].length };
  }
  return { vorher, abschnitte: out, nachher };
}

/** The sections of one agreement as the built-in layout prints them, by tag name, and the parts they refer to. */
async function abschnitteUndDefinitionen(
  v: Vereinbarung,
): Promise<{ abschnitte: ReadonlyMap<string, AbschnittXml>; stile: string; nummern: string | null }> {
  const teile = await mitMarken(v);
  const nummern = teile['word/numbering.xml'];
  return {
    abschnitte: schneide(strFromU8(teile['word/document.xml']!)).abschnitte,
    stile: strFromU8(teile['word/styles.xml']!),
    nummern: nummern ? strFromU8(nummern) : null,
  };
}

/** The sections of one agreement as the built-in layout prints them, by tag name. */
export async function abschnittXml(v: Vereinbarung): Promise<ReadonlyMap<string, AbschnittXml>> {
  return (await abschnitteUndDefinitionen(v)).abschnitte;
}

/** Each template with section tags, completed once with the built-in definitions (fuerAbschnitte). */
const vorbereitet = new WeakMap<Vorlage, AbschnittsVorlage>();

/** Fills a template, with the built-in sections when it has section tags. */
export async function erzeugeAusVorlage(vorlage: Vorlage, v: Vereinbarung, optionen: FuellOptionen = {}): Promise<Uint8Array> {
  if (!brauchtAbschnitte(vorlage)) return fuelleVorlage(vorlage, v, optionen);
  const a = await abschnitteUndDefinitionen(v);
  let bereit = vorbereitet.get(vorlage);
  if (!bereit) {
    bereit = fuerAbschnitte(vorlage, a);
    vorbereitet.set(vorlage, bereit);
  }
  const umbenannt = (xml: string): string =>
    bereit.nummern.size === 0
      ? xml
      : xml.replace(/<w:numId w:val="(\d+)"\/>/g, (m, n: string) =>
          bereit.nummern.has(n) ? `<w:numId w:val="${bereit.nummern.get(n)}"/>` : m,
        );
  return fuelleVorlage(bereit.vorlage, v, {
    ...optionen,
    abschnitte: new Map([...a.abschnitte].map(([n, x]) => [n, umbenannt(x.inhalt)])),
  });
}

/** An agreement with only the kind and the year: the model the template's headings are taken from. */
function modell(art: Art, jahr: number): Vereinbarung {
  const kennzahl = (k: Kennzahl) =>
    Object.fromEntries(
      GESCHLECHTER.map((g) => [g, Object.fromEntries(TEILE.map((t) => [t, { feld: feldname(k, t, g), eingegeben: false }]))]),
    );
  return {
    quelle: { art: 'blatt', blatt: 'Vorlage' },
    art,
    jahr,
    darstellung: null,
    werte: { [FELD.ZV_Art]: art, [FELD.ZV_Jahr]: jahr },
    eingegeben: new Set([FELD.ZV_Art, FELD.ZV_Jahr]),
    zellen: {},
    kennzahlen: Object.fromEntries(KENNZAHLEN.map((k) => [k, kennzahl(k)])) as unknown as Kennzahlwerte,
    listen: { lokaleZiele: [], kommunaleZiele: [], weitereZiele: [] },
  };
}

const absatzMitText = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** The section tags a template for the kind offers, in the built-in order. */
export function abschnitteDerArt(art: Art): AbschnittName[] {
  return abschnitte(modell(art, 2024)).map((a) => a.name);
}

/**
 * The built-in layout of a kind and year as an editable template (.docx bytes): the year's wording
 * (2020 wording up to 2022, 2024 wording from 2023) is in the fixed headings; the footer names
 * `{ZV_Titel}`; the file's title says what it is.
 */
export async function eingebauteVorlage(art: Art, jahr: number): Promise<Uint8Array> {
  const v = modell(art, jahr);
  const teile = await mitMarken(v, '{ZV_Titel}');
  const geschnitten = schneide(strFromU8(teile['word/document.xml']!));
  const koerper = abschnitte(v)
    .map((a) => `${geschnitten.abschnitte.get(a.name)?.kopf ?? ''}${absatzMitText(`{@${a.name}}`)}`)
    .join('');
  const dateien: Record<string, Uint8Array> = { ...teile };
  dateien['word/document.xml'] = strToU8(geschnitten.vorher + koerper + geschnitten.nachher);
  const kern = teile['docProps/core.xml'];
  if (kern)
    dateien['docProps/core.xml'] = strToU8(
      strFromU8(kern).replace(/<dc:title>[^<]*<\/dc:title>/, `<dc:title>Vorlage Zielvereinbarung ${art} ${jahr}</dc:title>`),
    );
  return zipSync(dateien, { level: 6 });
}
