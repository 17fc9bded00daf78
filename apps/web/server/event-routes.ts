import { corrigendumSymbol, type DraftEnvelope, decide, type Effect, summarize } from '@rapporteur/lifecycle';
import type { CorrigendumOpening, Draft, PublishedText, Store } from '@rapporteur/store';
import { z } from 'zod';
import { ApiError } from './api-error';
import { withPendingStepsFolded } from './collab-pending';
import { documentDraftOf, envelopeOf } from './draft-content';
import { draftJson } from './draft-json';
import { runIssuanceChecks } from './issuance-checks';
import { readBody } from './read-body';
import { json } from './respond';
import type { Route } from './router';

const eventBody = z
  .object({
    baseVersion: z.number().int().positive(),
    event: z.record(z.string(), z.unknown()),
  })
  .strict();

const REFUSAL_CODES = {
  forbidden: 'forbidden',
  'not-allowed-now': 'not-allowed-now',
  'invalid-event': 'invalid-event',
} as const;

/**
 * The version to decide an event at, for a client that saw the draft at `seen`: the draft's version
 * when only folds (co-editing steps saved as the next version: the text, never the lifecycle or the
 * metadata) came after `seen` — nobody acted since, and the text is the shared text every editor sees
 * — and otherwise `seen`, which the save refuses as stale (409) if the draft has moved on.
 */
async function baseVersionFor(store: Store, draft: Draft, seen: number): Promise<number> {
  if (seen >= draft.version) return seen;
  return (await store.steps.onlyFoldsBetween(draft.id, seen, draft.version)) ? draft.version : seen;
}

/**
 * Prepares an event from a request for `decide`: the server, not the client, runs the issuance
 * checks of a `recordChecks` event on the document it holds; and a text is not issued under a symbol
 * and language that are already published.
 */
async function prepareEvent(
  store: Store,
  draft: Draft,
  envelope: DraftEnvelope,
  event: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const symbol = envelope.snapshot.context.symbol;
  if (event.type === 'recordChecks') {
    if ('checks' in event) {
      throw new ApiError(
        'invalid-event',
        'The server runs the issuance checks itself; send { "type": "recordChecks" } only.',
        'event.checks',
      );
    }
    if (symbol === null) return event;
    return {
      ...event,
      checks: await runIssuanceChecks(store, documentDraftOf(draft), symbol, draft.language),
    };
  }
  if (event.type === 'issue' && symbol !== null) {
    const existing = await store.published.list({ symbol });
    if (existing.some((text) => text.language === draft.language)) {
      throw new ApiError('already-exists', `${symbol} is already issued in ${draft.language}.`);
    }
  }
  return event;
}

/**
 * The corrigendum draft an `openCorrigendum` effect asks for: a copy of the issued draft (taken at the
 * version the decision was made on) under the …/Corr.N symbol, with the effect's new envelope.
 */
function corrigendumDraft(
  draft: Draft,
  effect: Extract<Effect, { type: 'openCorrigendum' }>,
): CorrigendumOpening['corrigendum'] {
  const symbol = corrigendumSymbol(effect.corrigendumOf);
  const metadata =
    typeof draft.metadata === 'object' && draft.metadata !== null && !Array.isArray(draft.metadata)
      ? { ...draft.metadata, symbol }
      : { language: draft.language, symbol };
  return {
    sessionId: draft.sessionId,
    symbol,
    language: draft.language,
    title: draft.title,
    metadata,
    document: draft.document,
    lockedIds: draft.lockedIds,
    lifecycle: effect.envelope,
    audit: {
      action: 'create',
      to: summarize(effect.envelope).state,
      data: { corrigendumOf: effect.corrigendumOf },
    },
  };
}

/**
 * Lifecycle events: the server decides with the lifecycle package on the stored envelope, for the
 * actor of the login session, and stores the next envelope with its audit entry in one transaction
 * (at the version the client saw: a stale view gets 409 and changes nothing). Issuing also publishes
 * the text in that same transaction, so an issued draft always has its published text and the other
 * way round; opening a corrigendum also creates the corrigendum draft in that same transaction, so an
 * issued draft never counts a corrigendum that does not exist, nor a corrigendum lacks its original's
 * entry.
 */
export const eventRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: '/api/drafts/:id/events',
    async handler(ctx) {
      const signedIn = await ctx.signedIn();
      const body = await readBody(ctx.request, eventBody);
      const { event } = body;
      const { store } = ctx.deps;
      const stored = await store.drafts.get(ctx.params.id!);
      // Co-editing steps not yet folded into the stored document are folded first, so the event is
      // decided on (and checks, approves, issues) the text the editors see. Folds (this one, and the
      // periodic ones every 200 steps, which no page hears of) do not make the client's view stale.
      const draft = await withPendingStepsFolded(store, stored, signedIn.user.id);
      const baseVersion = await baseVersionFor(store, draft, body.baseVersion);
      const envelope = envelopeOf(draft);
      const prepared = await prepareEvent(store, draft, envelope, event);
      const decision = decide(envelope, prepared, signedIn.actor, ctx.deps.now().toISOString());
      if (!decision.ok) throw new ApiError(REFUSAL_CODES[decision.code], decision.message, 'event');
      const symbol = decision.envelope.snapshot.context.symbol;
      const assigned = decision.audit.event.type === 'assignSymbol' && symbol !== null;
      const audit = {
        action: decision.audit.event.type,
        from: decision.audit.from,
        to: decision.audit.to,
        reason: decision.audit.reason,
        data: { event: decision.audit.event, who: decision.audit.who },
      };
      const publish = decision.effects.find((effect) => effect.type === 'publish');
      const opening = decision.effects.find((effect) => effect.type === 'openCorrigendum');
      let saved: Draft;
      let published: PublishedText | undefined;
      let corrigendum: Draft | undefined;
      if (publish !== undefined) {
        ({ draft: saved, published } = await store.published.issue({
          draftId: draft.id,
          baseVersion,
          symbol: publish.symbol,
          language: draft.language,
          actor: signedIn.user.id,
          lifecycle: decision.envelope,
          audit,
        }));
      } else if (opening !== undefined) {
        ({ original: saved, corrigendum } = await store.drafts.openCorrigendum({
          draftId: draft.id,
          baseVersion,
          actor: signedIn.user.id,
          lifecycle: decision.envelope,
          audit,
          corrigendum: corrigendumDraft(draft, opening),
        }));
      } else {
        saved = await store.drafts.save(draft.id, baseVersion, {
          actor: signedIn.user.id,
          lifecycle: decision.envelope,
          ...(assigned ? { symbol, metadata: { ...(draft.metadata as object), symbol } } : {}),
          audit,
        });
      }
      return json({
        draft: draftJson(saved, signedIn.actor),
        ...(published === undefined
          ? {}
          : { published: { symbol: published.symbol, language: published.language } }),
        ...(corrigendum === undefined ? {} : { corrigendum: draftJson(corrigendum, signedIn.actor) }),
      });
    },
  },
];
