import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations, openStore } from '../src/index.js';
import { engines, type FreshDatabase, freshDatabase } from './support/engines.js';
import { newAddendumDraft } from './support/fixtures.js';

/** Migrates a database only as far as the schema before drafts kept their locked ids. */
async function migrateBeforeLockedIds(database: FreshDatabase) {
  // biome-ignore lint/suspicious/noExplicitAny: the schema as it was before the migration under test
  const db = new Kysely<any>({
    dialect:
      database.options.databaseUrl === undefined
        ? new SqliteDialect({ database: new Database(database.options.sqlitePath as string) })
        : new PostgresDialect({ pool: new pg.Pool({ connectionString: database.options.databaseUrl }) }),
  });
  const earlier = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0005'));
  const result = await new Migrator({
    db,
    provider: { getMigrations: async () => earlier },
  }).migrateToLatest();
  if (result.error !== undefined) throw result.error;
  return db;
}

describe.each(engines)('the migration that keeps locked ids with drafts on %s', (engine) => {
  let database: FreshDatabase;
  beforeEach(async () => {
    database = await freshDatabase(engine);
  });
  afterEach(async () => {
    await database.drop();
  });

  it('gives a draft made before it an empty list of locked ids, and later drafts their own', async () => {
    const db = await migrateBeforeLockedIds(database);
    const draft = { id: 'draft-6', ...newAddendumDraft() };
    try {
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
          version: 1,
          created_by: 'drafter-1',
          created_at: '2019-05-20T10:00:00.000Z',
          updated_by: 'drafter-1',
          updated_at: '2019-05-20T10:00:00.000Z',
        })
        .execute();
    } finally {
      await db.destroy();
    }
    const store = await openStore(database.options);
    try {
      expect((await store.drafts.get(draft.id)).lockedIds).toEqual([]);
      const later = await store.drafts.create({ ...newAddendumDraft(), lockedIds: ['sec-a'] });
      expect((await store.drafts.get(later.id)).lockedIds).toEqual(['sec-a']);
    } finally {
      await store.close();
    }
  });
});
