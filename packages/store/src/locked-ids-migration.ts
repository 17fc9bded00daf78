import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Drafts keep the ids of the blocks their template locks (`locked_ids`, a JSON array of strings),
 * given when the draft is created (from `instantiate`, or matched to the template for an imported
 * file), so that the editor enforces the template's locks from what the server holds. Drafts made
 * before get an empty list.
 */
export const draftLockedIds: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('drafts')
      .addColumn('locked_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
  },
};
