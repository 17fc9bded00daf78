import { diffWords, type WordChange } from './word-diff';

/** A block of a document that carries a stable id, with its own text (not its children's). */
export interface IdentifiedBlock {
  readonly id: string;
  /** The node type: paragraph, item, quote, section, subsection, subheading. */
  readonly kind: string;
  readonly text: string;
}

/** What happened to one block between two versions. */
export type BlockChange =
  | { readonly id: string; readonly kind: string; readonly change: 'added'; readonly after: string }
  | { readonly id: string; readonly kind: string; readonly change: 'removed'; readonly before: string }
  | {
      readonly id: string;
      readonly kind: string;
      readonly change: 'changed';
      readonly before: string;
      readonly after: string;
      readonly words: readonly WordChange[];
    };

/** The comparison of two versions: the changed blocks and how many stayed as they were. */
export interface VersionComparison {
  readonly changes: readonly BlockChange[];
  readonly unchanged: number;
}

type JsonNode = {
  type?: unknown;
  attrs?: { id?: unknown; symbol?: unknown; target?: unknown };
  text?: unknown;
  content?: unknown;
};

/** The child node types that hold a block's own text (its heading, its text line). */
const OWN_TEXT = new Set(['quote_text', 'item_text', 'section_heading', 'subsection_heading']);

function inlineText(node: JsonNode): string {
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  if (node.type === 'symbol' && typeof node.attrs?.symbol === 'string') return node.attrs.symbol;
  if (node.type === 'cross_reference' && typeof node.attrs?.target === 'string')
    return `[→${node.attrs.target}]`;
  if (node.type === 'footnote') return `[${children(node).map(inlineText).join('')}]`;
  return '';
}

function children(node: JsonNode): JsonNode[] {
  return Array.isArray(node.content)
    ? (node.content as JsonNode[]).filter((c) => typeof c === 'object' && c !== null)
    : [];
}

/**
 * The blocks of a document (ProseMirror JSON) that carry a stable id, in document order, each with
 * its own text: a paragraph's inline content, an item's or quote's text line, a section's heading.
 * Lists, which only hold items, are left out; their items are compared one by one.
 */
export function identifiedBlocks(document: unknown): IdentifiedBlock[] {
  const blocks: IdentifiedBlock[] = [];
  const visit = (node: JsonNode) => {
    const id = node.attrs?.id;
    if (typeof id === 'string' && id !== '' && node.type !== 'item_list') {
      const own = children(node);
      const textNodes =
        node.type === 'paragraph' || node.type === 'subheading'
          ? own
          : own.filter((c) => OWN_TEXT.has(String(c.type))).flatMap(children);
      blocks.push({ id, kind: String(node.type), text: textNodes.map(inlineText).join('') });
    }
    for (const child of children(node)) visit(child);
  };
  if (typeof document === 'object' && document !== null) visit(document as JsonNode);
  return blocks;
}

/**
 * Compares two versions of a document block by block, matching blocks by their stable id (so a
 * renumbered or moved paragraph is not "changed"): blocks only in the newer version are added, only
 * in the older removed, and blocks whose text differs are changed, with the changed words.
 */
export function compareVersions(before: unknown, after: unknown, language: string): VersionComparison {
  const old = identifiedBlocks(before);
  const next = identifiedBlocks(after);
  const oldById = new Map(old.map((block) => [block.id, block]));
  const nextIds = new Set(next.map((block) => block.id));
  const changes: BlockChange[] = [];
  let unchanged = 0;
  for (const block of next) {
    const previous = oldById.get(block.id);
    if (previous === undefined)
      changes.push({ id: block.id, kind: block.kind, change: 'added', after: block.text });
    else if (previous.text === block.text) unchanged += 1;
    else {
      changes.push({
        id: block.id,
        kind: block.kind,
        change: 'changed',
        before: previous.text,
        after: block.text,
        words: diffWords(previous.text, block.text, language),
      });
    }
  }
  for (const block of old) {
    if (!nextIds.has(block.id))
      changes.push({ id: block.id, kind: block.kind, change: 'removed', before: block.text });
  }
  return { changes, unchanged };
}
