import { createBuilders } from '@rapporteur/document';
import { describe, expect, it } from 'vitest';
import { instantiate, lockedHeadingIds } from '../src/index.js';
import { addendumTemplate, counterIds, seedFacts } from './files.js';

const structure = () => addendumTemplate().structure;

describe('the headings a template locks in an imported document', () => {
  it('names the same sections and sub-sections that instantiate locks in the draft it makes', () => {
    const made = instantiate(addendumTemplate(), seedFacts(), { item: 6, lang: 'en', ids: counterIds() });
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const headings: string[] = [];
    made.draft.doc.descendants((node) => {
      if (node.type.name === 'section' || node.type.name === 'subsection')
        headings.push(String(node.attrs.id));
      return !node.isTextblock;
    });
    expect(headings.length).toBeGreaterThan(2);
    expect(lockedHeadingIds(made.draft.doc, structure())).toEqual(headings);
    expect(made.lockedIds).toEqual(expect.arrayContaining(headings));
  });

  it('matches sections by part, so a drafter-made section of neither part stays unlocked', () => {
    const b = createBuilders('t');
    const doc = b.doc(
      b.title('Item 6'),
      b.paragraph('The Commission considered item 6.'),
      b.withId(
        b.section(
          'deliberations',
          'A. Deliberations',
          b.withId(b.subsection('Crime prevention', b.paragraph('Speakers noted.')), 'sub1'),
        ),
        'secA',
      ),
      b.withId(b.section(null, 'Annex', b.paragraph('An annex.')), 'annex'),
      b.withId(b.section('actionTaken', 'B. Action taken', b.paragraph('Adopted.')), 'secB'),
    );
    expect(lockedHeadingIds(doc, structure())).toEqual(['secA', 'sub1', 'secB']);
  });

  it('locks nothing in a document without the template sections', () => {
    const b = createBuilders('t');
    expect(lockedHeadingIds(b.doc(b.title('Item 6'), b.paragraph('Text.')), structure())).toEqual([]);
  });
});
