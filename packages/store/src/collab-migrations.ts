import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** The version the fold point used to be kept at in `steps` (a sentinel row below every step). */
const SENTINEL_VERSION = 0;

/**
 * The step log's starting point gets a table of its own (`step_folds`, one row per draft) instead of
 * a sentinel row at version 0 of `steps`, so that every row of `steps` is a step. Existing sentinel
 * rows are copied over (their JSON `{stepVersion, draftVersion}` read here, the same on both engines)
 * and removed.
 */
export const stepFoldsTable: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('step_folds')
      .addColumn('draft_id', 'text', (c) => c.primaryKey().references('drafts.id'))
      .addColumn('step_version', 'integer', (c) => c.notNull())
      .addColumn('draft_version', 'integer', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    const sentinels = (await db
      .selectFrom('steps')
      .select(['draft_id', 'step', 'created_at'])
      .where('version', '=', SENTINEL_VERSION)
      .execute()) as Array<{ draft_id: string; step: string; created_at: string }>;
    for (const row of sentinels) {
      const fold = JSON.parse(row.step) as { stepVersion: number; draftVersion: number };
      await db
        .insertInto('step_folds')
        .values({
          draft_id: row.draft_id,
          step_version: fold.stepVersion,
          draft_version: fold.draftVersion,
          recorded_at: row.created_at,
        })
        .execute();
    }
    await db.deleteFrom('steps').where('version', '=', SENTINEL_VERSION).execute();
  },
};

/**
 * Who has a draft open: one row per editor client (draft, client id) with its user, selection and
 * the time of its last report. Kept in the database rather than a server's memory, so that every app
 * server behind a load balancer shows the same people.
 */
export const presenceTable: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('presence')
      .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id'))
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('anchor', 'integer', (c) => c.notNull())
      .addColumn('head', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('presence_pk', ['draft_id', 'client_id'])
      .execute();
  },
};

/**
 * Presence entries keep the step version their positions were made at (`version`), so that a reader
 * whose confirmed version differs (steps in flight either way) can map a caret into its own text.
 * Nullable: entries reported before (and reports from a client that does not say) have no version,
 * and readers place them as they stand.
 */
export const presenceVersion: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('presence').addColumn('version', 'integer').execute();
  },
};

/**
 * The draft versions made by folding co-editing steps (`folded_versions`: draft, draft version), so
 * that a lifecycle event based on a version before some folds, and nothing else, is not refused as
 * stale: a fold changes the text only, and nobody acted. Folds made before this table are not known
 * (an event across one is refused as before).
 */
export const foldedVersionsTable: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('folded_versions')
      .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id'))
      .addColumn('draft_version', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('folded_versions_pk', ['draft_id', 'draft_version'])
      .execute();
  },
};
