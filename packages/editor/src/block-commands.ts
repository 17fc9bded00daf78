import { addendumSchema } from '@rapporteur/document';
import { setBlockType } from 'prosemirror-commands';
import type { Node } from 'prosemirror-model';
import { type Command, TextSelection } from 'prosemirror-state';

const { paragraph, subheading, subsection, subsection_heading: subsectionHeading } = addendumSchema.nodes;

/**
 * Makes the block at the cursor a numbered (`true`) or unnumbered (`false`) paragraph: toggles a
 * paragraph's numbering, or turns a sub-heading back into a paragraph. Numbers themselves follow.
 */
export function setParagraphNumbered(numbered: boolean): Command {
  return (state, dispatch) => {
    const { $from, $to } = state.selection;
    if (!$from.sameParent($to)) return setBlockType(paragraph, { numbered })(state, dispatch);
    const block = $from.parent;
    if (block.type === paragraph) {
      if (block.attrs.numbered === numbered) return false;
      if (dispatch) dispatch(state.tr.setNodeAttribute($from.before(), 'numbered', numbered));
      return true;
    }
    if (block.type !== subheading) return false;
    if (dispatch) {
      const tr = state.tr.setNodeMarkup($from.before(), paragraph, { id: block.attrs.id, numbered });
      dispatch(tr);
    }
    return true;
  };
}

/** Turns the paragraph at the cursor into an unnumbered sub-heading (keeping its id). */
export const toSubheading: Command = (state, dispatch) => {
  const { $from } = state.selection;
  if ($from.parent.type !== paragraph) return false;
  if (!$from.node(-1).canReplaceWith($from.index(-1), $from.index(-1) + 1, subheading)) return false;
  if (dispatch) dispatch(state.tr.setNodeMarkup($from.before(), subheading, { id: $from.parent.attrs.id }));
  return true;
};

/**
 * Starts a new numbered sub-heading (1., 2., …) in the section at the cursor: after the
 * sub-section the cursor is in, or after the section's last block. The cursor goes into the new
 * heading.
 */
export const insertSubsection: Command = (state, dispatch) => {
  const { $from } = state.selection;
  let sectionDepth = -1;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if ($from.node(depth).type.name === 'section') sectionDepth = depth;
  }
  if (sectionDepth < 0) return false;
  const section = $from.node(sectionDepth);
  const inSubsection = $from.depth > sectionDepth && $from.node(sectionDepth + 1).type === subsection;
  const index = inSubsection ? $from.index(sectionDepth) + 1 : firstSubsectionIndex(section);
  const node = subsection.create({ id: '' }, subsectionHeading.create());
  if (!section.canReplaceWith(index, index, subsection)) return false;
  if (dispatch) {
    let pos = $from.start(sectionDepth);
    for (let i = 0; i < index; i += 1) pos += section.child(i).nodeSize;
    const tr = state.tr.insert(pos, node);
    tr.setSelection(TextSelection.create(tr.doc, pos + 2));
    dispatch(tr.scrollIntoView());
  }
  return true;
};

function firstSubsectionIndex(section: Node): number {
  for (let i = 0; i < section.childCount; i += 1) {
    if (section.child(i).type === subsection) return i;
  }
  return section.childCount;
}

/** Inserts a cross-reference to the paragraph with this id at the cursor ("see paragraph 14"). */
export function insertCrossReference(targetId: string): Command {
  return (state, dispatch) => {
    const node = addendumSchema.nodes.cross_reference.create({ target: targetId });
    const { $from } = state.selection;
    if (!$from.parent.canReplaceWith($from.index(), $from.index(), node.type)) return false;
    if (dispatch) dispatch(state.tr.replaceSelectionWith(node, false).scrollIntoView());
    return true;
  };
}

/** Inserts a document symbol as a linked symbol node at the cursor (the picker's action). */
export function insertSymbol(symbol: string): Command {
  return (state, dispatch) => {
    const node = addendumSchema.nodes.symbol.create({ symbol });
    const { $from } = state.selection;
    if (!$from.parent.canReplaceWith($from.index(), $from.index(), node.type)) return false;
    if (dispatch) dispatch(state.tr.replaceSelectionWith(node, false).scrollIntoView());
    return true;
  };
}

/**
 * Enter at the very start of a paragraph or sub-heading with text: a new empty paragraph goes
 * before it and the cursor stays with the text, so the text keeps its id (and every
 * cross-reference to it still points at it) while its number moves down by one.
 */
export const insertParagraphBefore: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  const block = $from.parent;
  if (!empty || $from.parentOffset !== 0 || block.content.size === 0) return false;
  if (block.type !== paragraph && block.type !== subheading) return false;
  const numbered = block.type === paragraph ? block.attrs.numbered : true;
  const node = paragraph.create({ id: '', numbered });
  if (!$from.node(-1).canReplaceWith($from.index(-1), $from.index(-1), paragraph)) return false;
  if (dispatch) dispatch(state.tr.insert($from.before(), node).scrollIntoView());
  return true;
};

const headings = new Set(['title', 'section_heading', 'subsection_heading']);

/**
 * Enter in the title or in a section's or sub-section's heading: a new numbered paragraph right
 * after the heading, with the cursor in it. The heading is never split: ProseMirror's default
 * split would move the heading's text (all of it, from its start) into a numbered paragraph and
 * leave the title or heading empty.
 */
export const paragraphAfterHeading: Command = (state, dispatch) => {
  const { $from, $to } = state.selection;
  if (!headings.has($from.parent.type.name) || !$from.sameParent($to)) return false;
  const index = $from.index(-1) + 1;
  if (!$from.node(-1).canReplaceWith(index, index, paragraph)) return false;
  if (dispatch) {
    const after = $from.after();
    const tr = state.tr.insert(after, paragraph.create({ id: '', numbered: true }));
    dispatch(tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView());
  }
  return true;
};
