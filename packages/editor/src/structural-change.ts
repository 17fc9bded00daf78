import type { Node, Slice } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from 'prosemirror-transform';

/**
 * Whether a transaction changes the document's structure — anything numbering, ids or template
 * locks depend on — rather than only text and marks inside one textblock. Typing, deleting text
 * and toggling emphasis are not structural; splitting, joining, moving, retyping blocks, changing
 * attributes and inserting or removing inline atoms (symbols, cross-references, footnotes) are.
 * Plugins use it to recompute only when the structure moves and to map their state otherwise.
 */
export function changesStructure(tr: Transaction): boolean {
  if (!tr.docChanged) return false;
  for (let i = 0; i < tr.steps.length; i += 1) {
    const step = tr.steps[i]!;
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) continue;
    if (!(step instanceof ReplaceStep)) return true;
    if (!isTextEdit(tr.docs[i]!, step.from, step.to, step.slice)) return true;
  }
  return false;
}

function isTextEdit(doc: Node, from: number, to: number, slice: Slice): boolean {
  if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
  const $from = doc.resolve(from);
  if (!$from.parent.isTextblock) return false;
  if (to !== from) {
    const $to = doc.resolve(to);
    if (!$from.sameParent($to)) return false;
    let onlyText = true;
    doc.nodesBetween(from, to, (node) => {
      if (node !== $from.parent && !node.isText) onlyText = false;
      return onlyText;
    });
    if (!onlyText) return false;
  }
  let insertsOnlyText = true;
  slice.content.forEach((node) => {
    if (!node.isText) insertsOnlyText = false;
  });
  return insertsOnlyText;
}
