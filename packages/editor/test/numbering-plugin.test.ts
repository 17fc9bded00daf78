import { createBuilders, crossReferenceText, numberDocument } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { insertParagraphBefore, numberingKey, setParagraphNumbered } from '../src/index.js';
import { blockNumber, blockNumberAt, footnoteNumber } from '../src/shown-numbers.js';
import { cursorAt, posOf, run, seedDraft, smallDoc, stateFor } from './fixtures.js';

/** The numbers the editor's blocks draw for this state, in document order, with their text. */
function shownNumbers(state: ReturnType<typeof stateFor>) {
  const { numbering } = numberingKey.getState(state)!;
  const shown: string[] = [];
  const walk = (parent: Node) =>
    parent.forEach((node, _offset, index) => {
      const label = blockNumber(numbering, node, () => ({ parent, index }));
      if (label !== undefined) shown.push(`${label} ${node.textContent.slice(0, 12)}`);
      if (!node.isTextblock) walk(node);
    });
  walk(state.doc);
  return shown;
}

/** The texts the editor's cross-references show for this state, in document order. */
function referenceTexts(state: ReturnType<typeof stateFor>) {
  const { numbering } = numberingKey.getState(state)!;
  const texts: string[] = [];
  state.doc.descendants((node) => {
    if (node.type.name === 'cross_reference') {
      texts.push(crossReferenceText(String(node.attrs.target), numbering, 'en'));
    }
    return true;
  });
  return texts;
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

  it('keeps its state through typing without numbering the document again', () => {
    let state = stateFor(smallDoc());
    const before = numberingKey.getState(state);
    for (const character of 'Typed ') {
      state = state.apply(state.tr.insertText(character, posOf(state.doc, 'The Commission')));
    }
    expect(numberingKey.getState(state)).toBe(before);
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
    expect(referenceTexts(state)).toEqual(['paragraph 2']);
    state = cursorAt(state, 'The Commission', 0);
    state = state.apply(state.tr.split(state.selection.from));
    expect(referenceTexts(state)).toEqual(['paragraph 3']);
  });

  it('agrees with the shared numbering on the seed addendum', () => {
    const { doc } = seedDraft();
    const state = stateFor(doc);
    const shared = numberDocument(doc)
      .labels.filter((label) => label.kind !== 'footnote')
      .map((label) => label.label);
    const shown = shownNumbers(state).map((text) => text.split(' ')[0]);
    expect(shown).toEqual(shared);
    expect(shown.filter((label) => /^\d+\.$/.test(label!)).length).toBeGreaterThanOrEqual(24);
  });
});

describe('block numbers read by position', () => {
  /** Every block's number read by position, as text like shownNumbers gives. */
  function numbersByPosition(doc: Node) {
    const numbering = numberDocument(doc);
    const shown: string[] = [];
    doc.descendants((node, pos) => {
      if (!node.isBlock) return false;
      const label = blockNumberAt(numbering, doc, pos);
      if (label !== undefined) shown.push(`${label} ${node.textContent.slice(0, 12)}`);
      return true;
    });
    return shown;
  }

  it('agree with the numbers looked up by id, on the small addendum and the seed', () => {
    for (const doc of [smallDoc(), seedDraft().doc]) {
      expect(numbersByPosition(doc)).toEqual(shownNumbers(stateFor(doc)));
    }
  });

  it('hold for blocks whose ids are missing or shared, which ids cannot tell apart', () => {
    const b = createBuilders('x');
    const doc = b.doc(
      b.title('Ids'),
      b.withId(b.paragraph('First.'), 'same'),
      b.withId(b.paragraph('Second.'), 'same'),
      b.withId(b.paragraph('Third.'), ''),
      b.withId(b.items(b.withId(b.item('an item'), ''), b.withId(b.item('another'), '')), ''),
    );
    expect(numbersByPosition(doc)).toEqual([
      '1. First.',
      '2. Second.',
      '3. Third.',
      '(a) an item',
      '(b) another',
    ]);
  });
});

describe('footnote numbers', () => {
  it('counts the footnotes before a position as the shared numbering numbers them', () => {
    const b = createBuilders('f');
    const doc = b.doc(
      b.title('Footnotes'),
      b.paragraph('One', b.footnote('first note'), ' two', b.footnote('second note')),
      b.items(b.item('an item')),
      b.paragraph('Three', b.footnote('third note')),
      b.section('deliberations', 'A. Deliberations', b.paragraph('Four', b.footnote('fourth note'))),
    );
    const numbering = numberDocument(doc);
    const footnotes = numbering.labels.filter((label) => label.kind === 'footnote');
    expect(footnotes.map((label) => label.label)).toEqual(['1', '2', '3', '4']);
    for (const label of footnotes) expect(footnoteNumber(doc, label.pos)).toBe(label.label);
  });
});

describe('a paragraph inserted before paragraph 2', () => {
  it('moves every later number and cross-reference, and the text keeps its id', () => {
    const start = cursorAt(stateFor(smallDoc()), 'It had', 0);
    const { state } = run(start, insertParagraphBefore);
    expect(state.doc.child(3).attrs.id).toBe('p2');
    expect(state.selection.$from.parent.attrs.id).toBe('p2');
    expect(shownNumbers(state).slice(0, 3)).toEqual(['1. The Commissi', '2. ', '3. It had befor']);
    expect(referenceTexts(state)).toEqual(['paragraph 3']);
  });
});
