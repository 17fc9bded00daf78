import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
import type { ExportInput } from '../../export-format.js';
import type { SymbolLinkPart } from '../../symbol-link-parts.js';
import type { WordNumberingReference } from './word-numbering.js';
import type { WordRunFormat } from './word-xml.js';

/** A Word numbering a paragraph takes: a definition (see `wordNumberingRefs`), a level, an instance. */
export interface WordNumberingRef {
  readonly reference: WordNumberingReference;
  readonly level: number;
  readonly instance: number;
}

/**
 * Where a node is written: what its container decided for it. A heading's or an item's number is
 * the container's (the section, the item), and the items of a list share its Word instance.
 */
export interface DocxPlace {
  /** The numbering of the textblock written here (section and sub-section headings, item texts). */
  readonly numbering?: WordNumberingRef;
  /** The Word instance of the item list being written, and the nesting level of its items (0 for (a)). */
  readonly list?: { readonly instance: number; readonly level: number };
  /** The instance of the sub-section numbering of the enclosing section, so 1., 2. restart per section. */
  readonly subsectionInstance?: number;
}

/**
 * What a DOCX serializer knows while it writes WordprocessingML: the export input, the document's
 * language and direction, how to write a node's children (paragraphs or runs), and the
 * document-wide registers Word needs (footnotes, numbering instances, hyperlink relationships).
 */
export interface DocxWriter {
  readonly input: ExportInput;
  readonly language: OfficialLanguage;
  /** True for right-to-left languages (Arabic): paragraphs are bidirectional, runs right-to-left. */
  readonly rtl: boolean;
  /** The paragraphs (`w:p`) of the block children of `node`, which sits at `pos` (−1 for the document). */
  blocks(node: Node, pos: number, place: DocxPlace): string;
  /** The runs (`w:r`, `w:hyperlink`) of the inline content of the textblock `node` at `pos`. */
  runs(node: Node, pos: number): string;
  /** One Word paragraph holding the inline content of the textblock `node` at `pos`. */
  paragraph(node: Node, pos: number, style: string, numbering?: WordNumberingRef): string;
  /**
   * One Word paragraph of one run of text the document's content does not hold (masthead lines):
   * in the document's direction, aligned to the start of the line if asked, bold if asked.
   */
  textParagraph(text: string, style: string, options?: { start?: boolean; bold?: boolean }): string;
  /** One run of text (escaped here), formatted as asked. */
  run(text: string, format?: WordRunFormat): string;
  /** A hyperlink to an external address around one run of text (a relationship of the document). */
  hyperlink(href: string, text: string): string;
  /** The linked parts of a symbol (see `symbolLinkParts`), each symbol parsed once per export. */
  symbolLinks(symbol: string): SymbolLinkPart[] | null;
  /** Registers a footnote's text and returns its Word footnote id. */
  footnote(text: string): number;
  /** A new numbering instance for an item list, so its items start again at (a). */
  newListInstance(): number;
  /** A new instance of the sub-section numbering, so a section's sub-sections start again at 1. */
  newSubsectionInstance(): number;
}

/**
 * Writes one node type to Word: a block node becomes paragraphs, an inline node becomes runs, as
 * WordprocessingML text. `pos` is the node's position in the document, so numbers can be looked up.
 */
export type DocxSerializer =
  | {
      readonly kind: 'block';
      write(node: Node, pos: number, place: DocxPlace, writer: DocxWriter): string;
    }
  | {
      readonly kind: 'inline';
      write(node: Node, pos: number, writer: DocxWriter): string;
    };
