import { describe, expect, it } from 'vitest';
import { createDraftEnvelope, decide, summarize } from '../src/index.js';
import {
  adam,
  ana,
  ben,
  dora,
  eve,
  FAILING_CHECKS,
  NOW,
  olga,
  rui,
  SEED_SYMBOL,
  SHORT_ROUTE,
  sam,
} from './support/people.js';
import {
  accept,
  issuedDraft,
  newDraft,
  play,
  THROUGH_COMMISSION_ROUTE,
  TO_ISSUED,
  TO_REVIEW,
} from './support/play.js';

const stateOf = (envelope: ReturnType<typeof newDraft>) => summarize(envelope).state;

describe('drafting', () => {
  it('starts a new draft with both parts being drafted', () => {
    expect(stateOf(newDraft())).toBe('drafting.deliberations.drafting, drafting.actionTaken.drafting');
  });

  it('marks each part ready and reopens it on its own', () => {
    let draft = play(newDraft(), [[{ type: 'markReady', part: 'actionTaken' }, ben]]);
    expect(stateOf(draft)).toBe('drafting.deliberations.drafting, drafting.actionTaken.ready');
    draft = play(draft, [[{ type: 'markReady', part: 'deliberations' }, ana]]);
    expect(stateOf(draft)).toBe('drafting.deliberations.ready, drafting.actionTaken.ready');
    draft = play(draft, [[{ type: 'reopen', part: 'actionTaken' }, ana]]);
    expect(stateOf(draft)).toBe('drafting.deliberations.ready, drafting.actionTaken.drafting');
  });

  it('refuses submission until both parts are ready, naming the part still being drafted', () => {
    const draft = play(newDraft(), [[{ type: 'markReady', part: 'deliberations' }, ana]]);
    const decision = decide(draft, { type: 'submit' }, ana, NOW);
    expect(decision).toMatchObject({ ok: false, code: 'not-allowed-now' });
    expect(!decision.ok && decision.message).toMatch(/still being drafted: action taken\.$/);
  });

  it('accepts submission when action taken is marked "no action taken" instead of ready', () => {
    const draft = play(newDraft(), [
      [{ type: 'markReady', part: 'deliberations' }, ana],
      [{ type: 'markNoActionTaken' }, ana],
    ]);
    expect(accept(draft, { type: 'submit' }, ana).audit.to).toBe('review');
  });

  it('lets only the owner or a drafter work on the parts', () => {
    for (const outsider of [eve, sam, dora, adam, olga]) {
      expect(decide(newDraft(), { type: 'markReady', part: 'deliberations' }, outsider, NOW)).toMatchObject({
        ok: false,
        code: 'forbidden',
        message: 'Only the owner of the draft or a drafter can mark the deliberations ready.',
      });
    }
  });

  it('lets only the owner change the route, and only while drafting', () => {
    const change = { type: 'changeRoute', route: SHORT_ROUTE };
    expect(decide(newDraft(), change, ben, NOW)).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: 'Only the owner of the draft can change its route.',
    });
    expect(accept(newDraft(), change, ana).envelope.snapshot.context.route).toEqual(SHORT_ROUTE);
    const inReview = play(newDraft(), TO_REVIEW);
    expect(decide(inReview, change, ana, NOW)).toMatchObject({ ok: false, code: 'not-allowed-now' });
  });
});

describe('review', () => {
  it('notifies the first reviewer on submission and each next reviewer on approval', () => {
    const submitted = accept(play(newDraft(), TO_REVIEW.slice(0, 3)), { type: 'submit' }, ana);
    expect(submitted.effects).toEqual([
      { type: 'notifyReviewer', stepIndex: 0, step: { kind: 'role', role: 'reviewer', title: 'Editor' } },
    ]);
    const approved = accept(submitted.envelope, { type: 'approve' }, eve);
    expect(approved.effects).toEqual([
      {
        type: 'notifyReviewer',
        stepIndex: 1,
        step: { kind: 'person', userId: 'rui', name: 'Rui Tanaka', title: 'Section chief' },
      },
    ]);
  });

  it('follows the route in order: a later step cannot approve before an earlier one', () => {
    const draft = play(newDraft(), TO_REVIEW);
    expect(decide(draft, { type: 'approve' }, sam, NOW)).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: 'Only a reviewer can approve or return step 1 of 3 of the route (Editor).',
    });
    const atSectionChief = play(draft, [[{ type: 'approve' }, eve]]);
    expect(decide(atSectionChief, { type: 'approve' }, ben, NOW)).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: 'Only Rui Tanaka can approve or return step 2 of 3 of the route (Section chief).',
    });
  });

  it('approves the draft when the last step approves, and tells the documents officers', () => {
    const atSecretary = play(newDraft(), [...TO_REVIEW, ...THROUGH_COMMISSION_ROUTE.slice(0, 2)]);
    const decision = accept(atSecretary, { type: 'approve' }, sam);
    expect(decision.audit.to).toBe('approved');
    expect(decision.effects).toEqual([{ type: 'notifyDocumentsOfficers', round: 1 }]);
    expect(decision.envelope.snapshot.context.approvals.map((approval) => approval.by)).toEqual([
      'eve',
      'rui',
      'sam',
    ]);
  });

  it('never lets the author approve their own draft, even when they hold the step role', () => {
    expect(decide(play(newDraft(), TO_REVIEW), { type: 'approve' }, ana, NOW)).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: 'You are the author of this draft, so you may not approve it.',
    });
  });

  it('bars anyone who edited the draft since the last submission from approving it', () => {
    const draft = play(newDraft(), [[{ type: 'edit', part: 'actionTaken' }, ben], ...TO_REVIEW]);
    expect(decide(draft, { type: 'approve' }, ben, NOW)).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: 'You edited this draft since it was last submitted, so you may not approve it.',
    });
    expect(accept(draft, { type: 'approve' }, eve).audit.to).toBe('review');
  });

  it('lets a co-drafter approve a later round they did not edit', () => {
    const returned = play(newDraft(), [
      [{ type: 'edit', part: 'deliberations' }, ben],
      ...TO_REVIEW,
      [{ type: 'return', reason: 'Quote the agenda item in full.' }, eve],
    ]);
    const resubmitted = play(returned, TO_REVIEW);
    expect(accept(resubmitted, { type: 'approve' }, ben).envelope.snapshot.context.approvals).toHaveLength(1);
  });

  it('returns the draft to drafting with the reason, and restarts the route from its first step', () => {
    const atSectionChief = play(newDraft(), [...TO_REVIEW, [{ type: 'approve' }, eve]]);
    const returned = accept(
      atSectionChief,
      { type: 'return', reason: '  List the speakers in UN order. ' },
      rui,
    );
    expect(returned.audit).toEqual({
      who: { id: 'rui', name: 'Rui Tanaka' },
      when: NOW,
      from: 'review',
      to: 'drafting.deliberations.drafting, drafting.actionTaken.drafting',
      event: { type: 'return', reason: 'List the speakers in UN order.' },
      reason: 'List the speakers in UN order.',
    });
    expect(returned.effects).toEqual([
      { type: 'notifyOwner', owner: 'ana', reason: 'List the speakers in UN order.' },
    ]);
    const resubmitted = play(returned.envelope, TO_REVIEW);
    expect(summarize(resubmitted).route.map((step) => step.status)).toEqual([
      'current',
      'pending',
      'pending',
    ]);
    expect(decide(resubmitted, { type: 'approve' }, sam, NOW)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('refuses a return without a reason as an invalid event', () => {
    expect(decide(play(newDraft(), TO_REVIEW), { type: 'return', reason: ' ' }, eve, NOW)).toMatchObject({
      ok: false,
      code: 'invalid-event',
    });
  });
});

describe('issuance', () => {
  const approved = () => play(newDraft(), [...TO_REVIEW, ...THROUGH_COMMISSION_ROUTE]);

  it('lets only a documents officer assign the symbol', () => {
    for (const actor of [ana, ben, eve, sam, adam]) {
      expect(decide(approved(), { type: 'assignSymbol', symbol: SEED_SYMBOL }, actor, NOW)).toEqual({
        ok: false,
        code: 'forbidden',
        message: 'Only a documents officer can assign the symbol.',
      });
    }
  });

  it('refuses a symbol that is not a valid UN document symbol', () => {
    const decision = decide(approved(), { type: 'assignSymbol', symbol: 'E/CN.15/2019/L.1/Add' }, dora, NOW);
    expect(decision).toMatchObject({ ok: false, code: 'invalid-event' });
    expect(!decision.ok && decision.message).toMatch(
      /^"E\/CN\.15\/2019\/L\.1\/Add" is not a valid UN document symbol/,
    );
  });

  it('does not issue before the checks pass, and says which check failed', () => {
    const withSymbol = play(approved(), [[{ type: 'assignSymbol', symbol: SEED_SYMBOL }, dora]]);
    expect(decide(withSymbol, { type: 'issue' }, dora, NOW)).toMatchObject({
      ok: false,
      code: 'not-allowed-now',
      message: 'The issuance checks have not been run for this symbol yet.',
    });
    const failed = accept(withSymbol, { type: 'recordChecks', checks: FAILING_CHECKS }, dora);
    expect(failed.audit.to).toBe('issuance.awaitingChecks');
    expect(failed.audit.reason).toBe(
      'language parity failed: paragraph 14 is missing from the Chinese version',
    );
    expect(decide(failed.envelope, { type: 'issue' }, dora, NOW)).toMatchObject({
      ok: false,
      message:
        'The issuance checks have not passed: language parity failed: paragraph 14 is missing from the Chinese version.',
    });
  });

  it('issues the text once checks pass, freezes it and asks for it to be published', () => {
    const ready = play(approved(), TO_ISSUED.slice(0, 2));
    const issued = accept(ready, { type: 'issue' }, dora);
    expect(issued.audit.to).toBe('issued');
    expect(issued.effects).toEqual([{ type: 'publish', symbol: SEED_SYMBOL }]);
    expect(issued.envelope.snapshot.context.issuedAt).toBe(NOW);
    expect(decide(issued.envelope, { type: 'edit', part: 'deliberations' }, ana, NOW)).toEqual({
      ok: false,
      code: 'not-allowed-now',
      message: 'The text has been issued and is frozen; open a corrigendum to change it.',
    });
  });

  it('clears earlier check results when the symbol is reassigned', () => {
    const ready = play(approved(), TO_ISSUED.slice(0, 2));
    const reassigned = accept(ready, { type: 'assignSymbol', symbol: 'E/CN.15/2019/L.1/Add.7' }, dora);
    expect(reassigned.audit.to).toBe('issuance.awaitingChecks');
    expect(reassigned.envelope.snapshot.context).toMatchObject({
      symbol: 'E/CN.15/2019/L.1/Add.7',
      checks: null,
    });
  });
});

describe('after issuance', () => {
  it('opens corrigendum 1, then 2, as new drafts linked to the issued text', () => {
    const first = accept(issuedDraft(), { type: 'openCorrigendum' }, ben);
    const second = accept(first.envelope, { type: 'openCorrigendum' }, ana);
    const [opened1] = first.effects;
    const [opened2] = second.effects;
    expect(opened1).toMatchObject({
      type: 'openCorrigendum',
      corrigendumOf: { symbol: SEED_SYMBOL, number: 1 },
    });
    expect(opened2).toMatchObject({
      type: 'openCorrigendum',
      corrigendumOf: { symbol: SEED_SYMBOL, number: 2 },
    });
    const corrigendum =
      opened1?.type === 'openCorrigendum' ? opened1.envelope : expect.fail('no corrigendum');
    expect(summarize(corrigendum)).toMatchObject({
      phase: 'drafting',
      owner: 'ben',
      corrigendumOf: { number: 1 },
    });
  });

  it('gives a corrigendum only its own …/Corr.N symbol', () => {
    const opened = accept(issuedDraft(), { type: 'openCorrigendum' }, ana).effects[0];
    const corrigendum = opened?.type === 'openCorrigendum' ? opened.envelope : expect.fail('no corrigendum');
    const approved = play(corrigendum, [...TO_REVIEW, ...THROUGH_COMMISSION_ROUTE]);
    expect(decide(approved, { type: 'assignSymbol', symbol: SEED_SYMBOL }, dora, NOW)).toEqual({
      ok: false,
      code: 'invalid-event',
      message: `This draft is corrigendum 1 of ${SEED_SYMBOL}, so its symbol must be ${SEED_SYMBOL}/Corr.1.`,
    });
    const issued = play(approved, [
      [{ type: 'assignSymbol', symbol: `${SEED_SYMBOL}/Corr.1` }, dora],
      ...TO_ISSUED.slice(1),
    ]);
    expect(summarize(issued).symbol).toBe(`${SEED_SYMBOL}/Corr.1`);
    expect(decide(issued, { type: 'openCorrigendum' }, ana, NOW)).toMatchObject({
      ok: false,
      code: 'not-allowed-now',
    });
  });
});

describe('withdrawal', () => {
  it('lets the owner or an administrator withdraw a draft before issuance, and nobody else', () => {
    const inReview = play(newDraft(), TO_REVIEW);
    expect(decide(inReview, { type: 'withdraw' }, ben, NOW)).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: 'Only the owner of the draft or an administrator can withdraw it.',
    });
    expect(accept(inReview, { type: 'withdraw', reason: 'Merged into Add.5.' }, adam).audit).toMatchObject({
      to: 'withdrawn',
      reason: 'Merged into Add.5.',
    });
    expect(accept(newDraft(), { type: 'withdraw' }, ana).audit.to).toBe('withdrawn');
  });

  it('cannot withdraw an issued text', () => {
    expect(decide(issuedDraft(), { type: 'withdraw' }, adam, NOW)).toMatchObject({
      ok: false,
      code: 'not-allowed-now',
    });
  });

  it('accepts nothing once withdrawn', () => {
    const withdrawn = play(newDraft(), [[{ type: 'withdraw' }, ana]]);
    expect(decide(withdrawn, { type: 'edit', part: 'deliberations' }, ana, NOW)).toEqual({
      ok: false,
      code: 'not-allowed-now',
      message: 'The draft has been withdrawn; you cannot edit the deliberations now.',
    });
  });
});

describe('events, actors and time', () => {
  it.each([
    [null, 'An event must be an object with a "type".'],
    [{ type: 'publish' }, '"publish" is not an event a draft understands.'],
    [{ type: 'submit', actor: { id: 'ana', roles: ['drafter'] } }, /taken from your session/],
    [{ type: 'edit', part: 'summary' }, /"summary" is not a part of the draft/],
    [{ type: 'edit' }, 'A edit event needs a "part".'],
    [{ type: 'approve', urgent: true }, 'A approve event has no field "urgent".'],
    [{ type: 'changeRoute', route: [] }, 'A route must be a list of at least one review step.'],
    [{ type: 'recordChecks', checks: { numbering: { passed: true } } }, /symbols check is missing/],
  ])('refuses the malformed event %j as invalid', (event, message) => {
    const decision = decide(newDraft(), event, ana, NOW);
    expect(decision).toMatchObject({ ok: false, code: 'invalid-event' });
    expect(!decision.ok && decision.message).toMatch(message);
  });

  it('records who, when, from, to and the event in the audit entry', () => {
    expect(accept(newDraft(), { type: 'markReady', part: 'deliberations' }, ana).audit).toEqual({
      who: { id: 'ana', name: 'Ana Duarte' },
      when: NOW,
      from: 'drafting.deliberations.drafting, drafting.actionTaken.drafting',
      to: 'drafting.deliberations.ready, drafting.actionTaken.drafting',
      event: { type: 'markReady', part: 'deliberations' },
      reason: null,
    });
  });

  it('throws for a missing clock or a malformed actor, which are server bugs, not user errors', () => {
    expect(() => decide(newDraft(), { type: 'submit' }, ana, 'yesterday')).toThrow(
      /not an ISO 8601 date-time/,
    );
    expect(() => decide(newDraft(), { type: 'submit' }, { id: 'x', roles: ['king'] } as never, NOW)).toThrow(
      /roles of actor x/,
    );
  });

  it('refuses to create a draft with an invalid route, saying which step is wrong', () => {
    expect(() =>
      createDraftEnvelope({
        owner: 'ana',
        route: [{ kind: 'role', role: 'reviewer' }, { kind: 'team' }],
        now: NOW,
      }),
    ).toThrow('Step 2 of the route must be of kind "role" or "person".');
  });
});
