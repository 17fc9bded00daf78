import { transition } from 'xstate';
import { type Actor, assertActor } from './actor.js';
import type { AuditEntry } from './audit.js';
import type { Effect } from './effects.js';
import { createDraftEnvelope, type DraftEnvelope, envelopeOf, restoreSnapshot } from './envelope.js';
import { eventPhrase } from './event-labels.js';
import { type DraftEvent, parseDraftEvent } from './events.js';
import { describeFailedChecks, failedChecks } from './issuance-checks.js';
import { type DraftEffectParams, draftMachine } from './machine.js';
import { refusalFor, symbolFitRefusal } from './policy.js';
import { notAllowedNow, type RefusalCode } from './refusal.js';
import { standingOf, stateName } from './standing.js';
import { assertTimestamp } from './timestamp.js';

/**
 * The outcome of {@link decide}: the next envelope with the audit entry and effects to record and
 * run, or a refusal the user can read. A refusal changes nothing.
 */
export type Decision =
  | {
      readonly ok: true;
      readonly envelope: DraftEnvelope;
      readonly audit: AuditEntry;
      readonly effects: Effect[];
    }
  | { readonly ok: false; readonly code: RefusalCode; readonly message: string };

/**
 * Decides one event for one draft: the server's single authority over the lifecycle. It
 * validates `event` (which comes from a request), applies the role and route rules for `actor`
 * (which the server takes from the login session), computes the transition with the machine's
 * pure `transition`, and returns what to store, record and run. `now` is the server's time
 * (ISO 8601); nothing here reads a clock or performs I/O. Throws a TypeError only for a
 * malformed envelope, actor or time, which are the calling code's bugs.
 */
export function decide(envelope: DraftEnvelope, event: unknown, actor: Actor, now: string): Decision {
  assertActor(actor);
  assertTimestamp(now);
  const snapshot = restoreSnapshot(envelope);
  const parsed = parseDraftEvent(event);
  if (!parsed.ok) return { ok: false, code: 'invalid-event', message: parsed.message };
  const accepted = parsed.event;
  const from = standingOf(snapshot.value);
  const refusal =
    refusalFor(from, snapshot.context, accepted, actor) ??
    (accepted.type === 'assignSymbol' ? symbolFitRefusal(snapshot.context, accepted.symbol) : null);
  if (refusal !== null) return { ok: false, ...refusal };
  const [next, actions] = transition(draftMachine, snapshot, { ...accepted, actor, now });
  if (next === snapshot) {
    return { ok: false, ...notAllowedNow(`You cannot ${eventPhrase(accepted)} now.`) };
  }
  return {
    ok: true,
    envelope: envelopeOf(next),
    audit: {
      who: actor.name === undefined ? { id: actor.id } : { id: actor.id, name: actor.name },
      when: now,
      from: stateName(from),
      to: stateName(standingOf(next.value)),
      event: accepted,
      reason: reasonOf(accepted),
    },
    effects: actions.flatMap((action) => effectOf(action, now)),
  };
}

function reasonOf(event: DraftEvent): string | null {
  switch (event.type) {
    case 'return':
      return event.reason;
    case 'withdraw':
      return event.reason ?? null;
    case 'approve':
      return event.comment ?? null;
    case 'recordChecks':
      return failedChecks(event.checks).length === 0 ? null : describeFailedChecks(event.checks);
    default:
      return null;
  }
}

type ExecutableAction = { type: string; params?: unknown };

function effectOf(action: ExecutableAction, now: string): Effect[] {
  switch (action.type) {
    case 'notifyReviewer':
      return [{ type: 'notifyReviewer', ...(action.params as DraftEffectParams['notifyReviewer']) }];
    case 'notifyOwner':
      return [{ type: 'notifyOwner', ...(action.params as DraftEffectParams['notifyOwner']) }];
    case 'notifyDocumentsOfficers':
      return [
        {
          type: 'notifyDocumentsOfficers',
          ...(action.params as DraftEffectParams['notifyDocumentsOfficers']),
        },
      ];
    case 'publish':
      return [{ type: 'publish', ...(action.params as DraftEffectParams['publish']) }];
    case 'openCorrigendum': {
      const { corrigendumOf, owner, route } = action.params as DraftEffectParams['openCorrigendum'];
      return [
        {
          type: 'openCorrigendum',
          corrigendumOf,
          envelope: createDraftEnvelope({ owner, route, now, corrigendumOf }),
        },
      ];
    }
    default:
      return [];
  }
}
