import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { appendAuditEntry } from './audit-log.js';
import type { StoreContext } from './context.js';
import type { DraftAuditEntry } from './drafts.js';
import { type Draft, readDraft } from './drafts.js';
import { AlreadyExists, isUniqueViolation, NotFound, VersionConflict } from './errors.js';
import { decodeJson, type JsonValue } from './json.js';
import type { PublishedTable } from './tables.js';

/** An issued text: a frozen copy of a draft's document and metadata at the version that was published. */
export interface PublishedText {
  readonly id: string;
  readonly draftId: string;
  readonly draftVersion: number;
  /** The final symbol assigned by the documents officer, e.g. "E/CN.15/2019/L.1/Add.6". */
  readonly symbol: string;
  readonly language: string;
  readonly metadata: JsonValue;
  readonly document: JsonValue;
  readonly publishedBy: string;
  readonly publishedAt: string;
}

/** What it takes to publish a draft. */
export interface PublishRequest {
  readonly draftId: string;
  /** The draft version being published; refused with VersionConflict if the draft has moved on. */
  readonly baseVersion: number;
  readonly symbol: string;
  readonly language: string;
  readonly actor: string;
  /** An audit entry to append atomically with the publication. */
  readonly audit?: DraftAuditEntry;
}

/** Published texts: written once per symbol and language, never changed. */
export interface PublishedTexts {
  /**
   * Freezes a draft at `baseVersion` as the published text for a symbol and language. VersionConflict
   * (with the current draft) if the draft is no longer at that version; AlreadyExists if that symbol
   * is already published in that language.
   */
  publish(request: PublishRequest): Promise<PublishedText>;
  /** The published text for a symbol in a language; NotFound otherwise. */
  get(symbol: string, language: string): Promise<PublishedText>;
  /** Published texts, by symbol then language, optionally of one symbol only. */
  list(filter?: { symbol?: string }): Promise<PublishedText[]>;
  /** What has been published from one draft, oldest first. */
  forDraft(draftId: string): Promise<PublishedText[]>;
}

function toPublished(row: Selectable<PublishedTable>): PublishedText {
  return {
    id: row.id,
    draftId: row.draft_id,
    draftVersion: row.draft_version,
    symbol: row.symbol,
    language: row.language,
    metadata: decodeJson(row.metadata),
    document: decodeJson(row.document),
    publishedBy: row.published_by,
    publishedAt: row.published_at,
  };
}

/** Builds the published-texts repository over a store context. */
export function createPublishedTexts(ctx: StoreContext): PublishedTexts {
  const { db } = ctx;
  return {
    async publish(request) {
      const now = ctx.now();
      let outcome: { published: PublishedText } | { conflict: Draft };
      try {
        outcome = await db.transaction().execute(async (trx) => {
          let query = trx.selectFrom('drafts').selectAll().where('id', '=', request.draftId);
          // On PostgreSQL the row lock keeps a concurrent save out until this commits; on SQLite the
          // transaction already holds the database's write lock from its first statement.
          if (ctx.engine === 'postgres') query = query.forUpdate();
          const draft = await query.executeTakeFirst();
          if (!draft) throw new NotFound('draft', request.draftId);
          if (draft.version !== request.baseVersion)
            return { conflict: await readDraft(trx, request.draftId) };
          const row = {
            id: randomUUID(),
            draft_id: draft.id,
            draft_version: draft.version,
            symbol: request.symbol,
            language: request.language,
            metadata: draft.metadata,
            document: draft.document,
            published_by: request.actor,
            published_at: now,
          };
          await trx.insertInto('published').values(row).execute();
          if (request.audit) {
            await appendAuditEntry(trx, ctx.engine, now, {
              ...request.audit,
              draftId: draft.id,
              actor: request.actor,
            });
          }
          return { published: toPublished(row) };
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw new AlreadyExists('published text', `${request.symbol} (${request.language})`);
        throw error;
      }
      if ('conflict' in outcome) {
        const current = outcome.conflict;
        throw new VersionConflict<Draft>('draft', current.id, request.baseVersion, current.version, current);
      }
      return outcome.published;
    },

    async get(symbol, language) {
      const row = await db
        .selectFrom('published')
        .selectAll()
        .where('symbol', '=', symbol)
        .where('language', '=', language)
        .executeTakeFirst();
      if (!row) throw new NotFound('published text', `${symbol} (${language})`);
      return toPublished(row);
    },

    async list(filter = {}) {
      let query = db.selectFrom('published').selectAll().orderBy('symbol').orderBy('language');
      if (filter.symbol !== undefined) query = query.where('symbol', '=', filter.symbol);
      return (await query.execute()).map(toPublished);
    },

    async forDraft(draftId) {
      const rows = await db
        .selectFrom('published')
        .selectAll()
        .where('draft_id', '=', draftId)
        .orderBy('published_at')
        .orderBy('symbol')
        .execute();
      return rows.map(toPublished);
    },
  };
}
