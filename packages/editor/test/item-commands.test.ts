import { createBuilders, numberDocument } from '@rapporteur/document';
import { describe, expect, it } from 'vitest';
import { liftItem, paragraphToItem, sinkItem, splitItem } from '../src/index.js';
import { cursorAt, run, smallDoc, stateFor } from './fixtures.js';

/** The items of a state as "label text" lines, indented by level. */
function outline(state: ReturnType<typeof stateFor>): string[] {
  return numberDocument(state.doc)
    .labels.filter((label) => label.kind === 'item')
    .map(
      (label) =>
        `${'  '.repeat(label.level)}${label.label} ${state.doc.nodeAt(label.pos)!.firstChild!.textContent}`,
    );
}

describe('item levels', () => {
  it('Tab moves an item under the one before it: (c) becomes (ii) under (b)', () => {
    const { state, ran } = run(cursorAt(stateFor(smallDoc()), 'third', 2), sinkItem);
    expect(ran).toBe(true);
    expect(outline(state)).toEqual(['(a) first', '(b) second', '  (i) second, one', '  (ii) third']);
    expect(state.selection.$from.parent.textContent).toBe('third');
    expect(state.selection.$from.parentOffset).toBe(2);
  });

  it('Tab makes a sub-list when the item before has none: (b) becomes (i) under (a)', () => {
    const { state } = run(cursorAt(stateFor(smallDoc()), 'second', 0), sinkItem);
    expect(outline(state)).toEqual(['(a) first', '  (i) second', '    a. second, one', '(b) third']);
  });

  it('Tab refuses the first item of a list', () => {
    const start = cursorAt(stateFor(smallDoc()), 'first');
    expect(run(start, sinkItem).ran).toBe(false);
  });

  it('Tab refuses to go deeper than (a), (i), a., i.', () => {
    const b = createBuilders('d');
    const deep = b.doc(
      b.title('t'),
      b.items(
        b.item('1', b.items(b.item('2', b.items(b.item('3', b.items(b.item('4a'), b.item('4b'))))))),
        b.item('x'),
      ),
    );
    expect(run(cursorAt(stateFor(deep), '4b'), sinkItem).ran).toBe(false);
  });

  it('Shift-Tab moves an item up a level, after its parent, taking the items after it along', () => {
    const b = createBuilders('l');
    const doc = b.doc(b.title('t'), b.items(b.item('a', b.items('a-i', 'a-ii', 'a-iii')), b.item('b')));
    const { state, ran } = run(cursorAt(stateFor(doc), 'a-ii', 1), liftItem);
    expect(ran).toBe(true);
    expect(outline(state)).toEqual(['(a) a', '  (i) a-i', '(b) a-ii', '  (i) a-iii', '(c) b']);
    expect(state.selection.$from.parent.textContent).toBe('a-ii');
  });

  it('Shift-Tab on the only sub-item removes the emptied sub-list', () => {
    const { state } = run(cursorAt(stateFor(smallDoc()), 'second, one'), liftItem);
    expect(outline(state)).toEqual(['(a) first', '(b) second', '(c) second, one', '(d) third']);
    expect(state.doc.check()).toBeUndefined();
  });

  it('Shift-Tab refuses a top-level item', () => {
    expect(run(cursorAt(stateFor(smallDoc()), 'first'), liftItem).ran).toBe(false);
  });

  it('Tab then Shift-Tab gives back the same outline', () => {
    const start = cursorAt(stateFor(smallDoc()), 'third');
    const back = run(run(start, sinkItem).state, liftItem).state;
    expect(outline(back)).toEqual(outline(start));
  });

  it('Enter splits an item into two, the second with a fresh id', () => {
    const { state } = run(cursorAt(stateFor(smallDoc()), 'first', 3), splitItem);
    expect(outline(state)).toEqual(['(a) fir', '(b) st', '(c) second', '  (i) second, one', '(d) third']);
    const ids = numberDocument(state.doc).labels.map((label) => label.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('Enter in an empty last item ends the list with a numbered paragraph', () => {
    let state = run(cursorAt(stateFor(smallDoc()), 'third', 5), splitItem).state;
    state = run(state, splitItem).state;
    expect(outline(state)).toEqual(['(a) first', '(b) second', '  (i) second, one', '(c) third']);
    expect(state.selection.$from.parent.type.name).toBe('paragraph');
    expect(numberDocument(state.doc).labels.filter((label) => label.kind === 'paragraph')).toHaveLength(6);
  });

  it('turns a paragraph into a lettered item, joining the list before it', () => {
    const b = createBuilders('j');
    const doc = b.doc(b.title('t'), b.items('one'), b.paragraph('two'));
    const { state } = run(cursorAt(stateFor(doc), 'two', 1), paragraphToItem);
    expect(outline(state)).toEqual(['(a) one', '(b) two']);
    expect(state.selection.$from.parentOffset).toBe(1);
  });
});
