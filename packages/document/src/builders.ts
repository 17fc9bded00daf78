import type { Node } from 'prosemirror-model';
import type { DocumentPart } from './schema.js';
import { addendumSchema } from './schema.js';

/** Inline content for a builder: plain text, or an inline node made by another builder. */
export type InlineInput = string | Node;

/** Builders for addendum documents, each block given the next id of a deterministic sequence. */
export interface DocumentBuilders {
  doc(title: Node | string, ...children: Node[]): Node;
  title(...inline: InlineInput[]): Node;
  paragraph(...inline: InlineInput[]): Node;
  unnumbered(...inline: InlineInput[]): Node;
  quote(text: InlineInput | InlineInput[], list?: Node): Node;
  items(...items: Array<Node | string>): Node;
  item(text: InlineInput | InlineInput[], list?: Node): Node;
  section(part: DocumentPart | null, heading: InlineInput | InlineInput[], ...children: Node[]): Node;
  subsection(heading: InlineInput | InlineInput[], ...children: Node[]): Node;
  subheading(...inline: InlineInput[]): Node;
  symbol(symbol: string): Node;
  crossReference(target: string): Node;
  footnote(text: string): Node;
  em(text: string): Node;
  strong(text: string): Node;
  /** Sets the id of the block a builder just made (for cross-references in tests). */
  withId(node: Node, id: string): Node;
}

/**
 * Small document builders for tests, fixtures and sample data: `b.doc(b.title('…'), b.paragraph('…'))`.
 * Ids come from a counter with the given prefix ("p1", "p2", …), so the same calls build the same
 * document, byte for byte.
 */
export function createBuilders(idPrefix = 'b'): DocumentBuilders {
  const s = addendumSchema;
  let next = 0;
  const id = () => {
    next += 1;
    return `${idPrefix}${next}`;
  };
  const inline = (parts: InlineInput[]): Node[] =>
    parts.filter((part) => part !== '').map((part) => (typeof part === 'string' ? s.text(part) : part));
  const list = (value: InlineInput | InlineInput[]) => inline(Array.isArray(value) ? value : [value]);

  const builders: DocumentBuilders = {
    doc: (title, ...children) =>
      s.node('doc', null, [typeof title === 'string' ? builders.title(title) : title, ...children]),
    title: (...parts) => s.node('title', null, inline(parts)),
    paragraph: (...parts) => s.node('paragraph', { id: id(), numbered: true }, inline(parts)),
    unnumbered: (...parts) => s.node('paragraph', { id: id(), numbered: false }, inline(parts)),
    quote: (text, items) =>
      s.node('quote', { id: id() }, [s.node('quote_text', null, list(text)), ...(items ? [items] : [])]),
    items: (...items) =>
      s.node(
        'item_list',
        { id: id() },
        items.map((item) => (typeof item === 'string' ? builders.item(item) : item)),
      ),
    item: (text, items) =>
      s.node('item', { id: id() }, [s.node('item_text', null, list(text)), ...(items ? [items] : [])]),
    section: (part, heading, ...children) =>
      s.node('section', { id: id(), part }, [s.node('section_heading', null, list(heading)), ...children]),
    subsection: (heading, ...children) =>
      s.node('subsection', { id: id() }, [s.node('subsection_heading', null, list(heading)), ...children]),
    subheading: (...parts) => s.node('subheading', { id: id() }, inline(parts)),
    symbol: (symbol) => s.node('symbol', { symbol }),
    crossReference: (target) => s.node('cross_reference', { target }),
    footnote: (text) => s.node('footnote', null, text ? [s.text(text)] : []),
    em: (text) => s.text(text, [s.mark('em')]),
    strong: (text) => s.text(text, [s.mark('strong')]),
    withId: (node, newId) => node.type.create({ ...node.attrs, id: newId }, node.content, node.marks),
  };
  return builders;
}
