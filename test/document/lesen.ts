/** Reads a generated .docx back: its parts, and the text of word/document.xml paragraph by paragraph. */
import { strFromU8, unzipSync } from 'fflate';

export function teile(docx: Uint8Array): Record<string, string> {
  const z = unzipSync(docx);
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(z)) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(bytes);
  return out;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const entschluesseln = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => entities[m]!);

/**
 * The paragraphs' text in document order (tabs as \t, line breaks as \n); empty paragraphs left out.
 * No-break spaces read as spaces, as a reader sees them (wortqualitaet.test.ts checks them in the XML).
 */
export function absaetzeVon(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .map((p) => {
      let t = '';
      for (const m of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
        t += m[1] !== undefined ? entschluesseln(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
      }
      return t.replace(/\u00a0/g, ' ');
    })
    .filter((t) => t.trim() !== '');
}

/** The whole text of the document body, paragraphs joined by newlines. */
export function textVon(docx: Uint8Array): string {
  return absaetzeVon(teile(docx)['word/document.xml'] ?? '').join('\n');
}
