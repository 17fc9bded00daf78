import type { NodeName } from '@rapporteur/document';
import { documentPhrases } from '@rapporteur/document';
import { Paragraph, type ParagraphChild, TextRun } from 'docx';
import type { Node } from 'prosemirror-model';
import type { ExportInput, NodeSerializers } from '../../export-format.js';
import type { DocxPlace, DocxSerializer, DocxWriter, WordNumberingRef } from './docx-serializer.js';
import { wordText } from './word-text.js';

/** The footnotes of a Word document as the docx package takes them: paragraphs by footnote id. */
export type WordFootnotes = Record<string, { readonly children: readonly Paragraph[] }>;

/** A DOCX writer for one export, and the footnotes it collected once the body is written. */
export interface DocxWriterSession {
  readonly writer: DocxWriter;
  footnotes(): WordFootnotes;
}

/**
 * Creates the writer of one export: it dispatches each node to its serializer in the registry and
 * keeps the document-wide counters (footnote ids from 1, list and sub-section instances), so two
 * exports of the same draft number everything the same way.
 */
export function createDocxWriter(
  input: ExportInput,
  serializers: NodeSerializers<DocxSerializer>,
): DocxWriterSession {
  const language = input.draft.metadata.language;
  const rtl = documentPhrases[language].direction === 'rtl';
  const footnotes: WordFootnotes = {};
  let footnoteCount = 0;
  let listInstances = 0;
  let subsectionInstances = 0;

  const serializer = (node: Node): DocxSerializer => serializers[node.type.name as NodeName];

  const writer: DocxWriter = {
    input,
    language,
    rtl,
    blocks(node, pos, place: DocxPlace) {
      const out: Paragraph[] = [];
      node.forEach((child, offset) => {
        const entry = serializer(child);
        if (entry.kind !== 'block')
          throw new Error(`${child.type.name} is inline but sits in ${node.type.name}`);
        out.push(...entry.write(child, pos + 1 + offset, place, writer));
      });
      return out;
    },
    runs(node, pos) {
      const out: ParagraphChild[] = [];
      node.forEach((child, offset) => {
        const entry = serializer(child);
        if (entry.kind !== 'inline')
          throw new Error(`${child.type.name} is a block but sits in ${node.type.name}`);
        out.push(...entry.write(child, pos + 1 + offset, writer));
      });
      return out;
    },
    paragraph(node, pos, style, numbering?: WordNumberingRef) {
      return new Paragraph({
        style,
        numbering,
        bidirectional: rtl || undefined,
        children: writer.runs(node, pos),
      });
    },
    footnote(text) {
      footnoteCount += 1;
      footnotes[String(footnoteCount)] = {
        children: [
          new Paragraph({
            style: 'FootnoteText',
            bidirectional: rtl || undefined,
            children: [new TextRun({ text: ` ${wordText(text)}`, rightToLeft: rtl || undefined })],
          }),
        ],
      };
      return footnoteCount;
    },
    newListInstance() {
      listInstances += 1;
      return listInstances;
    },
    newSubsectionInstance() {
      subsectionInstances += 1;
      return subsectionInstances;
    },
  };
  return { writer, footnotes: () => footnotes };
}
