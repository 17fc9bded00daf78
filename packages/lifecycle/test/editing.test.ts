import { describe, expect, it } from 'vitest';
import { canEdit, decide } from '../src/index.js';
import { ana, ben, eve, NOW, olga } from './support/people.js';
import { accept, issuedDraft, newDraft, play, TO_REVIEW } from './support/play.js';

describe('editing the text', () => {
  it('allows the owner and drafters to edit a part being drafted', () => {
    expect(canEdit(newDraft(), ana, 'deliberations')).toEqual({ ok: true });
    expect(canEdit(newDraft(), ben, 'actionTaken')).toEqual({ ok: true });
  });

  it('forbids edits by someone who is neither the owner nor a drafter', () => {
    expect(canEdit(newDraft(), eve, 'deliberations')).toEqual({
      ok: false,
      code: 'forbidden',
      message: 'Only the owner of the draft or a drafter can edit the deliberations.',
    });
    expect(canEdit(newDraft(), olga, 'actionTaken')).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('refuses edits to a part marked ready, but not to the other part', () => {
    const draft = play(newDraft(), [[{ type: 'markReady', part: 'deliberations' }, ana]]);
    expect(canEdit(draft, ana, 'deliberations')).toEqual({
      ok: false,
      code: 'not-allowed-now',
      message: 'The deliberations are marked ready; reopen them first.',
    });
    expect(canEdit(draft, ana, 'actionTaken')).toEqual({ ok: true });
  });

  it('refuses edits to action taken marked "no action taken"', () => {
    const draft = play(newDraft(), [[{ type: 'markNoActionTaken' }, ana]]);
    expect(canEdit(draft, ben, 'actionTaken')).toMatchObject({ ok: false, code: 'not-allowed-now' });
  });

  it('refuses edits while in review', () => {
    expect(canEdit(play(newDraft(), TO_REVIEW), ana, 'deliberations')).toEqual({
      ok: false,
      code: 'not-allowed-now',
      message: 'The draft is in review; you cannot edit the deliberations now.',
    });
  });

  it('never allows an edit of an issued, frozen text', () => {
    for (const part of ['deliberations', 'actionTaken'] as const) {
      expect(canEdit(issuedDraft(), ana, part)).toEqual({
        ok: false,
        code: 'not-allowed-now',
        message: 'The text has been issued and is frozen; open a corrigendum to change it.',
      });
    }
  });

  it('records each editor once, sorted, through an edit decision', () => {
    let draft = newDraft();
    for (const actor of [ben, ana, ben])
      draft = accept(draft, { type: 'edit', part: 'deliberations' }, actor).envelope;
    expect(draft.snapshot.context.editors).toEqual(['ana', 'ben']);
  });

  it('gives the same answer through canEdit and through an edit decision', () => {
    const drafts = [
      newDraft(),
      play(newDraft(), [[{ type: 'markReady', part: 'actionTaken' }, ana]]),
      issuedDraft(),
    ];
    for (const draft of drafts) {
      for (const actor of [ana, eve]) {
        for (const part of ['deliberations', 'actionTaken'] as const) {
          const decision = decide(draft, { type: 'edit', part }, actor, NOW);
          const permission = canEdit(draft, actor, part);
          expect(decision.ok).toBe(permission.ok);
          if (!decision.ok && !permission.ok) expect(decision.message).toBe(permission.message);
        }
      }
    }
  });

  it('leaves the envelope untouched when it only checks an edit', () => {
    const draft = newDraft();
    const before = JSON.stringify(draft);
    canEdit(draft, ben, 'deliberations');
    expect(JSON.stringify(draft)).toBe(before);
  });
});
