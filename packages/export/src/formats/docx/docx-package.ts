import { escapeXmlAttribute, escapeXmlText } from '../../xml-escape.js';
import { zipArchive } from '../../zip-archive.js';
import { hyperlinkRelationshipId } from './docx-writer.js';
import { xmlDeclaration } from './word-xml.js';

/** The parts of a Word document that depend on the draft, already written as XML. */
export interface DocxParts {
  /** word/document.xml */
  readonly document: string;
  /** word/styles.xml */
  readonly styles: string;
  /** word/numbering.xml */
  readonly numbering: string;
  /** word/footnotes.xml */
  readonly footnotes: string;
  /** The hyperlinks' addresses in order; the nth is relationship `rIdLink<n>` of the document. */
  readonly hyperlinks: readonly string[];
  /** The document properties: title, subject (the body, when known) and the calendar date. */
  readonly properties: { readonly title: string; readonly subject: string | null; readonly date: string };
}

const relationshipTypes = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';
const wordprocessingml = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const contentTypes = `${xmlDeclaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${wordprocessingml}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${wordprocessingml}.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${wordprocessingml}.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="${wordprocessingml}.footnotes+xml"/><Override PartName="/word/settings.xml" ContentType="${wordprocessingml}.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const rootRelationships = `${xmlDeclaration}<Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationshipTypes}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="${packageRelationships}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${relationshipTypes}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const settings = `${xmlDeclaration}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const appProperties = `${xmlDeclaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Rapporteur</Application></Properties>`;

/** The relationships of word/document.xml: its styles, numbering, footnotes, settings and links. */
function documentRelationships(hyperlinks: readonly string[]): string {
  const parts = ['styles', 'numbering', 'footnotes', 'settings'].map(
    (part, i) => `<Relationship Id="rId${i + 1}" Type="${relationshipTypes}/${part}" Target="${part}.xml"/>`,
  );
  const links = hyperlinks.map(
    (href, i) =>
      `<Relationship Id="${hyperlinkRelationshipId(i + 1)}" Type="${relationshipTypes}/hyperlink" Target="${escapeXmlAttribute(href)}" TargetMode="External"/>`,
  );
  return `${xmlDeclaration}<Relationships xmlns="${packageRelationships}">${parts.join('')}${links.join('')}</Relationships>`;
}

/** The core properties (docProps/core.xml), dated from the draft, never from the clock. */
function coreProperties({ title, subject, date }: DocxParts['properties']): string {
  const instant = `${date}T00:00:00Z`;
  return [
    xmlDeclaration,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXmlText(title)}</dc:title>`,
    subject === null ? '' : `<dc:subject>${escapeXmlText(subject)}</dc:subject>`,
    '<dc:creator>Rapporteur</dc:creator><cp:lastModifiedBy>Rapporteur</cp:lastModifiedBy><cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${instant}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${instant}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/**
 * Zips the parts of a Word document into a DOCX package (Open Packaging Conventions): the content
 * types, the package and document relationships (hyperlinks numbered in order of appearance), the
 * document properties and settings, and the given parts, every zip entry dated from
 * `properties.date` (see `zipArchive`), so the same draft always gives the same bytes.
 */
export function docxPackage(parts: DocxParts): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': rootRelationships,
    'docProps/core.xml': coreProperties(parts.properties),
    'docProps/app.xml': appProperties,
    'word/document.xml': parts.document,
    'word/_rels/document.xml.rels': documentRelationships(parts.hyperlinks),
    'word/styles.xml': parts.styles,
    'word/numbering.xml': parts.numbering,
    'word/footnotes.xml': parts.footnotes,
    'word/settings.xml': settings,
  };
  const encoder = new TextEncoder();
  return zipArchive(
    Object.entries(files).map(([path, xml]) => ({ path, data: encoder.encode(xml) })),
    parts.properties.date,
  );
}
