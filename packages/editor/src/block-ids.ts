import { Fragment, type Node, Slice } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { changesStructure } from './structural-change.js';

/** Makes a new block id; injected so that tests are deterministic and the browser can use UUIDs. */
export type IdSource = () => string;

/** Whether a node of this type carries a stable id (every block the numbering or merging follows). */
export function hasBlockId(node: Node): boolean {
  const attrs = node.type.spec.attrs;
  return attrs !== undefined && 'id' in attrs;
}

/** The key of the block id plugin. */
export const blockIdsKey = new PluginKey('rapporteur-block-ids');

/**
 * Keeps every block's id present and unique, because cross-references, merging and language
 * alignment follow ids: after a structural change (a split copies its block's id; a new block has
 * none), the first block in document order keeps an id and every later duplicate or empty one
 * gets a fresh id from `newId`. The fix is appended to the same undo step.
 */
export function blockIdsPlugin(newId: IdSource): Plugin {
  return new Plugin({
    key: blockIdsKey,
    appendTransaction(transactions, _old, state) {
      if (!transactions.some(changesStructure)) return null;
      const seen = new Set<string>();
      const fixes: Array<{ pos: number }> = [];
      state.doc.descendants((node, pos) => {
        if (node.isTextblock && !hasBlockId(node)) return false;
        if (!hasBlockId(node)) return true;
        const id = String(node.attrs.id ?? '');
        if (id === '' || seen.has(id)) fixes.push({ pos });
        else seen.add(id);
        return !node.isTextblock;
      });
      if (fixes.length === 0) return null;
      const tr = state.tr;
      for (const { pos } of fixes) tr.setNodeAttribute(pos, 'id', freshId(newId, seen));
      return tr.setMeta('addToHistory', true);
    },
  });
}

/**
 * Gives pasted blocks fresh ids where their ids are already taken in `doc` (a copy), and keeps
 * them where they are free (a cut and paste moves a paragraph, so references to it still hold).
 */
export function withFreshIds(slice: Slice, doc: Node, newId: IdSource): Slice {
  const taken = new Set<string>();
  doc.descendants((node) => {
    if (hasBlockId(node) && node.attrs.id) taken.add(String(node.attrs.id));
    return !node.isTextblock;
  });
  const renew = (fragment: Fragment): Fragment => {
    const nodes: Node[] = [];
    fragment.forEach((node) => {
      if (node.isText || node.isLeaf) {
        nodes.push(node);
        return;
      }
      const content = node.isTextblock ? node.content : renew(node.content);
      let attrs = node.attrs;
      if (hasBlockId(node)) {
        const id = String(node.attrs.id ?? '');
        if (id === '' || taken.has(id)) attrs = { ...node.attrs, id: freshId(newId, taken) };
        taken.add(String(attrs.id));
      }
      nodes.push(node.type.create(attrs, content, node.marks));
    });
    return Fragment.from(nodes);
  };
  return new Slice(renew(slice.content), slice.openStart, slice.openEnd);
}

function freshId(newId: IdSource, taken: Set<string>): string {
  let id = newId();
  while (taken.has(id)) id = newId();
  taken.add(id);
  return id;
}
