import { ApiError } from './api-error';
import { withCurrentText } from './collab-pending';
import { documentDraftOf, envelopeOf } from './draft-content';
import { exportResponse, formatOf } from './export-response';
import type { Route } from './router';

/** Export of a draft in each format (html, docx, pdf, akn, txt) for anyone signed in. */
export const exportRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/api/drafts/:id/export/:format',
    async handler(ctx) {
      await ctx.signedIn();
      const format = formatOf(ctx.params.format);
      const force = ctx.url.searchParams.get('force');
      if (force !== null && force !== 'true' && force !== 'false') {
        throw new ApiError('bad-request', 'Query parameter force must be true or false.', 'force');
      }
      const stored = await withCurrentText(ctx.deps.store, await ctx.deps.store.drafts.get(ctx.params.id!));
      const draft = documentDraftOf(stored);
      const symbol = envelopeOf(stored).snapshot.context.symbol ?? draft.metadata.symbol ?? stored.symbol;
      return exportResponse(
        { ...draft, metadata: { ...draft.metadata, symbol: symbol === '' ? null : symbol } },
        format,
        symbol || stored.id,
        force === 'true',
      );
    },
  },
];
