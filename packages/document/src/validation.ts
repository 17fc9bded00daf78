import { type JointSymbolParse, parseJointSymbol } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
import { isContentChecked } from './content-checked.js';
import { type DocumentNumbering, numberDocument } from './numbering.js';

/** What kind of problem a document has; stable codes for the editor's side panel and the API. */
export type ProblemCode =
  | 'invalid-structure'
  | 'missing-id'
  | 'duplicate-id'
  | 'section-without-pair'
  | 'empty-title'
  | 'empty-heading'
  | 'empty-paragraph'
  | 'invalid-symbol'
  | 'missing-reference'
  | 'reference-to-unnumbered'
  | 'items-too-deep';

/** One problem in a document, with the position of the node it concerns and a drafter's message. */
export interface DocumentProblem {
  readonly code: ProblemCode;
  /** What is wrong and what to do, in words a drafter understands. */
  readonly message: string;
  /** Position of the node concerned (before its opening token), so the editor can jump there. */
  readonly pos: number;
  /** The stable id of the block concerned, when it has one. */
  readonly id?: string;
}

/** How `validate` may be run. */
export interface ValidateOptions {
  /**
   * Parses a symbol as `parseJointSymbol` does; an export passes one that remembers its parses
   * for the whole export, so its formats need not parse the symbols validation parsed. When
   * absent, each distinct symbol is parsed once per run.
   */
  readonly parseSymbol?: (written: string) => JointSymbolParse;
}

/** The deepest item level the UN Editorial Manual provides for: (a) → (i) → a. → i. */
export const maxItemDepth = 4;

const blocksWithIds = new Set([
  'paragraph',
  'quote',
  'item_list',
  'item',
  'section',
  'subsection',
  'subheading',
]);

/**
 * Every problem in a document, in document order: content that breaks the schema, blocks without
 * an id or sharing one, a section A without a section B, empty title, headings or numbered
 * paragraphs, symbols that do not parse, cross-references to missing or unnumbered paragraphs, and
 * items nested deeper than (a) → (i) → a. → i. An empty list means the document can be issued as far
 * as its own content goes.
 */
export function validate(
  doc: Node,
  numbering: DocumentNumbering = numberDocument(doc),
  options: ValidateOptions = {},
): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  // A document read by readDocumentJson had every node's content checked while it was built.
  const checkContent = !isContentChecked(doc);
  const seen = new Map<string, number>();
  const references: Array<{ target: string; pos: number }> = [];
  let sections = 0;
  let firstSectionPos = -1;
  // A report cites the same few documents many times: each distinct symbol is parsed once per run.
  const parseSymbolOnce = options.parseSymbol ?? rememberingSymbolParses();

  const describe = (node: Node, pos: number): string => {
    const label = numbering.at(pos);
    if (label?.kind === 'paragraph') return `Paragraph ${label.value}`;
    if (label?.kind === 'section') return `Section ${label.label.replace('.', '')}`;
    if (label?.kind === 'subsection') return `Sub-heading ${label.value}`;
    if (label?.kind === 'item') return `Item ${label.label}`;
    return `A ${node.type.name.replace('_', ' ')}`;
  };

  const visit = (node: Node, pos: number, depth: number) => {
    if (checkContent && !node.type.validContent(node.content)) {
      problems.push({
        code: 'invalid-structure',
        message: `${describe(node, pos)} holds blocks that are not allowed there.`,
        pos,
        ...idOf(node),
      });
    }
    if (blocksWithIds.has(node.type.name)) {
      const id = node.attrs.id as string;
      if (!id) {
        problems.push({ code: 'missing-id', message: `${describe(node, pos)} has no identifier.`, pos });
      } else if (seen.has(id)) {
        problems.push({
          code: 'duplicate-id',
          message: `${describe(node, pos)} has the same identifier as an earlier block ("${id}"); one of them must get a new one.`,
          pos,
          id,
        });
      } else {
        seen.set(id, pos);
      }
    }
    switch (node.type.name) {
      case 'title':
        if (isBlank(node)) problems.push({ code: 'empty-title', message: 'The title is empty.', pos });
        break;
      case 'section_heading':
      case 'subsection_heading':
        if (isBlank(node)) problems.push({ code: 'empty-heading', message: 'A heading is empty.', pos });
        break;
      case 'paragraph':
        if (node.attrs.numbered && isBlank(node)) {
          problems.push({
            code: 'empty-paragraph',
            message: `${describe(node, pos)} is empty: write its text or delete it.`,
            pos,
            ...idOf(node),
          });
        }
        break;
      case 'section':
        sections += 1;
        if (firstSectionPos < 0) firstSectionPos = pos;
        break;
      case 'item_list':
        if (depth >= maxItemDepth) {
          problems.push({
            code: 'items-too-deep',
            message: `Items go at most ${maxItemDepth} levels deep ((a), (i), a., i.); this list is deeper.`,
            pos,
            ...idOf(node),
          });
        }
        break;
      case 'symbol': {
        const written = String(node.attrs.symbol);
        const parsed = parseSymbolOnce(written);
        if (!parsed.ok) {
          problems.push({
            code: 'invalid-symbol',
            message: `"${written}" is not a valid document symbol: ${parsed.error.message}`,
            pos,
          });
        }
        break;
      }
      case 'cross_reference':
        references.push({ target: String(node.attrs.target), pos });
        break;
    }
    const childDepth = node.type.name === 'item_list' ? depth + 1 : depth;
    // A loop rather than node.forEach: no closure per node, which an export pays thousands of
    // times while the code is still cold.
    const { children } = node;
    for (let i = 0, offset = 0; i < children.length; i++) {
      const child = children[i]!;
      if (!child.isText) visit(child, pos + 1 + offset, childDepth);
      offset += child.nodeSize;
    }
  };

  doc.forEach((child, offset) => {
    visit(child, offset, 0);
  });
  if (checkContent && !doc.type.validContent(doc.content)) {
    problems.unshift({
      code: 'invalid-structure',
      message: 'The document does not start with a title.',
      pos: 0,
    });
  }

  if (sections === 1) {
    problems.push({
      code: 'section-without-pair',
      message: 'There is a section A but no section B: an addendum with an A must also have a B.',
      pos: firstSectionPos,
    });
  }
  for (const { target, pos } of references) {
    const label = numbering.byId(target);
    if (!seen.has(target)) {
      problems.push({
        code: 'missing-reference',
        message: 'A cross-reference points to a paragraph that no longer exists.',
        pos,
      });
    } else if (label?.kind !== 'paragraph') {
      problems.push({
        code: 'reference-to-unnumbered',
        message: 'A cross-reference points to a block that has no paragraph number.',
        pos,
      });
    }
  }
  return problems.sort((a, b) => a.pos - b.pos);
}

/**
 * `parseJointSymbol` remembering each distinct symbol's parse, for one validation run or one
 * export: a report cites the same few documents many times (a 2,000-paragraph draft, ~100
 * documents 1,100 times).
 */
export function rememberingSymbolParses(): (written: string) => JointSymbolParse {
  const parses = new Map<string, JointSymbolParse>();
  return (written) => {
    let parsed = parses.get(written);
    if (parsed === undefined) {
      parsed = parseJointSymbol(written);
      parses.set(written, parsed);
    }
    return parsed;
  };
}

/**
 * Whether a textblock shows nothing: no children, or only text that is all whitespace. Any atom
 * (a symbol, a cross-reference, a footnote) makes it not blank. Reads the text nodes in place
 * rather than joining the block's text, and stops at the first thing that shows.
 */
function isBlank(node: Node): boolean {
  const { children } = node;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (!child.isText || /\S/.test(child.text!)) return false;
  }
  return true;
}

function idOf(node: Node): { id?: string } {
  const id = node.attrs.id;
  return typeof id === 'string' && id !== '' ? { id } : {};
}
