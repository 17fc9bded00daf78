import type { DocumentPart } from '@rapporteur/document';
import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { AttrStep } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { isCollabSync } from './collab-sync.js';
import { partOfBlock, partsInRange } from './document-parts.js';

/** The parts marked ready in the lifecycle, which the editor keeps read-only until reopened. */
export const readOnlyPartsKey = new PluginKey<ReadonlySet<DocumentPart>>('rapporteur-read-only-parts');

/** A transaction (no document change) that tells the editor which parts are now marked ready. */
export function setReadyParts(state: EditorState, parts: Iterable<DocumentPart>): Transaction {
  return state.tr.setMeta(readOnlyPartsKey, new Set(parts)).setMeta('addToHistory', false);
}

/** The parts the editor currently keeps read-only. */
export function readyParts(state: EditorState): ReadonlySet<DocumentPart> {
  return readOnlyPartsKey.getState(state) ?? new Set();
}

/**
 * Keeps a part marked ready read-only, as the server does (it refuses saves that change a ready
 * part): any transaction whose steps touch a ready part is refused (except the authority's steps
 * and the drafter's kept edits, see `isCollabSync`), and the part's blocks carry
 * the class `rp-read-only` so drafters see that it is locked. `initial` is the state at load;
 * {@link setReadyParts} changes it when the lifecycle moves.
 */
export function readOnlyPartsPlugin(initial: Iterable<DocumentPart> = []): Plugin<ReadonlySet<DocumentPart>> {
  return new Plugin<ReadonlySet<DocumentPart>>({
    key: readOnlyPartsKey,
    state: {
      init: () => new Set(initial),
      apply: (tr, value) => (tr.getMeta(readOnlyPartsKey) as ReadonlySet<DocumentPart> | undefined) ?? value,
    },
    filterTransaction(tr, state) {
      const ready = readOnlyPartsKey.getState(state);
      if (!tr.docChanged || !ready || ready.size === 0 || isCollabSync(tr)) return true;
      return !touchedParts(tr).some((part) => ready.has(part));
    },
    props: {
      decorations(state) {
        const ready = readOnlyPartsKey.getState(state);
        if (!ready || ready.size === 0) return null;
        const decorations: Decoration[] = [];
        state.doc.forEach((node, pos) => {
          if (ready.has(partOfBlock(node))) {
            decorations.push(
              Decoration.node(pos, pos + node.nodeSize, { class: 'rp-read-only', 'aria-readonly': 'true' }),
            );
          }
        });
        return DecorationSet.create(state.doc, decorations);
      },
    },
  });
}

/** The parts a transaction's steps touch, each step read against the document it applied to. */
export function touchedParts(tr: Transaction): DocumentPart[] {
  const parts = new Set<DocumentPart>();
  tr.steps.forEach((step, i) => {
    const doc = tr.docs[i]!;
    if (step instanceof AttrStep) {
      for (const part of partsInRange(doc, step.pos, step.pos + 1)) parts.add(part);
      return;
    }
    step.getMap().forEach((from, to) => {
      for (const part of partsInRange(doc, from, to)) parts.add(part);
    });
  });
  return [...parts];
}
