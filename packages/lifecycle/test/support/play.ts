import { expect } from 'vitest';
import {
  type Actor,
  createDraftEnvelope,
  type Decision,
  type DraftEnvelope,
  decide,
  type Route,
} from '../../src/index.js';
import {
  ana,
  ben,
  COMMISSION_ROUTE,
  dora,
  eve,
  NOW,
  PASSING_CHECKS,
  rui,
  SEED_SYMBOL,
  sam,
} from './people.js';

/** One event by one actor. */
export type Move = readonly [event: unknown, actor: Actor];

/** A new draft owned by Ana on the commission route (or `route`). */
export function newDraft(route: Route = COMMISSION_ROUTE): DraftEnvelope {
  return createDraftEnvelope({ owner: ana.id, route, now: NOW });
}

/** Decides `event` and fails the test with the refusal's message if it is refused. */
export function accept(
  envelope: DraftEnvelope,
  event: unknown,
  actor: Actor,
): Extract<Decision, { ok: true }> {
  const decision = decide(envelope, event, actor, NOW);
  if (!decision.ok) expect.fail(`${JSON.stringify(event)} by ${actor.id} was refused: ${decision.message}`);
  return decision;
}

/** Plays every move, each of which must be accepted, and returns the final envelope. */
export function play(envelope: DraftEnvelope, moves: readonly Move[]): DraftEnvelope {
  return moves.reduce((current, [event, actor]) => accept(current, event, actor).envelope, envelope);
}

/** Moves that take a new draft to review: both parts ready, submitted. */
export const TO_REVIEW: readonly Move[] = [
  [{ type: 'edit', part: 'deliberations' }, ana],
  [{ type: 'markReady', part: 'deliberations' }, ana],
  [{ type: 'markReady', part: 'actionTaken' }, ben],
  [{ type: 'submit' }, ana],
];

/** Moves that take a draft in review along the commission route to approval. */
export const THROUGH_COMMISSION_ROUTE: readonly Move[] = [
  [{ type: 'approve' }, eve],
  [{ type: 'approve', comment: 'Cleared.' }, rui],
  [{ type: 'approve' }, sam],
];

/** Moves that take an approved draft to an issued text under the seed symbol. */
export const TO_ISSUED: readonly Move[] = [
  [{ type: 'assignSymbol', symbol: SEED_SYMBOL }, dora],
  [{ type: 'recordChecks', checks: PASSING_CHECKS }, dora],
  [{ type: 'issue' }, dora],
];

/** A draft on the commission route that has been issued. */
export function issuedDraft(): DraftEnvelope {
  return play(newDraft(), [...TO_REVIEW, ...THROUGH_COMMISSION_ROUTE, ...TO_ISSUED]);
}
