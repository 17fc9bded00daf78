import { type Actor, assertActor } from './actor.js';
import { type DraftEnvelope, restoreSnapshot } from './envelope.js';
import type { Part } from './parts.js';
import { refusalFor } from './policy.js';
import type { Refusal } from './refusal.js';
import { standingOf } from './standing.js';

/** Whether a document save may go through: yes, or the refusal to send back. */
export type EditPermission = { readonly ok: true } | ({ readonly ok: false } & Refusal);

/**
 * Gates saves of the document text (for example each collaborative step) without changing the
 * envelope: no edits to a frozen or withdrawn text, none outside drafting, none to a part marked
 * ready, none by someone who is neither the owner nor a drafter. The server then records the
 * editor with `decide(envelope, { type: 'edit', part }, actor, now)`, which applies the same rule
 * and bars them from approving until the next submission.
 */
export function canEdit(envelope: DraftEnvelope, actor: Actor, part: Part): EditPermission {
  assertActor(actor);
  const snapshot = restoreSnapshot(envelope);
  const refusal = refusalFor(standingOf(snapshot.value), snapshot.context, { type: 'edit', part }, actor);
  return refusal === null ? { ok: true } : { ok: false, ...refusal };
}
