import type { IssuanceChecks } from './issuance-checks.js';
import type { Route } from './route.js';

/** One approval of a route step in the current review round. */
export interface Approval {
  /** The index of the approved step in the route. */
  readonly stepIndex: number;
  /** The user id of the approver. */
  readonly by: string;
  /** When it was approved (ISO 8601). */
  readonly at: string;
  /** What the approver said, if anything. */
  readonly comment?: string;
}

/** The last time the draft was sent back to drafting, shown to drafters until they resubmit. */
export interface ReturnNote {
  /** The index of the step whose reviewer returned the draft. */
  readonly stepIndex: number;
  /** The user id of the reviewer. */
  readonly by: string;
  /** When it was returned (ISO 8601). */
  readonly at: string;
  /** Why it was returned. */
  readonly reason: string;
}

/** The issued document a corrigendum corrects, and which corrigendum of it this draft is. */
export interface CorrigendumLink {
  /** The symbol of the issued document, e.g. E/CN.15/2019/L.1/Add.6. */
  readonly symbol: string;
  /** 1 for …/Corr.1, 2 for …/Corr.2, and so on. */
  readonly number: number;
}

/**
 * Everything the lifecycle remembers about a draft besides its state: who owns it, its route
 * and progress along it, who edited it, its symbol and checks. Plain JSON, so it persists as is.
 */
export interface DraftContext {
  /** The user id of the draft's author and owner. */
  readonly owner: string;
  /** When the draft was created (ISO 8601). */
  readonly createdAt: string;
  /** The review route; changeable by the owner while drafting. */
  readonly route: Route;
  /** How many times the draft has been submitted. */
  readonly round: number;
  /** The route step that must act next while in review (0 outside review). */
  readonly stepIndex: number;
  /** The approvals given in the current review round, in route order. */
  readonly approvals: readonly Approval[];
  /** The users who edited the draft since the last submission, sorted; they may not approve it. */
  readonly editors: readonly string[];
  /** The last return to drafting, cleared on resubmission. */
  readonly lastReturn: ReturnNote | null;
  /** The final symbol, once a documents officer has assigned it. */
  readonly symbol: string | null;
  /** The outcome of the last issuance checks for the current symbol. */
  readonly checks: IssuanceChecks | null;
  /** When the text was issued (ISO 8601), after which it is frozen. */
  readonly issuedAt: string | null;
  /** Set when this draft is a corrigendum of an issued document. */
  readonly corrigendumOf: CorrigendumLink | null;
  /** How many corrigenda have been opened for this (issued) document. */
  readonly corrigendaOpened: number;
}

/** The symbol a corrigendum must carry: the corrected document's symbol with /Corr.N. */
export function corrigendumSymbol(link: CorrigendumLink): string {
  return `${link.symbol}/Corr.${link.number}`;
}
