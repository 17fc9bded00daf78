import { type DocumentNumbering, numberDocument } from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
import { type EditorState, Plugin, PluginKey } from 'prosemirror-state';
import { writeShownNumbers } from './shown-numbers.js';
import { changesStructure } from './structural-change.js';

/** What the numbering plugin keeps: the shared numbering, computed when the structure last changed. */
export interface NumberingState {
  /**
   * The numbering of the document as of the last structural change. Labels, values and look-ups
   * by id are current; positions are those of `numbered` (text edits since then shift them), so
   * callers needing positions number the current document themselves.
   */
  readonly numbering: DocumentNumbering;
  /** The document `numbering` was computed on (its positions hold while the state's is this one). */
  readonly numbered: Node;
  /** How many times the numbering has been recomputed (tests and diagnostics read it). */
  readonly recomputed: number;
}

/** The key of the numbering plugin, to read its state from an editor state. */
export const numberingKey = new PluginKey<NumberingState>('rapporteur-numbering');

/**
 * Shows the shared numbering live, as Outline does its heading prefixes: `numberDocument` runs only
 * when a transaction changes the structure; a text edit leaves the plugin's state as it is (O(1)
 * per keystroke, whatever the size of the draft or of the sub-section typed in). The numbers are
 * drawn by the blocks themselves: each block's view takes its number from this state when it is
 * drawn (by position, or by id once text edits have moved positions: `blockNumberAt`,
 * `blockNumber`), in a `data-number` attribute drawn by CSS, so never part of the editable text;
 * after a structural change this plugin's view writes the numbers,
 * cross-reference texts ("paragraph 14", in the document's language) and footnote numbers that
 * moved (`writeShownNumbers`). Node decorations would do the same but cost the view a scan of
 * every numbered sibling for each block of the sub-section at every keystroke.
 */
export function numberingPlugin(language: OfficialLanguage): Plugin<NumberingState> {
  const compute = (doc: Node, recomputed: number): NumberingState => ({
    numbering: numberDocument(doc),
    numbered: doc,
    recomputed,
  });
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_, state) => compute(state.doc, 1),
      apply: (tr, value) => (changesStructure(tr) ? compute(tr.doc, value.recomputed + 1) : value),
    },
    view(view) {
      let shown = numberingKey.getState(view.state);
      if (shown) writeShownNumbers(view.dom, shown.numbering, language);
      return {
        update(next) {
          const now = numberingKey.getState(next.state);
          if (!now || now === shown) return;
          shown = now;
          writeShownNumbers(next.dom, now.numbering, language);
        },
      };
    },
  });
}

/** The numbering the editor shows now (see {@link NumberingState.numbering} about positions). */
export function currentNumbering(state: EditorState): DocumentNumbering {
  return numberingKey.getState(state)?.numbering ?? numberDocument(state.doc);
}
