import { Document, Packer } from 'docx';
import type { ExportFormat, ExportInput } from '../../export-format.js';
import { docxNodeSerializers } from './docx-node-serializers.js';
import { pinDocxPackage } from './docx-package.js';
import { createDocxWriter } from './docx-writer.js';
import { wordNumbering } from './word-numbering.js';
import { wordPages } from './word-page.js';
import { wordStyles } from './word-styles.js';
import { wordText } from './word-text.js';

/** The date stamped on a draft that has none yet: the earliest date a zip entry can hold. */
const undatedDraft = '1980-01-01';

/**
 * Writes a draft as a Word document: UN-named styles, Word's own numbering for paragraphs,
 * items, sections and sub-sections, hyperlinked symbols, footnotes, fonts for Latin, Chinese and
 * Arabic text, right-to-left paragraphs for Arabic. The document properties and the zip entries are
 * dated from the draft's metadata date, never the clock, so the same draft gives the same bytes.
 */
export async function renderDocx(input: ExportInput): Promise<Uint8Array> {
  const { metadata, doc } = input.draft;
  const session = createDocxWriter(input, docxNodeSerializers);
  const body = docxNodeSerializers.doc;
  if (body.kind !== 'block') throw new Error('The document serializer must write blocks');
  const children = body.write(doc, -1, {}, session.writer);
  const page = wordPages[input.paper ?? 'a4'];
  const title = wordText(doc.firstChild?.textContent ?? '');
  const document = new Document({
    title: metadata.symbol ? `${metadata.symbol} ${title}` : title,
    subject: metadata.body ?? undefined,
    creator: 'Rapporteur',
    lastModifiedBy: 'Rapporteur',
    revision: 1,
    styles: wordStyles(metadata.language),
    numbering: wordNumbering,
    footnotes: session.footnotes(),
    sections: [
      {
        properties: {
          page: { size: { width: page.width, height: page.height }, margin: page.margin },
        },
        children,
      },
    ],
  });
  const packed = await Packer.toBuffer(document);
  return pinDocxPackage(new Uint8Array(packed), metadata.date ?? undatedDraft);
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
