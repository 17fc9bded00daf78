import { TextSelection, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/**
 * The transaction, carrying the selection the browser shows when ProseMirror has not read it yet.
 *
 * A click moves the browser's selection at once, but ProseMirror reads it only on the
 * `selectionchange` event that follows. A transaction that does not set the selection itself (other
 * people's steps and carets, a part marked ready, anything the page dispatches) and arrives in
 * between keeps the state's old selection, and the view then writes that old selection back over
 * the click: on an editor just opened, the caret jumps to the start of the document. So before
 * such a transaction is applied, a text selection the browser holds inside the focused editor that
 * differs from the state's is taken into the transaction (mapped through its steps). A selection
 * ProseMirror has read already matches the state, and then nothing changes.
 */
export function withBrowserSelection(view: EditorView, tr: Transaction): Transaction {
  if (tr.selectionSet || view.composing || !view.hasFocus()) return tr;
  if (!(view.state.selection instanceof TextSelection)) return tr;
  const shown = view.dom.ownerDocument.getSelection();
  if (!shown?.anchorNode || !shown.focusNode) return tr;
  if (!view.dom.contains(shown.anchorNode) || !view.dom.contains(shown.focusNode)) return tr;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(shown.anchorNode, shown.anchorOffset, 1);
    head = view.posAtDOM(shown.focusNode, shown.focusOffset, 1);
  } catch {
    return tr;
  }
  const { selection } = view.state;
  if (anchor === selection.anchor && head === selection.head) return tr;
  const size = view.state.doc.content.size;
  if (anchor < 0 || head < 0 || anchor > size || head > size) return tr;
  const $anchor = tr.doc.resolve(tr.mapping.map(anchor));
  const $head = tr.doc.resolve(tr.mapping.map(head));
  return tr.setSelection(TextSelection.between($anchor, $head));
}

/**
 * Takes the selection the browser shows into the editor's state before a key is handled, when
 * ProseMirror has not read it yet. A key that moves the caret natively (Home, End, the arrows) moves
 * the browser's selection at once, but ProseMirror hears of it only on the `selectionchange` event,
 * a task the browser may run after the next key's events when it is busy. Home then Enter would
 * split the paragraph where the caret was before Home; with this, every key acts where the drafter
 * sees the caret.
 */
export function takeBrowserSelection(view: EditorView): void {
  const tr = withBrowserSelection(view, view.state.tr);
  if (tr.selectionSet) view.dispatch(tr);
}
