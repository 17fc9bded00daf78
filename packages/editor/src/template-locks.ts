import type { DocumentPart, NodeName } from '@rapporteur/document';
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
 * Enforces a template's structure: a transaction that deletes a required heading, edits the
 * wording of a locked heading, or puts a block where the part's section may not hold it is
 * refused (the document stays as it was), and `onRefused` hears why, so the editor can say so.
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
  if (
    touchesLockedHeading(tr, structure.lockedHeadingIds) &&
    changesLockedHeading(tr, structure.lockedHeadingIds)
  ) {
    return { message: 'This heading comes from the template; its wording cannot be changed here.' };
  }
  if (!changesStructure(tr)) return null;
  const present = new Set<string>();
  let misplaced: { type: NodeName; part: DocumentPart } | null = null;
  tr.doc.forEach((block) => {
    if (block.type.name !== 'section') return;
    present.add(String(block.attrs.id));
    const part = block.attrs.part as DocumentPart | null;
    block.forEach((child) => {
      if (child.type.name === 'subsection') present.add(String(child.attrs.id));
      if (part !== null && !misplaced) misplaced = misplacedIn(child, part, structure);
    });
  });
  for (const id of structure.requiredIds) {
    if (!present.has(id)) {
      return { message: 'This heading is required by the template and cannot be deleted.' };
    }
  }
  if (misplaced !== null) {
    const { type, part } = misplaced as { type: NodeName; part: DocumentPart };
    return {
      message: `The template does not allow a ${type.replace('_', ' ')} in the ${part === 'actionTaken' ? 'action taken' : 'deliberations'}.`,
    };
  }
  return null;
}

function misplacedIn(
  child: Node,
  part: DocumentPart,
  structure: TemplateStructure,
): { type: NodeName; part: DocumentPart } | null {
  const allowed = structure.allowedBlocks[part];
  const name = child.type.name as NodeName;
  if (!allowed.has(name)) return { type: name, part };
  if (name !== 'subsection') return null;
  let found: { type: NodeName; part: DocumentPart } | null = null;
  child.forEach((grandchild) => {
    const inner = grandchild.type.name as NodeName;
    if (!found && inner !== 'subsection_heading' && inner !== 'subheading' && !allowed.has(inner)) {
      found = { type: inner, part };
    }
  });
  return found;
}

/** Whether a step changes text inside the heading of a section or sub-section whose wording is locked. */
function touchesLockedHeading(tr: Transaction, locked: ReadonlySet<string>): boolean {
  if (locked.size === 0) return false;
  let touches = false;
  tr.steps.forEach((step, i) => {
    if (touches) return;
    const doc = tr.docs[i]!;
    step.getMap().forEach((from, to) => {
      if (touches) return;
      for (const pos of [from, to]) {
        const $pos = doc.resolve(pos);
        for (let depth = $pos.depth; depth > 0; depth -= 1) {
          const node = $pos.node(depth);
          const isHeading = node.type.name === 'section_heading' || node.type.name === 'subsection_heading';
          if (isHeading && locked.has(String($pos.node(depth - 1).attrs.id))) touches = true;
        }
      }
    });
  });
  return touches;
}

/** Whether the wording of a locked heading differs between the document before and after. */
function changesLockedHeading(tr: Transaction, locked: ReadonlySet<string>): boolean {
  const before = lockedHeadings(tr.before, locked);
  const after = lockedHeadings(tr.doc, locked);
  for (const [id, heading] of before) {
    const now = after.get(id);
    if (now !== undefined && !now.eq(heading)) return true;
  }
  return false;
}

function lockedHeadings(doc: Node, locked: ReadonlySet<string>): Map<string, Node> {
  const headings = new Map<string, Node>();
  const visit = (node: Node) => {
    if (node.type.name !== 'section' && node.type.name !== 'subsection') return;
    const id = String(node.attrs.id);
    if (locked.has(id)) headings.set(id, node.firstChild!);
    if (node.type.name === 'section') node.forEach(visit);
  };
  doc.forEach(visit);
  return headings;
}
