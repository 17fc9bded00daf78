import { type Kysely, type RawBuilder, sql } from 'kysely';
import {
  DRAFT_COLUMNS_BUT_DOCUMENT,
  type Draft,
  type DraftMoveValues,
  type MovedRow,
  movedDraft,
} from './drafts.js';
import type { Database } from './tables.js';

/** The step log's part of a whole-document save: the text's step version, its step if any, the fold point. */
export interface LoggedSave {
  /** The step version the saved text was made on; the save is refused unless it is still the latest. */
  readonly expected: number;
  /** The step version the log is at once the save is in (expected, +1 when a step is appended). */
  readonly stepVersion: number;
  /** The step that turns the text at `expected` into the saved document, encoded; none when unchanged. */
  readonly added: { readonly clientId: string; readonly step: string } | undefined;
  readonly now: string;
}

/**
 * A whole-document save on PostgreSQL as one statement, with no transaction around it (PostgreSQL
 * runs a statement atomically): the draft moves from `baseVersion` only if the step log is still at
 * `log.expected`; then, from the moved row, its document joins the history, the step (if any) is
 * appended, the log restarts at the new version and the notices are sent (`announcing`, pg_notify
 * calls, delivered at commit). Data-modifying WITH clauses each see the same snapshot; a concurrent
 * append of a step still meets the steps' unique key, and a concurrent move of the draft its row lock
 * (the update re-checks the version once the lock is free). One round trip, where a transaction of
 * separate statements took four (begin, move, log, commit); the save's three other round trips are the
 * sign-in and the draft's read. Undefined, with nothing written, when the draft or the log had moved:
 * the caller then reads which.
 */
export async function saveDocumentOnPostgres(
  db: Kysely<Database>,
  draftId: string,
  baseVersion: number,
  values: DraftMoveValues,
  log: LoggedSave,
  announcing: RawBuilder<unknown>,
): Promise<Draft | undefined> {
  const assignments = sql.join(
    Object.entries(values).map(([column, value]) => sql`${sql.ref(column)} = ${value}`),
  );
  // A new document is not read back: it is the text just sent.
  const returned =
    values.document === undefined
      ? sql`moved.*`
      : sql.join(DRAFT_COLUMNS_BUT_DOCUMENT.map((column) => sql.ref(`moved.${column}`)));
  const appendStep =
    log.added === undefined
      ? sql``
      : sql`, added as (
          insert into steps (draft_id, version, client_id, step, created_at)
          select id, ${log.stepVersion}, ${log.added.clientId}, ${log.added.step}, ${log.now} from moved
          returning version)`;
  const { rows } = await sql<MovedRow>`
    with latest as (
      select coalesce(max(version), 0) as version from steps where draft_id = ${draftId}
    ), moved as (
      update drafts set ${assignments}
      where id = ${draftId} and version = ${baseVersion} and (select version from latest) = ${log.expected}
      returning *
    ), kept as (
      insert into document_versions (draft_id, version, document, saved_by, saved_at)
      select id, version, document, updated_by, updated_at from moved
      returning draft_id
    )${appendStep}, folded as (
      insert into step_folds (draft_id, step_version, draft_version, recorded_at)
      select id, ${log.stepVersion}, version, ${log.now} from moved
      on conflict (draft_id) do update set step_version = excluded.step_version,
        draft_version = excluded.draft_version, recorded_at = excluded.recorded_at
      returning draft_id
    )
    select ${returned}, ${announcing} from moved`.execute(db);
  const [found] = rows;
  return found === undefined ? undefined : movedDraft(found, values);
}
