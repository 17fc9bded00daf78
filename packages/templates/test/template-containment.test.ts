import { createBuilders } from '@rapporteur/document';
import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { checkTemplateConformance, type TemplateStructure, templateContainment } from '../src/index.js';
import { addendumTemplate } from './files.js';

const b = createBuilders('c');
const blockOf: Record<string, () => Node> = {
  paragraph: () => b.paragraph('The Commission considered the item.'),
  quote: () => b.quote('Crime prevention and criminal justice'),
  item_list: () => b.items('E/CN.15/2019/8'),
  subheading: () => b.subheading('Other matters'),
};
const sectionKinds = ['paragraph', 'quote', 'item_list'];
const subsectionKinds = [...sectionKinds, 'subheading'];

/** The addendum template's structure with the given kinds allowed in its sections and sub-sections. */
function restricted(sections: string[], subsections: string[]): TemplateStructure {
  const structure = addendumTemplate().structure;
  return {
    ...structure,
    sections: structure.sections.map((section) => ({
      ...section,
      contains: sections as TemplateStructure['sections'][number]['contains'],
      ...(section.subsections
        ? {
            subsections: {
              ...section.subsections,
              contains: subsections as TemplateStructure['sections'][number]['contains'],
            },
          }
        : {}),
    })),
  };
}

describe("a template's containment rules", () => {
  it('are those of the addendum template: sub-headings only in the sub-sections of the deliberations', () => {
    expect(templateContainment(addendumTemplate().structure)).toEqual({
      name: 'agenda-item-addendum',
      introduction: ['paragraph', 'quote', 'item_list'],
      sections: [
        {
          part: 'deliberations',
          contains: ['paragraph', 'quote', 'item_list'],
          subsections: ['paragraph', 'quote', 'item_list', 'subheading'],
        },
        { part: 'actionTaken', contains: ['paragraph', 'quote', 'item_list'], subsections: null },
      ],
    });
  });

  it('allow a block exactly where the conformance check of the whole document accepts it', () => {
    const someOf = (kinds: string[]) => fc.subarray(kinds, { minLength: 1 });
    fc.assert(
      fc.property(
        someOf(sectionKinds),
        someOf(subsectionKinds),
        fc.constantFrom(...sectionKinds),
        fc.constantFrom(...subsectionKinds),
        (sections, subsections, inSection, inSubsection) => {
          const structure = restricted(sections, subsections);
          const rules = templateContainment(structure);
          const doc = b.doc(
            b.title('Crime prevention and criminal justice'),
            b.paragraph('The Commission considered item 6.'),
            b.section(
              'deliberations',
              'Deliberations',
              blockOf[inSection]!(),
              b.subsection('Other matters', blockOf[inSubsection]!()),
            ),
            b.section('actionTaken', 'Action taken', b.paragraph('No action was taken.')),
          );
          const problems = checkTemplateConformance(doc, structure).map((problem) => problem.message);
          const deliberations = rules.sections.find((section) => section.part === 'deliberations')!;
          expect(problems.some((message) => message.startsWith('The deliberations section'))).toBe(
            !deliberations.contains.includes(inSection),
          );
          expect(problems.some((message) => message.startsWith('A sub-section'))).toBe(
            !deliberations.subsections!.includes(inSubsection),
          );
        },
      ),
    );
  });
});
