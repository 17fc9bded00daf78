import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  availableEvents,
  canEdit,
  type DraftEnvelope,
  decide,
  type RouteStep,
  summarize,
} from '../src/index.js';
import {
  COMMISSION_ROUTE,
  EVERYONE,
  FAILING_CHECKS,
  NOW,
  PASSING_CHECKS,
  SEED_SYMBOL,
  SHORT_ROUTE,
} from './support/people.js';
import { newDraft } from './support/play.js';

const ROUTES = [COMMISSION_ROUTE, SHORT_ROUTE];
const SYMBOLS = [
  SEED_SYMBOL,
  `${SEED_SYMBOL}/Corr.1`,
  'E/CN.15/2019/L.1/Add',
  'http://undocs.org/E/CN.15/2019/4',
];

/** Fills in a payload for an event kind offered by `availableEvents`, chosen by `pick`. */
function withPayload(kind: { type: string; part?: string }, pick: number): unknown {
  switch (kind.type) {
    case 'changeRoute':
      return { type: kind.type, route: ROUTES[pick % ROUTES.length] };
    case 'approve':
      return pick % 2 === 0 ? { type: kind.type } : { type: kind.type, comment: 'Seen.' };
    case 'return':
      return { type: kind.type, reason: pick % 3 === 0 ? '' : 'Renumber the paragraphs.' };
    case 'assignSymbol':
      return { type: kind.type, symbol: SYMBOLS[pick % SYMBOLS.length] };
    case 'recordChecks':
      return { type: kind.type, checks: pick % 3 === 0 ? FAILING_CHECKS : PASSING_CHECKS };
    case 'withdraw':
      return pick % 7 === 0 ? { type: kind.type, reason: 'Superseded.' } : { type: kind.type };
    default:
      return kind.part === undefined ? { type: kind.type } : { type: kind.type, part: kind.part };
  }
}

/** Any event a request could carry: well-formed ones of every type, and malformed ones. */
const anyEvent: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    type: fc.constantFrom('edit', 'markReady', 'reopen'),
    part: fc.constantFrom('deliberations', 'actionTaken'),
  }),
  fc
    .constantFrom('markNoActionTaken', 'submit', 'approve', 'issue', 'openCorrigendum', 'withdraw')
    .map((type) => ({
      type,
    })),
  fc.record({ type: fc.constant('changeRoute'), route: fc.constantFrom(...ROUTES) }),
  fc.record({ type: fc.constant('return'), reason: fc.string() }),
  fc.record({ type: fc.constant('assignSymbol'), symbol: fc.constantFrom(...SYMBOLS) }),
  fc.record({ type: fc.constant('recordChecks'), checks: fc.constantFrom(PASSING_CHECKS, FAILING_CHECKS) }),
  fc.record({ type: fc.constant('submit'), actor: fc.constantFrom(...EVERYONE) }),
  fc.anything(),
);

/**
 * One move: mostly an event some actor may perform now (to drive the draft forward), otherwise
 * any event by anyone.
 */
const move = fc.record({
  driven: fc.nat({ max: 3 }).map((roll) => roll > 0),
  pick: fc.noBias(fc.nat({ max: 1_000_000 })),
  actor: fc.constantFrom(...EVERYONE),
  event: anyEvent,
});

type Move = typeof move extends fc.Arbitrary<infer T> ? T : never;

function chooseMove(envelope: DraftEnvelope, { driven, pick, actor, event }: Move): [unknown, Actor] {
  if (!driven) return [event, actor];
  const offers = EVERYONE.flatMap((who) =>
    availableEvents(envelope, who).map((kind) => [kind, who] as const),
  ).filter(([kind]) => kind.type !== 'withdraw' || pick % 10 === 0);
  const offer = offers[pick % Math.max(offers.length, 1)];
  return offer === undefined ? [event, actor] : [withPayload(offer[0], pick), offer[1]];
}

const fills = (actor: Actor | undefined, step: RouteStep) =>
  actor !== undefined && (step.kind === 'role' ? actor.roles.includes(step.role) : actor.id === step.userId);
const byId = (id: string) => EVERYONE.find((actor) => actor.id === id);

/**
 * Plays random moves on a new draft and checks, after each, the invariants of issue 5; returns
 * whether the text was issued, so the test can show that runs get that far.
 */
function checkInvariants(route: (typeof ROUTES)[number], moves: readonly Move[]): boolean {
  let envelope = newDraft(route);
  let issued = false;
  for (const chosen of moves) {
    const [event, actor] = chooseMove(envelope, chosen);
    const before = JSON.stringify(envelope);
    const phaseBefore = summarize(envelope).phase;
    const decision = decide(envelope, event, actor, NOW);
    if (!decision.ok) {
      expect(JSON.stringify(envelope)).toBe(before);
      expect(Object.keys(decision).sort()).toEqual(['code', 'message', 'ok']);
      expect(decision.message.length).toBeGreaterThan(10);
      continue;
    }
    const { context } = envelope.snapshot;
    const next = decision.envelope;
    const phaseAfter = summarize(next).phase;
    expect(JSON.parse(JSON.stringify(next))).toEqual(next);
    if (decision.audit.event.type === 'approve') {
      expect(actor.id).not.toBe(context.owner);
      expect(context.editors).not.toContain(actor.id);
      expect(fills(actor, context.route[context.stepIndex]!)).toBe(true);
    }
    if (decision.audit.event.type === 'edit') expect(phaseBefore).toBe('drafting');
    if (phaseBefore === 'issued') {
      expect(decision.audit.event.type).toBe('openCorrigendum');
      expect(next.snapshot.value).toBe('issued');
    }
    if (phaseAfter === 'issued' && phaseBefore !== 'issued') {
      const { route: steps, approvals, owner } = next.snapshot.context;
      expect(approvals.map((approval) => approval.stepIndex)).toEqual(steps.map((_, index) => index));
      for (const approval of approvals) {
        expect(approval.by).not.toBe(owner);
        expect(fills(byId(approval.by), steps[approval.stepIndex]!)).toBe(true);
      }
      issued = true;
    }
    if (phaseAfter === 'issued') {
      for (const who of EVERYONE) {
        expect(canEdit(next, who, 'deliberations').ok).toBe(false);
        expect(canEdit(next, who, 'actionTaken').ok).toBe(false);
      }
    }
    envelope = next;
  }
  return issued;
}

describe('random sequences of events by random actors', () => {
  it('never issue without every route step approved, never let the author or an editor approve, never edit a frozen text, and never change anything on a refusal', () => {
    let issuedRuns = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...ROUTES),
        fc.array(move, { minLength: 1, maxLength: 150, size: 'max' }),
        (route, moves) => {
          if (checkInvariants(route, moves)) issuedRuns += 1;
        },
      ),
      { numRuns: 300 },
    );
    expect(issuedRuns).toBeGreaterThan(10);
  });

  it('refuse every malformed event as invalid, whatever the state', () => {
    const malformed = fc.oneof(
      fc.anything().filter((value) => typeof value !== 'object' || value === null || !('type' in value)),
      fc.record({
        type: fc.string().filter((type) => !['submit', 'issue'].includes(type)),
        extra: fc.anything(),
      }),
      fc.record({ type: fc.constantFrom('edit', 'markReady', 'reopen'), part: fc.string() }),
    );
    fc.assert(
      fc.property(malformed, fc.constantFrom(...EVERYONE), (event, actor) => {
        const decision = decide(newDraft(), event, actor, NOW);
        expect(decision.ok).toBe(false);
        if (!decision.ok) expect(decision.code).toBe('invalid-event');
      }),
    );
  });
});
