import type { Node } from 'prosemirror-model';
import { blocksOutOfPlace, type OutOfPlaceBlock, templateContainment } from './template-containment.js';
import type { TemplateStructure } from './template-structure.js';

/** A place where a document departs from its template's structure rules. */
export interface ConformanceProblem {
  /** What is wrong, in a drafter's words. */
  readonly message: string;
  /** Position of the node concerned, so the editor can jump there. */
  readonly pos: number;
}

/** What a block out of its place breaks, as checkTemplateConformance words it. */
function outOfPlaceMessage({ type, place }: OutOfPlaceBlock): string {
  if (place.kind === 'introduction') return `The introduction may not hold a ${type.replace('_', ' ')}.`;
  if (place.kind === 'subsection') return `A sub-section may not hold a ${type.replace('_', ' ')}.`;
  if (type === 'subsection') return `The ${place.part} section has no sub-sections in this template.`;
  return `The ${place.part} section may not hold a ${type.replace('_', ' ')}.`;
}

/**
 * Checks a document against its template's structure rules (structure.json): which kinds of block
 * the introduction, each section and each sub-section may hold, and that sub-sections appear only
 * where the template has them (blocksOutOfPlace, the walk the edit checks use too); that every
 * required section is there with its part (deliberations, action taken) in the template's order;
 * and that no section is of a part the template does not have. Each problem has its position.
 * Edits are checked against the same rules as drafters make them (`addedMisplacedBlock`, in the
 * editor and on the server); this whole-document check is not yet used by the app — it is the
 * reference those rules are tested against.
 */
export function checkTemplateConformance(doc: Node, structure: TemplateStructure): ConformanceProblem[] {
  const problems: ConformanceProblem[] = blocksOutOfPlace(doc, templateContainment(structure)).map(
    (block) => ({ message: outOfPlaceMessage(block), pos: block.pos }),
  );
  const sections: Array<{ part: string | null; pos: number }> = [];
  doc.forEach((child, pos) => {
    if (child.type.name === 'section') sections.push({ part: child.attrs.part as string | null, pos });
  });
  const parts = sections.map(({ part }) => part);
  let cursor = 0;
  for (const spec of structure.sections) {
    const index = parts.indexOf(spec.part, cursor);
    const earlier = parts.indexOf(spec.part);
    if (index >= 0) cursor = index + 1;
    else if (earlier >= 0) {
      problems.push({
        message: `The ${spec.part} section is out of the template's order.`,
        pos: sections[earlier]!.pos,
      });
    } else if (spec.required) {
      problems.push({ message: `The template requires a section for ${spec.part}.`, pos: doc.content.size });
    }
  }
  for (const { part, pos } of sections) {
    if (!structure.sections.some((spec) => spec.part === part)) {
      problems.push({ message: `A section for ${String(part)} is not part of this template.`, pos });
    }
  }
  return problems.sort((a, b) => a.pos - b.pos);
}
