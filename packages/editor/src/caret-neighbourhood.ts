import type { Node, ResolvedPos } from 'prosemirror-model';
import { type EditorState, Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** The class of the blocks around the caret, which the editor's styles always draw. */
export const nearCaretClass = 'rp-near-caret';

/** How many blocks before and after the caret's block are kept drawn. */
const reach = 2;

const nearCaretKey = new PluginKey<DecorationSet>('rapporteur-near-caret');

/**
 * Keeps the blocks around the caret drawn, whatever their distance from the screen.
 *
 * The editor's styles draw blocks only near the screen (`content-visibility: auto`), and a browser
 * decides that for a block only when it next draws a frame: until then a block just inserted
 * counts as far away, and the caret cannot go into it. A drafter who presses Enter at the start of
 * a paragraph and then ArrowUp before the next frame (a busy machine, keys queued behind other work)
 * would land in the heading above and type there. Blocks next to the caret carry
 * {@link nearCaretClass}, which the styles exclude from `content-visibility`, so the block Enter
 * opens is drawn in the same update that inserts it.
 */
export function caretNeighbourhoodPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: nearCaretKey,
    state: {
      init: (_, state) => nearCaretDecorations(state),
      apply: (tr, set, _, state) => (tr.docChanged || tr.selectionSet ? nearCaretDecorations(state) : set),
    },
    props: {
      decorations: (state) => nearCaretKey.getState(state),
    },
  });
}

/** Node decorations for the blocks within {@link reach} of the selection's ends. */
function nearCaretDecorations(state: EditorState): DecorationSet {
  const { $from, $to } = state.selection;
  const starts = new Set<number>();
  collectNear($from, starts);
  collectNear($to, starts);
  const decorations: Decoration[] = [];
  for (const start of starts) {
    const node = state.doc.nodeAt(start);
    if (node) decorations.push(Decoration.node(start, start + node.nodeSize, { class: nearCaretClass }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Adds the start positions of the blocks around `$pos` at the level the styles draw lazily: the
 * document's own blocks, or inside a section the section's blocks and sub-sections. A sub-section
 * is kept drawn only when the caret is in it: one holds hundreds of paragraphs, and drawing the
 * neighbouring ones in every frame doubled a keystroke's work in the typing bench (a new
 * sub-section gets the caret, and one that was there already was drawn if near the screen).
 */
function collectNear($pos: ResolvedPos, starts: Set<number>): void {
  const top: Node | null = $pos.depth >= 1 ? $pos.node(1) : null;
  const depth = top?.type.name === 'section' ? 1 : 0;
  const parent = $pos.node(depth);
  const index = $pos.index(depth);
  const last = Math.min(parent.childCount - 1, index + reach);
  for (let i = Math.max(0, index - reach); i <= last; i += 1) {
    if (i !== index && parent.child(i).type.name === 'subsection') continue;
    starts.add($pos.posAtIndex(i, depth));
  }
}
