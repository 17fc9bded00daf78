import { createBuilders } from '@rapporteur/document';
import { describe, expect, it } from 'vitest';
import { paragraphAfterHeading } from '../src/index.js';
import { cursorAt, run, stateFor } from './fixtures.js';

function headed() {
  const b = createBuilders('h');
  return b.doc(
    b.title('Integrating and coordinating efforts'),
    b.paragraph('The Commission considered item 6.'),
    b.section('deliberations', 'Deliberations', b.subsection('Ratification', b.paragraph('Many speakers.'))),
    b.section('actionTaken', 'Action taken', b.paragraph('It decided.')),
  );
}

describe('Enter in the title or a heading', () => {
  for (const [where, text, offset] of [
    ['at the start of the title', 'Integrating and coordinating efforts', 0],
    ['in the middle of the title', 'Integrating and coordinating efforts', 12],
    ['at the start of a section heading', 'Deliberations', 0],
    ['at the end of a sub-section heading', 'Ratification', 12],
  ] as const) {
    it(`keeps the heading whole and opens a numbered paragraph after it, ${where}`, () => {
      const { state, ran } = run(cursorAt(stateFor(headed()), text, offset), paragraphAfterHeading);
      expect(ran).toBe(true);
      const headingPos = state.selection.$from.before() - 1;
      const $heading = state.doc.resolve(headingPos);
      expect($heading.nodeBefore?.textContent).toBe(text);
      expect(state.selection.$from.parent.type.name).toBe('paragraph');
      expect(state.selection.$from.parent.attrs.numbered).toBe(true);
      expect(state.selection.$from.parent.content.size).toBe(0);
      expect(state.selection.$from.parent.attrs.id).not.toBe('');
    });
  }

  it('leaves paragraphs to the other Enter commands', () => {
    expect(run(cursorAt(stateFor(headed()), 'Many speakers.', 4), paragraphAfterHeading).ran).toBe(false);
  });
});
