import { Fragment, type Node } from 'prosemirror-model';
import { hasBlockId } from './block-ids.js';

/** How a drafter settles one conflicting block: keep yours, keep theirs, or keep both (yours first). */
export type MergeChoice = 'ours' | 'theirs' | 'both';

/** One block both sides changed differently (or one changed and the other deleted). */
export interface MergeConflict {
  /** The block's id, or a key like "title" or "<section id>/heading" for blocks without one. */
  readonly key: string;
  /** The block in your version, null when you deleted it. */
  readonly ours: Node | null;
  /** The block in their version, null when they deleted it. */
  readonly theirs: Node | null;
  /** Whether both can be kept side by side (not for a title or a heading, of which there is one). */
  readonly canKeepBoth: boolean;
}

/** Two versions of a document lined up block by block by their stable ids. */
export interface DocumentMerge {
  /** The blocks that need the drafter's choice, in document order. */
  readonly conflicts: readonly MergeConflict[];
  /** How many changed blocks were taken from each side without asking. */
  readonly automatic: { readonly ours: number; readonly theirs: number };
  /**
   * The merged document with these choices; a conflict without a choice keeps both where it can
   * and yours otherwise, so no text is lost until the drafter says so.
   */
  build(choices: ReadonlyMap<string, MergeChoice>, newId: () => string): Node;
}

/**
 * Merges your edits with someone else's saved version, paragraph by paragraph through stable ids:
 * a block changed on one side only (against the common `base`, when known) is taken from that side;
 * a block changed on both sides, or changed on one and deleted on the other, is a conflict the
 * drafter settles. Blocks added on either side are kept in place. Without a base, every block that
 * differs is a conflict. Either side's text is discarded only by the drafter's explicit choice.
 */
export function mergeDocuments(base: Node | null, ours: Node, theirs: Node): DocumentMerge {
  const conflicts: MergeConflict[] = [];
  const automatic = { ours: 0, theirs: 0 };
  const baseIndex = base ? indexByKey(base) : new Map<string, Node>();
  type Plan = (choices: ReadonlyMap<string, MergeChoice>, newId: () => string) => Node[];

  const leaf = (
    key: string,
    mine: Node | null,
    other: Node | null,
    was: Node | null,
    single: boolean,
  ): Plan => {
    if (mine && other && mine.eq(other)) return () => [mine];
    if (was) {
      if (mine?.eq(was)) {
        automatic.theirs += 1;
        return () => (other ? [other] : []);
      }
      if (other?.eq(was)) {
        automatic.ours += 1;
        return () => (mine ? [mine] : []);
      }
    } else if (base && (!mine || !other)) {
      // Added on one side since the base: keep it.
      if (mine) automatic.ours += 1;
      else automatic.theirs += 1;
      return () => [(mine ?? other)!];
    }
    conflicts.push({ key, ours: mine, theirs: other, canKeepBoth: !single });
    return (choices, newId) => {
      const choice = choices.get(key) ?? (single ? 'ours' : 'both');
      if (choice === 'ours') return mine ? [mine] : single && other ? [other] : [];
      if (choice === 'theirs') return other ? [other] : single && mine ? [mine] : [];
      const kept = [mine, other].filter((node): node is Node => node !== null);
      return kept.length === 2 ? [kept[0]!, withNewIds(kept[1]!, newId)] : kept;
    };
  };

  const node = (key: string, mine: Node | null, other: Node | null, single: boolean): Plan => {
    const was = baseIndex.get(key) ?? null;
    const container =
      mine &&
      other &&
      mine.type === other.type &&
      !mine.isTextblock &&
      !mine.isLeaf &&
      hasIdChildren(mine, other);
    if (!container) return leaf(key, mine, other, was, single);
    const attrs = was && mine.hasMarkup(was.type, was.attrs) ? other.attrs : mine.attrs;
    const plans = children(key, mine, other);
    return (choices, newId) => [
      mine.type.create(attrs, Fragment.from(plans.flatMap((plan) => plan(choices, newId)))),
    ];
  };

  const children = (parentKey: string, mine: Node, other: Node): Plan[] => {
    const keyOf = (child: Node, index: number) => childKey(parentKey, child, index);
    const mineKeys: string[] = [];
    const mineNodes = new Map<string, Node>();
    mine.forEach((child, _offset, index) => {
      const key = keyOf(child, index);
      mineKeys.push(key);
      mineNodes.set(key, child);
    });
    const otherNodes = new Map<string, Node>();
    const order = [...mineKeys];
    let after = -1;
    other.forEach((child, _offset, index) => {
      const key = keyOf(child, index);
      otherNodes.set(key, child);
      const at = order.indexOf(key);
      if (at >= 0) after = at;
      else {
        order.splice(after + 1, 0, key);
        after += 1;
      }
    });
    return order.map((key) => {
      const single = !hasBlockId((mineNodes.get(key) ?? otherNodes.get(key))!);
      return node(key, mineNodes.get(key) ?? null, otherNodes.get(key) ?? null, single);
    });
  };

  const plan = node('doc', ours, theirs, true);
  return {
    conflicts,
    automatic,
    build: (choices, newId) => plan(choices, newId)[0]!,
  };
}

function hasIdChildren(a: Node, b: Node): boolean {
  let found = false;
  for (const parent of [a, b]) {
    parent.forEach((child) => {
      if (hasBlockId(child)) found = true;
    });
  }
  return found || a.type.name === 'doc';
}

/** The merge key of a child: its id, or its place under its parent for blocks without one. */
function childKey(parentKey: string, child: Node, index: number): string {
  return hasBlockId(child) && child.attrs.id
    ? String(child.attrs.id)
    : `${parentKey}/${child.type.name}#${index}`;
}

function indexByKey(doc: Node): Map<string, Node> {
  const index = new Map<string, Node>([['doc', doc]]);
  const visit = (parent: Node, parentKey: string) => {
    parent.forEach((child, _offset, i) => {
      const key = childKey(parentKey, child, i);
      index.set(key, child);
      if (!child.isTextblock && !child.isLeaf) visit(child, key);
    });
  };
  visit(doc, 'doc');
  return index;
}

function withNewIds(node: Node, newId: () => string): Node {
  if (node.isTextblock || node.isLeaf) {
    return hasBlockId(node)
      ? node.type.create({ ...node.attrs, id: newId() }, node.content, node.marks)
      : node;
  }
  const content: Node[] = [];
  node.forEach((child) => {
    content.push(withNewIds(child, newId));
  });
  const attrs = hasBlockId(node) ? { ...node.attrs, id: newId() } : node.attrs;
  return node.type.create(attrs, content, node.marks);
}
