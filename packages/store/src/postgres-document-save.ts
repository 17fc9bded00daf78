import { type Kysely, type RawBuilder, sql } from 'kysely';
import { compiledPerShape } from './compiled-once.js';
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

/** A whole-document save on PostgreSQL (see postgresDocumentSave); undefined when it was refused. */
export type PostgresDocumentSave = (
  db: Kysely<Database>,
  draftId: string,
  baseVersion: number,
  values: DraftMoveValues,
  log: LoggedSave,
  encodedNotices: readonly string[],
) => Promise<Draft | undefined>;

/** Which save statement: the columns it sets (in order), whether it appends a step, how many notices. */
interface SaveShape {
  readonly columns: readonly string[];
  readonly appendsStep: boolean;
  readonly notices: number;
}

/**
 * Whole-document saves on PostgreSQL, each one statement with no transaction around it (PostgreSQL
 * runs a statement atomically): the draft moves from `baseVersion` only if the step log is still at
 * `log.expected`; then, from the moved row, its document joins the history, the step (if any) is
 * appended, the log restarts at the new version and the notices are sent (`announcing`: the
 * notifier's pg_notify calls, delivered at commit). Data-modifying WITH clauses each see the same
 * snapshot; a concurrent append of a step still meets the steps' unique key, and a concurrent move
 * of the draft its row lock (the update re-checks the version once the lock is free). One round
 * trip, where a transaction of separate statements took four (begin, move, log, commit). A save
 * resolves to undefined, with nothing written, when the draft or the log had moved: the caller then
 * reads which. The statement is compiled once per shape (the columns it sets, whether it appends a
 * step, how many notices it sends).
 *
 * One difference with separate statements: a co-editor's step committed while the save waited for
 * the draft's row is not seen by the log's check (it read the log before). A save that appends a step
 * is still refused (the step's version is taken); one that leaves the text as it was is accepted,
 * and the co-editor's step stays after it in the log, applied to the text it was made on: nothing
 * is lost.
 */
export function postgresDocumentSave(
  announcing: (encodedNotices: readonly string[]) => RawBuilder<unknown>,
): PostgresDocumentSave {
  const statementFor = compiledPerShape<SaveShape, MovedRow>(
    ({ columns, appendsStep, notices }) => `${columns.join(' ')}|${appendsStep}|${notices}`,
    ({ columns, appendsStep, notices }) => [
      ...columns.map((column) => `\u0000${column}`),
      '\u0000id',
      '\u0000base',
      '\u0000expected',
      '\u0000stepVersion',
      '\u0000now',
      ...(appendsStep ? ['\u0000client', '\u0000step'] : []),
      ...Array.from({ length: notices }, (_, i) => `\u0000notice ${i}`),
    ],
    (_db, shape, placeholders) => buildSave(shape, placeholders, announcing),
  );

  return async (db, draftId, baseVersion, values, log, encodedNotices) => {
    const columns = Object.keys(values) as (keyof DraftMoveValues)[];
    const statement = statementFor({
      columns,
      appendsStep: log.added !== undefined,
      notices: encodedNotices.length,
    });
    const rows = await statement(
      db,
      ...columns.map((column) => values[column]),
      draftId,
      baseVersion,
      log.expected,
      log.stepVersion,
      log.now,
      ...(log.added === undefined ? [] : [log.added.clientId, log.added.step]),
      ...encodedNotices,
    );
    const [found] = rows;
    return found === undefined ? undefined : movedDraft(found, values);
  };
}

/** The save statement of one shape, over `placeholders` in the order postgresDocumentSave lists them. */
function buildSave(
  { columns, appendsStep, notices }: SaveShape,
  placeholders: readonly string[],
  announcing: (encodedNotices: readonly string[]) => RawBuilder<unknown>,
): RawBuilder<MovedRow> {
  const [id, base, expected, stepVersion, now, ...rest] = placeholders.slice(columns.length) as string[];
  const [client, step] = appendsStep ? rest : [];
  const noticeTexts = rest.slice(appendsStep ? 2 : 0, (appendsStep ? 2 : 0) + notices);
  const assignments = sql.join(columns.map((column, i) => sql`${sql.ref(column)} = ${placeholders[i]}`));
  // A new document is not read back: it is the text just sent.
  const returned = columns.includes('document')
    ? sql.join(DRAFT_COLUMNS_BUT_DOCUMENT.map((column) => sql.ref(`moved.${column}`)))
    : sql`moved.*`;
  const appendStep = appendsStep
    ? sql`, added as (
          insert into steps (draft_id, version, client_id, step, created_at)
          select id, ${stepVersion}, ${client}, ${step}, ${now} from moved
          returning version)`
    : sql``;
  return sql<MovedRow>`
    with latest as (
      select coalesce(max(version), 0) as version from steps where draft_id = ${id}
    ), moved as (
      update drafts set ${assignments}
      where id = ${id} and version = ${base} and (select version from latest) = ${expected}
      returning *
    ), kept as (
      insert into document_versions (draft_id, version, document, saved_by, saved_at)
      select id, version, document, updated_by, updated_at from moved
      returning draft_id
    )${appendStep}, folded as (
      insert into step_folds (draft_id, step_version, draft_version, recorded_at)
      select id, ${stepVersion}, version, ${now} from moved
      on conflict (draft_id) do update set step_version = excluded.step_version,
        draft_version = excluded.draft_version, recorded_at = excluded.recorded_at
      returning draft_id
    )
    select ${returned}, ${announcing(noticeTexts)} from moved`;
}
