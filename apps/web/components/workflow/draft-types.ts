import type { AvailableEvent, DraftSummary } from '@rapporteur/lifecycle';

/** A draft as `GET /api/drafts` lists it: its record and where it stands, without the document. */
export interface DraftListEntry {
  readonly id: string;
  readonly sessionId: string | null;
  readonly symbol: string;
  readonly language: string;
  readonly title: string;
  readonly metadata: Record<string, unknown> | null;
  readonly version: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly lifecycle: DraftSummary;
}

/** A draft as `GET /api/drafts/:id` gives it: with its document and what the user may do now. */
export interface DraftDetail extends DraftListEntry {
  readonly document: unknown;
  /** Ids of the blocks the draft's template locks, which the editor enforces. */
  readonly lockedIds: readonly string[];
  readonly availableEvents: readonly AvailableEvent[];
}

/** One audit entry of a draft's history. */
export interface AuditEntryJson {
  readonly id?: string | number;
  readonly action: string;
  readonly actor: string | null;
  readonly at: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly reason: string | null;
  readonly data?: unknown;
}

/** One saved version of a draft's document. */
export interface VersionJson {
  readonly version: number;
  readonly savedBy: string;
  readonly savedAt: string;
}

/** A comment thread or reply, as the comments API gives it. */
export interface CommentJson {
  readonly id: string;
  readonly draftId: string;
  readonly parentId?: string | null;
  readonly author: string;
  readonly authorName?: string;
  readonly body: string;
  readonly anchor?: { paragraphId: string; from: number; to: number; quote?: string | null } | null;
  readonly createdAt: string;
  readonly resolvedAt?: string | null;
  readonly resolvedBy?: string | null;
  readonly version: number;
  readonly replies?: readonly CommentJson[];
}

/** A session as the API gives it. */
export interface SessionJson {
  readonly id: string;
  readonly bodyId: string;
  readonly code: string;
  readonly facts: Record<string, unknown>;
  readonly version: number;
}

/** A body (an intergovernmental body such as the CCPCJ) as the API gives it. */
export interface BodyJson {
  readonly id: string;
  readonly code: string;
  readonly facts: Record<string, unknown>;
}
