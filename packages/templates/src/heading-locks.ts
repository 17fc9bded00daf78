import type { Node } from 'prosemirror-model';
import type { TemplateStructure } from './template-structure.js';

/**
 * The ids of a document's sections and sub-sections that its template locks, for a document that
 * `instantiate` did not make here (an imported draft file naming its template): each template
 * section is matched to the next section of its part, as `checkTemplateConformance` matches them;
 * a matched section is locked when the template locks or requires it, and its sub-sections when
 * the template locks sub-sections. The generated blocks of the introduction cannot be told apart
 * from a drafter's own in such a document, so only headings are locked; a draft made from the
 * template keeps `instantiate`'s `lockedIds`, which name those blocks too.
 */
export function lockedHeadingIds(doc: Node, structure: TemplateStructure): string[] {
  const sections: Node[] = [];
  doc.forEach((child) => {
    if (child.type.name === 'section') sections.push(child);
  });
  const locked: string[] = [];
  let cursor = 0;
  for (const spec of structure.sections) {
    const index = sections.findIndex((node, i) => i >= cursor && node.attrs.part === spec.part);
    if (index < 0) continue;
    cursor = index + 1;
    const section = sections[index]!;
    if (spec.locked || spec.required) locked.push(String(section.attrs.id));
    if (!spec.subsections?.locked) continue;
    section.forEach((child) => {
      if (child.type.name === 'subsection') locked.push(String(child.attrs.id));
    });
  }
  return locked;
}
