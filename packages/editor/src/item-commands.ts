import { addendumSchema, maxItemDepth } from '@rapporteur/document';
import { Fragment, type Node, type NodeRange } from 'prosemirror-model';
import { type Command, type EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { canSplit } from 'prosemirror-transform';

const { item_list: itemList, item, item_text: itemText, paragraph } = addendumSchema.nodes;

/** The range of whole items the selection covers, in the innermost item list around it. */
function itemRange(state: EditorState): NodeRange | null {
  const { $from, $to } = state.selection;
  return $from.blockRange($to, (node) => node.type === itemList);
}

/** How deep (0 for (a), 1 for (i), …) the item list at this depth of a resolved position is. */
function listLevel(range: NodeRange): number {
  let level = 0;
  for (let depth = range.depth - 1; depth > 0; depth -= 1) {
    if (range.$from.node(depth).type === itemList) level += 1;
  }
  return level;
}

function deepestListBelow(node: Node): number {
  let deepest = 0;
  node.descendants((child) => {
    if (child.type !== itemList) return !child.isTextblock;
    let depth = 1;
    child.descendants((inner) => {
      if (inner.type === itemList) depth += 1;
      return !inner.isTextblock;
    });
    deepest = Math.max(deepest, depth);
    return false;
  });
  return deepest;
}

/**
 * Tab on items: moves the selected items one level down — (b) becomes (i) under (a) — appending
 * them to the previous item's sub-list (made when it has none). Refused for the first item of a
 * list and below the fourth level ((a) → (i) → a. → i.), the UN Editorial Manual's deepest.
 */
export const sinkItem: Command = (state, dispatch) => {
  const range = itemRange(state);
  if (!range || range.startIndex === 0) return false;
  const list = range.parent;
  const moving: Node[] = [];
  for (let i = range.startIndex; i < range.endIndex; i += 1) moving.push(list.child(i));
  const deepestMoved = Math.max(...moving.map(deepestListBelow));
  if (listLevel(range) + 1 + deepestMoved >= maxItemDepth) return false;
  if (!dispatch) return true;
  const previous = list.child(range.startIndex - 1);
  const previousStart = range.start - previous.nodeSize;
  const sublist = previous.lastChild?.type === itemList ? previous.lastChild : null;
  let newPrevious: Node;
  let movedStart: number;
  if (sublist) {
    newPrevious = previous.copy(
      previous.content.replaceChild(
        previous.childCount - 1,
        sublist.copy(sublist.content.append(Fragment.from(moving))),
      ),
    );
    movedStart = previousStart + 1 + (previous.content.size - sublist.nodeSize) + 1 + sublist.content.size;
  } else {
    newPrevious = previous.copy(previous.content.addToEnd(itemList.create({ id: '' }, moving)));
    movedStart = previousStart + 1 + previous.content.size + 1;
  }
  const delta = movedStart - range.start;
  const { from, to } = state.selection;
  const tr = state.tr.replaceWith(previousStart, range.end, newPrevious);
  tr.setSelection(TextSelection.create(tr.doc, from + delta, to + delta));
  dispatch(tr.scrollIntoView());
  return true;
};

/**
 * Shift-Tab on items: moves the selected items one level up — (i) under (a) becomes (b) — placing
 * them after their parent item; the items that followed them in their list go with them, as their
 * sub-items. Refused at the top level ((a) cannot go higher).
 */
export const liftItem: Command = (state, dispatch) => {
  const range = itemRange(state);
  if (!range) return false;
  const parentItem = range.$from.node(range.depth - 1);
  if (parentItem?.type !== item) return false;
  if (!dispatch) return true;
  const list = range.parent;
  const parentStart = range.$from.before(range.depth - 1);
  const lifted: Node[] = [];
  for (let i = range.startIndex; i < range.endIndex; i += 1) lifted.push(list.child(i));
  const following: Node[] = [];
  for (let i = range.endIndex; i < list.childCount; i += 1) following.push(list.child(i));
  if (following.length > 0) {
    const last = lifted.pop()!;
    const ownList = last.lastChild?.type === itemList ? last.lastChild : null;
    const content = ownList
      ? last.content.replaceChild(
          last.childCount - 1,
          ownList.copy(ownList.content.append(Fragment.from(following))),
        )
      : last.content.addToEnd(itemList.create({ id: '' }, following));
    lifted.push(last.copy(content));
  }
  const kept: Node[] = [];
  for (let i = 0; i < range.startIndex; i += 1) kept.push(list.child(i));
  const keptContent =
    kept.length > 0
      ? parentItem.content.replaceChild(parentItem.childCount - 1, list.copy(Fragment.from(kept)))
      : parentItem.content.cut(0, parentItem.content.size - list.nodeSize);
  const newParent = parentItem.copy(keptContent);
  const delta = parentStart + newParent.nodeSize - range.start;
  const { from, to } = state.selection;
  const tr = state.tr.replaceWith(parentStart, parentStart + parentItem.nodeSize, [newParent, ...lifted]);
  tr.setSelection(TextSelection.create(tr.doc, from + delta, to + delta));
  dispatch(tr.scrollIntoView());
  return true;
};

/**
 * Enter in an item: splits it into two items at the cursor. In an empty item, lifts it a level,
 * or (at the top level) ends the list with a numbered paragraph in its place.
 */
export const splitItem: Command = (state, dispatch) => {
  const { $from, $to } = state.selection;
  if ($from.parent.type !== itemText || !$from.sameParent($to)) return false;
  if ($from.parent.content.size === 0 && $from.node(-1).childCount === 1) {
    return liftItem(state, dispatch) || leaveItems(state, dispatch);
  }
  const tr = state.tr.deleteSelection();
  const pos = tr.selection.from;
  const types = [{ type: item, attrs: { id: '' } }, { type: itemText }];
  if (!canSplit(tr.doc, pos, 2, types)) return false;
  if (dispatch) dispatch(tr.split(pos, 2, types).scrollIntoView());
  return true;
};

/** Ends a top-level list at an empty last item: the item goes, a numbered paragraph follows the list. */
const leaveItems: Command = (state, dispatch) => {
  const { $from } = state.selection;
  const itemDepth = $from.depth - 1;
  const list = $from.node(itemDepth - 1);
  if (list.type !== itemList || $from.index(itemDepth - 1) !== list.childCount - 1) return false;
  if (dispatch) {
    const listStart = $from.before(itemDepth - 1);
    const replacement = paragraph.create({ id: '', numbered: true });
    const tr = state.tr;
    if (list.childCount === 1) {
      tr.replaceWith(listStart, listStart + list.nodeSize, replacement);
      tr.setSelection(TextSelection.create(tr.doc, listStart + 1));
    } else {
      const itemStart = $from.before(itemDepth);
      const listEnd = listStart + list.nodeSize;
      tr.insert(listEnd, replacement).delete(itemStart, itemStart + $from.node(itemDepth).nodeSize);
      tr.setSelection(TextSelection.create(tr.doc, listEnd - $from.node(itemDepth).nodeSize + 1));
    }
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/**
 * Turns the paragraph at the cursor into a lettered item, joining the list just before it if
 * there is one, so "(a)", "(b)", … follow on.
 */
export const paragraphToItem: Command = (state, dispatch) => {
  const tr = state.tr;
  if (!paragraphToItemIn(tr)) return false;
  if (dispatch) dispatch(tr.scrollIntoView());
  return true;
};

/** Applies {@link paragraphToItem} to a transaction at its selection; false when it cannot. */
export function paragraphToItemIn(tr: Transaction): boolean {
  const { $from } = tr.selection;
  if ($from.parent.type !== paragraph) return false;
  const container = $from.node(-1);
  const index = $from.index(-1);
  const newItem = item.create({ id: '' }, itemText.create(null, $from.parent.content));
  const before = index > 0 ? container.child(index - 1) : null;
  const start = $from.before();
  const end = $from.after();
  const offset = $from.parentOffset;
  if (before?.type === itemList) {
    if (!container.canReplace(index - 1, index + 1, Fragment.from(before))) return false;
    tr.replaceWith(start - before.nodeSize, end, before.copy(before.content.addToEnd(newItem)));
    tr.setSelection(TextSelection.create(tr.doc, start + 1 + offset));
    return true;
  }
  if (!container.canReplaceWith(index, index + 1, itemList)) return false;
  tr.replaceWith(start, end, itemList.create({ id: '' }, newItem));
  tr.setSelection(TextSelection.create(tr.doc, start + 3 + offset));
  return true;
}
