import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { migrations } from '../../src/index.js';
import type { FreshDatabase } from './engines.js';

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
