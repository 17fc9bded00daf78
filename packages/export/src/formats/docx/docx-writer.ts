import type { NodeName } from '@rapporteur/document';
import { documentPhrases } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import type { ExportInput, NodeSerializers } from '../../export-format.js';
import { symbolLinkPartsOnce } from '../../symbol-link-parts.js';
import type { DocxPlace, DocxSerializer, DocxWriter, WordNumberingRef } from './docx-serializer.js';
import type { WordNumberingInstance } from './word-numbering.js';
import { wordStyleIds } from './word-styles.js';
import { wordText } from './word-text.js';
import { wordParagraph, wordRun } from './word-xml.js';

/** A DOCX writer for one export, and the registers it filled once the body is written. */
export interface DocxWriterSession {
  readonly writer: DocxWriter;
  /** The footnotes' texts, by footnote id from 1 (index 0 is footnote 1). */
  footnotes(): readonly string[];
  /** The numbering instances the paragraphs use, in order of their `w:numId` from 1. */
  numberingInstances(): readonly WordNumberingInstance[];
  /** The hyperlinks' addresses in order of appearance; the nth is relationship `rIdLink<n>`. */
  hyperlinks(): readonly string[];
}

/** The relationship id of the nth hyperlink of the document (from 1). */
export const hyperlinkRelationshipId = (n: number): string => `rIdLink${n}`;

/**
 * Creates the writer of one export: it dispatches each node to its serializer in the registry and
 * keeps the document-wide registers (footnote ids from 1, list and sub-section instances and the
 * Word numbers they get in order of first use, hyperlinks in order), so two exports of the same
 * draft number and link everything the same way.
 */
export function createDocxWriter(
  input: ExportInput,
  serializers: NodeSerializers<DocxSerializer>,
): DocxWriterSession {
  const language = input.draft.metadata.language;
  const rtl = documentPhrases[language].direction === 'rtl';
  const footnotes: string[] = [];
  const hyperlinks: string[] = [];
  const instances: WordNumberingInstance[] = [];
  const numIds = new Map<string, number>();
  let listInstances = 0;
  let subsectionInstances = 0;

  const serializer = (node: Node): DocxSerializer => serializers[node.type.name as NodeName];
  const numIdOf = ({ reference, instance }: WordNumberingRef): number => {
    const key = `${reference} ${instance}`;
    let numId = numIds.get(key);
    if (numId === undefined) {
      numId = instances.length + 1;
      numIds.set(key, numId);
      instances.push({ numId, reference, instance });
    }
    return numId;
  };

  const writer: DocxWriter = {
    input,
    language,
    rtl,
    blocks(node, pos, place: DocxPlace) {
      let out = '';
      node.forEach((child, offset) => {
        const entry = serializer(child);
        if (entry.kind !== 'block')
          throw new Error(`${child.type.name} is inline but sits in ${node.type.name}`);
        out += entry.write(child, pos + 1 + offset, place, writer);
      });
      return out;
    },
    runs(node, pos) {
      let out = '';
      node.forEach((child, offset) => {
        const entry = serializer(child);
        if (entry.kind !== 'inline')
          throw new Error(`${child.type.name} is a block but sits in ${node.type.name}`);
        out += entry.write(child, pos + 1 + offset, writer);
      });
      return out;
    },
    paragraph(node, pos, style, numbering?: WordNumberingRef) {
      const number = numbering ? { numId: numIdOf(numbering), level: numbering.level } : undefined;
      return wordParagraph({ style, number, bidi: rtl }, writer.runs(node, pos));
    },
    textParagraph(text, style, options = {}) {
      return wordParagraph(
        { style, bidi: rtl, start: options.start },
        writer.run(text, { bold: options.bold, rtl }),
      );
    },
    run: (text, format) => wordRun(wordText(text), format),
    hyperlink(href, text) {
      hyperlinks.push(href);
      return `<w:hyperlink r:id="${hyperlinkRelationshipId(hyperlinks.length)}" w:history="1">${wordRun(wordText(text), { style: wordStyleIds.hyperlink })}</w:hyperlink>`;
    },
    symbolLinks: symbolLinkPartsOnce(language, input.links, input.parseSymbol),
    footnote(text) {
      footnotes.push(text);
      return footnotes.length;
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
  return {
    writer,
    footnotes: () => footnotes,
    numberingInstances: () => instances,
    hyperlinks: () => hyperlinks,
  };
}
