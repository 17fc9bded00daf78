import { describe, expect, it } from 'vitest';
import { availableEvents, summarize } from '../src/index.js';
import { ana, ben, dora, eve, FAILING_CHECKS, olga, rui, SEED_SYMBOL, sam } from './support/people.js';
import { issuedDraft, newDraft, play, THROUGH_COMMISSION_ROUTE, TO_REVIEW } from './support/play.js';

const types = (events: ReturnType<typeof availableEvents>) =>
  events.map((event) => (event.part === undefined ? event.type : `${event.type}:${event.part}`));

describe('available events', () => {
  it('offers the owner every drafting event on a new draft, with labels', () => {
    const events = availableEvents(newDraft(), ana);
    expect(types(events)).toEqual([
      'edit:deliberations',
      'edit:actionTaken',
      'markReady:deliberations',
      'markReady:actionTaken',
      'markNoActionTaken',
      'changeRoute',
      'withdraw',
    ]);
    expect(events[0]?.label).toBe('Edit the deliberations');
  });

  it('offers a co-drafter the drafting events but not the route or withdrawal', () => {
    expect(types(availableEvents(newDraft(), ben))).not.toContain('changeRoute');
    expect(types(availableEvents(newDraft(), ben))).not.toContain('withdraw');
  });

  it('offers approve and return only to whoever fills the current step, and submit once both parts are ready', () => {
    const ready = play(newDraft(), TO_REVIEW.slice(0, 3));
    expect(types(availableEvents(ready, ben))).toContain('submit');
    const inReview = play(ready, [TO_REVIEW[3]!]);
    expect(types(availableEvents(inReview, eve))).toEqual(['approve', 'return']);
    expect(types(availableEvents(inReview, ana))).toEqual(['return', 'withdraw']);
    expect(types(availableEvents(inReview, rui))).toEqual(['approve', 'return']);
    expect(types(availableEvents(inReview, sam))).toEqual([]);
  });

  it('offers nothing to someone without a role', () => {
    expect(availableEvents(newDraft(), olga)).toEqual([]);
    expect(availableEvents(issuedDraft(), olga)).toEqual([]);
  });

  it('offers only a corrigendum once the text is issued', () => {
    expect(types(availableEvents(issuedDraft(), ana))).toEqual(['openCorrigendum']);
    expect(types(availableEvents(issuedDraft(), dora))).toEqual([]);
  });
});

describe('summary', () => {
  it('says who must act next at each stage, and how far along the route the draft is', () => {
    expect(summarize(newDraft()).nextActors).toEqual([
      { kind: 'person', userId: 'ana' },
      { kind: 'role', role: 'drafter' },
    ]);
    const atSectionChief = play(newDraft(), [...TO_REVIEW, [{ type: 'approve' }, eve]]);
    const summary = summarize(atSectionChief);
    expect(summary.nextActors).toEqual([{ kind: 'person', userId: 'rui' }]);
    expect(summary.route.map((step) => [step.label, step.status])).toEqual([
      ['Editor', 'approved'],
      ['Section chief', 'current'],
      ['secretary of the commission', 'pending'],
    ]);
    expect(summary.description).toBe(
      'In review, step 2 of 3 (Section chief): waiting for Rui Tanaka to approve or return it.',
    );
    const approved = play(newDraft(), [...TO_REVIEW, ...THROUGH_COMMISSION_ROUTE]);
    expect(summarize(approved).nextActors).toEqual([{ kind: 'role', role: 'documents-officer' }]);
    expect(summarize(issuedDraft()).nextActors).toEqual([]);
  });

  it('shows the reason of the last return while drafting again', () => {
    const returned = play(newDraft(), [
      ...TO_REVIEW,
      [{ type: 'return', reason: 'Add the list of speakers.' }, eve],
    ]);
    expect(summarize(returned).description).toBe(
      'Drafting: deliberations being drafted, action taken being drafted. Returned: Add the list of speakers.',
    );
    expect(summarize(returned).lastReturn).toMatchObject({ by: 'eve', stepIndex: 0 });
  });

  it('reports failed issuance checks', () => {
    const failed = play(newDraft(), [
      ...TO_REVIEW,
      ...THROUGH_COMMISSION_ROUTE,
      [{ type: 'assignSymbol', symbol: SEED_SYMBOL }, dora],
      [{ type: 'recordChecks', checks: FAILING_CHECKS }, dora],
    ]);
    expect(summarize(failed).description).toBe(
      `${SEED_SYMBOL}: the issuance checks failed (language parity failed: paragraph 14 is missing from the Chinese version).`,
    );
  });
});
