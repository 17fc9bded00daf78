import { getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import type { AnyTransitionDefinition, StateValue } from 'xstate';
import { envelopeOf } from '../src/envelope.js';
import { type Actor, type DraftMachineEvent, decide, draftMachine, type RouteStep } from '../src/index.js';
import { type DraftSnapshotOf, draftEdges, draftPaths, draftStates, GRAPH_INPUTS } from './support/graph.js';
import { NOW } from './support/people.js';

/** The event as a request would carry it: without the actor and time the server adds. */
function requestOf(event: DraftMachineEvent): unknown {
  const { actor: _actor, now: _now, ...request } = event;
  return request;
}

const fills = (actor: Actor, step: RouteStep | undefined) =>
  step !== undefined && (step.kind === 'role' ? actor.roles.includes(step.role) : actor.id === step.userId);

/**
 * The role rules of issue 5, written out independently of the policy module: who may cause each
 * kind of event to be accepted, judged on the snapshot before the event.
 */
function roleRuleHolds(before: DraftSnapshotOf, event: DraftMachineEvent): boolean {
  const { actor } = event;
  const { context } = before;
  const isOwner = actor.id === context.owner;
  const isDrafter = isOwner || actor.roles.includes('drafter');
  switch (event.type) {
    case 'edit':
    case 'markReady':
    case 'reopen':
    case 'markNoActionTaken':
    case 'submit':
    case 'openCorrigendum':
      return isDrafter;
    case 'changeRoute':
      return isOwner;
    case 'approve':
      return (
        fills(actor, context.route[context.stepIndex]) && !isOwner && !context.editors.includes(actor.id)
      );
    case 'return':
      return fills(actor, context.route[context.stepIndex]);
    case 'assignSymbol':
    case 'recordChecks':
    case 'issue':
      return actor.roles.includes('documents-officer');
    case 'withdraw':
      return isOwner || actor.roles.includes('administrator');
  }
}

/** A state value with the state node at `path` active (and its ancestors). */
function valueAt(path: readonly string[]): StateValue {
  return path.length === 1 ? path[0]! : { [path[0]!]: valueAt(path.slice(1)) };
}

const graphs = GRAPH_INPUTS.map((input) => ({
  states: draftStates(input),
  edges: draftEdges(input),
  paths: draftPaths(input),
}));
const transitionsFired = (before: DraftSnapshotOf, event: DraftMachineEvent): AnyTransitionDefinition[] =>
  draftMachine.getTransitionData(before, event);

describe('the machine, explored with @xstate/graph', () => {
  it('reaches every state node', () => {
    const reached = graphs.flatMap(({ states }) => states);
    const unreached = getStateNodes(draftMachine.root)
      .filter((node) => !reached.some((snapshot) => snapshot.matches(valueAt(node.path) as never)))
      .map((node) => node.id);
    expect(unreached).toEqual([]);
    expect(getStateNodes(draftMachine.root).length).toBeGreaterThan(10);
  });

  it('takes every transition of every state node', () => {
    const taken = new Set<AnyTransitionDefinition>();
    for (const { edges } of graphs) {
      for (const { state, event } of edges) {
        for (const transition of transitionsFired(state, event)) taken.add(transition);
      }
    }
    const all = getStateNodes(draftMachine.root).flatMap((node) => [...node.transitions.values()].flat());
    const missed = all
      .filter((transition) => !taken.has(transition))
      .map((t) => `${t.source.id} on ${t.eventType}`);
    expect(missed).toEqual([]);
    expect(all.length).toBeGreaterThan(20);
  });

  it('keeps the role rules on every step of every path', () => {
    let steps = 0;
    for (const { paths } of graphs) {
      for (const path of paths) {
        let before: DraftSnapshotOf | undefined;
        for (const step of path.steps) {
          if (before !== undefined) {
            expect(roleRuleHolds(before, step.event), `${step.event.type} by ${step.event.actor.id}`).toBe(
              true,
            );
            steps += 1;
          }
          before = step.state;
        }
      }
    }
    expect(steps).toBeGreaterThan(500);
  });

  it('refuses, through decide, every event the role rules forbid, in every reachable state', () => {
    for (const { edges } of graphs) {
      for (const { state, event } of edges) {
        if (roleRuleHolds(state, event)) continue;
        expect(decide(envelopeOf(state), requestOf(event), event.actor, NOW).ok).toBe(false);
      }
    }
  });

  it('agrees with decide on every event in every reachable state, and on where it leads', () => {
    let accepted = 0;
    for (const { edges } of graphs) {
      for (const { state, event, nextState } of edges) {
        const decision = decide(envelopeOf(state), requestOf(event), event.actor, NOW);
        const label = `${JSON.stringify(state.value)}: ${event.type} by ${event.actor.id}`;
        expect(decision.ok, label).toBe(transitionsFired(state, event).length > 0);
        if (decision.ok) {
          accepted += 1;
          expect(decision.envelope.snapshot, label).toEqual({
            value: nextState.value,
            context: nextState.context,
          });
        } else if (decision.code === 'invalid-event') {
          expect(decision.message, label).toMatch(
            /^This draft is corrigendum 1 of .*, so its symbol must be/,
          );
        }
      }
    }
    expect(accepted).toBeGreaterThan(1000);
  });
});
