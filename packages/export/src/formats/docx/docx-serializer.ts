import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Paragraph, ParagraphChild } from 'docx';
import type { Node } from 'prosemirror-model';
import type { ExportInput } from '../../export-format.js';

/** A Word numbering a paragraph takes: a definition (see `wordNumberingRefs`), a level, an instance. */
export interface WordNumberingRef {
  readonly reference: string;
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
 * What a DOCX serializer knows while it writes: the export input, the document's language and
 * direction, how to write a node's children (blocks or runs), and the document-wide counters that
 * Word needs (footnote ids, numbering instances).
 */
export interface DocxWriter {
  readonly input: ExportInput;
  readonly language: OfficialLanguage;
  /** True for right-to-left languages (Arabic): paragraphs are bidirectional, runs right-to-left. */
  readonly rtl: boolean;
  /** The Word paragraphs of the block children of `node`, which sits at `pos` (−1 for the document). */
  blocks(node: Node, pos: number, place: DocxPlace): Paragraph[];
  /** The runs of the inline content of the textblock `node` at `pos`. */
  runs(node: Node, pos: number): ParagraphChild[];
  /** One Word paragraph holding the inline content of the textblock `node` at `pos`. */
  paragraph(node: Node, pos: number, style: string, numbering?: WordNumberingRef): Paragraph;
  /** Registers a footnote's text and returns its Word footnote id. */
  footnote(text: string): number;
  /** A new numbering instance for an item list, so its items start again at (a). */
  newListInstance(): number;
  /** A new instance of the sub-section numbering, so a section's sub-sections start again at 1. */
  newSubsectionInstance(): number;
}

/**
 * Writes one node type to Word: a block node becomes paragraphs, an inline node becomes runs.
 * `pos` is the node's position in the document, so numbers and footnotes can be looked up.
 */
export type DocxSerializer =
  | {
      readonly kind: 'block';
      write(node: Node, pos: number, place: DocxPlace, writer: DocxWriter): Paragraph[];
    }
  | {
      readonly kind: 'inline';
      write(node: Node, pos: number, writer: DocxWriter): ParagraphChild[];
    };
