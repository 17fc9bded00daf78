import type { Kysely } from 'kysely';
import type { Database } from './tables.js';

/**
 * Records, inside a fold's transaction, that draft version `draftVersion` was made by folding the
 * co-editing steps (the text only: lifecycle and metadata as they were), so that a lifecycle event
 * based on an earlier version can tell that nobody acted in between.
 */
export async function recordFoldedVersion(
  trx: Kysely<Database>,
  draftId: string,
  draftVersion: number,
): Promise<void> {
  await trx
    .insertInto('folded_versions')
    .values({ draft_id: draftId, draft_version: draftVersion })
    .execute();
}

/**
 * Whether every draft version after `after` up to `upTo` was made by a fold (true when there is none):
 * a view of the draft at `after` then still shows its lifecycle and metadata as they are at `upTo`.
 */
export async function onlyFoldsBetween(
  db: Kysely<Database>,
  draftId: string,
  after: number,
  upTo: number,
): Promise<boolean> {
  if (upTo <= after) return upTo === after;
  const row = await db
    .selectFrom('folded_versions')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('folds'))
    .where('draft_id', '=', draftId)
    .where('draft_version', '>', after)
    .where('draft_version', '<=', upTo)
    .executeTakeFirstOrThrow();
  return Number(row.folds) === upTo - after;
}
