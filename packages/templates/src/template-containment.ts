import type { Node } from 'prosemirror-model';
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
 * which blocks the introduction, each part's section and its sub-sections may hold (the rules
 * `checkTemplateConformance` checks a whole document against, by the same walk: blocksOutOfPlace). The API serves it, so that the rules
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

/** Where a block stands, as the containment rules see it. */
export type BlockPlace =
  | { readonly kind: 'introduction' }
  | { readonly kind: 'section'; readonly part: string }
  | { readonly kind: 'subsection'; readonly part: string };

/**
 * A block standing where the containment rules do not allow it: its type, its position in the
 * document and its place. A sub-section in a section whose template gives it none is one, of type
 * `subsection`, in that section.
 */
export interface OutOfPlaceBlock {
  readonly type: string;
  readonly pos: number;
  readonly place: BlockPlace;
}

/**
 * Every block of a document that the containment rules do not allow where it stands, in document
 * order: the one walk both the edit checks (misplacedBlocks) and the whole-document check
 * (checkTemplateConformance) rest on. The contents of a section whose part the rules do not name are
 * not looked into (the whole-document check reports the section itself).
 */
export function blocksOutOfPlace(doc: Node, containment: TemplateContainment): OutOfPlaceBlock[] {
  const found: OutOfPlaceBlock[] = [];
  doc.forEach((block, pos) => {
    const type = block.type.name;
    if (type === 'title') return;
    if (type !== 'section') {
      if (!containment.introduction.includes(type))
        found.push({ type, pos, place: { kind: 'introduction' } });
      return;
    }
    const part = String(block.attrs.part);
    const rules = containment.sections.find((section) => section.part === part);
    if (!rules) return;
    block.forEach((child, offset) => {
      const childPos = pos + 1 + offset;
      const name = child.type.name;
      if (name === 'section_heading') return;
      if (name !== 'subsection') {
        if (!rules.contains.includes(name))
          found.push({ type: name, pos: childPos, place: { kind: 'section', part } });
        return;
      }
      if (rules.subsections === null) {
        found.push({ type: 'subsection', pos: childPos, place: { kind: 'section', part } });
        return;
      }
      const allowed = rules.subsections;
      child.forEach((inner, innerOffset) => {
        const innerName = inner.type.name;
        if (innerName !== 'subsection_heading' && !allowed.includes(innerName)) {
          found.push({
            type: innerName,
            pos: childPos + 1 + innerOffset,
            place: { kind: 'subsection', part },
          });
        }
      });
    });
  });
  return found;
}

const placeNames: Readonly<Record<string, string>> = {
  deliberations: 'the deliberations',
  actionTaken: 'the action taken',
};

/** A place in a drafter's words: "the introduction", "the action taken", "a sub-section of the deliberations". */
function placeInWords(place: BlockPlace): string {
  if (place.kind === 'introduction') return 'the introduction';
  const section = placeNames[place.part] ?? `the ${place.part} section`;
  return place.kind === 'section' ? section : `a sub-section of ${section}`;
}

/**
 * Each block of a document that the containment rules do not allow where it stands, in a drafter's
 * words ("a quote in the action taken", "a subheading in a sub-section of the deliberations"), in
 * document order: what the editor and the server refuse an edit for adding.
 */
export function misplacedBlocks(doc: Node, containment: TemplateContainment): string[] {
  return blocksOutOfPlace(doc, containment).map(
    ({ type, place }) => `a ${type.replace('_', ' ')} in ${placeInWords(place)}`,
  );
}

/**
 * The first block an edit from `before` to `after` puts where the containment rules do not allow it,
 * in a drafter's words, or null. Blocks already misplaced before (an imported file) do not hold
 * later edits up: only an edit that adds one is refused.
 */
export function addedMisplacedBlock(
  before: Node,
  after: Node,
  containment: TemplateContainment,
): string | null {
  const is = misplacedBlocks(after, containment);
  if (is.length === 0) return null;
  const was = misplacedBlocks(before, containment);
  if (is.length <= was.length) return null;
  return is.find((place, i) => place !== was[i]) ?? is.at(-1)!;
}
