import { describe, expect, it } from 'vitest';
import { readyParts, setReadyParts } from '../src/index.js';
import { posOf, smallDoc, stateFor } from './fixtures.js';

describe('parts marked ready', () => {
  it('keeps the action taken read-only while the deliberations stay editable', () => {
    const state = stateFor(smallDoc(), { readyParts: ['actionTaken'] });
    const inB = state.apply(state.tr.insertText('x', posOf(state.doc, 'Adopted')));
    expect(inB.doc.eq(state.doc)).toBe(true);
    const inA = state.apply(state.tr.insertText('x', posOf(state.doc, 'Speakers')));
    expect(inA.doc.textContent).toContain('xSpeakers');
  });

  it('keeps the title and introduction with the deliberations, as the server does', () => {
    const state = stateFor(smallDoc(), { readyParts: ['deliberations'] });
    expect(state.apply(state.tr.insertText('x', posOf(state.doc, 'The Commission'))).doc.eq(state.doc)).toBe(
      true,
    );
    expect(state.apply(state.tr.insertText('x', posOf(state.doc, 'Adopted'))).doc.eq(state.doc)).toBe(false);
  });

  it('opens a part again when the lifecycle reopens it', () => {
    let state = stateFor(smallDoc(), { readyParts: ['actionTaken'] });
    state = state.apply(setReadyParts(state, []));
    expect(readyParts(state).size).toBe(0);
    expect(state.apply(state.tr.insertText('x', posOf(state.doc, 'Adopted'))).doc.eq(state.doc)).toBe(false);
  });
});
