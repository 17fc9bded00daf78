import { type Actor, availableEvents, type DraftEnvelope, summarize } from '@rapporteur/lifecycle';
import { type Draft, type DraftSummary, storedDocumentJson } from '@rapporteur/store';
import { envelopeOf } from './draft-content';

function summaryJsonOf(draft: DraftSummary, envelope: DraftEnvelope) {
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
    lifecycle: summarize(envelope),
  };
}

/**
 * A draft without its document, as lists show it: its record, where it stands in the lifecycle
 * (state, route progress, who must act) — never the raw envelope.
 */
export function draftSummaryJson(draft: DraftSummary) {
  return summaryJsonOf(draft, envelopeOf(draft));
}

/**
 * A draft with its document, the ids of the blocks its template locks (which the editor enforces),
 * and the lifecycle events the signed-in actor can perform on it now.
 */
export function draftJson(draft: Draft, actor: Actor) {
  const envelope = envelopeOf(draft);
  return {
    ...summaryJsonOf(draft, envelope),
    document: draft.document,
    lockedIds: draft.lockedIds,
    availableEvents: availableEvents(envelope, actor),
  };
}

/**
 * `{ "draft": draftJson(draft, actor) }` as JSON text (UTF-8 bytes, or text when the store kept no
 * stored text), with the document embedded as the store keeps it (storedDocumentJson: the text the
 * store encoded from a validated document — on SQLite its bytes as read, never decoded) rather than
 * decoded and encoded again — most of the cost of reading a draft. The same JSON value, the document
 * last.
 */
export function draftAnswerText(draft: Draft, actor: Actor): string | Uint8Array<ArrayBuffer> {
  const document = storedDocumentJson(draft);
  if (document === undefined) return JSON.stringify({ draft: draftJson(draft, actor) });
  const envelope = envelopeOf(draft);
  const rest = JSON.stringify({
    ...summaryJsonOf(draft, envelope),
    lockedIds: draft.lockedIds,
    availableEvents: availableEvents(envelope, actor),
  });
  const head = `{"draft":${rest.slice(0, -1)},"document":`;
  if (typeof document === 'string') return `${head}${document}}}`;
  return Buffer.concat([Buffer.from(head, 'utf8'), document, DRAFT_ANSWER_END]);
}

/** What closes a draft's answer after its document: the draft object, then the answer. */
const DRAFT_ANSWER_END = Buffer.from('}}', 'utf8');
