import { createBuilders } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { mergeDocuments } from '../src/index.js';
import { idCounter } from './fixtures.js';

const b = createBuilders('m');
const doc = (...paragraphs: Array<[string, string]>) =>
  b.doc(
    b.title('Title'),
    ...paragraphs.map(([id, text]) => b.withId(b.paragraph(text), id)),
    b.withId(b.section('deliberations', 'A. Deliberations', b.withId(b.paragraph('in A'), 'pa')), 'sa'),
    b.withId(b.section('actionTaken', 'B. Action taken', b.withId(b.paragraph('in B'), 'pb')), 'sb'),
  );
const texts = (node: Node) => {
  const found: string[] = [];
  node.descendants((child) => {
    if (child.type.name === 'paragraph') found.push(child.textContent);
    return true;
  });
  return found;
};

describe('merging two versions', () => {
  it('takes each side’s changes to different paragraphs without asking', () => {
    const base = doc(['p1', 'one'], ['p2', 'two']);
    const ours = doc(['p1', 'one, mine'], ['p2', 'two']);
    const theirs = doc(['p1', 'one'], ['p2', 'two, theirs']);
    const merge = mergeDocuments(base, ours, theirs);
    expect(merge.conflicts).toEqual([]);
    expect(texts(merge.build(new Map(), idCounter()))).toEqual(['one, mine', 'two, theirs', 'in A', 'in B']);
  });

  it('keeps paragraphs added on either side in their places', () => {
    const base = doc(['p1', 'one'], ['p2', 'two']);
    const ours = doc(['p1', 'one'], ['x', 'mine'], ['p2', 'two']);
    const theirs = doc(['p1', 'one'], ['p2', 'two'], ['y', 'theirs']);
    const merged = mergeDocuments(base, ours, theirs).build(new Map(), idCounter());
    expect(texts(merged)).toEqual(['one', 'mine', 'two', 'theirs', 'in A', 'in B']);
    expect(merged.check()).toBeUndefined();
  });

  it('asks about a paragraph both changed, keeping both until the drafter chooses', () => {
    const base = doc(['p1', 'one']);
    const merge = mergeDocuments(base, doc(['p1', 'one, mine']), doc(['p1', 'one, theirs']));
    expect(
      merge.conflicts.map((conflict) => [
        conflict.key,
        conflict.ours?.textContent,
        conflict.theirs?.textContent,
      ]),
    ).toEqual([['p1', 'one, mine', 'one, theirs']]);
    const both = merge.build(new Map(), idCounter('k'));
    expect(texts(both).slice(0, 2)).toEqual(['one, mine', 'one, theirs']);
    expect(both.child(2).attrs.id).toBe('k1');
    expect(texts(merge.build(new Map([['p1', 'theirs']]), idCounter())).slice(0, 1)).toEqual(['one, theirs']);
  });

  it('asks when one side deleted a paragraph the other changed', () => {
    const base = doc(['p1', 'one'], ['p2', 'two']);
    const merge = mergeDocuments(base, doc(['p1', 'one'], ['p2', 'two, mine']), doc(['p1', 'one']));
    expect(merge.conflicts.map((conflict) => conflict.key)).toEqual(['p2']);
    expect(texts(merge.build(new Map(), idCounter()))).toContain('two, mine');
  });

  it('without the common version, asks about every paragraph that differs', () => {
    const merge = mergeDocuments(
      null,
      doc(['p1', 'one, mine'], ['p2', 'two']),
      doc(['p1', 'one'], ['p2', 'two']),
    );
    expect(merge.conflicts.map((conflict) => conflict.key)).toEqual(['p1']);
  });
});
