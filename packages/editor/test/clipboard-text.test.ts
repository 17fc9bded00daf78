import { createBuilders } from '@rapporteur/document';
import { Slice } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { currentNumbering, sliceText, stripNumbersFromSlice, stripNumbersFromText } from '../src/index.js';
import { posOf, smallDoc, stateFor } from './fixtures.js';

describe('copying and pasting numbered text', () => {
  it('copies numbers as text: paragraphs, items and the cross-reference as it reads now', () => {
    const state = stateFor(smallDoc());
    const from = posOf(state.doc, 'It had') - 1;
    const to = posOf(state.doc, 'See') - 1;
    const numbering = currentNumbering(state);
    const text = sliceText(
      state.doc.slice(from, to + 30),
      numbering,
      (id) => `paragraph ${numbering.paragraphNumber(id)}`,
    );
    expect(text.split('\n')).toEqual([
      '2. It had before it E/CN.15/2019/8.',
      '(a) first',
      '(b) second',
      '(i) second, one',
      '(c) third',
      'A. A. Deliberations',
      '3. See paragraph 2 above.',
      '1. Crime preventi',
    ]);
  });

  it('strips numbers from the start of pasted lines', () => {
    expect(
      stripNumbersFromText('14. The Commission\n(a) first\n(iv) fourth\nA. Deliberations\n2019 was'),
    ).toBe('The Commission\nfirst\nfourth\nDeliberations\n2019 was');
  });

  it('strips numbers from the start of pasted blocks', () => {
    const b = createBuilders('c');
    const slice = new Slice(
      b.doc(b.title('t'), b.paragraph('14. Text'), b.paragraph('(b) more')).content.cut(3),
      0,
      0,
    );
    const texts: string[] = [];
    stripNumbersFromSlice(slice).content.forEach((node) => {
      texts.push(node.textContent);
    });
    expect(texts).toEqual(['Text', 'more']);
  });
});
