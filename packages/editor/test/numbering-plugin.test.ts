import { numberDocument } from '@rapporteur/document';
import type { Decoration } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { insertParagraphBefore, numberingKey, setParagraphNumbered } from '../src/index.js';
import { cursorAt, posOf, run, seedDraft, smallDoc, stateFor } from './fixtures.js';

function shownNumbers(state: ReturnType<typeof stateFor>) {
  const decorations = numberingKey.getState(state)!.decorations;
  return decorations
    .find()
    .sort((a, b) => a.from - b.from)
    .filter(
      (decoration: Decoration) =>
        'data-number' in (decoration as unknown as { type: { attrs: object } }).type.attrs,
    )
    .map((decoration: Decoration) => {
      const node = state.doc.nodeAt(decoration.from)!;
      const attrs = (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      return `${attrs['data-number']} ${node.textContent.slice(0, 12)}`;
    });
}

describe('numbering plugin', () => {
  it('shows the shared numbering on paragraphs, items, sections and sub-sections', () => {
    const state = stateFor(smallDoc());
    expect(shownNumbers(state)).toEqual([
      '1. The Commissi',
      '2. It had befor',
      '(a) first',
      '(b) second',
      '(i) second, one',
      '(c) third',
      'A. A. Deliberat',
      '3. See  above.',
      '1. Crime preven',
      '4. Speakers not',
      'B. B. Action ta',
      '5. Adopted.',
    ]);
  });

  it('maps the decorations through typing without numbering the document again', () => {
    let state = stateFor(smallDoc());
    for (const character of 'Typed ') {
      state = state.apply(state.tr.insertText(character, posOf(state.doc, 'The Commission')));
    }
    expect(numberingKey.getState(state)!.recomputed).toBe(1);
    expect(shownNumbers(state)[0]).toBe('1. Typed The Co');
  });

  it('numbers again when a paragraph is split, and every later number moves', () => {
    let state = cursorAt(stateFor(smallDoc()), 'considered', 0);
    state = state.apply(state.tr.split(state.selection.from));
    expect(numberingKey.getState(state)!.recomputed).toBeGreaterThan(1);
    expect(shownNumbers(state).slice(0, 3)).toEqual([
      '1. The Commissi',
      '2. considered i',
      '3. It had befor',
    ]);
    expect(shownNumbers(state)).toContain('6. Adopted.');
  });

  it('numbers again when a paragraph stops being numbered', () => {
    const state = run(cursorAt(stateFor(smallDoc()), 'It had'), setParagraphNumbered(false)).state;
    expect(shownNumbers(state)[1]).toBe('(a) first');
    expect(shownNumbers(state).at(-1)).toBe('4. Adopted.');
  });

  it('shows cross-references with the current number of their target, updated when it moves', () => {
    let state = stateFor(smallDoc());
    const referenceTexts = () =>
      numberingKey
        .getState(state)!
        .decorations.find()
        .map((decoration) => decoration.spec.referenceText)
        .filter(Boolean);
    expect(referenceTexts()).toEqual(['paragraph 2']);
    state = cursorAt(state, 'The Commission', 0);
    state = state.apply(state.tr.split(state.selection.from));
    expect(referenceTexts()).toEqual(['paragraph 3']);
  });

  it('agrees with the shared numbering on the seed addendum', () => {
    const { doc } = seedDraft();
    const state = stateFor(doc);
    const shared = numberDocument(doc)
      .labels.filter((label) => label.kind !== 'footnote')
      .map((label) => label.label);
    const shown = numberingKey
      .getState(state)!
      .decorations.find()
      .sort((a, b) => a.from - b.from)
      .map(
        (decoration) =>
          (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-number'],
      )
      .filter(Boolean);
    expect(shown).toEqual(shared);
    expect(shown.filter((label) => /^\d+\.$/.test(label!)).length).toBeGreaterThanOrEqual(24);
  });
});

describe('a paragraph inserted before paragraph 2', () => {
  it('moves every later number and cross-reference, and the text keeps its id', () => {
    const start = cursorAt(stateFor(smallDoc()), 'It had', 0);
    const { state } = run(start, insertParagraphBefore);
    expect(state.doc.child(3).attrs.id).toBe('p2');
    expect(state.selection.$from.parent.attrs.id).toBe('p2');
    expect(shownNumbers(state).slice(0, 3)).toEqual(['1. The Commissi', '2. ', '3. It had befor']);
    const references = numberingKey
      .getState(state)!
      .decorations.find()
      .map((decoration) => decoration.spec.referenceText)
      .filter(Boolean);
    expect(references).toEqual(['paragraph 3']);
  });
});
