import { initialTransition, type StateValue } from 'xstate';
import type { CorrigendumLink, DraftContext } from './context.js';
import { DRAFT_MACHINE_ID, draftMachine } from './machine.js';
import { validateRoute } from './route.js';
import { standingOf } from './standing.js';
import { assertTimestamp } from './timestamp.js';

/** The version of the envelope format and machine this package writes; `migrate` brings older ones here. */
export const CURRENT_VERSION = 2;

/** The persisted part of a snapshot: the state value and the context, both plain JSON. */
export interface DraftSnapshot {
  readonly value: StateValue;
  readonly context: DraftContext;
}

/**
 * What the server stores for a draft: which machine, which version of it, and the snapshot. The
 * version lets `migrate` bring an envelope written by an older release up to date.
 */
export interface DraftEnvelope {
  readonly machine: typeof DRAFT_MACHINE_ID;
  readonly version: typeof CURRENT_VERSION;
  readonly snapshot: DraftSnapshot;
}

/** What a new draft needs: its owner's user id, its review route, the time, and for a corrigendum its link. */
export interface NewDraft {
  readonly owner: string;
  readonly route: unknown;
  readonly now: string;
  readonly corrigendumOf?: CorrigendumLink;
}

/**
 * Creates the envelope of a new draft, in `drafting` with both parts being drafted. Throws a
 * TypeError naming the problem when the owner, route or time is not valid (validate a route
 * from a request with `validateRoute` first to show the user the message).
 */
export function createDraftEnvelope(draft: NewDraft): DraftEnvelope {
  if (typeof draft.owner !== 'string' || draft.owner === '') {
    throw new TypeError('A new draft needs the user id of its owner.');
  }
  assertTimestamp(draft.now);
  const route = validateRoute(draft.route);
  if (!route.ok) throw new TypeError(route.message);
  const [snapshot] = initialTransition(draftMachine, {
    owner: draft.owner,
    route: route.route,
    now: draft.now,
    corrigendumOf: draft.corrigendumOf ?? null,
  });
  return envelopeOf(snapshot);
}

/** The envelope holding a machine snapshot, in the current version. */
export function envelopeOf(snapshot: { value: StateValue; context: DraftContext }): DraftEnvelope {
  return {
    machine: DRAFT_MACHINE_ID,
    version: CURRENT_VERSION,
    snapshot: { value: snapshot.value, context: snapshot.context },
  };
}

/**
 * Restores the machine snapshot held by a current-version envelope. Throws when the envelope is
 * not a current draft envelope: older ones must go through `migrate` first.
 */
export function restoreSnapshot(envelope: DraftEnvelope) {
  assertCurrentEnvelope(envelope);
  standingOf(envelope.snapshot.value);
  return draftMachine.resolveState({ value: envelope.snapshot.value, context: envelope.snapshot.context });
}

/** Throws a TypeError saying what is wrong unless `value` is a draft envelope of the current version. */
export function assertCurrentEnvelope(value: unknown): asserts value is DraftEnvelope {
  if (typeof value !== 'object' || value === null) throw new TypeError('A draft envelope must be an object.');
  const { machine, version, snapshot } = value as Record<string, unknown>;
  if (machine !== DRAFT_MACHINE_ID) {
    throw new TypeError(`The envelope is for machine "${String(machine)}", not "${DRAFT_MACHINE_ID}".`);
  }
  if (version !== CURRENT_VERSION) {
    throw new TypeError(
      `The envelope is version ${String(version)}; this release reads version ${CURRENT_VERSION} (migrate it first).`,
    );
  }
  if (
    typeof snapshot !== 'object' ||
    snapshot === null ||
    !('value' in snapshot) ||
    !('context' in snapshot)
  ) {
    throw new TypeError('The envelope must hold a snapshot { value, context }.');
  }
}
