import type { Node } from 'prosemirror-model';

const checked = new WeakSet<Node>();

/**
 * Records that every node of `doc` was checked against the schema's content rules (as
 * `readDocumentJson` does while it builds a document). Nodes never change, so `validate` need not
 * check the same document's content again.
 */
export function markContentChecked(doc: Node): void {
  checked.add(doc);
}

/** Whether every node of `doc` is known to hold content its schema allows (see `markContentChecked`). */
export function isContentChecked(doc: Node): boolean {
  return checked.has(doc);
}
