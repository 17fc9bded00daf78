import { addendumSchema, type DocumentNumbering, type NodeName } from '@rapporteur/document';
import { jointSymbolLinks, type OfficialLanguage, parseJointSymbol } from '@rapporteur/symbols';
import {
  type DOMOutputSpec,
  DOMParser,
  DOMSerializer,
  type Node,
  type TagParseRule,
} from 'prosemirror-model';
import { symbolLinkTitle } from './symbol-links.js';

/** What rendering a node may need: the document's language and, for copies, the current numbers. */
export interface RenderContext {
  readonly language: OfficialLanguage;
  /** When set, numbers are written into the output as text (copies); otherwise CSS draws them. */
  readonly numbering?: DocumentNumbering;
  /** How a cross-reference to the paragraph with this id reads now. */
  readonly referenceText: (targetId: string) => string;
  /**
   * Whether the output is a copy for the clipboard, whose symbols are links any reader follows
   * (`href`). On the editing surface a symbol carries its address in `data-href` and opens with
   * Ctrl- or ⌘-click instead (symbol-links.ts says why).
   */
  readonly copy?: boolean;
}

const numberSpan = (numbering: DocumentNumbering | undefined, id: unknown): DOMOutputSpec[] => {
  const label = numbering && typeof id === 'string' ? numbering.byId(id)?.label : undefined;
  return label ? [['span', { class: 'rp-number' }, `${label} `]] : [];
};

/** The link of a symbol in the document's language, or null when it does not parse. */
export function symbolHref(symbol: string, language: OfficialLanguage): string | null {
  const parsed = parseJointSymbol(symbol);
  return parsed.ok ? (jointSymbolLinks(parsed.symbol, language)[0] ?? null) : null;
}

/**
 * How each node of the addendum is drawn in the editor and written to the clipboard: one DOM
 * shape per node type (the headless schema has none), with ids and attributes kept as data-*
 * attributes so that a copy pastes back as the same structure. Copies carry the numbers as text.
 */
export function renderNode(node: Node, context: RenderContext): DOMOutputSpec {
  const id = node.attrs.id as string | undefined;
  const idAttrs = id ? { 'data-id': id } : {};
  const numbered = context.numbering;
  switch (node.type.name as NodeName) {
    case 'title':
      return ['h1', { class: 'rp-title' }, 0];
    case 'paragraph': {
      const attrs = { class: 'rp-paragraph', 'data-numbered': String(node.attrs.numbered), ...idAttrs };
      if (!numbered || !node.attrs.numbered) return ['p', attrs, 0];
      return ['p', attrs, ...numberSpan(numbered, id), ['span', 0]];
    }
    case 'quote':
      return ['blockquote', { class: 'rp-quote', ...idAttrs }, 0];
    case 'quote_text':
      return ['p', { class: 'rp-quote-text' }, 0];
    case 'item_list':
      return ['ol', { class: 'rp-items', ...idAttrs }, 0];
    case 'item':
      return ['li', { class: 'rp-item', ...idAttrs }, 0];
    case 'item_text':
      return ['p', { class: 'rp-item-text' }, 0];
    case 'section':
      return ['section', { class: 'rp-section', 'data-part': String(node.attrs.part ?? ''), ...idAttrs }, 0];
    case 'section_heading':
      return ['h2', { class: 'rp-section-heading' }, 0];
    case 'subsection':
      return ['section', { class: 'rp-subsection', ...idAttrs }, 0];
    case 'subsection_heading':
      return ['h3', { class: 'rp-subsection-heading' }, 0];
    case 'subheading':
      return ['h4', { class: 'rp-subheading', ...idAttrs }, 0];
    case 'symbol': {
      const symbol = String(node.attrs.symbol);
      const href = symbolHref(symbol, context.language);
      if (!href) return ['a', { class: 'rp-symbol', 'data-symbol': symbol }, symbol];
      const link = context.copy
        ? { href }
        : { 'data-href': href, role: 'link', title: symbolLinkTitle(href) };
      return ['a', { class: 'rp-symbol', 'data-symbol': symbol, ...link }, symbol];
    }
    case 'cross_reference': {
      const target = String(node.attrs.target);
      return ['a', { class: 'rp-cross-reference', 'data-target': target }, context.referenceText(target)];
    }
    case 'footnote':
      return ['sup', { class: 'rp-footnote', title: node.textContent, 'data-footnote': node.textContent }];
    default:
      return ['span', 0];
  }
}

/** Reads the data-* attributes a copy carries back into node attributes. */
const idOf = (dom: HTMLElement) => ({ id: dom.getAttribute('data-id') ?? '' });

/** The parse rules for pasting: the shapes {@link renderNode} writes, plus ordinary HTML. */
export const parseRules: readonly TagParseRule[] = [
  { tag: 'span.rp-number', ignore: true },
  { tag: 'h1.rp-title', node: 'title' },
  { tag: 'h2.rp-section-heading', node: 'section_heading' },
  { tag: 'h3.rp-subsection-heading', node: 'subsection_heading' },
  { tag: 'section.rp-subsection', node: 'subsection', getAttrs: idOf },
  {
    tag: 'section.rp-section',
    node: 'section',
    getAttrs: (dom) => ({ ...idOf(dom), part: dom.getAttribute('data-part') || null }),
  },
  { tag: 'h4', node: 'subheading', getAttrs: idOf },
  { tag: 'blockquote', node: 'quote', getAttrs: idOf },
  { tag: 'p.rp-quote-text', node: 'quote_text' },
  { tag: 'ol', node: 'item_list', getAttrs: idOf },
  { tag: 'ul', node: 'item_list', getAttrs: idOf },
  { tag: 'li', node: 'item', getAttrs: idOf },
  { tag: 'p.rp-item-text', node: 'item_text' },
  {
    tag: 'a.rp-symbol',
    node: 'symbol',
    getAttrs: (dom) => {
      const symbol = dom.getAttribute('data-symbol');
      return symbol ? { symbol } : false;
    },
  },
  {
    tag: 'a.rp-cross-reference',
    node: 'cross_reference',
    getAttrs: (dom) => {
      const target = dom.getAttribute('data-target');
      return target ? { target } : false;
    },
  },
  {
    tag: 'p',
    node: 'paragraph',
    getAttrs: (dom) => ({ ...idOf(dom), numbered: dom.getAttribute('data-numbered') !== 'false' }),
  },
  { tag: 'h1', node: 'subheading' },
  { tag: 'h2', node: 'subheading' },
  { tag: 'h3', node: 'subheading' },
  { tag: 'em', mark: 'em' },
  { tag: 'i', mark: 'em' },
  { tag: 'strong', mark: 'strong' },
  { tag: 'b', mark: 'strong' },
];

/** The parser pasted HTML goes through (the schema itself is headless and has no parse rules). */
export const clipboardParser = new DOMParser(addendumSchema, [...parseRules]);

/** A serializer that writes nodes as {@link renderNode} draws them, with numbers as text for copies. */
export function clipboardSerializer(context: () => RenderContext): DOMSerializer {
  const nodes: Record<string, (node: Node) => DOMOutputSpec> = {};
  for (const name of Object.keys(addendumSchema.nodes)) {
    if (name !== 'text') nodes[name] = (node) => renderNode(node, context());
  }
  return new DOMSerializer(nodes, {
    em: () => ['em', 0],
    strong: () => ['strong', 0],
  });
}
