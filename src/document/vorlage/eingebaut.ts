/**
 * The built-in layout as a template (issue 11), and the built-in layout itself through it.
 *
 * `eingebauteVorlage` (`zielplaner vorlage`) writes a .docx with the built-in styles, page and
 * footer, whose body is the kind's sections in the built-in order, each a section tag
 * `{@ZV_Abschnitt_…}` alone in its paragraph and, where the section's heading is fixed, that heading
 * before it as editable text. A user moves a section (Lörrach: IV before I), renames a heading, leaves
 * a section out or writes text and tags of their own around them; `generate --vorlage` fills it.
 *
 * A section tag is filled with the section as the built-in layout writes it for the agreement: its
 * building blocks (aufbau.ts) as WordprocessingML (bausteine.ts). `generate` without a template does
 * the same with the built-in template of the agreement's kind and year (tags only, compiled once per
 * process): no docx object model per agreement, only the parts that change are deflated. docx (its
 * public Packer) writes the template packages. An unchanged template gives the built-in document
 * (test/document/eingebaut.test.ts). Pure: no fs, no Office.
 */
import { Packer } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FELD, feldname, GESCHLECHTER, KENNZAHLEN, TEILE, type Art, type Kennzahl } from '../../catalogue/felder';
import { VORLAGEN_ABSCHNITTE, type AbschnittName } from '../../catalogue/vorlagenTags';
import type { Kennzahlwerte, Vereinbarung } from '../../model/vereinbarung';
import { abschnitte, baueDokumentAus } from '../aufbau';
import { AlignmentType, alsXml, Paragraph, TextRun, type Block } from '../bausteine';
import { partei } from '../parteien';
import { parteiBlock, titelSchluessel, titelZeile, verbinder, verbinderZeile } from '../titel';
import {
  brauchtAbschnitte,
  fuelleVorlage,
  fuerAbschnitte,
  ladeVorlage,
  type AbschnittsVorlage,
  type EingebauteDefinitionen,
  type FuellOptionen,
  type Vorlage,
} from './index';

const MIT_KOPF: ReadonlySet<string> = new Set(VORLAGEN_ABSCHNITTE.filter((a) => a.kopf).map((a) => a.name));

/** A section's WordprocessingML: the fixed heading (when it has one) and the rest. */
export interface AbschnittXml {
  readonly kopf: string;
  readonly inhalt: string;
}

/** The sections of one agreement as the built-in layout writes them, by tag name (bausteine.ts, no docx). */
export function abschnittXml(v: Vereinbarung): ReadonlyMap<string, AbschnittXml> {
  const out = new Map<string, AbschnittXml>();
  for (const a of abschnitte(v)) {
    const mitKopf = MIT_KOPF.has(a.name) && a.bloecke.length > 0;
    out.set(a.name, {
      kopf: mitKopf ? alsXml(a.bloecke[0]!) : '',
      inhalt: a.bloecke
        .slice(mitKopf ? 1 : 0)
        .map(alsXml)
        .join(''),
    });
  }
  // the parties' name blocks of the title, for a template that has the title line by line
  if (v.art !== 'zkT')
    for (const k of titelSchluessel(v)) out.set(`ZV_Abschnitt_Partei_${k}`, { kopf: '', inhalt: alsXml(parteiBlock(partei(v, k))) });
  return out;
}

/**
 * The title of a gE or gE-kT template line by line, so that a user can reorder the parties (Lörrach
 * names the Jobcenter before the Landrätin): "Zielvereinbarung {ZV_Jahr}", then per party its
 * connecting line ("zwischen {ZV_Agentur_Artikel}") and its name block `{@ZV_Abschnitt_Partei_…}`.
 */
function titelZeilen(v: Vereinbarung): Block[] {
  const schluessel = titelSchluessel(v);
  return [
    titelZeile('{ZV_Jahr}'),
    ...schluessel.flatMap((k, i) => [
      verbinderZeile(`${verbinder(i, schluessel.length)} {ZV_${k}_Artikel}`.trim()),
      tagAbsatz(`ZV_Abschnitt_Partei_${k}`, true),
    ]),
  ];
}

/** A section tag alone in its paragraph (centred where the section is: the parties' name blocks). */
const tagAbsatz = (name: string, mitte = false): Paragraph =>
  new Paragraph({ ...(mitte ? { alignment: AlignmentType.CENTER } : {}), children: [new TextRun(`{@${name}}`)] });

/**
 * The built-in layout's template package for a kind and year, packed by docx (its public Packer):
 * styles, lists, page, footer `{ZV_Titel}`, and per section its tag; `koepfe` puts the fixed
 * headings before their tags as text, `entwurf` the draft mark in the header.
 */
async function paket(
  art: Art | null,
  jahr: number | null,
  o: { readonly koepfe: boolean; readonly entwurf: boolean },
): Promise<Uint8Array> {
  const v = modell(art, jahr);
  const bloecke: Block[] = [];
  for (const a of abschnitte(v)) {
    if (o.koepfe && a.name === 'ZV_Abschnitt_Titel') {
      bloecke.push(...titelZeilen(v));
      continue;
    }
    if (o.koepfe && MIT_KOPF.has(a.name) && a.bloecke.length > 0) bloecke.push(a.bloecke[0]!);
    bloecke.push(tagAbsatz(a.name));
  }
  return Packer.pack(baueDokumentAus(v, bloecke, { entwurf: o.entwurf, fusszeile: '{ZV_Titel}' }), 'uint8array');
}

/** The compiled built-in templates of this process, by kind, year and draft mark. */
const kompiliert = new Map<string, Promise<Vorlage>>();

function eingebautKompiliert(art: Art | null, jahr: number | null, entwurf: boolean): Promise<Vorlage> {
  const schluessel = `${art ?? ''}|${jahr ?? ''}|${entwurf}`;
  let p = kompiliert.get(schluessel);
  if (!p) {
    p = paket(art, jahr, { koepfe: false, entwurf }).then(ladeVorlage);
    kompiliert.set(schluessel, p);
    p.catch(() => kompiliert.delete(schluessel));
  }
  return p;
}

/**
 * The .docx bytes of an agreement in the built-in layout: the built-in template of its kind and year,
 * compiled once per process, filled with its sections' WordprocessingML. `entwurf` for an agreement
 * with error findings (the draft mark in the header, on every page).
 */
export async function erzeugeEingebaut(v: Vereinbarung, entwurf: boolean): Promise<Uint8Array> {
  const vorlage = await eingebautKompiliert(v.art, v.jahr, entwurf);
  const xml = abschnittXml(v);
  return fuelleVorlage(vorlage, v, { abschnitte: new Map([...xml].map(([n, a]) => [n, a.kopf + a.inhalt])) });
}

let definitionen: Promise<EingebauteDefinitionen> | null = null;

/** The built-in styles and lists (the same for every kind and year). */
function eingebauteDefinitionen(): Promise<EingebauteDefinitionen> {
  definitionen ??= paket('gE', 2024, { koepfe: false, entwurf: false }).then((bytes) => {
    const teile = unzipSync(bytes);
    const nummern = teile['word/numbering.xml'];
    return { stile: strFromU8(teile['word/styles.xml']!), nummern: nummern ? strFromU8(nummern) : null };
  });
  return definitionen;
}

/** Each template with section tags, completed once with the built-in definitions (fuerAbschnitte). */
const vorbereitet = new WeakMap<Vorlage, AbschnittsVorlage>();

/** Fills a template, with the built-in sections when it has section tags. */
export async function erzeugeAusVorlage(vorlage: Vorlage, v: Vereinbarung, optionen: FuellOptionen = {}): Promise<Uint8Array> {
  if (!brauchtAbschnitte(vorlage)) return fuelleVorlage(vorlage, v, optionen);
  let bereit = vorbereitet.get(vorlage);
  if (!bereit) {
    bereit = fuerAbschnitte(vorlage, await eingebauteDefinitionen());
    vorbereitet.set(vorlage, bereit);
  }
  const nummern = bereit.nummern;
  const umbenannt = (xml: string): string =>
    nummern.size === 0
      ? xml
      : xml.replace(/<w:numId w:val="(\d+)"\/>/g, (m, n: string) => (nummern.has(n) ? `<w:numId w:val="${nummern.get(n)}"/>` : m));
  return fuelleVorlage(bereit.vorlage, v, {
    ...optionen,
    abschnitte: new Map([...abschnittXml(v)].map(([n, x]) => [n, umbenannt(x.inhalt)])),
  });
}

/** An agreement with only the kind and the year: the model the template's headings are taken from. */
function modell(art: Art | null, jahr: number | null): Vereinbarung {
  const kennzahl = (k: Kennzahl) =>
    Object.fromEntries(
      GESCHLECHTER.map((g) => [g, Object.fromEntries(TEILE.map((t) => [t, { feld: feldname(k, t, g), eingegeben: false }]))]),
    );
  return {
    quelle: { art: 'blatt', blatt: 'Vorlage' },
    art,
    jahr,
    darstellung: null,
    werte: { ...(art ? { [FELD.ZV_Art]: art } : {}), ...(jahr !== null ? { [FELD.ZV_Jahr]: jahr } : {}) },
    eingegeben: new Set([...(art ? [FELD.ZV_Art] : []), ...(jahr !== null ? [FELD.ZV_Jahr] : [])]),
    zellen: {},
    kennzahlen: Object.fromEntries(KENNZAHLEN.map((k) => [k, kennzahl(k)])) as unknown as Kennzahlwerte,
    listen: { lokaleZiele: [], kommunaleZiele: [], weitereZiele: [] },
  };
}

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
  const dateien = unzipSync(await paket(art, jahr, { koepfe: true, entwurf: false }));
  const kern = dateien['docProps/core.xml'];
  if (kern)
    dateien['docProps/core.xml'] = strToU8(
      strFromU8(kern).replace(/<dc:title>[^<]*<\/dc:title>/, `<dc:title>Vorlage Zielvereinbarung ${art} ${jahr}</dc:title>`),
    );
  return zipSync(dateien, { level: 6 });
}
