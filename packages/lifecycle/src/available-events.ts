import { type Actor, assertActor } from './actor.js';
import { type DraftEnvelope, restoreSnapshot } from './envelope.js';
import { type EventKind, eventLabel } from './event-labels.js';
import { DRAFT_EVENT_TYPES } from './events.js';
import { PARTS } from './parts.js';
import { refusalFor } from './policy.js';
import { standingOf } from './standing.js';

/** An event the actor can perform now, with the label to show on its button. */
export interface AvailableEvent extends EventKind {
  readonly label: string;
}

/** Every kind of event a draft knows: per-part events once for each part, the others once. */
const EVENT_KINDS: readonly EventKind[] = DRAFT_EVENT_TYPES.flatMap((type): EventKind[] =>
  type === 'edit' || type === 'markReady' || type === 'reopen'
    ? PARTS.map((part) => ({ type, part }))
    : [{ type }],
);

/**
 * The events `actor` may perform on the draft now, for the browser to offer. It applies the same
 * rules as `decide`, on the event's type and part; an event that needs input (a symbol, a
 * reason, check results) may still be refused by `decide` if that input is wrong.
 */
export function availableEvents(envelope: DraftEnvelope, actor: Actor): AvailableEvent[] {
  assertActor(actor);
  const snapshot = restoreSnapshot(envelope);
  const standing = standingOf(snapshot.value);
  return EVENT_KINDS.filter((kind) => refusalFor(standing, snapshot.context, kind, actor) === null).map(
    (kind) => ({
      ...kind,
      label: eventLabel(kind),
    }),
  );
}
