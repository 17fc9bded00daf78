import { crossReferenceText } from '@rapporteur/document';
import type { NodeSerializers } from '../../export-format.js';
import { jointSymbolSeparator } from '../../symbol-link-parts.js';
import { docxMasthead } from './docx-masthead.js';
import type { DocxSerializer } from './docx-serializer.js';
import { paragraphInstance, wordNumberingRefs } from './word-numbering.js';
import { wordStyleIds } from './word-styles.js';

/** Word has nine list levels; level 0 of the shared numbering is the paragraphs, 1–8 the items. */
const deepestItemLevel = 8;

const sectionNumbering = { reference: wordNumberingRefs.sections, level: 0, instance: 0 };

/**
 * The DOCX serializer of every node type of the addendum schema (a missing one is a compile error),
 * writing WordprocessingML. Numbers are Word's own list numbering, not text, so they follow when an
 * editor inserts or deletes a paragraph: numbered paragraphs share one instance of the paragraph numbering, each item list
 * takes its own instance of it (lettered levels that restart), sections and sub-sections have
 * their own definitions. Symbols become hyperlinks, one per document of a joint symbol.
 */
export const docxNodeSerializers: NodeSerializers<DocxSerializer> = {
  doc: {
    kind: 'block',
    write: (node, pos, place, writer) => docxMasthead(writer) + writer.blocks(node, pos, place),
  },
  title: {
    kind: 'block',
    write: (node, pos, _place, writer) => writer.paragraph(node, pos, wordStyleIds.title),
  },
  paragraph: {
    kind: 'block',
    write: (node, pos, _place, writer) =>
      writer.paragraph(
        node,
        pos,
        wordStyleIds.body,
        node.attrs.numbered
          ? { reference: wordNumberingRefs.paragraphs, level: 0, instance: paragraphInstance }
          : undefined,
      ),
  },
  quote: {
    kind: 'block',
    write: (node, pos, _place, writer) => writer.blocks(node, pos, {}),
  },
  quote_text: {
    kind: 'block',
    write: (node, pos, _place, writer) => writer.paragraph(node, pos, wordStyleIds.quote),
  },
  item_list: {
    kind: 'block',
    write: (node, pos, place, writer) =>
      writer.blocks(node, pos, { list: place.list ?? { instance: writer.newListInstance(), level: 0 } }),
  },
  item: {
    kind: 'block',
    write: (node, pos, place, writer) => {
      const list = place.list ?? { instance: writer.newListInstance(), level: 0 };
      const numbering = {
        reference: wordNumberingRefs.paragraphs,
        level: Math.min(list.level + 1, deepestItemLevel),
        instance: list.instance,
      };
      return writer.blocks(node, pos, {
        numbering,
        list: { instance: list.instance, level: list.level + 1 },
      });
    },
  },
  item_text: {
    kind: 'block',
    write: (node, pos, place, writer) => writer.paragraph(node, pos, wordStyleIds.body, place.numbering),
  },
  section: {
    kind: 'block',
    write: (node, pos, _place, writer) =>
      writer.blocks(node, pos, {
        numbering: sectionNumbering,
        subsectionInstance: writer.newSubsectionInstance(),
      }),
  },
  section_heading: {
    kind: 'block',
    write: (node, pos, place, writer) => writer.paragraph(node, pos, wordStyleIds.section, place.numbering),
  },
  subsection: {
    kind: 'block',
    write: (node, pos, place, writer) =>
      writer.blocks(node, pos, {
        numbering: {
          reference: wordNumberingRefs.subsections,
          level: 0,
          instance: place.subsectionInstance ?? 0,
        },
      }),
  },
  subsection_heading: {
    kind: 'block',
    write: (node, pos, place, writer) =>
      writer.paragraph(node, pos, wordStyleIds.subsection, place.numbering),
  },
  subheading: {
    kind: 'block',
    write: (node, pos, _place, writer) => writer.paragraph(node, pos, wordStyleIds.subheading),
  },
  symbol: {
    kind: 'inline',
    write: (node, _pos, writer) => {
      const written = String(node.attrs.symbol);
      const parts = writer.symbolLinks(written);
      if (!parts) return writer.run(written);
      return parts
        .map((part) => writer.hyperlink(part.href, part.text))
        .join(writer.run(jointSymbolSeparator));
    },
  },
  cross_reference: {
    kind: 'inline',
    write: (node, _pos, writer) =>
      writer.run(crossReferenceText(String(node.attrs.target), writer.input.numbering, writer.language), {
        rtl: writer.rtl,
      }),
  },
  footnote: {
    kind: 'inline',
    write: (node, _pos, writer) =>
      `<w:r><w:rPr><w:rStyle w:val="${wordStyleIds.footnoteReference}"/></w:rPr><w:footnoteReference w:id="${writer.footnote(node.textContent)}"/></w:r>`,
  },
  text: {
    kind: 'inline',
    write: (node, _pos, writer) =>
      writer.run(node.text ?? '', {
        bold: node.marks.some((mark) => mark.type.name === 'strong'),
        italics: node.marks.some((mark) => mark.type.name === 'em'),
        rtl: writer.rtl,
      }),
  },
};
