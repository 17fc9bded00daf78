import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
import type { ExportInput } from '../../export-format.js';

/** What a plain-text node serializer knows while it writes (see `HtmlContext`, its HTML twin). */
export interface TextContext {
  readonly input: ExportInput;
  readonly language: OfficialLanguage;
  /** The text of the children of `node`, which sits at `pos` (−1 for the document itself). */
  children(node: Node, pos: number): string;
  /** Footnote lines in order of appearance, printed after the body. */
  readonly footnotes: string[];
}

/**
 * Writes one node as plain text: a textblock gives its line (ending in a newline), an inline node
 * its running text. `parentPos` is the parent's position, where a heading's number lives.
 */
export type TextNodeSerializer = (node: Node, pos: number, parentPos: number, context: TextContext) => string;
