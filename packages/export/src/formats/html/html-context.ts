import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
import type { ExportInput } from '../../export-format.js';
import type { SymbolLinkPart } from '../../symbol-link-parts.js';

/**
 * What an HTML node serializer knows while it writes: the export input, the document's language,
 * how to write a node's children, and the footnotes met so far (printed after the body).
 */
export interface HtmlContext {
  readonly input: ExportInput;
  readonly language: OfficialLanguage;
  /** The HTML of the children of `node`, which sits at `pos` (−1 for the document itself). */
  children(node: Node, pos: number): string;
  /**
   * The linked parts of a symbol (see `symbolLinkParts`), remembered for the length of one export:
   * a report cites the same few documents many times, and parsing each symbol once keeps large
   * exports fast.
   */
  symbolLinks(symbol: string): SymbolLinkPart[] | null;
  /** Footnotes in order of appearance, as `<li>` elements, collected while the body is written. */
  readonly footnotes: string[];
}

/**
 * Writes one node as HTML. `pos` is the node's position (before its opening token) so numbers can
 * be looked up; `parentPos` is its parent's, because a heading's number belongs to its section.
 */
export type HtmlNodeSerializer = (node: Node, pos: number, parentPos: number, context: HtmlContext) => string;
