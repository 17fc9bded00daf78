import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import type { SnapshotFrom } from 'xstate';
import { type DraftEvent, type DraftMachineEvent, draftMachine } from '../../src/index.js';
import type { DraftMachineInput } from '../../src/machine.js';
import {
  COMMISSION_ROUTE,
  EVERYONE,
  FAILING_CHECKS,
  NOW,
  PASSING_CHECKS,
  SEED_SYMBOL,
  SHORT_ROUTE,
} from './people.js';

/** A snapshot of the draft machine. */
export type DraftSnapshotOf = SnapshotFrom<typeof draftMachine>;

/** One event of each kind, with the payload variants worth exploring. */
const EVENT_TEMPLATES: readonly DraftEvent[] = [
  { type: 'edit', part: 'deliberations' },
  { type: 'edit', part: 'actionTaken' },
  { type: 'markReady', part: 'deliberations' },
  { type: 'markReady', part: 'actionTaken' },
  { type: 'reopen', part: 'deliberations' },
  { type: 'reopen', part: 'actionTaken' },
  { type: 'markNoActionTaken' },
  { type: 'changeRoute', route: SHORT_ROUTE },
  { type: 'changeRoute', route: COMMISSION_ROUTE },
  { type: 'submit' },
  { type: 'approve' },
  { type: 'return', reason: 'Quote the agenda item in full.' },
  { type: 'assignSymbol', symbol: SEED_SYMBOL },
  { type: 'assignSymbol', symbol: `${SEED_SYMBOL}/Corr.1` },
  { type: 'recordChecks', checks: FAILING_CHECKS },
  { type: 'recordChecks', checks: PASSING_CHECKS },
  { type: 'issue' },
  { type: 'withdraw', reason: 'Superseded.' },
  { type: 'openCorrigendum' },
];

/** Every template event by every test actor, at the test time. */
export const GRAPH_EVENTS: readonly DraftMachineEvent[] = EVENT_TEMPLATES.flatMap((event) =>
  EVERYONE.map((actor) => ({ ...event, actor, now: NOW })),
);

/**
 * What distinguishes two snapshots for exploration: the state and the parts of the context that
 * change what may happen next. Counters (round, corrigenda) and timestamps are left out so the
 * graph stays finite.
 */
function serializeState(snapshot: DraftSnapshotOf): string {
  const { context } = snapshot;
  return JSON.stringify([
    snapshot.value,
    context.route.length,
    context.stepIndex,
    context.editors,
    context.approvals.map((approval) => approval.by),
    context.symbol,
    context.checks === null ? null : Object.values(context.checks).every((check) => check.passed),
    context.lastReturn === null,
    context.corrigendaOpened > 0,
  ]);
}

/** The drafts explored: an original, and corrigendum 1 of the seed addendum; both owned by Ana. */
export const GRAPH_INPUTS: readonly DraftMachineInput[] = [
  { owner: 'ana', route: COMMISSION_ROUTE, now: NOW, corrigendumOf: null },
  { owner: 'ana', route: COMMISSION_ROUTE, now: NOW, corrigendumOf: { symbol: SEED_SYMBOL, number: 1 } },
];

function traversal(input: DraftMachineInput) {
  return {
    input,
    events: GRAPH_EVENTS,
    serializeState,
    serializeEvent: (event: DraftMachineEvent) => JSON.stringify(event),
  };
}

/** Every reachable snapshot of a draft created from `input`. */
export function draftStates(input: DraftMachineInput): DraftSnapshotOf[] {
  return Object.values(getAdjacencyMap(draftMachine, traversal(input))).map(({ state }) => state);
}

/** Every graph event tried on every reachable snapshot of a draft created from `input`, and where it led. */
export function draftEdges(input: DraftMachineInput) {
  return adjacencyMapToArray(getAdjacencyMap(draftMachine, traversal(input)));
}

/** The shortest path to every reachable snapshot of a draft created from `input`. */
export function draftPaths(input: DraftMachineInput) {
  return getShortestPaths(draftMachine, traversal(input));
}
