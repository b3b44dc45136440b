/**
 * Reading an OOXML package: the zip, xl/workbook.xml (sheets, defined names), relationships and part
 * paths, XML text helpers. Runs in Node and in the browser (no node:fs here).
 */
import JSZip from 'jszip';
import { UnbrauchbareDatei } from '../model/vereinbarung';

/** One `<definedName>` of xl/workbook.xml. */
export interface DefinierterName {
  readonly name: string;
  /** The reference text as stored, e.g. `'Planung 2026'!$C$12` or `#REF!`. */
  readonly bezug: string;
  /** Index of the sheet the name is scoped to; undefined for workbook-scoped names. */
  readonly blattIndex?: number;
}

/** The sheets of xl/workbook.xml in their order, and the defined names. */
export interface MappenStruktur {
  readonly blaetter: readonly string[];
  readonly namen: readonly DefinierterName[];
}

export function entschluessle(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

export function attribute(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const key = (m[1] ?? '').replace(/^\w+:(?=name$|localSheetId$)/, '');
    out[key] = entschluessle(m[3] ?? m[4] ?? '');
  }
  return out;
}

/** Reads sheet order and defined names from the text of xl/workbook.xml. */
export function leseStruktur(workbookXml: string): MappenStruktur {
  const blaetter: string[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = attribute(m[1] ?? '');
    if (a.name !== undefined) blaetter.push(a.name);
  }
  const namen: DefinierterName[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g)) {
    const a = attribute(m[1] ?? '');
    if (!a.name) continue;
    const idx = a.localSheetId !== undefined ? Number(a.localSheetId) : undefined;
    namen.push({
      name: a.name,
      bezug: entschluessle(m[2] ?? '').trim(),
      ...(idx !== undefined && Number.isInteger(idx) ? { blattIndex: idx } : {}),
    });
  }
  return { blaetter, namen };
}

export function xmlText(xml: string): string {
  return entschluessle(xml.replace(/<[^>]*>/g, '')).replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Texts of all `<t>` elements (prefix allowed), ignoring phonetic runs. */
export function texte(xml: string): string {
  const ohne = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of ohne.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += xmlText(m[1] ?? '');
  return out;
}

export function elemente(xml: string, name: string): { attr: Record<string, string>; inhalt: string }[] {
  const re = new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/(?:\\w+:)?${name}>)`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ attr: attribute(m[1] ?? ''), inhalt: m[2] ?? '' }));
}

export function beziehungen(xml: string): Map<string, { ziel: string; typ: string }> {
  const out = new Map<string, { ziel: string; typ: string }>();
  for (const r of elemente(xml, 'Relationship'))
    if (r.attr.Id && r.attr.Target) out.set(r.attr.Id, { ziel: r.attr.Target, typ: r.attr.Type ?? '' });
  return out;
}

/** Resolves a relationship target against the folder of the part that holds it. */
export function teilPfad(ordner: string, ziel: string): string {
  if (ziel.startsWith('/')) return ziel.slice(1);
  const teile = ordner.split('/').filter(Boolean);
  for (const t of ziel.split('/')) {
    if (t === '..') teile.pop();
    else if (t !== '.' && t !== '') teile.push(t);
  }
  return teile.join('/');
}

export function relsPfad(teil: string): string {
  const i = teil.lastIndexOf('/');
  return `${teil.slice(0, i + 1)}_rels/${teil.slice(i + 1)}.rels`;
}

export const ordnerVon = (teil: string): string => teil.slice(0, teil.lastIndexOf('/') + 1);

export async function teilText(zip: JSZip, pfad: string): Promise<string | null> {
  const f = zip.file(pfad) ?? zip.file(new RegExp(`^${pfad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))[0];
  return f ? f.async('string') : null;
}

export function dateiFehler(titel: string, grund?: string): UnbrauchbareDatei {
  return new UnbrauchbareDatei(
    `Die Datei „${titel}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx)${grund ? ` (${grund})` : ''}. ` +
      'Öffnen Sie sie in Excel und speichern Sie sie als „Excel-Arbeitsmappe (*.xlsx)“; prüfen Sie auch, ob die Datei vollständig übertragen wurde.',
  );
}

export function alsBytes(daten: Uint8Array | ArrayBuffer): Uint8Array {
  return daten instanceof Uint8Array ? daten : new Uint8Array(daten);
}

/** Opens the zip and checks that it is an Excel workbook; throws `UnbrauchbareDatei` otherwise. */
export async function oeffneZip(bytes: Uint8Array, titel: string): Promise<{ zip: JSZip; struktur: MappenStruktur; workbookXml: string }> {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw dateiFehler(titel, 'sie ist im alten .xls-Format gespeichert oder mit einem Kennwort geschützt');
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw dateiFehler(titel);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw dateiFehler(titel, 'das ZIP-Archiv ist beschädigt oder unvollständig');
  }
  const eintrag = zip.file('xl/workbook.xml') ?? zip.file(/^xl\/workbook\.xml$/i)[0] ?? null;
  if (!eintrag) throw dateiFehler(titel, 'es fehlt der Teil xl/workbook.xml');
  let xml: string;
  try {
    xml = await eintrag.async('string');
  } catch {
    throw dateiFehler(titel, 'das ZIP-Archiv ist beschädigt oder unvollständig');
  }
  return { zip, struktur: leseStruktur(xml), workbookXml: xml };
}

/** The worksheet parts of a package in workbook order (index = position in <sheets>). */
export async function blattTeile(zip: JSZip, workbookXml: string): Promise<(string | null)[]> {
  const rels = beziehungen((await teilText(zip, relsPfad('xl/workbook.xml'))) ?? '');
  return elemente(workbookXml, 'sheet').map((s) => {
    const rid = Object.entries(s.attr).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1];
    const rel = rid ? rels.get(rid) : undefined;
    return rel ? teilPfad('xl/', rel.ziel) : null;
  });
}
