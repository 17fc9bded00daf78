import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { Step } from 'prosemirror-transform';

/** The meta flag of a transaction that puts back edits kept in the browser or merged by the drafter. */
export const keptEditsMeta = 'rapporteur-kept-edits';

/**
 * Whether a transaction brings the authority's steps (prosemirror-collab's receiveTransaction marks
 * them `rebased`) or puts back the drafter's own kept or merged edits. The editor's guards (template
 * locks, read-only parts) let these through: refusing the authority's steps would leave this editor
 * on another text than everyone else's, and refusing kept edits would lose typing silently (the
 * server refuses them with its reason instead, and the text stays visible to copy).
 */
export function isCollabSync(tr: Transaction): boolean {
  return tr.getMeta('rebased') !== undefined || tr.getMeta(keptEditsMeta) === true;
}

/** Replays kept steps on the state as local (unconfirmed) edits; a step that no longer applies is skipped. */
export function restoreTransaction(state: EditorState, steps: readonly Step[]): Transaction {
  const tr = state.tr;
  for (const step of steps) tr.maybeStep(step);
  return tr.setMeta(keptEditsMeta, true).setMeta('addToHistory', false);
}

/**
 * Turns the editor's document into `doc` with one replacement of the range where they differ, as a
 * local edit (so it is sent as steps, and positions outside the range keep their meaning).
 */
export function replaceDocumentTransaction(state: EditorState, doc: Node): Transaction {
  const tr = state.tr;
  const start = state.doc.content.findDiffStart(doc.content);
  if (start !== null) {
    let { a: endA, b: endB } = state.doc.content.findDiffEnd(doc.content)!;
    const overlap = start - Math.min(endA, endB);
    if (overlap > 0) {
      endA += overlap;
      endB += overlap;
    }
    tr.replace(start, endA, doc.slice(start, endB));
  }
  return tr.setMeta(keptEditsMeta, true);
}

/**
 * The text of every block that differs between the confirmed and the local document, one block a
 * line: what the drafter copies when the server refuses their edits.
 */
export function unsentText(confirmed: Node, local: Node): string {
  const start = confirmed.content.findDiffStart(local.content);
  if (start === null) return '';
  const { a: endA, b: endB } = confirmed.content.findDiffEnd(local.content)!;
  const end = endB + Math.max(0, start - Math.min(endA, endB));
  const lines: string[] = [];
  local.nodesBetween(start, Math.min(local.content.size, Math.max(start + 1, end)), (node) => {
    if (!node.isTextblock) return true;
    if (node.textContent !== '') lines.push(node.textContent);
    return false;
  });
  return lines.join('\n');
}
