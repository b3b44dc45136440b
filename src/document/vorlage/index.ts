/**
 * Agreement templates (.docx) the user brings: `{ZV_…}` tags, list loops, conditions and the derived
 * tags of src/catalogue/vorlagenTags.ts (contract: docs/planungsblatt.md, "Agreement templates").
 *
 * `ladeVorlage` opens and checks a template once: docxtemplater parses its parts (tags split across
 * runs by Word's spell-check or revision marks are joined; a loop on paragraphs of its own leaves no
 * empty paragraph; a loop in one table row repeats the row), every tag must be one Zielplaner knows,
 * and the parts are compiled to trees (geruest.ts). The parts without tags are compressed once.
 * `fuelleVorlage` then fills only the templated parts (document, headers, footers, core properties)
 * and zips them with the unchanged parts' compressed bytes (fflate). Pure: no fs, no Office.
 */
import Docxtemplater from 'docxtemplater';
import { inflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import PizZip from 'pizzip';
import type { Vereinbarung } from '../../model/vereinbarung';
import { beschreibung, dokumentTitel } from '../aufbau';
import { dokumentName } from '../parteien';
import { fest } from '../festeLeerzeichen';
import { ENTWURF } from '../stil';
import { bereinige } from '../text';
import { festesTeil, zippe, type FestesTeil, type NeuesTeil } from '../zip';
import { VORLAGEN_ABSCHNITTE } from '../../catalogue/vorlagenTags';
import { kontext, NAMEN } from './daten';
import { flicke, fuelle, geruestModul, hatMarken, zerlege, type GefundenerTag, type Knoten } from './geruest';

/** One error of a template: the tag, where it stands, and one German sentence naming both. */
export interface Vorlagenfehler {
  readonly tag: string;
  readonly ort: string;
  readonly text: string;
}

/** A template that cannot be used: its errors, the message their sentences joined by line breaks. */
export class VorlageFehlerhaft extends Error {
  readonly fehler: Vorlagenfehler[];
  constructor(fehler: Vorlagenfehler[]) {
    super(fehler.map((f) => f.text).join('\n'));
    this.name = 'VorlageFehlerhaft';
    this.fehler = fehler;
  }
}

type UnveraendertesTeil = FestesTeil & { readonly art: 'fest' };

interface VorlagenTeil {
  readonly art: 'vorlage';
  readonly name: string;
  readonly baum: readonly Knoten[];
  /** A Word part (document, header, footer): values with line breaks and tabs as Word elements. */
  readonly word: boolean;
}

interface KernTeil {
  readonly art: 'kern';
  readonly name: string;
  readonly xml: string;
}

declare const VORLAGE: unique symbol;

/** A compiled template (opaque): load once with ladeVorlage, fill per agreement with fuelleVorlage. */
export interface Vorlage {
  readonly [VORLAGE]: true;
}

interface VorlageIntern {
  readonly teile: readonly (UnveraendertesTeil | VorlagenTeil | KernTeil)[];
  /** Whether the template has section tags (then it is filled with the built-in sections: eingebaut.ts). */
  readonly abschnitte: boolean;
  /** The names its value tags, loops and conditions use: only these are computed per agreement. */
  readonly namen: ReadonlySet<string>;
}

const ABSCHNITT_NAMEN: ReadonlySet<string> = new Set(VORLAGEN_ABSCHNITTE.map((a) => a.name));

/** Whether a template has section tags `{@ZV_Abschnitt_…}` (fill it with erzeugeAusVorlage). */
export function brauchtAbschnitte(vorlage: Vorlage): boolean {
  return (vorlage as unknown as VorlageIntern).abschnitte;
}

const KERN = 'docProps/core.xml';
/** The parts that carry the draft mark: the body and every header. */
const MIT_ENTWURF = /^word\/(document|header\d*)\.xml$/;

// ---- where a tag stands ----------------------------------------------------------------------

const ENTITAETEN: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const entschluessele = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => ENTITAETEN[m]!);

/** The paragraphs' text of a part (all paragraphs, empty ones included, so the numbers are Word's order). */
function absaetze(xml: string): string[] {
  if (!xml.includes('<w:p'))
    return [
      entschluessele(
        xml
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    ];
  const out: string[] = [];
  for (const stueck of xml.split(/<\/w:p>/).slice(0, -1)) {
    let t = '';
    for (const m of stueck.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) t += m[1];
    out.push(entschluessele(t));
  }
  return out;
}

/** „… Text um die Stelle …“: up to 30 characters either side of `bei` in `text`. */
function umgebung(text: string, bei: number, laenge: number): string {
  const von = Math.max(0, bei - 30);
  const bis = Math.min(text.length, bei + laenge + 30);
  return `${von > 0 ? '… ' : ''}${text.slice(von, bis).trim()}${bis < text.length ? ' …' : ''}`;
}

interface Stelle {
  readonly ort: string;
  readonly satz: string;
}

/** "word/document.xml, Absatz 12 („… {ZV_Foo} …“)" for the `n`-th occurrence of `roh` in the part. */
function stelleVon(teil: string, xml: string, roh: string, n = 0): Stelle {
  const liste = absaetze(xml);
  let gesehen = 0;
  for (let i = 0; i < liste.length; i++) {
    const text = liste[i]!;
    let bei = text.indexOf(roh);
    while (bei >= 0) {
      if (gesehen++ === n) {
        const ort = teil === KERN ? `${teil} (Dokumenteigenschaften)` : `${teil}, Absatz ${i + 1}`;
        return { ort, satz: `${ort} („${umgebung(text, bei, roh.length)}“)` };
      }
      bei = text.indexOf(roh, bei + 1);
    }
  }
  return { ort: teil, satz: teil };
}

/** The place of a docxtemplater offset (characters of the part's text, all paragraphs joined). */
function stelleBeiOffset(teil: string, xml: string, offset: number): Stelle {
  const liste = absaetze(xml);
  let summe = 0;
  for (let i = 0; i < liste.length; i++) {
    const text = liste[i]!;
    if (offset < summe + text.length) {
      const ort = `${teil}, Absatz ${i + 1}`;
      return { ort, satz: `${ort} („${umgebung(text, offset - summe, 1)}“)` };
    }
    summe += text.length;
  }
  return { ort: teil, satz: teil };
}

// ---- errors of docxtemplater as German sentences ---------------------------------------------

interface XtFehler {
  readonly properties?: {
    readonly id?: string;
    readonly xtag?: string;
    readonly file?: string;
    readonly offset?: number | number[];
    readonly errors?: XtFehler[];
    readonly explanation?: string;
    readonly openingtag?: string;
    readonly closingtag?: string;
  };
}

function uebersetze(e: XtFehler, xmlVon: (teil: string) => string): Vorlagenfehler {
  const p = e.properties ?? {};
  const teil = p.file ?? 'word/document.xml';
  const offset = Array.isArray(p.offset) ? p.offset[0] : p.offset;
  const stelle = offset !== undefined ? stelleBeiOffset(teil, xmlVon(teil), offset) : { ort: teil, satz: teil };
  const tag = p.xtag ?? '';
  switch (p.id) {
    case 'unclosed_loop':
      return {
        tag: `{#${tag}}`,
        ort: stelle.ort,
        text: `Die Schleife {#${tag}} in ${stelle.satz} wird nicht geschlossen: es fehlt {/${tag}}.`,
      };
    case 'unopened_loop':
      return {
        tag: `{/${tag}}`,
        ort: stelle.ort,
        text: `Das Schleifenende {/${tag}} in ${stelle.satz} hat keinen Anfang: es fehlt {#${tag}} davor.`,
      };
    case 'closing_tag_does_not_match_opening_tag':
      return {
        tag: `{/${p.closingtag ?? ''}}`,
        ort: stelle.ort,
        text: `Die Schleife {#${p.openingtag ?? ''}} wird in ${stelle.satz} mit {/${p.closingtag ?? ''}} geschlossen; erwartet ist {/${p.openingtag ?? ''}}.`,
      };
    case 'unclosed_tag':
      return { tag, ort: stelle.ort, text: `Das Feld „{${tag}“ in ${stelle.satz} wird nicht mit „}“ geschlossen.` };
    case 'unopened_tag':
      return { tag, ort: stelle.ort, text: `Vor „${tag}}“ in ${stelle.satz} fehlt die öffnende Klammer „{“.` };
    case 'duplicate_open_tag':
      return { tag, ort: stelle.ort, text: `In ${stelle.satz} steht „{{“: ein Feld wird mit genau einer Klammer „{“ geöffnet.` };
    case 'duplicate_close_tag':
      return { tag, ort: stelle.ort, text: `In ${stelle.satz} steht „}}“: ein Feld wird mit genau einer Klammer „}“ geschlossen.` };
    case 'unbalanced_loop_tags':
    case 'loop_position_invalid':
      return {
        tag,
        ort: stelle.ort,
        text: `Die Schleifen in ${stelle.satz} überkreuzen sich (etwa Anfang in einer Tabellenzeile, Ende in einer anderen Zelle); Anfang und Ende einer Schleife müssen im selben Absatz, in derselben Tabellenzeile oder beide außerhalb stehen.`,
      };
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
    case 'raw_tag_outerxml_invalid':
      return {
        tag: `{@${tag}}`,
        ort: stelle.ort,
        text: `Der Abschnitt {@${tag}} in ${stelle.satz} muss allein in einem eigenen Absatz stehen (nicht in einer Zeile mit anderem Text und nicht innerhalb einer Zeile mit einer Schleife).`,
      };
    case 'malformed_xml':
    case 'file_has_invalid_xml':
      return {
        tag: '',
        ort: teil,
        text: `Der Teil ${teil} der Vorlage ist kein gültiges XML; öffnen und speichern Sie die Vorlage in Word oder LibreOffice neu.`,
      };
    case 'filetype_not_identified':
    case 'filetype_not_handled':
      return {
        tag: '',
        ort: 'Datei',
        text: 'Die Vorlage ist keine Word-Datei (.docx): sie hat keinen Word-Dokumentteil. Speichern Sie sie in Word oder LibreOffice als „Word-Dokument (.docx)“.',
      };
    default:
      return {
        tag,
        ort: stelle.ort,
        text: `Die Vorlage hat in ${stelle.satz} einen Fehler${tag ? ` beim Feld {${tag}}` : ''} (${p.explanation ?? p.id ?? 'unbekannt'}).`,
      };
  }
}

// ---- loading ---------------------------------------------------------------------------------

function keineDocx(grund: string): VorlageFehlerhaft {
  return new VorlageFehlerhaft([{ tag: '', ort: 'Datei', text: `Die Vorlage ist keine Word-Datei (.docx): ${grund}` }]);
}

/** The tags Zielplaner does not know, each with where it stands (checked before anything is filled). */
function pruefeTags(gefunden: readonly GefundenerTag[], xmlVon: (teil: string) => string): Vorlagenfehler[] {
  const fehler: Vorlagenfehler[] = [];
  const vorkommen = new Map<string, number>();
  for (const t of gefunden) {
    const schluessel = `${t.teil}\u0000${t.roh}`;
    const n = vorkommen.get(schluessel) ?? 0;
    vorkommen.set(schluessel, n + 1);
    const stelle = (): Stelle => stelleVon(t.teil, xmlVon(t.teil), t.roh, n);
    if (t.art === 'abschnitt') {
      const s = stelle();
      if (!ABSCHNITT_NAMEN.has(t.name))
        fehler.push({
          tag: t.roh,
          ort: s.ort,
          text: `Unbekannter Abschnitt ${t.roh} in ${s.satz}. Die Abschnitte heißen ${[...ABSCHNITT_NAMEN].map((n) => `{@${n}}`).join(', ')}.`,
        });
      else if (t.schleifen.length > 0)
        fehler.push({
          tag: t.roh,
          ort: s.ort,
          text: `Der Abschnitt ${t.roh} in ${s.satz} steht in der Schleife {#${t.schleifen[t.schleifen.length - 1]!}}; ein Abschnitt steht außerhalb von Schleifen und Bedingungen.`,
        });
      continue;
    }
    if (t.art === 'anderes') {
      const s = stelle();
      fehler.push({
        tag: t.roh,
        ort: s.ort,
        text: `Das Feld ${t.roh} in ${s.satz} wird nicht unterstützt: Zielplaner füllt nur Felder wie {ZV_Jahr}, Listen und Bedingungen.`,
      });
      continue;
    }
    const liste = [...t.schleifen].reverse().find((s) => NAMEN.listen.has(s));
    const spalten = liste ? NAMEN.listen.get(liste)! : undefined;
    const bekannt = NAMEN.oben.has(t.name) || (spalten?.has(t.name) ?? false);
    if (bekannt) {
      if (t.art === 'wert' && NAMEN.listen.has(t.name)) {
        const s = stelle();
        fehler.push({
          tag: t.roh,
          ort: s.ort,
          text: `${t.roh} in ${s.satz} ist eine Liste: schreiben Sie {#${t.name}} … {/${t.name}} und darin die Spalten ${[...NAMEN.listen.get(t.name)!].map((x) => `{${x}}`).join(', ')}.`,
        });
      }
      continue;
    }
    const s = stelle();
    const klein = t.name.toLowerCase();
    const aehnlich = [...NAMEN.oben, ...(spalten ?? [])].find((n) => n.toLowerCase() === klein || n.toLowerCase() === `zv_${klein}`);
    const hinweis = aehnlich
      ? ` Meinten Sie {${aehnlich}}? Groß- und Kleinschreibung zählen.`
      : spalten === undefined && [...NAMEN.listen.values()].some((sp) => sp.has(t.name))
        ? ` {${t.name}} ist eine Spalte einer Liste und steht nur innerhalb von {#Liste} … {/Liste}.`
        : spalten
          ? ` In {#${liste}} gibt es die Spalten ${[...spalten].map((x) => `{${x}}`).join(', ')}.`
          : ' Die bekannten Felder stehen in der Anleitung, Abschnitt „Eigene Vorlagen“.';
    fehler.push({ tag: t.roh, ort: s.ort, text: `Unbekanntes Feld ${t.roh} in ${s.satz}.${hinweis}` });
  }
  return fehler;
}

/**
 * Opens and checks a template once. Throws VorlageFehlerhaft when it is no .docx, a tag is unknown
 * or a loop is not closed: every error a German sentence naming the tag and where it stands.
 */
export function ladeVorlage(bytes: Uint8Array): Vorlage {
  let dateien: Record<string, Uint8Array>;
  try {
    dateien = unzipSync(bytes);
  } catch {
    throw keineDocx('sie lässt sich nicht als ZIP-Archiv öffnen. Speichern Sie sie in Word oder LibreOffice als „Word-Dokument (.docx)“.');
  }
  if (!dateien['word/document.xml'] || !dateien['[Content_Types].xml'])
    throw keineDocx(
      'ihr fehlt der Dokumentteil word/document.xml. Speichern Sie sie in Word oder LibreOffice als „Word-Dokument (.docx)“.',
    );
  const texte = new Map<string, string>();
  const xmlVon = (teil: string): string => {
    let t = texte.get(teil);
    if (t === undefined) {
      const d = dateien[teil];
      t = d ? new TextDecoder().decode(d) : '';
      texte.set(teil, t);
    }
    return t;
  };

  const gefunden: GefundenerTag[] = [];
  const modul = geruestModul(gefunden);
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(new PizZip(bytes), {
      paragraphLoop: true,
      linebreaks: false,
      errorLogging: false,
      modules: [modul as never],
    });
    // renders every tag as its marker (geruest.ts): the compiled parts
    doc.render({});
  } catch (e) {
    const x = e as XtFehler;
    const liste = x.properties?.errors ?? (x.properties?.id ? [x] : null);
    if (liste) throw new VorlageFehlerhaft(liste.map((f) => uebersetze(f, xmlVon)));
    throw keineDocx('ihr Inhalt lässt sich nicht lesen.');
  }
  const zip = doc.getZip() as PizZip;

  const teile: (UnveraendertesTeil | VorlagenTeil | KernTeil)[] = [];
  for (const name of Object.keys(dateien)) {
    if (name.endsWith('/')) continue;
    const roh = dateien[name]!;
    if (!/\.xml$/.test(name)) {
      teile.push({ art: 'fest', ...festesTeil(name, roh, 6) });
      continue;
    }
    const gerendert = zip.file(name)?.asText() ?? '';
    if (hatMarken(gerendert)) {
      const baum = zerlege(gerendert);
      teile.push({ art: 'vorlage', name, baum, word: name.startsWith('word/') });
    } else if (MIT_ENTWURF.test(name)) {
      // the body and the headers take the draft mark when asked, so they are written per agreement
      teile.push({ art: 'vorlage', name, baum: [xmlVon(name)], word: true });
    } else if (name === KERN) teile.push({ art: 'kern', name, xml: xmlVon(name) });
    else teile.push({ art: 'fest', ...festesTeil(name, roh, 6) });
  }
  const fehler = pruefeTags(gefunden, xmlVon);
  if (fehler.length > 0) throw new VorlageFehlerhaft(fehler);
  const abschnitte = gefunden.some((t) => t.art === 'abschnitt');
  const namen = new Set(gefunden.filter((t) => t.art !== 'abschnitt').map((t) => t.name));
  return { teile, abschnitte, namen } as VorlageIntern as unknown as Vorlage;
}

// ---- what the built-in sections need from the template ---------------------------------------

/** The built-in layout's definitions that its sections refer to (styles.xml, numbering.xml). */
export interface EingebauteDefinitionen {
  readonly stile: string;
  readonly nummern: string | null;
}

/** A template ready for the built-in sections, and how their list numbers are renamed in it. */
export interface AbschnittsVorlage {
  readonly vorlage: Vorlage;
  readonly nummern: ReadonlyMap<string, string>;
}

const textVon = (t: UnveraendertesTeil): string => strFromU8(t.verfahren === 8 ? inflateSync(t.daten) : t.daten);

const NUMMERN_TYP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering';
const NUMMERN_INHALT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';

/**
 * The template with what the built-in sections refer to: every style of the built-in layout the
 * template lacks (a template saved again by LibreOffice keeps only the styles it uses), and the
 * built-in bullet lists (LibreOffice drops numbering.xml from a template without lists), renumbered
 * after the template's own lists when it has some. The template's own definitions stay as they are.
 */
export function fuerAbschnitte(vorlage: Vorlage, eingebaut: EingebauteDefinitionen): AbschnittsVorlage {
  const { teile, abschnitte, namen } = vorlage as unknown as VorlageIntern;
  const neu = [...teile];
  const ersetze = (name: string, xml: string): void => {
    const i = neu.findIndex((t) => t.name === name);
    const teil: UnveraendertesTeil = { art: 'fest', ...festesTeil(name, strToU8(xml), 6) };
    if (i >= 0) neu[i] = teil;
    else neu.push(teil);
  };
  const fest = (name: string): UnveraendertesTeil | undefined =>
    neu.find((t): t is UnveraendertesTeil => t.name === name && t.art === 'fest');

  const stile = fest('word/styles.xml');
  if (stile) {
    const xml = textVon(stile);
    const vorhanden = new Set([...xml.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const fehlend = [...eingebaut.stile.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>.*?<\/w:style>/gs)]
      .filter((m) => !vorhanden.has(m[1]))
      .map((m) => m[0]);
    if (fehlend.length > 0) ersetze('word/styles.xml', xml.replace('</w:styles>', `${fehlend.join('')}</w:styles>`));
  }

  const nummern = new Map<string, string>();
  if (eingebaut.nummern) {
    const eigene = fest('word/numbering.xml');
    if (!eigene) {
      ersetze('word/numbering.xml', eingebaut.nummern);
      const rels = fest('word/_rels/document.xml.rels');
      if (rels) {
        const x = textVon(rels);
        const ids = new Set([...x.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
        let n = 1;
        while (ids.has(`rIdZP${n}`)) n++;
        ersetze(
          'word/_rels/document.xml.rels',
          x.replace('</Relationships>', `<Relationship Id="rIdZP${n}" Type="${NUMMERN_TYP}" Target="numbering.xml"/></Relationships>`),
        );
      }
      const typen = fest('[Content_Types].xml');
      if (typen && !textVon(typen).includes('PartName="/word/numbering.xml"'))
        ersetze(
          '[Content_Types].xml',
          textVon(typen).replace('</Types>', `<Override PartName="/word/numbering.xml" ContentType="${NUMMERN_INHALT}"/></Types>`),
        );
    } else {
      // the template has lists of its own: a built-in list it has as it is (the template written by
      // `zielplaner vorlage`, or saved by Word) keeps its number; the others are added after the
      // template's lists under new numbers
      const xml = textVon(eigene);
      const abstrakteVon = (x: string): Map<string, string> =>
        new Map([...x.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>(.*?)<\/w:abstractNum>/gs)].map((m) => [m[1]!, m[2]!]));
      const numsVon = (x: string): Map<string, { abstrakt: string; xml: string }> =>
        new Map(
          [...x.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>.*?<\/w:num>/gs)].map((m) => [
            m[1]!,
            { abstrakt: /<w:abstractNumId w:val="(\d+)"\/>/.exec(m[0])?.[1] ?? '', xml: m[0] },
          ]),
        );
      const ihreAbstrakten = abstrakteVon(xml);
      const ihreNums = numsVon(xml);
      const unsereAbstrakten = abstrakteVon(eingebaut.nummern);
      const hoechste = (ids: Iterable<string>): number => Math.max(0, ...[...ids].map(Number));
      let abstrakt = hoechste(ihreAbstrakten.keys());
      let nummer = hoechste(ihreNums.keys());
      const abstraktNeu = new Map<string, string>();
      const neueAbstrakte: string[] = [];
      const neueNums: string[] = [];
      for (const [id, num] of numsVon(eingebaut.nummern)) {
        const ihre = ihreNums.get(id);
        const gleich =
          ihre !== undefined &&
          ihreAbstrakten.get(ihre.abstrakt) === unsereAbstrakten.get(num.abstrakt) &&
          ihre.xml.replace(/<w:abstractNumId w:val="\d+"\/>/, '') === num.xml.replace(/<w:abstractNumId w:val="\d+"\/>/, '');
        if (gleich) continue;
        let a = abstraktNeu.get(num.abstrakt);
        if (a === undefined) {
          a = String(++abstrakt);
          abstraktNeu.set(num.abstrakt, a);
          neueAbstrakte.push(`<w:abstractNum w:abstractNumId="${a}">${unsereAbstrakten.get(num.abstrakt) ?? ''}</w:abstractNum>`);
        }
        const n = String(++nummer);
        nummern.set(id, n);
        neueNums.push(
          num.xml.replace(/w:numId="\d+"/, `w:numId="${n}"`).replace(/<w:abstractNumId w:val="\d+"\/>/, `<w:abstractNumId w:val="${a}"/>`),
        );
      }
      if (neueNums.length > 0) {
        // abstract definitions come before the w:num elements (the schema's order)
        const erstesNum = xml.search(/<w:num\b/);
        const mitAbstrakten =
          erstesNum >= 0
            ? xml.slice(0, erstesNum) + neueAbstrakte.join('') + xml.slice(erstesNum)
            : xml.replace('</w:numbering>', `${neueAbstrakte.join('')}</w:numbering>`);
        ersetze('word/numbering.xml', mitAbstrakten.replace('</w:numbering>', `${neueNums.join('')}</w:numbering>`));
      }
    }
  }
  return { vorlage: { teile: neu, abschnitte, namen } as VorlageIntern as unknown as Vorlage, nummern };
}

// ---- filling ---------------------------------------------------------------------------------

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escape = (s: string): string => s.replace(/[&<>]/g, (c) => ESC[c]!);

/** A value inside a Word text element: no-break spaces, line breaks and tabs as Word elements. */
function wordText(text: string): string {
  return escape(fest(bereinige(text)))
    .replace(/\n/g, '</w:t><w:br/><w:t xml:space="preserve">')
    .replace(/\t/g, '</w:t><w:tab/><w:t xml:space="preserve">');
}

/** A value in the core properties: one line. */
function kernText(text: string): string {
  return escape(bereinige(text).replace(/\s*\n\s*/g, ' '));
}

/** The core properties of an untemplated core.xml: title, author and description from the agreement, the times of now. */
function kernXml(xml: string, v: Vereinbarung): string {
  const autor = bereinige(dokumentName(v)).trim();
  // an element the template lacks (docx leaves out an empty author) is added
  const setze = (x: string, tag: string, wert: string): string => {
    const muster = new RegExp(`<${tag}(\\s[^>]*)?(?:/>|>[^<]*</${tag}>)`);
    if (muster.test(x)) return x.replace(muster, (_m, attr: string | undefined) => `<${tag}${attr ?? ''}>${kernText(wert)}</${tag}>`);
    return wert ? x.replace('</cp:coreProperties>', `<${tag}>${kernText(wert)}</${tag}></cp:coreProperties>`) : x;
  };
  let out = setze(xml, 'dc:title', dokumentTitel(v));
  out = setze(out, 'dc:creator', autor);
  out = setze(out, 'cp:lastModifiedBy', autor);
  out = setze(out, 'dc:description', beschreibung(v));
  // the document is made now, not when the template was (W3CDTF, as Word and docx write it)
  const jetzt = new Date().toISOString();
  return out.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${jetzt}$2`);
}

/** Options of a filled document: `entwurf` for an agreement with error findings. */
export interface FuellOptionen {
  /** Puts the draft mark „Entwurf – enthält Fehler“ first in the body and in every header of the template. */
  readonly entwurf?: boolean;
  /**
   * The XML of the section tags for this agreement (eingebaut.ts, abschnittXml); required when the
   * template has section tags: fill such a template with erzeugeAusVorlage.
   */
  readonly abschnitte?: ReadonlyMap<string, string>;
}

const ENTWURF_ABSATZ = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">${ENTWURF}</w:t></w:r></w:p>`;

/** The part with the draft paragraph right after the start tag of the body or the header. */
function mitEntwurf(xml: string): string {
  return xml.replace(/<w:(body|hdr)\b[^>]*>/, (start) => start + ENTWURF_ABSATZ);
}

/** Fills a compiled template with one agreement: the .docx bytes. */
export function fuelleVorlage(vorlage: Vorlage, v: Vereinbarung, optionen: FuellOptionen = {}): Uint8Array {
  const { teile, abschnitte, namen } = vorlage as unknown as VorlageIntern;
  if (abschnitte && !optionen.abschnitte) throw new Error('a template with section tags is filled by erzeugeAusVorlage (eingebaut.ts)');
  const daten = kontext(v, namen);
  const aus: (FestesTeil | NeuesTeil)[] = [];
  for (const t of teile) {
    if (t.art === 'fest') {
      aus.push(t);
      continue;
    }
    let xml: string;
    if (t.art === 'kern') xml = kernXml(t.xml, v);
    else {
      const stuecke: string[] = [];
      const leer = fuelle(t.baum, [daten], t.word ? wordText : kernText, stuecke, optionen.abschnitte);
      xml = stuecke.join('');
      if (leer && t.word) xml = flicke(xml);
      if (optionen.entwurf && MIT_ENTWURF.test(t.name)) xml = mitEntwurf(xml);
    }
    // deflating the parts that change is most of the fill: level 1 (zip.ts)
    aus.push({ name: t.name, roh: strToU8(xml) });
  }
  return zippe(aus, new Date());
}
