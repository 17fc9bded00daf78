import type { ExportFormat, ExportInput } from '../../export-format.js';
import { docxNodeSerializers } from './docx-node-serializers.js';
import { docxPackage } from './docx-package.js';
import { createDocxWriter } from './docx-writer.js';
import { wordFootnotesXml } from './word-footnotes.js';
import { wordNumberingXml } from './word-numbering.js';
import { wordPages } from './word-page.js';
import { wordStylesXml } from './word-styles.js';
import { relationshipIdNamespace, wordNamespace, xmlDeclaration } from './word-xml.js';

/** The date stamped on a draft that has none yet: the earliest date a zip entry can hold. */
const undatedDraft = '1980-01-01';

/**
 * Writes a draft as a Word document: UN-named styles, Word's own numbering for paragraphs,
 * items, sections and sub-sections, hyperlinked symbols, footnotes, fonts for Latin, Chinese and
 * Arabic text, right-to-left paragraphs for Arabic. The WordprocessingML is written directly by the
 * node serializers and zipped with fixed dates: the document properties and the zip entries are
 * dated from the draft's metadata date, never the clock, so the same draft gives the same bytes.
 */
export async function renderDocx(input: ExportInput): Promise<Uint8Array> {
  const { metadata, doc } = input.draft;
  const session = createDocxWriter(input, docxNodeSerializers);
  const body = docxNodeSerializers.doc;
  if (body.kind !== 'block') throw new Error('The document serializer must write blocks');
  const content = body.write(doc, -1, {}, session.writer);
  const page = wordPages[input.paper ?? 'a4'];
  const { margin } = page;
  const section = `<w:sectPr><w:pgSz w:w="${page.width}" w:h="${page.height}"/><w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`;
  const title = doc.firstChild?.textContent ?? '';
  return docxPackage({
    document: `${xmlDeclaration}<w:document xmlns:w="${wordNamespace}" xmlns:r="${relationshipIdNamespace}"><w:body>${content}${section}</w:body></w:document>`,
    styles: wordStylesXml(metadata.language),
    numbering: wordNumberingXml(session.numberingInstances()),
    footnotes: wordFootnotesXml(session.footnotes(), session.writer.rtl),
    hyperlinks: session.hyperlinks(),
    properties: {
      title: metadata.symbol ? `${metadata.symbol} ${title}` : title,
      subject: metadata.body,
      date: metadata.date ?? undatedDraft,
    },
  });
}

/** The DOCX export format (Word 2007 and later; LibreOffice opens it too). */
export const docxFormat: ExportFormat = {
  name: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
  binary: true,
  nodeSerializers: docxNodeSerializers,
  render: renderDocx,
};
