import type { Node } from 'prosemirror-model';
import type { TemplateStructure } from './template-structure.js';

/** A place where a document departs from its template's structure rules. */
export interface ConformanceProblem {
  /** What is wrong, in a drafter's words. */
  readonly message: string;
  /** Position of the node concerned, so the editor can jump there. */
  readonly pos: number;
}

/**
 * Checks a document against its template's structure rules (the containment of structure.json):
 * which kinds of block the introduction, each section and each sub-section may hold, that every
 * required section is there with its part (deliberations, action taken) in the template's order,
 * and that sub-sections appear only where the template has them, each problem with its position.
 * Edits are checked against the same rules as drafters make them (`addedMisplacedBlock`, in the
 * editor and on the server); this whole-document check is not yet used by the app — it is the
 * reference those rules are tested against.
 */
export function checkTemplateConformance(doc: Node, structure: TemplateStructure): ConformanceProblem[] {
  const problems: ConformanceProblem[] = [];
  const sections: Array<{ node: Node; pos: number }> = [];
  const allow = (allowed: readonly string[], node: Node, pos: number, where: string) => {
    if (!allowed.includes(node.type.name)) {
      problems.push({ message: `${where} may not hold a ${node.type.name.replace('_', ' ')}.`, pos });
    }
  };

  doc.forEach((child, pos) => {
    if (child.type.name === 'section') sections.push({ node: child, pos });
    else if (child.type.name !== 'title')
      allow(structure.introduction.contains, child, pos, 'The introduction');
  });

  const parts = sections.map(({ node }) => node.attrs.part as string | null);
  let cursor = 0;
  for (const spec of structure.sections) {
    const index = parts.indexOf(spec.part, cursor);
    if (index < 0) {
      if (spec.required)
        problems.push({
          message: `The template requires a section for ${spec.part}.`,
          pos: doc.content.size,
        });
      continue;
    }
    cursor = index + 1;
    const { node, pos } = sections[index]!;
    const where = `The ${spec.part} section`;
    node.forEach((child, offset) => {
      const childPos = pos + 1 + offset;
      if (child.type.name === 'section_heading') return;
      if (child.type.name !== 'subsection') {
        allow(spec.contains, child, childPos, where);
        return;
      }
      if (!spec.subsections) {
        problems.push({ message: `${where} has no sub-sections in this template.`, pos: childPos });
        return;
      }
      const allowed = spec.subsections.contains;
      child.forEach((block, blockOffset) => {
        if (block.type.name !== 'subsection_heading')
          allow(allowed, block, childPos + 1 + blockOffset, 'A sub-section');
      });
    });
  }
  sections.forEach(({ node, pos }) => {
    if (!structure.sections.some((spec) => spec.part === node.attrs.part)) {
      problems.push({
        message: `A section for ${String(node.attrs.part)} is not part of this template.`,
        pos,
      });
    }
  });
  return problems.sort((a, b) => a.pos - b.pos);
}
