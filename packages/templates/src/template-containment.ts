import type { TemplateStructure } from './template-structure.js';

/** The kinds of block one place of a document may hold (`paragraph`, `quote`, `item_list`, `subheading`). */
export type BlockKinds = readonly string[];

/** What a section of one part may hold: blocks directly, and blocks in its sub-sections if it has any. */
export interface SectionContainment {
  readonly part: string;
  readonly contains: BlockKinds;
  /** What each sub-section may hold, or null when the template gives this section no sub-sections. */
  readonly subsections: BlockKinds | null;
}

/**
 * A template's containment rules alone, as plain data an editor can enforce while a drafter types:
 * which blocks the introduction, each part's section and its sub-sections may hold (the same rules
 * `checkTemplateConformance` checks a whole document against). The API serves it, so that the rules
 * of every template come from its structure.json, never from a table in the editor.
 */
export interface TemplateContainment {
  readonly name: string;
  readonly introduction: BlockKinds;
  readonly sections: readonly SectionContainment[];
}

/** The containment rules of a template's structure. */
export function templateContainment(structure: TemplateStructure): TemplateContainment {
  return {
    name: structure.name,
    introduction: [...structure.introduction.contains],
    sections: structure.sections.map((section) => ({
      part: section.part,
      contains: [...section.contains],
      subsections: section.subsections ? [...section.subsections.contains] : null,
    })),
  };
}
