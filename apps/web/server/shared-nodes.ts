import { Fragment, type Node } from 'prosemirror-model';

/**
 * `after` built again so that every node equal to its counterpart in `before` is that node of
 * `before` itself, not a copy: equal to `after` (`eq`), sharing what did not change.
 *
 * A whole-document save parses the client's document into a new tree, and the server keeps the
 * latest tree of each draft (collab-document.ts). Kept as parsed, every save's tree survives garbage
 * collection whole and is copied into the old generation (~250 KB per save of the seed document);
 * sharing the unchanged nodes with the tree kept before, only the changed blocks and their parents
 * are new. Later comparisons with the kept tree (the lifecycle's parts, the template check, the step)
 * also find the shared nodes identical at once. Children are matched from both ends, so a block
 * inserted or deleted in the middle leaves those before and after it shared; a changed block whose
 * children are as many as before is shared in the same way, child by child.
 */
export function shareUnchanged(before: Node, after: Node): Node {
  if (before === after) return before;
  if (after.isLeaf || !before.sameMarkup(after)) return before.eq(after) ? before : after;
  const older = before.content;
  const newer = after.content;
  const oldCount = older.childCount;
  const newCount = newer.childCount;
  let head = 0;
  while (head < oldCount && head < newCount && older.child(head).eq(newer.child(head))) head++;
  if (head === oldCount && head === newCount) return before;
  let tail = 0;
  while (
    tail < oldCount - head &&
    tail < newCount - head &&
    older.child(oldCount - 1 - tail).eq(newer.child(newCount - 1 - tail))
  ) {
    tail++;
  }
  const children: Node[] = [];
  for (let i = 0; i < head; i++) children.push(older.child(i));
  const pairwise = oldCount === newCount;
  for (let i = head; i < newCount - tail; i++) {
    children.push(pairwise ? shareUnchanged(older.child(i), newer.child(i)) : newer.child(i));
  }
  for (let i = oldCount - tail; i < oldCount; i++) children.push(older.child(i));
  return before.copy(Fragment.fromArray(children));
}
