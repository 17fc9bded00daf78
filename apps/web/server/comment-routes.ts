import { z } from 'zod';
import { readBody } from './read-body';
import { json } from './respond';
import type { Route } from './router';

const text = z.string().trim().min(1, 'a comment needs some text').max(10_000);

const newThreadBody = z
  .object({
    body: text,
    anchor: z
      .object({
        paragraphId: z.string().min(1).max(200),
        from: z.number().int().min(0),
        to: z.number().int().min(0),
        quote: z.string().max(2_000).nullable().optional(),
      })
      .strict(),
  })
  .strict();

const replyBody = z.object({ body: text }).strict();
const resolutionBody = z.object({ version: z.number().int().positive() }).strict();

/** Comments: every signed-in user can read, start threads on a draft's text, reply, resolve and reopen. */
export const commentRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/api/drafts/:id/comments',
    async handler(ctx) {
      await ctx.signedIn();
      const draft = await ctx.deps.store.drafts.get(ctx.params.id!);
      const includeResolved = ctx.url.searchParams.get('resolved') === 'include';
      return json({ threads: await ctx.deps.store.comments.threads(draft.id, { includeResolved }) });
    },
  },
  {
    method: 'POST',
    pattern: '/api/drafts/:id/comments',
    async handler(ctx) {
      const { user } = await ctx.signedIn();
      const body = await readBody(ctx.request, newThreadBody);
      const comment = await ctx.deps.store.comments.create({
        draftId: ctx.params.id!,
        author: user.id,
        ...body,
      });
      return json({ comment }, 201);
    },
  },
  {
    method: 'POST',
    pattern: '/api/comments/:id/replies',
    async handler(ctx) {
      const { user } = await ctx.signedIn();
      const body = await readBody(ctx.request, replyBody);
      return json(
        { comment: await ctx.deps.store.comments.reply(ctx.params.id!, { author: user.id, ...body }) },
        201,
      );
    },
  },
  {
    method: 'POST',
    pattern: '/api/comments/:id/resolve',
    async handler(ctx) {
      const { user } = await ctx.signedIn();
      const { version } = await readBody(ctx.request, resolutionBody);
      return json({ comment: await ctx.deps.store.comments.resolve(ctx.params.id!, version, user.id) });
    },
  },
  {
    method: 'POST',
    pattern: '/api/comments/:id/reopen',
    async handler(ctx) {
      const { user } = await ctx.signedIn();
      const { version } = await readBody(ctx.request, resolutionBody);
      return json({ comment: await ctx.deps.store.comments.reopen(ctx.params.id!, version, user.id) });
    },
  },
];
