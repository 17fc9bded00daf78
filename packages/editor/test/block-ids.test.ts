import { createBuilders } from '@rapporteur/document';
import { Slice } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { withFreshIds } from '../src/index.js';
import { cursorAt, idCounter, smallDoc, stateFor } from './fixtures.js';

function ids(doc: ReturnType<typeof smallDoc>): string[] {
  const found: string[] = [];
  doc.descendants((node) => {
    if (node.attrs.id) found.push(String(node.attrs.id));
    return true;
  });
  return found;
}

describe('block ids', () => {
  it('gives the second half of a split paragraph a fresh id and keeps the first one', () => {
    let state = cursorAt(stateFor(smallDoc()), 'considered');
    state = state.apply(state.tr.split(state.selection.from));
    expect(state.doc.child(1).attrs.id).toBe('p1');
    expect(state.doc.child(2).attrs.id).toBe('n1');
    expect(new Set(ids(state.doc)).size).toBe(ids(state.doc).length);
  });

  it('gives pasted copies fresh ids but lets a cut paragraph keep its id', () => {
    const b = createBuilders('z');
    const doc = smallDoc();
    const copy = new Slice(
      b
        .doc(b.title('t'), b.withId(b.paragraph('copied'), 'p1'), b.withId(b.paragraph('moved'), 'gone'))
        .content.cut(3),
      0,
      0,
    );
    const pasted: string[] = [];
    withFreshIds(copy, doc, idCounter('f')).content.forEach((node) => {
      pasted.push(String(node.attrs.id));
    });
    expect(pasted).toEqual(['f1', 'gone']);
  });
});
