/**
 * A user's own Word template as a controller would write it: a letterhead, the Jobcenter, a table
 * whose row repeats for each row of ZV_LokaleZiele, and a paragraph kept only when ZV_Traeger has a
 * value. Built here as a minimal .docx package (the parts Word needs to open it).
 */
import { strToU8, zipSync } from 'fflate';

export const BRIEFKOPF = 'Jobcenter Briefkopf – Musterstraße 1 – 79539 Lörrach';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const absatz = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const zelle = (text: string): string => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${absatz(text)}</w:tc>`;

/** The template's body: `inhalt` replaces the default paragraphs when given. */
export function eigeneVorlage(inhalt?: string): Uint8Array<ArrayBuffer> {
  const body =
    inhalt ??
    [
      absatz(BRIEFKOPF),
      absatz('Zielvereinbarung {ZV_Jahr} mit dem {ZV_Jobcenter}'),
      '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>',
      `<w:tr>${zelle('Ziel')}${zelle('Beschreibung')}</w:tr>`,
      `<w:tr>${zelle('{#ZV_LokaleZiele}{Ziel}')}${zelle('{Beschreibung}{/ZV_LokaleZiele}')}</w:tr>`,
      '</w:tbl>',
      absatz('{#ZV_Traeger}Kommunaler Träger: {ZV_Traeger}{/ZV_Traeger}'),
    ].join('');
  const dateien: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}` +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
    ),
  };
  // a copy over a plain ArrayBuffer, as a File part needs
  return new Uint8Array(zipSync(dateien));
}

/** A template with a tag Zielplaner does not know. */
export function vorlageMitUnbekanntemTag(): Uint8Array<ArrayBuffer> {
  return eigeneVorlage(`${absatz(BRIEFKOPF)}${absatz('Sehr geehrte {ZV_Unbekannt},')}`);
}
