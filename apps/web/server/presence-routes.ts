import { z } from 'zod';
import { ApiError } from './api-error';
import { PRESENCE_TTL_MS } from './collab-events-hub';
import { readBody } from './read-body';
import { noContent } from './respond';
import type { Route } from './router';

/** The largest document position taken (far beyond any addendum). */
const MAX_POSITION = 100_000_000;

const clientId = z.string().min(1).max(100);
const position = z.number().int().nonnegative().max(MAX_POSITION);

/** A step version: the client's confirmed version, which the positions are in. */
const stepVersion = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const presenceBody = z
  .object({ clientId, anchor: position, head: position, version: stepVersion.optional() })
  .strict();

/**
 * Presence in a draft (issue 9): an editor reports where its selection is (`anchor`, `head`:
 * positions in the text at its confirmed step `version`, passed on so that readers at another
 * version can map them; optional, for pages loaded before it was asked) and removes itself when it
 * closes; an entry
 * lasts 30 s after its last report. Kept in the store and announced, so the `presence` events of every
 * server's streams list the same people, with their names.
 */
export const presenceRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: '/api/drafts/:id/presence',
    async handler(ctx) {
      const { user } = await ctx.signedIn();
      const body = await readBody(ctx.request, presenceBody);
      const now = ctx.deps.now();
      const expiredBefore = new Date(now.getTime() - PRESENCE_TTL_MS).toISOString();
      await ctx.deps.store.presence.report(
        {
          draftId: ctx.params.id!,
          clientId: body.clientId,
          userId: user.id,
          anchor: body.anchor,
          head: body.head,
          ...(body.version === undefined ? {} : { version: body.version }),
          at: now.toISOString(),
        },
        expiredBefore,
      );
      return noContent();
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/drafts/:id/presence',
    async handler(ctx) {
      const { user } = await ctx.signedIn();
      const parsed = clientId.safeParse(ctx.url.searchParams.get('clientId') ?? '');
      if (!parsed.success) {
        throw new ApiError(
          'bad-request',
          'Query parameter clientId must name the client (1 to 100 characters).',
          'clientId',
        );
      }
      await ctx.deps.store.presence.remove(ctx.params.id!, parsed.data, user.id);
      return noContent();
    },
  },
];
