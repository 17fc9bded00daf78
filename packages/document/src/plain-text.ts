import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
import { inlineText } from './inline-text.js';
import { documentPhrases } from './language-phrases.js';
import { type DocumentNumbering, numberDocument } from './numbering.js';

/** The kind of a printed block, in the seed's reading order. */
export type PlainBlockKind =
  | 'label'
  | 'title'
  | 'paragraph'
  | 'quote'
  | 'item'
  | 'section'
  | 'subsection'
  | 'subheading'
  | 'footnote';

/** One printed block: what it is, its number as printed (or ""), and its text. */
export interface PlainBlock {
  readonly kind: PlainBlockKind;
  readonly label: string;
  readonly text: string;
  /** Nesting level for items (0 for (a)); 0 otherwise. */
  readonly level: number;
}

/**
 * The document as printed blocks in reading order — the "Addendum" label, the title, numbered
 * paragraphs, the quoted agenda item, items, headings — each with its number from the shared
 * numbering. Footnote texts follow the body. This is the seed's layout as data: text export prints
 * it, and tests compare it block by block with the seed.
 */
export function plainBlocks(
  doc: Node,
  language: OfficialLanguage,
  numbering: DocumentNumbering = numberDocument(doc),
): PlainBlock[] {
  const blocks: PlainBlock[] = [
    { kind: 'label', label: '', text: documentPhrases[language].addendum, level: 0 },
  ];
  const footnotes: PlainBlock[] = [];
  const text = (node: Node, pos: number) => inlineText(node, pos, numbering, language);
  const label = (pos: number) => numbering.at(pos)?.label ?? '';

  const collectFootnotes = (node: Node, pos: number) => {
    node.forEach((child, offset) => {
      if (child.type.name !== 'footnote') return;
      const footnote = numbering.at(pos + 1 + offset);
      footnotes.push({ kind: 'footnote', label: footnote?.label ?? '?', text: child.textContent, level: 0 });
    });
  };
  const push = (kind: PlainBlockKind, numberPos: number, textNode: Node, textPos: number, level = 0) => {
    blocks.push({ kind, label: label(numberPos), text: text(textNode, textPos), level });
    collectFootnotes(textNode, textPos);
  };

  // A block's number sits on the block itself (paragraph, item) or on its container (the heading
  // of a section or sub-section), so each visit knows its parent's position.
  const visit = (node: Node, pos: number, parentPos: number) => {
    switch (node.type.name) {
      case 'title':
        push('title', -1, node, pos);
        break;
      case 'subheading':
        push('subheading', -1, node, pos);
        break;
      case 'quote_text':
        push('quote', -1, node, pos);
        break;
      case 'paragraph':
        push('paragraph', pos, node, pos);
        break;
      case 'section_heading':
        push('section', parentPos, node, pos);
        break;
      case 'subsection_heading':
        push('subsection', parentPos, node, pos);
        break;
      case 'item_text':
        push('item', parentPos, node, pos, numbering.at(parentPos)?.level ?? 0);
        break;
      default:
        node.forEach((child, offset) => {
          visit(child, pos + 1 + offset, pos);
        });
    }
  };

  doc.forEach((child, offset) => {
    visit(child, offset, -1);
  });
  return [...blocks, ...footnotes];
}

/**
 * The document as plain text in the seed's layout: one block per line, each number before its
 * text ("1. …", "(a) …", "A. …"), the "Addendum" label first. Deterministic.
 */
export function toPlainText(doc: Node, language: OfficialLanguage): string {
  return `${plainBlocks(doc, language)
    .map((block) => (block.label ? `${block.label} ${block.text}` : block.text))
    .join('\n')}\n`;
}
