import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import { foldedVersionsTable, presenceTable, presenceVersion, stepFoldsTable } from './collab-migrations.js';
import { draftLockedIds } from './locked-ids-migration.js';
import { lz4Documents } from './lz4-documents-migration.js';
import type { Database } from './tables.js';

/**
 * The first schema: every table the store keeps. Written with Kysely's schema builder and only the
 * types both engines share (text, integer), so the same migration runs on SQLite and PostgreSQL.
 */
const initialSchema: Migration = {
  async up(db): Promise<void> {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('disabled_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('user_roles')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
      .execute();

    await db.schema
      .createTable('login_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('login_sessions_user').on('login_sessions').column('user_id').execute();

    await db.schema
      .createTable('bodies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('facts', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('body_id', 'text', (c) => c.notNull().references('bodies.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('facts', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('sessions_body_code', ['body_id', 'code'])
      .execute();

    await db.schema
      .createTable('drafts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.references('sessions.id'))
      .addColumn('corrects_draft_id', 'text', (c) => c.references('drafts.id'))
      .addColumn('symbol', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('metadata', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('lifecycle', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('drafts_session').on('drafts').column('session_id').execute();

    await db.schema
      .createTable('document_versions')
      .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('saved_by', 'text', (c) => c.notNull())
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('document_versions_pk', ['draft_id', 'version'])
      .execute();

    await db.schema
      .createTable('comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id'))
      .addColumn('parent_id', 'text', (c) => c.references('comments.id'))
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('paragraph_id', 'text')
      .addColumn('range_from', 'integer')
      .addColumn('range_to', 'integer')
      .addColumn('quote', 'text')
      .addColumn('resolved_at', 'text')
      .addColumn('resolved_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('comments_draft').on('comments').column('draft_id').execute();

    await db.schema
      .createTable('published')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id'))
      .addColumn('draft_version', 'integer', (c) => c.notNull())
      .addColumn('symbol', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('metadata', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('published_by', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('published_symbol_language', ['symbol', 'language'])
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('draft_id', 'text')
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('from_state', 'text')
      .addColumn('to_state', 'text')
      .addColumn('reason', 'text')
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull().unique())
      .addColumn('hash', 'text', (c) => c.notNull().unique())
      .execute();
    await db.schema.createIndex('audit_log_draft').on('audit_log').column('draft_id').execute();

    await db.schema
      .createTable('steps')
      .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('steps_pk', ['draft_id', 'version'])
      .execute();
  },
};

/**
 * Failed sign-ins per account and client address, kept in the database rather than in a server's
 * memory so that every app server behind a load balancer slows the same guesses: the count of
 * failures and the time of the last one (the window in which they are remembered runs from it).
 */
const loginAttempts: Migration = {
  async up(db): Promise<void> {
    await db.schema
      .createTable('login_attempts')
      .addColumn('account', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_failed_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('login_attempts_pk', ['account', 'address'])
      .execute();
    await db.schema
      .createIndex('login_attempts_last_failed_at')
      .on('login_attempts')
      .column('last_failed_at')
      .execute();
  },
};

/** Every migration, by name, in the order they run; imported objects rather than a folder scan. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_initial_schema': initialSchema,
  '0002_login_attempts': loginAttempts,
  '0003_step_folds': stepFoldsTable,
  '0004_presence': presenceTable,
  '0005_draft_locked_ids': draftLockedIds,
  '0006_presence_version': presenceVersion,
  '0007_folded_versions': foldedVersionsTable,
  '0008_lz4_documents': lz4Documents,
};

/** Hands the migrations above to Kysely's Migrator. */
const staticMigrationProvider: MigrationProvider = {
  async getMigrations() {
    return { ...migrations };
  },
};

/**
 * Brings the database to the latest schema. Safe when several servers start together: on PostgreSQL
 * the Migrator holds an advisory lock; on SQLite the migrations run in one `BEGIN IMMEDIATE`
 * transaction (see `sqlite-dialect.ts`), so a second opener waits for the first and then finds
 * nothing left to do. Returns the names of the migrations this call applied.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: staticMigrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const which = failed === undefined ? '' : ` ${failed}`;
    throw new Error(`database migration${which} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
