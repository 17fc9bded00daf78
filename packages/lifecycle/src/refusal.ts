/**
 * Why a decision was refused: `forbidden` — this actor may never do this here;
 * `not-allowed-now` — the draft's state or an unmet precondition stands in the way;
 * `invalid-event` — the event itself is malformed or unknown.
 */
export type RefusalCode = 'forbidden' | 'not-allowed-now' | 'invalid-event';

/** A refused event: its code, and a message written for the user who tried it. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
}

/** A refusal because the actor may never do this to this draft. */
export function forbidden(message: string): Refusal {
  return { code: 'forbidden', message };
}

/** A refusal because the draft's state or a precondition does not allow it now. */
export function notAllowedNow(message: string): Refusal {
  return { code: 'not-allowed-now', message };
}

/** A refusal because the event is malformed or unknown. */
export function invalidEvent(message: string): Refusal {
  return { code: 'invalid-event', message };
}
