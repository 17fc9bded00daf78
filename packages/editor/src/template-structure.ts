import type { TemplateContainment } from '@rapporteur/templates';
import type { Node } from 'prosemirror-model';

/**
 * What a template fixes about a document's structure, as data (after LEOS's structure
 * configuration): the blocks that must stay, the headings whose wording is fixed, the blocks whose
 * text is fixed, and which blocks the introduction and each part's section may hold.
 */
export interface TemplateStructure {
  /** Ids of blocks that cannot be deleted: every block the template locks. */
  readonly requiredIds: ReadonlySet<string>;
  /** Ids of sections and sub-sections whose heading text cannot be changed. */
  readonly lockedHeadingIds: ReadonlySet<string>;
  /** Ids of other blocks (paragraphs, quotes, lists, items) whose content cannot be changed. */
  readonly lockedBlockIds: ReadonlySet<string>;
  /**
   * Where the template lets each kind of block go (its containment rules); null when the draft has
   * no template (then only the schema limits where blocks go).
   */
  readonly containment: TemplateContainment | null;
}

/**
 * The structure the editor enforces for a draft, from the ids of the blocks its template locks as
 * the server keeps them with the draft (`lockedIds` of GET /api/drafts/:id): a locked section or
 * sub-section cannot be deleted and its heading's wording is fixed; any other locked block (the
 * generated introduction: the meetings paragraph, the quoted agenda item, the list of documents)
 * cannot be deleted and its text is fixed. Ids that are no longer in the document are left out, so
 * a block deleted before cannot hold every later edit up. Where blocks may go comes from the
 * template's containment rules (`containment`, as GET /api/templates/:name serves them).
 */
export function templateStructure(
  doc: Node,
  lockedIds: Iterable<string>,
  containment: TemplateContainment | null = null,
): TemplateStructure {
  const locked = new Set(lockedIds);
  const requiredIds = new Set<string>();
  const lockedHeadingIds = new Set<string>();
  const lockedBlockIds = new Set<string>();
  if (locked.size > 0) {
    doc.descendants((node) => {
      const id = node.attrs.id;
      if (typeof id === 'string' && locked.has(id)) {
        requiredIds.add(id);
        const heading = node.type.name === 'section' || node.type.name === 'subsection';
        (heading ? lockedHeadingIds : lockedBlockIds).add(id);
      }
      return !node.isTextblock;
    });
  }
  return { requiredIds, lockedHeadingIds, lockedBlockIds, containment };
}
