/**
 * Helpers for the checked-copy tests: package surgery with fflate (adding the parts a real workbook
 * has: chart, image, pivot table, external link, threaded comments, x14 validation, macros, custom
 * properties) and a part-by-part diff of an original and its checked copy.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { KENNUNG } from '../../src/xlsx/gepruefteKopie';
import { kinder } from '../../src/xlsx/paketSchreiben';

export type Teile = Record<string, Uint8Array>;

export function entpacke(bytes: Uint8Array): Teile {
  const out: Teile = {};
  for (const [k, v] of Object.entries(unzipSync(bytes))) if (!k.endsWith('/')) out[k] = v;
  return out;
}

export const packe = (t: Teile): Uint8Array => zipSync(t, { level: 6 });
export const txt = (t: Teile, p: string): string => strFromU8(t[p]!);
export const setze = (t: Teile, p: string, s: string): void => {
  t[p] = strToU8(s);
};

/** Inserts text before the first match of `vor` (a regex source), or fails loudly. */
export function vor(xml: string, vorRe: string, einfuegen: string): string {
  const m = new RegExp(vorRe).exec(xml);
  if (!m) throw new Error(`no ${vorRe}`);
  return xml.slice(0, m.index) + einfuegen + xml.slice(m.index);
}

function typ(t: Teile, teil: string, ct: string): void {
  setze(t, '[Content_Types].xml', vor(txt(t, '[Content_Types].xml'), '</Types>', `<Override PartName="/${teil}" ContentType="${ct}"/>`));
}

function rel(t: Teile, relsTeil: string, id: string, typUri: string, ziel: string, extern = false): void {
  const alt =
    t[relsTeil] !== undefined
      ? txt(t, relsTeil)
      : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  setze(
    t,
    relsTeil,
    vor(alt, '</Relationships>', `<Relationship Id="${id}" Type="${typUri}" Target="${ziel}"${extern ? ' TargetMode="External"' : ''}/>`),
  );
}

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

export const TC_AUTOR = 'tc={6A3B7C1E-0000-4000-8000-000000000001}';

/**
 * Adds to a package (made by exceljs): on sheet `blatt` (part path) a drawing with a chart and an
 * image, a user's conditional format, an x14 list validation fed from sheet `quelle`, and a threaded
 * comment on `threadZelle`, a sparkline; a pivot table on `quelle`, an external link, a calculated table column,
 * the macro project (→ .xlsm) and custom properties.
 */
export function reichesPaket(bytes: Uint8Array, blatt: string, quelleTeil: string, threadZelle: string): Uint8Array {
  const t = entpacke(bytes);
  const blattRels = blatt.replace('worksheets/', 'worksheets/_rels/') + '.rels';
  // chart + image in one drawing
  setze(
    t,
    'xl/charts/chart1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Notizen!$B$2:$B$2</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>',
  );
  typ(t, 'xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  t['xl/media/image1.png'] = PNG;
  setze(t, '[Content_Types].xml', vor(txt(t, '[Content_Types].xml'), '<Override', '<Default Extension="png" ContentType="image/png"/>'));
  setze(
    t,
    'xl/drawings/drawing1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      '<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagramm 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>' +
      '<xdr:oneCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Bild 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
  );
  typ(t, 'xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
  rel(t, 'xl/drawings/_rels/drawing1.xml.rels', 'rId1', `${R}/chart`, '../charts/chart1.xml');
  rel(t, 'xl/drawings/_rels/drawing1.xml.rels', 'rId2', `${R}/image`, '../media/image1.png');
  rel(t, blattRels, 'rIdZp1', `${R}/drawing`, '../drawings/drawing1.xml');

  let xml = txt(t, blatt);
  // the user's own conditional format ("contains text"), with its own dxf
  xml = vor(
    xml,
    '<(dataValidations|hyperlinks|printOptions|pageMargins)\\b',
    '<conditionalFormatting sqref="A1:A5"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="Ziel"><formula>NOT(ISERROR(SEARCH("Ziel",A1)))</formula></cfRule></conditionalFormatting>',
  );
  xml = vor(
    xml,
    '<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\\b|</worksheet>',
    '<drawing r:id="rIdZp1"/>',
  );
  // an Excel 2010 list validation fed from another sheet, in extLst
  const ext =
    '<ext uri="{CCE6A557-97BC-4b89-ADB8-9E6A7B8B3E0E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Notizen!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>H40</xm:sqref></x14:dataValidation></x14:dataValidations></ext>';
  // and a sparkline, also in extLst
  const sparkline =
    '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Planung!B6:B8</xm:f><xm:sqref>H41</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>';
  xml = xml.includes('<extLst>') ? vor(xml, '</extLst>', ext + sparkline) : vor(xml, '</worksheet>', `<extLst>${ext}${sparkline}</extLst>`);
  setze(t, blatt, xml);
  let stile = txt(t, 'xl/styles.xml');
  const dxf = '<dxf><font><b/><color rgb="FF9C0006"/></font></dxf>';
  stile = /<dxfs[^>]*\/>/.test(stile)
    ? stile.replace(/<dxfs[^>]*\/>/, `<dxfs count="1">${dxf}</dxfs>`)
    : /<dxfs/.test(stile)
      ? stile.replace(/<dxfs[^>]*>/, (m) => `${m}${dxf}`)
      : vor(stile, '<tableStyles|<colors|<extLst|</styleSheet>', `<dxfs count="1">${dxf}</dxfs>`);
  setze(t, 'xl/styles.xml', stile);

  // threaded comment: the legacy note Excel writes beside it has the author tc={id}
  const kRel = [...txt(t, blattRels).matchAll(/Target="([^"]*comments[^"]*)"/g)].map((m) => m[1]!)[0];
  if (!kRel) throw new Error('sheet needs a comments part (a note of its own) for this fixture');
  const kTeil = `xl/${kRel.replace(/^\.\.\//, '')}`;
  let k = txt(t, kTeil);
  const anzahl = [...k.matchAll(/<author>/g)].length;
  k = vor(k, '</authors>', `<author>${TC_AUTOR}</author>`);
  k = vor(
    k,
    '</commentList>',
    `<comment ref="${threadZelle}" authorId="${anzahl}" shapeId="0"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment.\n\nComment:\n    Bitte mit der RD abstimmen.</t></text></comment>`,
  );
  setze(t, kTeil, k);
  // its VML shape
  const vRel = [...txt(t, blattRels).matchAll(/Target="([^"]*vmlDrawing[^"]*)"/g)].map((m) => m[1]!)[0]!;
  const vTeil = `xl/${vRel.replace(/^\.\.\//, '')}`;
  const [spalte, zeile] = [threadZelle.replace(/\d+/, ''), Number(threadZelle.replace(/\D+/, ''))];
  const c = spalte.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  setze(
    t,
    vTeil,
    vor(
      txt(t, vTeil),
      '</xml>',
      `<v:shape id="_x0000_s1999" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:Anchor>1, 15, 0, 2, 3, 15, 3, 16</x:Anchor><x:Row>${zeile - 1}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`,
    ),
  );
  setze(
    t,
    'xl/threadedComments/threadedComment1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><threadedComment ref="${threadZelle}" dT="2024-04-02T10:00:00.00" personId="{11111111-2222-4333-8444-555555555555}" id="{6A3B7C1E-0000-4000-8000-000000000001}"><text>Bitte mit der RD abstimmen.</text></threadedComment></ThreadedComments>`,
  );
  typ(t, 'xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml');
  rel(
    t,
    blattRels,
    'rIdZp2',
    'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
    '../threadedComments/threadedComment1.xml',
  );
  setze(
    t,
    'xl/persons/person.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><person displayName="Anna Becker" id="{11111111-2222-4333-8444-555555555555}" userId="anna" providerId="None"/></personList>',
  );
  typ(t, 'xl/persons/person.xml', 'application/vnd.ms-excel.person+xml');
  rel(t, 'xl/_rels/workbook.xml.rels', 'rIdZp3', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml');

  // pivot table on the source sheet, its cache in the workbook
  setze(
    t,
    'xl/pivotCache/pivotCacheDefinition1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="1"><cacheSource type="worksheet"><worksheetSource ref="A1:B2" sheet="Notizen"/></cacheSource><cacheFields count="2"><cacheField name="A" numFmtId="0"><sharedItems/></cacheField><cacheField name="B" numFmtId="0"><sharedItems containsNumber="1" minValue="2" maxValue="2"/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  setze(
    t,
    'xl/pivotCache/pivotCacheRecords1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"><r><s v="x"/><n v="2"/></r></pivotCacheRecords>',
  );
  rel(t, 'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', 'rId1', `${R}/pivotCacheRecords`, 'pivotCacheRecords1.xml');
  setze(
    t,
    'xl/pivotTables/pivotTable1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="PivotTable1" cacheId="1" dataCaption="Werte"><location ref="E1:F2" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="2"><pivotField showAll="0"/><pivotField dataField="1" showAll="0"/></pivotFields><dataFields count="1"><dataField name="Summe von B" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>',
  );
  rel(t, 'xl/pivotTables/_rels/pivotTable1.xml.rels', 'rId1', `${R}/pivotCacheDefinition`, '../pivotCache/pivotCacheDefinition1.xml');
  const qRels = quelleTeil.replace('worksheets/', 'worksheets/_rels/') + '.rels';
  rel(t, qRels, 'rIdZp4', `${R}/pivotTable`, '../pivotTables/pivotTable1.xml');
  typ(t, 'xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml');
  typ(t, 'xl/pivotCache/pivotCacheRecords1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml');
  typ(t, 'xl/pivotTables/pivotTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml');
  rel(t, 'xl/_rels/workbook.xml.rels', 'rIdZp5', `${R}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml');

  // external link
  setze(
    t,
    'xl/externalLinks/externalLink1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Quelle"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  rel(t, 'xl/externalLinks/_rels/externalLink1.xml.rels', 'rId1', `${R}/externalLinkPath`, 'Quelle.xlsx', true);
  typ(t, 'xl/externalLinks/externalLink1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml');
  rel(t, 'xl/_rels/workbook.xml.rels', 'rIdZp6', `${R}/externalLink`, 'externalLinks/externalLink1.xml');

  let wb = txt(t, 'xl/workbook.xml');
  wb = wb.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdZp6"/></externalReferences>');
  wb = vor(wb, '<extLst|</workbook>', '<pivotCaches><pivotCache cacheId="1" r:id="rIdZp5"/></pivotCaches>');
  if (!/xmlns:r=/.test(wb)) wb = wb.replace('<workbook ', `<workbook xmlns:r="${R}" `);
  setze(t, 'xl/workbook.xml', wb);

  // a calculated column in the first table
  const tabelle = Object.keys(t).find((p) => /^xl\/tables\/table\d+\.xml$/.test(p));
  if (tabelle) {
    setze(
      t,
      tabelle,
      txt(t, tabelle).replace(
        /<tableColumn ([^>]*?)\/>(?![\s\S]*<tableColumn )/,
        '<tableColumn $1><calculatedColumnFormula>1+1</calculatedColumnFormula></tableColumn>',
      ),
    );
  }

  // macros: the workbook becomes an .xlsm
  t['xl/vbaProject.bin'] = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
  setze(
    t,
    '[Content_Types].xml',
    vor(
      txt(t, '[Content_Types].xml'),
      '<Override',
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
    ).replace(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    ),
  );
  rel(t, 'xl/_rels/workbook.xml.rels', 'rIdZp7', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin');

  // custom properties with a sensitivity label
  setze(
    t,
    'docProps/custom.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_1234_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>',
  );
  typ(t, 'docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml');
  rel(t, '_rels/.rels', 'rIdZp8', `${R}/custom-properties`, 'docProps/custom.xml');
  return packe(t);
}

/** Adds defined names to xl/workbook.xml as text (any prefix, right place in CT_Workbook). */
export function mitNamen(bytes: Uint8Array, namen: Record<string, string>): Uint8Array {
  const t = entpacke(bytes);
  const pfad = Object.keys(t).find((k) => k.toLowerCase() === 'xl/workbook.xml')!;
  let xml = txt(t, pfad);
  const q = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const neu = Object.entries(namen)
    .map(([n, b]) => `<${q}definedName name="${n}">${esc(b)}</${q}definedName>`)
    .join('');
  const block = new RegExp(`<${q}definedNames\\b[^>]*>`).exec(xml);
  if (block) xml = xml.slice(0, block.index + block[0].length) + neu + xml.slice(block.index + block[0].length);
  else
    xml = vor(
      xml,
      `<${q}(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${q}workbook>`,
      `<${q}definedNames>${neu}</${q}definedNames>`,
    );
  setze(t, pfad, xml);
  return packe(t);
}

/** Parts that a checked copy may change or add. */
const DARF_AENDERN = [
  /^\[Content_Types\]\.xml$/,
  /^xl\/styles\.xml$/i,
  /^xl\/worksheets\/[^/]+\.xml$/i,
  /^xl\/worksheets\/_rels\/[^/]+\.rels$/i,
  /^xl\/comments[^/]*\.xml$/i,
  /^xl\/drawings\/vmlDrawing[^/]*\.vml$/i,
  // only for a package without a styles part (one corpus file): the new styles part's relationship
  /^xl\/_rels\/workbook\.xml\.rels$/,
];

export interface Vergleich {
  /** Parts of the original with identical bytes in the copy. */
  readonly gleich: string[];
  readonly geaendert: string[];
  readonly neu: string[];
  readonly fehlt: string[];
}

export function vergleiche(original: Uint8Array, kopie: Uint8Array): Vergleich {
  const a = entpacke(original);
  const b = entpacke(kopie);
  const gleich: string[] = [];
  const geaendert: string[] = [];
  const fehlt: string[] = [];
  for (const [k, v] of Object.entries(a)) {
    const w = b[k];
    if (!w) fehlt.push(k);
    else if (w.length === v.length && w.every((x, i) => x === v[i])) gleich.push(k);
    else geaendert.push(k);
  }
  const neu = Object.keys(b).filter((k) => !(k in a));
  return { gleich, geaendert, neu, fehlt };
}

export const darfAendern = (teil: string): boolean => DARF_AENDERN.some((r) => r.test(teil));

export function wohlgeformt(xml: string): boolean {
  return XMLValidator.validate(xml) === true;
}

const ORDNUNG = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
]; // prettier-ignore

/** The children of <worksheet> out of CT_Worksheet order (empty when the order is valid). */
export function ordnungsfehler(xml: string): string[] {
  const namen = kinder(xml).kinder.map((k) => k.name);
  const fehler: string[] = [];
  let rang = -1;
  for (const n of namen) {
    const r = ORDNUNG.indexOf(n);
    if (r < 0) continue;
    if (r < rang) fehler.push(n);
    rang = Math.max(rang, r);
  }
  // at most one of each, except conditionalFormatting
  for (const n of new Set(namen)) if (n !== 'conditionalFormatting' && namen.filter((x) => x === n).length > 1) fehler.push(`${n} twice`);
  return fehler;
}

/** Every `<c>` of a sheet by reference, as its exact text. */
export function zellen(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?c\b((?:"[^"]*"|'[^']*'|[^'">])*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const r = /\br="([A-Z]+\d+)"/.exec(m[1] ?? '')?.[1];
    if (r) out.set(r, m[0]);
  }
  return out;
}

export const istLeer = (zelle: string | undefined): boolean => zelle === undefined || !/<(?:\w+:)?(v|f|is)\b/.test(zelle);

/** Cells highlighted by the checked copy (tagged conditional formats) → their dxf index. */
export function markierteZellen(xml: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of xml.matchAll(
    /<conditionalFormatting sqref="([^"]*)"><cfRule type="expression" dxfId="(\d+)"[^>]*><formula>([^<]*)<\/formula>/g,
  )) {
    if (!m[3]!.includes(KENNUNG)) continue;
    for (const r of m[1]!.split(' ')) out.set(r, Number(m[2]));
  }
  return out;
}

export function dxfFarben(stile: string): string[] {
  const block = /<dxfs\b[\s\S]*?<\/dxfs>/.exec(stile)?.[0] ?? '';
  return [...block.matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => /bgColor rgb="([^"]*)"/.exec(m[1]!)?.[1] ?? '');
}

/** Every SpreadsheetML part with an `x:` namespace prefix, as some export tools write them. */
export function mitPraefix(bytes: Uint8Array): Uint8Array {
  const t = entpacke(bytes);
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  for (const pfad of Object.keys(t)) {
    if (!/^xl\/(workbook|styles|sharedStrings|comments\d*|worksheets\/sheet\d+|tables\/table\d+)\.xml$/.test(pfad)) continue;
    const neu = txt(t, pfad)
      .replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, '<$1x:$2')
      .replace(`xmlns="${main}"`, `xmlns:x="${main}"`);
    setze(t, pfad, neu);
  }
  return packe(t);
}
