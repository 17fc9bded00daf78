import type { DocumentPart, NodeName } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';

/**
 * What a template fixes about a document's structure, as data (after LEOS's structure
 * configuration): the headings that must stay, the headings whose wording is fixed, and which
 * blocks each part's section may hold.
 */
export interface TemplateStructure {
  /** Ids of sections and sub-sections that cannot be deleted. */
  readonly requiredIds: ReadonlySet<string>;
  /** Ids of sections and sub-sections whose heading text cannot be changed. */
  readonly lockedHeadingIds: ReadonlySet<string>;
  /** The node types a section of each part may hold directly and in its sub-sections. */
  readonly allowedBlocks: Readonly<Record<DocumentPart, ReadonlySet<NodeName>>>;
}

/** The blocks the addendum template allows in each part: sub-headings only under the deliberations. */
export const addendumAllowedBlocks: Readonly<Record<DocumentPart, ReadonlySet<NodeName>>> = {
  deliberations: new Set<NodeName>(['section_heading', 'paragraph', 'quote', 'item_list', 'subsection']),
  actionTaken: new Set<NodeName>(['section_heading', 'paragraph', 'quote', 'item_list']),
};

/**
 * The structure of the agenda-item addendum template read from a document made from it: the
 * sections of the two parts ("A. Deliberations", "B. Action taken") are required with fixed
 * wording, and the numbered sub-headings under A (one per sub-item of the agenda item) are
 * required too, their wording editable.
 */
export function addendumTemplateStructure(doc: Node): TemplateStructure {
  const requiredIds = new Set<string>();
  const lockedHeadingIds = new Set<string>();
  doc.forEach((block) => {
    if (block.type.name !== 'section' || block.attrs.part === null) return;
    const id = String(block.attrs.id);
    requiredIds.add(id);
    lockedHeadingIds.add(id);
    block.forEach((child) => {
      if (child.type.name === 'subsection') requiredIds.add(String(child.attrs.id));
    });
  });
  return { requiredIds, lockedHeadingIds, allowedBlocks: addendumAllowedBlocks };
}
