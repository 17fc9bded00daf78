import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
import type { ExportInput } from '../../export-format.js';
import type { SymbolLinkPart } from '../../symbol-link-parts.js';

/** A node with its position in the document, as the writer hands nodes around. */
export interface PlacedNode {
  readonly node: Node;
  readonly pos: number;
}

/**
 * Where a node is written: the eId of the element it sits in (children's eIds are built from it),
 * whether that element is the main body or a hierarchy (section, sub-section: where headings between
 * paragraphs are `<crossHeading>`), and the blocks a paragraph carries (the quote or item list
 * printed after it, which belong to it: `para_2__list_1__item_a`).
 */
export interface AknPlace {
  readonly eId: string;
  readonly container: 'main' | 'hierarchy';
  readonly attached?: readonly PlacedNode[];
}

/** A document cited in the text: the link of one symbol and the true symbol it shows. */
export interface CitedDocument {
  readonly href: string;
  readonly showAs: string;
}

/**
 * What an Akoma Ntoso serializer knows while it writes: the export input, the language, how to
 * write children (as a hierarchy, as blocks, as inline content), and the document-wide registers
 * (numbered child eIds, the documents cited, for the references in the metadata).
 */
export interface AknWriter {
  readonly input: ExportInput;
  readonly language: OfficialLanguage;
  /**
   * The children as hierarchy elements: each paragraph takes the quotes and item lists that follow
   * it; a quote or list with no paragraph before it is wrapped in an `<hcontainer>`.
   */
  hierarchy(children: readonly PlacedNode[], place: AknPlace): string;
  /** The children of `node` (at `pos`) written one after another as blocks. */
  blocks(node: Node, pos: number, place: AknPlace): string;
  /** The inline content of the textblock `node` at `pos`; `eId` is the element that holds it. */
  inline(node: Node, pos: number, eId: string): string;
  /** The next eId of a kind of element without a number of its own in `parent` (list_1, list_2, …). */
  nextChildEId(parent: string, kind: string): string;
  /** The linked parts of a symbol (see `symbolLinkParts`), each symbol parsed once per export. */
  symbolLinks(symbol: string): SymbolLinkPart[] | null;
  /** Registers a document cited by a symbol, for the references in the metadata. */
  cite(document: CitedDocument): void;
  /** The documents cited so far, in order of first citation. */
  citedDocuments(): readonly CitedDocument[];
}

/** Writes one node as Akoma Ntoso XML. `pos` is the node's position, for its number. */
export type AknSerializer = (node: Node, pos: number, place: AknPlace, writer: AknWriter) => string;

/** The children of a node with their positions (`pos` is the node's own position; −1 for the document). */
export function placedChildren(node: Node, pos: number): PlacedNode[] {
  const out: PlacedNode[] = [];
  node.forEach((child, offset) => {
    out.push({ node: child, pos: pos + 1 + offset });
  });
  return out;
}
