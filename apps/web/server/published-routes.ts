import { parseJointSymbol } from '@rapporteur/symbols';
import { ApiError } from './api-error';
import { documentDraftOf } from './draft-content';
import { exportResponse, formatOf } from './export-response';
import { json } from './respond';
import type { Route } from './router';

/**
 * The published (issued) text by its symbol, for everyone without signing in:
 * GET /api/published/E/CN.15/2019/L.1/Add.6?lang=zh — JSON by default, or `format=html|txt|docx|pdf|akn`.
 * Without `lang`, the only language published (with several, the list of languages and 400).
 */
export const publishedRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/api/published/*symbol',
    async handler(ctx) {
      const raw = ctx.params.symbol!;
      const parsed = parseJointSymbol(raw);
      if (!parsed.ok) {
        throw new ApiError(
          'bad-request',
          `"${raw.slice(0, 100)}" is not a UN document symbol: ${parsed.error.message}`,
          'symbol',
        );
      }
      const symbol = parsed.symbol.text;
      const texts = await ctx.deps.store.published.list({ symbol });
      if (texts.length === 0) throw new ApiError('not-found', `Nothing has been issued under ${symbol}.`);
      const languages = texts.map((text) => text.language);
      const lang = ctx.url.searchParams.get('lang');
      const text =
        lang === null ? (texts.length === 1 ? texts[0] : undefined) : texts.find((t) => t.language === lang);
      if (text === undefined) {
        throw new ApiError(
          lang === null ? 'bad-request' : 'not-found',
          lang === null
            ? `${symbol} is issued in ${languages.join(', ')}: choose one with ?lang=.`
            : `${symbol} is not issued in "${lang.slice(0, 10)}"; it is in ${languages.join(', ')}.`,
          'lang',
          { languages },
        );
      }
      const format = ctx.url.searchParams.get('format');
      if (format !== null && format !== 'json') {
        const draft = documentDraftOf(text);
        return exportResponse(
          { ...draft, metadata: { ...draft.metadata, symbol } },
          formatOf(format),
          symbol,
          true,
        );
      }
      return json(
        {
          symbol,
          language: text.language,
          languages,
          metadata: text.metadata,
          document: text.document,
          publishedAt: text.publishedAt,
        },
        200,
        { 'cache-control': 'public, max-age=60' },
      );
    },
  },
];
