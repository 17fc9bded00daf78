import {
  type Actor,
  type AvailableEvent,
  availableEvents,
  type DraftEnvelope,
  type DraftSummary as LifecycleSummary,
  summarize,
} from '@rapporteur/lifecycle';
import { type Draft, type DraftSummary, storedDocumentJson } from '@rapporteur/store';
import { envelopeOf } from './draft-content';

function summaryJsonOf(draft: DraftSummary, envelope: DraftEnvelope) {
  return recordJsonOf(draft, summarize(envelope));
}

function recordJsonOf(draft: DraftSummary, lifecycle: LifecycleSummary) {
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
    lifecycle,
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

/** How many lifecycle states (with a reader each) a server keeps the summary and events of, for reads. */
const KNOWN_STANDINGS = 500;

/**
 * The lifecycle summary and the reader's available events already computed, by the envelope's JSON
 * and the reader: both are pure functions of them, and computing them (restoring the state machine's
 * snapshot twice) was ~80 µs of a read's ~200 µs; most reads find a state and reader seen before.
 * The values are only ever encoded into answers, never changed.
 */
const knownStandings = new Map<string, { summary: LifecycleSummary; events: AvailableEvent[] }>();

/** The draft's lifecycle summary and the events `actor` may perform on it now, as draftJson has them. */
function standingFor(draft: Draft, actor: Actor) {
  const key = `${actor.id}\u0000${actor.name ?? ''}\u0000${actor.roles.join(',')}\u0000${JSON.stringify(draft.lifecycle)}`;
  let known = knownStandings.get(key);
  if (known === undefined) {
    const envelope = envelopeOf(draft);
    known = { summary: summarize(envelope), events: availableEvents(envelope, actor) };
    if (knownStandings.size >= KNOWN_STANDINGS) knownStandings.delete(knownStandings.keys().next().value!);
    knownStandings.set(key, known);
  }
  return known;
}

/**
 * `{ "draft": draftJson(draft, actor) }` as JSON text (UTF-8 bytes, or text when the store kept no
 * stored text), with the document embedded as the store keeps it (storedDocumentJson: the text the
 * store encoded from a validated document — on SQLite its bytes as read, never decoded) rather than
 * decoded and encoded again — most of the cost of reading a draft — and the lifecycle's summary and
 * events as computed before for the same state and reader (standingFor). The same JSON value, the
 * document last.
 */
export function draftAnswerText(draft: Draft, actor: Actor): string | Uint8Array<ArrayBuffer> {
  const document = storedDocumentJson(draft);
  if (document === undefined) return JSON.stringify({ draft: draftJson(draft, actor) });
  const { summary, events } = standingFor(draft, actor);
  const rest = JSON.stringify({
    ...recordJsonOf(draft, summary),
    lockedIds: draft.lockedIds,
    availableEvents: events,
  });
  const head = `{"draft":${rest.slice(0, -1)},"document":`;
  if (typeof document === 'string') return `${head}${document}}}`;
  return Buffer.concat([Buffer.from(head, 'utf8'), document, DRAFT_ANSWER_END]);
}

/** What closes a draft's answer after its document: the draft object, then the answer. */
const DRAFT_ANSWER_END = Buffer.from('}}', 'utf8');
