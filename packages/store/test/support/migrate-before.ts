import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { migrations } from '../../src/index.js';
import type { FreshDatabase } from './engines.js';
import type { newAddendumDraft } from './fixtures.js';

/**
 * Migrates a fresh database only as far as the schema before the migration whose name starts with
 * `before` (e.g. '0005'), so a test can store rows as they were then and see that migration carry
 * them over. The caller destroys the returned connection.
 */
export async function migrateBefore(database: FreshDatabase, before: string) {
  // biome-ignore lint/suspicious/noExplicitAny: the schema as it was before the migration under test
  const db = new Kysely<any>({
    dialect:
      database.options.databaseUrl === undefined
        ? new SqliteDialect({ database: new Database(database.options.sqlitePath as string) })
        : new PostgresDialect({ pool: new pg.Pool({ connectionString: database.options.databaseUrl }) }),
  });
  const earlier = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < before));
  const result = await new Migrator({
    db,
    provider: { getMigrations: async () => earlier },
  }).migrateToLatest();
  if (result.error !== undefined) throw result.error;
  return db;
}

/** A draft as the store's tests make it (support/fixtures.ts), with the id it is stored under. */
type OldDraft = ReturnType<typeof newAddendumDraft> & { readonly id: string };

/**
 * Stores a draft row the way the schema before a migration held it, written by drafter-1 at
 * `when`; `extra` adds the columns that schema had beyond the first ones (e.g. `locked_ids`).
 */
export async function insertOldDraft(
  // biome-ignore lint/suspicious/noExplicitAny: the schema as it was before the migration under test
  db: Kysely<any>,
  draft: OldDraft,
  version: number,
  when = '2019-05-20T10:00:00.000Z',
  extra: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('drafts')
    .values({
      id: draft.id,
      session_id: null,
      corrects_draft_id: null,
      symbol: draft.symbol,
      language: draft.language,
      title: draft.title,
      metadata: '{}',
      document: JSON.stringify(draft.document),
      lifecycle: JSON.stringify(draft.lifecycle),
      version,
      created_by: 'drafter-1',
      created_at: when,
      updated_by: 'drafter-1',
      updated_at: when,
      ...extra,
    })
    .execute();
}
