/**
 * The finding notes of the checked copy: the legacy comments part (`xl/commentsN.xml`) and the VML
 * drawing that shows them. Notes of the author "Zielplaner" are the findings of an earlier check and
 * are replaced; a user's note stays, a finding on its cell is appended to it as further runs, and
 * runs "Fehler: …"/"Warnung: …"/"Hinweis: …" in it are the earlier findings. A threaded comment's
 * legacy note (author `tc=…`) is never changed.
 */
import { XMLParser } from 'fast-xml-parser';
import { spaltenName } from '../lesen/port';
import { zellPosition } from './bezug';
import { attribute, entschluessle } from './paket';
import { ATTR, esc, fuegeEin, kinder } from './paketSchreiben';

/** The author of the finding notes. */
export const AUTOR = 'Zielplaner';
const BEFUNDTEXT = /^\s*(Fehler|Warnung|Hinweis): /;

export interface Notizen {
  readonly xml: string;
  /** Cells whose earlier finding note was removed (their VML shape goes too). */
  readonly entfernt: Set<string>;
  /** Cells that got a new note (they need a VML shape). */
  readonly hinzu: Set<string>;
}

export const lauf = (q: string, text: string): string =>
  `<${q}r><${q}rPr><${q}sz val="9"/><${q}rFont val="Tahoma"/><${q}family val="2"/></${q}rPr><${q}t xml:space="preserve">${esc(text)}</${q}t></${q}r>`;

export function laufText(r: string): string {
  return [...r.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => entschluessle(m[1] ?? '')).join('');
}

/** The comments part with the finding notes: earlier ones out, new ones in, the user's kept. */
export function patcheNotizen(alt: string | null, texte: ReadonlyMap<string, string>): Notizen {
  const entfernt = new Set<string>();
  const hinzu = new Set<string>();
  let xml =
    alt ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';
  const { praefix: q } = kinder(xml);
  // authors (read with fast-xml-parser; edited as text)
  const parser = new XMLParser({
    removeNSPrefix: true,
    isArray: () => true,
    processEntities: true,
    ignoreAttributes: true,
    parseTagValue: false,
  });
  const baum = parser.parse(xml) as { comments?: { authors?: { author?: unknown[] }[] }[] };
  const autoren = (baum.comments?.[0]?.authors?.[0]?.author ?? []).map((a) => String(typeof a === 'object' ? '' : a));
  let unsere = autoren.indexOf(AUTOR);
  if (unsere < 0) {
    unsere = autoren.length;
    const a = `<${q}author>${AUTOR}</${q}author>`;
    const block = new RegExp(`<${q}authors\\b${ATTR}(/?)>`).exec(xml);
    if (!block) xml = xml.replace(new RegExp(`(<${q}comments\\b${ATTR}>)`), `$1<${q}authors>${a}</${q}authors>`);
    else if (block[1] === '/')
      xml = xml.slice(0, block.index) + `<${q}authors>${a}</${q}authors>` + xml.slice(block.index + block[0].length);
    else {
      const ende = xml.indexOf(`</${q}authors>`);
      xml = xml.slice(0, ende) + a + xml.slice(ende);
    }
  }
  const erledigt = new Set<string>();
  xml = xml.replace(new RegExp(`<${q}comment\\b(${ATTR})>([\\s\\S]*?)</${q}comment>`, 'g'), (ganz, attrs: string, inhalt: string) => {
    const a = attribute(attrs);
    const ref = (a.ref ?? '').toUpperCase();
    if (Number(a.authorId) === unsere) {
      entfernt.add(ref);
      return '';
    }
    // a note of the user's: earlier finding runs out, the new ones appended
    const threaded = /^tc=/.test(autoren[Number(a.authorId)] ?? '');
    let neu = inhalt.replace(new RegExp(`<${q}r\\b${ATTR}>[\\s\\S]*?</${q}r>`, 'g'), (r) => (BEFUNDTEXT.test(laufText(r)) ? '' : r));
    const t = texte.get(ref);
    if (t !== undefined) {
      erledigt.add(ref);
      if (!threaded) {
        const rst = new RegExp(`(<${q}text\\b${ATTR}>)([\\s\\S]*?)(</${q}text>)`).exec(neu);
        if (rst) {
          let koerper = rst[2] ?? '';
          // a plain <t> becomes a run, so that further runs may follow it
          if (!new RegExp(`<${q}r\\b`).test(koerper))
            koerper = koerper.replace(new RegExp(`<${q}t\\b${ATTR}(?:/>|>[\\s\\S]*?</${q}t>)`), (x) => `<${q}r>${x}</${q}r>`);
          koerper = koerper.replace(new RegExp(`((?:</${q}r>|<${q}r\\b${ATTR}/>))(?![\\s\\S]*</${q}r>)`), `$1${lauf(q, `\n\n${t}`)}`);
          if (!new RegExp(`<${q}r\\b`).test(koerper)) koerper = lauf(q, t) + koerper;
          neu = neu.slice(0, rst.index) + rst[1] + koerper + rst[3] + neu.slice(rst.index + rst[0].length);
        }
      }
    }
    return neu === inhalt ? ganz : `<${q}comment${attrs}>${neu}</${q}comment>`;
  });
  let neue = '';
  for (const [ref, t] of texte) {
    if (erledigt.has(ref)) continue;
    neue += `<${q}comment ref="${ref}" authorId="${unsere}"><${q}text>${lauf(q, t)}</${q}text></${q}comment>`;
    hinzu.add(ref);
  }
  if (neue) {
    const leer = new RegExp(`<${q}commentList\\b(${ATTR})/>`).exec(xml);
    if (leer)
      xml = xml.slice(0, leer.index) + `<${q}commentList${leer[1]}>${neue}</${q}commentList>` + xml.slice(leer.index + leer[0].length);
    else {
      const ende = xml.indexOf(`</${q}commentList>`);
      if (ende >= 0) xml = xml.slice(0, ende) + neue + xml.slice(ende);
      else xml = fuegeEin(xml, 'commentList', `<${q}commentList>${neue}</${q}commentList>`, ['authors', 'commentList', 'extLst']);
    }
  }
  return { xml, entfernt, hinzu };
}

export const VML_KOPF =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">';
export const VML_TYP =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

export function vmlForm(id: number, a1: string): string {
  const [zeile, spalte] = zellPosition(a1)!;
  const r = zeile - 1;
  const c = spalte - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:90pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${Math.max(0, r - 1)}, 10, ${c + 5}, 15, ${r + 5}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

/** The VML drawing with note shapes for the new notes, without those of removed ones. */
export function patcheVml(alt: string | null, entfernt: ReadonlySet<string>, hinzu: ReadonlySet<string>, block: number): string {
  let xml = alt ?? `${VML_KOPF}<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${VML_TYP}</xml>`;
  if (entfernt.size > 0) {
    xml = xml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (form) => {
      if (!/ObjectType\s*=\s*"Note"/.test(form)) return form;
      const r = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(form)?.[1];
      const c = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(form)?.[1];
      if (r === undefined || c === undefined) return form;
      return entfernt.has(`${spaltenName(Number(c) + 1)}${Number(r) + 1}`) && !hinzu.has(`${spaltenName(Number(c) + 1)}${Number(r) + 1}`)
        ? ''
        : form;
    });
  }
  // a shape of a removed note that gets a new note again is kept as it is
  const neu = [...hinzu].filter((a1) => !entfernt.has(a1));
  if (neu.length === 0) return xml;
  if (!xml.includes('_x0000_t202')) xml = xml.replace(/(<o:shapelayout\b[\s\S]*?<\/o:shapelayout>)/, `$1${VML_TYP}`);
  if (!xml.includes('_x0000_t202')) xml = xml.replace(/(<xml\b[^>]*>)/, `$1${VML_TYP}`);
  let id = block * 1024;
  for (const m of xml.matchAll(/_x0000_s(\d+)/g)) id = Math.max(id, Number(m[1]));
  const formen = neu.map((a1) => vmlForm(++id, a1)).join('');
  const ende = xml.lastIndexOf('</xml>');
  return ende >= 0 ? xml.slice(0, ende) + formen + xml.slice(ende) : xml + formen;
}
