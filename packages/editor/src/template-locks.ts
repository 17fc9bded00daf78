import { addedMisplacedBlock } from '@rapporteur/templates';
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { isCollabSync } from './collab-sync.js';
import { changesStructure } from './structural-change.js';
import type { TemplateStructure } from './template-structure.js';

/** Why the template refused a transaction, for the editor to tell the drafter. */
export interface TemplateRefusal {
  readonly message: string;
}

/** The key of the template lock plugin. */
export const templateLocksKey = new PluginKey('rapporteur-template-locks');

/**
 * Enforces a template's structure: a transaction that deletes a block the template locks, edits
 * the wording of a locked heading or the text of another locked block, or puts a block where the
 * part's section may not hold it is refused (the document stays as it was), and `onRefused` hears why, so the editor can say so.
 */
export function templateLocksPlugin(
  structure: TemplateStructure,
  onRefused: (refusal: TemplateRefusal) => void = () => {},
): Plugin {
  return new Plugin({
    key: templateLocksKey,
    filterTransaction(tr) {
      // The authority's steps and the drafter's kept edits always pass (see isCollabSync).
      if (isCollabSync(tr)) return true;
      const refusal = templateRefusal(tr, structure);
      if (refusal) onRefused(refusal);
      return refusal === null;
    },
  });
}

/** Why a transaction breaks the template, or null when it keeps to it. */
export function templateRefusal(tr: Transaction, structure: TemplateStructure): TemplateRefusal | null {
  if (!tr.docChanged) return null;
  const structural = changesStructure(tr);
  if (structural || touchesLocked(tr, structure)) {
    const changed = changedLocked(tr, structure);
    if (changed === 'heading') {
      return { message: 'This heading comes from the template; its wording cannot be changed here.' };
    }
    if (changed === 'block') {
      return { message: 'This text comes from the template; it cannot be changed here.' };
    }
  }
  if (!structural) return null;
  const present = new Set<string>();
  const misplaced = structure.containment && addedMisplacedBlock(tr.before, tr.doc, structure.containment);
  if (structure.requiredIds.size > 0) {
    tr.doc.descendants((node) => {
      if (typeof node.attrs.id === 'string') present.add(node.attrs.id);
      return !node.isTextblock;
    });
  }
  for (const id of structure.requiredIds) {
    if (!present.has(id)) {
      return { message: 'This heading or text is required by the template and cannot be deleted.' };
    }
  }
  if (misplaced) return { message: `The template does not allow ${misplaced}.` };
  return null;
}

/**
 * Whether a step changes something inside the heading of a locked section or sub-section or inside
 * another locked block (read against the document the step applied to). Cheap enough for every
 * keystroke; the comparison of the locked blocks themselves runs only when this says so.
 */
function touchesLocked(tr: Transaction, structure: TemplateStructure): boolean {
  const { lockedHeadingIds, lockedBlockIds } = structure;
  if (lockedHeadingIds.size === 0 && lockedBlockIds.size === 0) return false;
  let touches = false;
  tr.steps.forEach((step, i) => {
    if (touches) return;
    const doc = tr.docs[i]!;
    step.getMap().forEach((from, to) => {
      if (touches) return;
      for (const pos of [from, to]) {
        const $pos = doc.resolve(pos);
        for (let depth = $pos.depth; depth > 0 && !touches; depth -= 1) {
          const id = $pos.node(depth).attrs.id;
          if (typeof id !== 'string') continue;
          if (lockedBlockIds.has(id)) touches = true;
          else if (lockedHeadingIds.has(id) && depth < $pos.depth && $pos.index(depth) === 0) touches = true;
        }
      }
    });
  });
  return touches;
}

/**
 * Which kind of locked content differs between the document before and after: a heading's wording,
 * another locked block (its text, attributes or children), or neither. A locked block missing
 * afterwards is left to the required-blocks check.
 */
function changedLocked(tr: Transaction, structure: TemplateStructure): 'heading' | 'block' | null {
  const before = lockedContent(tr.before, structure);
  const after = lockedContent(tr.doc, structure);
  for (const [id, content] of before) {
    const now = after.get(id);
    if (now !== undefined && !now.eq(content))
      return structure.lockedHeadingIds.has(id) ? 'heading' : 'block';
  }
  return null;
}

/** The locked content of a document by id: the heading of each locked section or sub-section, and each other locked block whole. */
function lockedContent(doc: Node, structure: TemplateStructure): Map<string, Node> {
  const content = new Map<string, Node>();
  doc.descendants((node) => {
    const id = node.attrs.id;
    if (typeof id === 'string' && !content.has(id)) {
      if (structure.lockedHeadingIds.has(id)) content.set(id, node.firstChild!);
      else if (structure.lockedBlockIds.has(id)) content.set(id, node);
    }
    return !node.isTextblock;
  });
  return content;
}
