import { type Actor, availableEvents, summarize } from '@rapporteur/lifecycle';
import type { Draft, DraftSummary } from '@rapporteur/store';
import { envelopeOf } from './draft-content';

/**
 * A draft without its document, as lists show it: its record, where it stands in the lifecycle
 * (state, route progress, who must act) — never the raw envelope.
 */
export function draftSummaryJson(draft: DraftSummary) {
  return {
    id: draft.id,
    sessionId: draft.sessionId,
    correctsDraftId: draft.correctsDraftId,
    symbol: draft.symbol,
    language: draft.language,
    title: draft.title,
    metadata: draft.metadata,
    version: draft.version,
    createdBy: draft.createdBy,
    createdAt: draft.createdAt,
    updatedBy: draft.updatedBy,
    updatedAt: draft.updatedAt,
    lifecycle: summarize(envelopeOf(draft)),
  };
}

/**
 * A draft with its document, the ids of the blocks its template locks (which the editor enforces),
 * and the lifecycle events the signed-in actor can perform on it now.
 */
export function draftJson(draft: Draft, actor: Actor) {
  return {
    ...draftSummaryJson(draft),
    document: draft.document,
    lockedIds: draft.lockedIds,
    availableEvents: availableEvents(envelopeOf(draft), actor),
  };
}
