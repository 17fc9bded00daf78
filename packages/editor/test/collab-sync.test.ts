import { Slice } from 'prosemirror-model';
import { ReplaceStep } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { isCollabSync, replaceDocumentTransaction, restoreTransaction, unsentText } from '../src/index.js';
import { posOf, smallDoc, stateFor } from './fixtures.js';

describe('putting edits back into the editor', () => {
  it('turns the editor\u2019s text into a merged text with one replacement of the range that differs', () => {
    const state = stateFor(smallDoc());
    const merged = state.apply(state.tr.insertText(' (merged)', posOf(state.doc, 'Speakers noted', 14))).doc;
    const tr = replaceDocumentTransaction(state, merged);
    expect(tr.doc.eq(merged)).toBe(true);
    expect(tr.steps).toHaveLength(1);
    expect(isCollabSync(tr)).toBe(true);
  });

  it('puts a merged text back even into a part kept read-only, so kept typing is never dropped silently', () => {
    const state = stateFor(smallDoc(), { readyParts: ['actionTaken'] });
    const merged = state.tr.insertText(' kept', posOf(state.doc, 'Adopted', 7)).doc;
    const next = state.apply(replaceDocumentTransaction(state, merged));
    expect(next.doc.eq(merged)).toBe(true);
  });

  it('replays kept steps and skips one that no longer applies', () => {
    const state = stateFor(smallDoc());
    const typed = state.tr.insertText(' again', posOf(state.doc, 'Adopted', 7));
    // Deleting section B's heading alone would leave a section the schema does not allow.
    const heading = state.doc.resolve(posOf(state.doc, 'B. Action taken'));
    const invalid = new ReplaceStep(heading.before(), heading.after(), Slice.empty);
    const tr = restoreTransaction(state, [typed.steps[0]!, invalid]);
    expect(tr.steps).toHaveLength(1);
    expect(tr.doc.textContent).toContain('B. Action takenAdopted again');
    expect(tr.getMeta('addToHistory')).toBe(false);
  });

  it('gives the text of each block changed since the confirmed text, one a line, to copy', () => {
    const state = stateFor(smallDoc());
    let tr = state.tr.insertText(' first', posOf(state.doc, 'considered item 6', 17));
    tr = tr.insertText(' second', posOf(tr.doc, 'Speakers noted', 14));
    expect(unsentText(state.doc, tr.doc)).toContain('The Commission considered item 6 first.');
    expect(unsentText(state.doc, tr.doc).split('\n').at(-1)).toBe('Speakers noted second.');
    expect(unsentText(state.doc, state.doc)).toBe('');
  });
});
