import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { appendAuditEntry } from './audit-log.js';
import type { StoreContext } from './context.js';
import type { DraftAuditEntry } from './drafts.js';
import { type Draft, toDraft } from './drafts.js';
import { AlreadyExists, isUniqueViolation, NotFound, VersionConflict } from './errors.js';
import { decodeJson, encodeJson, type JsonValue } from './json.js';
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

/** What it takes to issue a draft: the version issued, its final symbol, and the lifecycle step that issues it. */
export interface IssueRequest {
  readonly draftId: string;
  /** The draft version being issued; refused with VersionConflict if the draft has moved on. */
  readonly baseVersion: number;
  /** The final symbol assigned by the documents officer, e.g. "E/CN.15/2019/L.1/Add.6". */
  readonly symbol: string;
  readonly language: string;
  readonly actor: string;
  /** The draft's lifecycle envelope once issued, saved as the draft's next version. */
  readonly lifecycle: unknown;
  /** The audit entry of the issuing transition. */
  readonly audit: DraftAuditEntry;
}

/** What issuing wrote: the draft at its issued version and the frozen published text. */
export interface Issued {
  readonly draft: Draft;
  readonly published: PublishedText;
}

/** Published texts: written once per symbol and language, never changed. */
export interface PublishedTexts {
  /**
   * Issues a draft at `baseVersion`, all in one transaction: the draft moves to baseVersion + 1 with
   * the issued lifecycle envelope (its document joins the history at that version), the audit entry
   * is appended, and the document and metadata are frozen as the published text of that version
   * under the symbol and language. If any part fails nothing is written: VersionConflict (with the
   * current draft) if the draft has moved on, AlreadyExists if the symbol is already published in
   * that language, NotFound for an unknown draft.
   */
  issue(request: IssueRequest): Promise<Issued>;
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

  /** Whether a symbol is published in a language (to tell a taken symbol from another unique violation). */
  async function isPublished(symbol: string, language: string): Promise<boolean> {
    const row = await db
      .selectFrom('published')
      .select('id')
      .where('symbol', '=', symbol)
      .where('language', '=', language)
      .executeTakeFirst();
    return row !== undefined;
  }

  return {
    async issue(request) {
      const now = ctx.now();
      const lifecycle = encodeJson('lifecycle', request.lifecycle);
      const version = request.baseVersion + 1;
      let outcome: Issued | { conflict: Draft };
      try {
        outcome = await db.transaction().execute(async (trx) => {
          let query = trx.selectFrom('drafts').selectAll().where('id', '=', request.draftId);
          // On PostgreSQL the row lock keeps a concurrent save out until this commits; on SQLite the
          // transaction already holds the database's write lock from its first statement.
          if (ctx.engine === 'postgres') query = query.forUpdate();
          const current = await query.executeTakeFirst();
          if (!current) throw new NotFound('draft', request.draftId);
          if (current.version !== request.baseVersion) return { conflict: toDraft(current) };
          const issued = {
            ...current,
            lifecycle,
            version,
            updated_by: request.actor,
            updated_at: now,
          };
          await trx
            .updateTable('drafts')
            .set({ lifecycle, version, updated_by: request.actor, updated_at: now })
            .where('id', '=', current.id)
            .where('version', '=', request.baseVersion)
            .execute();
          await trx
            .insertInto('document_versions')
            .values({
              draft_id: current.id,
              version,
              document: current.document,
              saved_by: request.actor,
              saved_at: now,
            })
            .execute();
          await appendAuditEntry(trx, ctx.engine, now, {
            ...request.audit,
            draftId: current.id,
            actor: request.actor,
          });
          const row = {
            id: randomUUID(),
            draft_id: current.id,
            draft_version: version,
            symbol: request.symbol,
            language: request.language,
            metadata: current.metadata,
            document: current.document,
            published_by: request.actor,
            published_at: now,
          };
          await trx.insertInto('published').values(row).execute();
          await ctx.notifier.announce(trx, { kind: 'draft', draftId: current.id, version });
          return { draft: toDraft(issued), published: toPublished(row) };
        });
      } catch (error) {
        if (isUniqueViolation(error) && (await isPublished(request.symbol, request.language))) {
          throw new AlreadyExists('published text', `${request.symbol} (${request.language})`);
        }
        throw error;
      }
      if ('conflict' in outcome) {
        const current = outcome.conflict;
        throw new VersionConflict<Draft>('draft', current.id, request.baseVersion, current.version, current);
      }
      return outcome;
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
