import type { DraftEvent } from './events.js';

/**
 * The record of one accepted event, for the server to append to the draft's audit trail: who
 * did what, when, from which state to which, and why.
 */
export interface AuditEntry {
  /** The actor, as the login session named them. */
  readonly who: { readonly id: string; readonly name?: string };
  /** When (ISO 8601), as supplied by the server. */
  readonly when: string;
  /** The state before, as a stable name (see `stateName`). */
  readonly from: string;
  /** The state after. */
  readonly to: string;
  /** The validated event. */
  readonly event: DraftEvent;
  /** The reason given (return, withdrawal), the approver's comment, or the failed checks; else null. */
  readonly reason: string | null;
}
