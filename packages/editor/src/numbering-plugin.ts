import {
  crossReferenceText,
  type DocumentNumbering,
  type NumberLabel,
  numberDocument,
} from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
import { type EditorState, Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { changesStructure } from './structural-change.js';

/** What the numbering plugin keeps: the shared numbering and the decorations that show it. */
export interface NumberingState {
  /**
   * The numbering of the document as of the last structural change. Labels, values and look-ups
   * by id are current; positions are those of that moment (text edits since then shift them), so
   * callers needing positions number the current document themselves.
   */
  readonly numbering: DocumentNumbering;
  /** Number labels and cross-reference texts as node decorations, mapped through text edits. */
  readonly decorations: DecorationSet;
  /** How many times the numbering has been recomputed (tests and diagnostics read it). */
  readonly recomputed: number;
}

/** The key of the numbering plugin, to read its state from an editor state. */
export const numberingKey = new PluginKey<NumberingState>('rapporteur-numbering');

/**
 * Shows the shared numbering live, as Outline does its heading prefixes: `numberDocument` runs and
 * the decorations are rebuilt only when a transaction changes the structure; text edits map the
 * existing decorations. Paragraph, item, section and sub-section labels go in a `data-number`
 * attribute (drawn by CSS, so they are never part of the editable text); each cross-reference gets
 * its current text ("paragraph 14") in the document's language.
 */
export function numberingPlugin(language: OfficialLanguage): Plugin<NumberingState> {
  const compute = (doc: Node, recomputed: number): NumberingState => {
    const numbering = numberDocument(doc);
    return { numbering, decorations: numberDecorations(doc, numbering, language), recomputed };
  };
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_, state) => compute(state.doc, 1),
      apply(tr, value) {
        if (!tr.docChanged) return value;
        if (changesStructure(tr)) return compute(tr.doc, value.recomputed + 1);
        return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
      },
    },
    props: {
      decorations: (state) => numberingKey.getState(state)?.decorations,
    },
  });
}

/** The numbering the editor shows now (see {@link NumberingState.numbering} about positions). */
export function currentNumbering(state: EditorState): DocumentNumbering {
  return numberingKey.getState(state)?.numbering ?? numberDocument(state.doc);
}

function numberDecorations(
  doc: Node,
  numbering: DocumentNumbering,
  language: OfficialLanguage,
): DecorationSet {
  const decorations: Decoration[] = [];
  for (const label of numbering.labels) {
    const node = doc.nodeAt(label.pos);
    if (node) decorations.push(labelDecoration(label, node));
  }
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    node.forEach((child, offset) => {
      if (child.type.name !== 'cross_reference') return;
      const text = crossReferenceText(String(child.attrs.target), numbering, language);
      const at = pos + 1 + offset;
      decorations.push(Decoration.node(at, at + 1, { 'data-reference': text }, { referenceText: text }));
    });
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The decoration for one label: on the block itself, or on the heading or text that opens it. */
function labelDecoration(label: NumberLabel, node: Node): Decoration {
  const attrs = { 'data-number': label.label };
  switch (label.kind) {
    case 'section':
    case 'subsection':
    case 'item': {
      const first = node.firstChild!;
      return Decoration.node(label.pos + 1, label.pos + 1 + first.nodeSize, attrs);
    }
    default:
      return Decoration.node(label.pos, label.pos + node.nodeSize, attrs);
  }
}
