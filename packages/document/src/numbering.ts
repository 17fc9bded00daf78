import type { Node } from 'prosemirror-model';
import { itemLabel, letterFor } from './number-formats.js';

/** What a number belongs to: a numbered paragraph, a section (A.), a sub-section (1.), an item, a footnote. */
export type NumberedKind = 'paragraph' | 'section' | 'subsection' | 'item' | 'footnote';

/** One number the document shows, with the block it belongs to. */
export interface NumberLabel {
  /** What is numbered. */
  readonly kind: NumberedKind;
  /** The stable id of the numbered node (footnotes have none). */
  readonly id: string | null;
  /** Position of the numbered node in the document (before its opening token). */
  readonly pos: number;
  /** The counter's value, from 1. */
  readonly value: number;
  /** Nesting level for items (0 for (a), 1 for (i), …); 0 otherwise. */
  readonly level: number;
  /** The number as printed before the text: "14.", "A.", "1.", "(a)", "(ii)", or "1" for footnotes. */
  readonly label: string;
}

/** Every number of a document, in document order, with look-ups by position and by id. */
export interface DocumentNumbering {
  /** All labels in document order. */
  readonly labels: readonly NumberLabel[];
  /** The label of the node at this position, if it is numbered. */
  at(pos: number): NumberLabel | undefined;
  /** The label of the node with this stable id, if it is numbered. */
  byId(id: string): NumberLabel | undefined;
  /** The number of the numbered paragraph with this id, for cross-references. */
  paragraphNumber(id: string): number | undefined;
}

/**
 * Numbers a document: paragraphs consecutively through the whole text (including those under
 * headings), sections A, B, …, sub-sections 1, 2, … restarting in each section, items (a), (b), …
 * restarting in each list with (i), (ii), … below them, footnotes 1, 2, … through the text.
 *
 * This is the one numbering function: the editor, every exporter and cross-references use it, so
 * numbers never disagree between what a drafter sees and what is published. One linear pass.
 */
export function numberDocument(doc: Node): DocumentNumbering {
  const labels: NumberLabel[] = [];
  let paragraphs = 0;
  let sections = 0;
  let subsections = 0;
  let footnotes = 0;

  const add = (kind: NumberedKind, node: Node, pos: number, value: number, level: number, label: string) => {
    const id = typeof node.attrs.id === 'string' && node.attrs.id !== '' ? node.attrs.id : null;
    labels.push({ kind, id, pos, value, level, label });
  };

  // The walks loop over each node's children instead of calling node.forEach: no callback per
  // child, which a large document pays thousands of times while the code is still cold.
  const walkInline = (parent: Node, start: number) => {
    const { children } = parent;
    for (let i = 0, offset = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type.name === 'footnote') {
        footnotes += 1;
        add('footnote', child, start + offset, footnotes, 0, String(footnotes));
      }
      offset += child.nodeSize;
    }
  };

  const walkList = (list: Node, start: number, level: number) => {
    const items = list.children;
    for (let i = 0, offset = 0; i < items.length; i++) {
      const item = items[i]!;
      const n = i + 1;
      const itemPos = start + offset;
      add('item', item, itemPos, n, level, itemLabel(level, n));
      const { children } = item;
      for (let j = 0, childOffset = 0; j < children.length; j++) {
        const child = children[j]!;
        const childPos = itemPos + 1 + childOffset;
        if (child.type.name === 'item_list') walkList(child, childPos + 1, level + 1);
        else walkInline(child, childPos + 1);
        childOffset += child.nodeSize;
      }
      offset += item.nodeSize;
    }
  };

  const walk = (parent: Node, start: number) => {
    const { children } = parent;
    for (let i = 0, offset = 0; i < children.length; i++) {
      const child = children[i]!;
      const pos = start + offset;
      offset += child.nodeSize;
      switch (child.type.name) {
        case 'paragraph':
          if (child.attrs.numbered) {
            paragraphs += 1;
            add('paragraph', child, pos, paragraphs, 0, `${paragraphs}.`);
          }
          walkInline(child, pos + 1);
          break;
        case 'section':
          sections += 1;
          subsections = 0;
          add('section', child, pos, sections, 0, `${letterFor(sections).toUpperCase()}.`);
          walk(child, pos + 1);
          break;
        case 'subsection':
          subsections += 1;
          add('subsection', child, pos, subsections, 0, `${subsections}.`);
          walk(child, pos + 1);
          break;
        case 'item_list':
          walkList(child, pos + 1, 0);
          break;
        case 'quote':
          walk(child, pos + 1);
          break;
        default:
          if (child.isTextblock) walkInline(child, pos + 1);
      }
    }
  };

  walk(doc, 0);

  let byPos: Map<number, NumberLabel> | undefined;
  let byIdMap: Map<string, NumberLabel> | undefined;
  return {
    labels,
    at(pos) {
      byPos ??= new Map(labels.map((label) => [label.pos, label]));
      return byPos.get(pos);
    },
    byId(id) {
      if (!byIdMap) {
        byIdMap = new Map();
        for (const label of labels) if (label.id !== null) byIdMap.set(label.id, label);
      }
      return byIdMap.get(id);
    },
    paragraphNumber(id) {
      const label = this.byId(id);
      return label?.kind === 'paragraph' ? label.value : undefined;
    },
  };
}
