import { type Kysely, sql } from 'kysely';
import { compiledOnce } from './compiled-once.js';
import type { Engine, StoreContext } from './context.js';
import {
  columnsToSet,
  type Draft,
  type DraftSave,
  draftColumns,
  moveDraft,
  moveValues,
  readDraft,
  toDraft,
} from './drafts.js';
import { InvalidInput, isUniqueViolation, NotFound, VersionConflict } from './errors.js';
import { onlyFoldsBetween, recordFoldedVersion } from './fold-versions.js';
import { decodeJson, encodeJson, type JsonValue } from './json.js';
import { encodeNotice, type StoreNotice } from './notices.js';
import { type LoggedSave, postgresDocumentSave } from './postgres-document-save.js';
import type { Database } from './tables.js';

/** One collaborative-editing step as accepted by the authority, with the version it produced. */
export interface AcceptedStep {
  /** The version this step produced (the first step of a draft produces version 1). */
  readonly version: number;
  readonly clientId: string;
  /** The step's JSON (ProseMirror `Step.toJSON()`). */
  readonly step: JsonValue;
}

/**
 * Where a draft's step log starts: the draft version whose stored document already holds every step
 * up to `stepVersion`. The current text is that document with the steps after `stepVersion` applied.
 */
export interface FoldPoint {
  /** The last step the document holds (0: none). */
  readonly stepVersion: number;
  /** The draft version (a row of the document history) whose document holds those steps. */
  readonly draftVersion: number;
}

/** Folding the step log: the text at step `stepVersion`, saved as the draft's next version. */
export interface Fold {
  /** The draft version the fold is based on; refused with VersionConflict if the draft has moved on. */
  readonly baseVersion: number;
  /** The last step the document holds. */
  readonly stepVersion: number;
  readonly document: unknown;
  readonly title: string;
  readonly actor: string;
}

/**
 * A whole-document save through the step log: the draft's save (document, title, lifecycle, …) on
 * top of draft `baseVersion`, made on the text at step `stepVersion`, which must be the latest; and
 * the step that turns that text into the saved document (none when the document is unchanged), so
 * that open editors receive the change like any other. It carries no audit entry: editing is not an
 * event of the audit log (lifecycle events are), and on PostgreSQL the save is one statement, which
 * could not read the log's last entry to chain a new one to it.
 */
export interface DocumentSave extends Omit<DraftSave, 'audit'> {
  readonly baseVersion: number;
  readonly stepVersion: number;
  readonly step?: { readonly clientId: string; readonly step: unknown } | undefined;
}

/** What a whole-document save wrote: the draft at its new version and the step log's latest version. */
export interface SavedDocument {
  readonly draft: Draft;
  readonly stepVersion: number;
}

/** Conditions of appending steps beyond the latest step version. */
export interface AppendConditions {
  /**
   * The draft version the steps were checked against (the lifecycle gate); refused with a
   * VersionConflict of entity `draft` if the draft has moved since, so no change of the draft
   * (a part marked ready, the text frozen) can slip in between the check and the append.
   */
  readonly draftVersion?: number;
}

/**
 * The step log of collaborative editing (ProseMirror's central-authority protocol, issue 9): the
 * database is the authority. Each step is one row keyed by (draft, version); a batch is accepted only
 * on top of the latest version, and the unique key turns a race between two servers into a refusal.
 * Where the log starts (the fold point) is kept in `step_folds`, beside the steps.
 */
export interface Steps {
  /**
   * Appends steps made on top of `baseVersion`; they take versions baseVersion+1 … baseVersion+n and
   * are announced to app servers. Refused with VersionConflict of entity `steps` (carrying the latest
   * version) unless `baseVersion` is the latest — the client then fetches `stepsSince` and rebases —
   * or of entity `draft` when the draft is not at `conditions.draftVersion`. Returns the new latest
   * version.
   */
  appendSteps(
    draftId: string,
    baseVersion: number,
    clientId: string,
    steps: readonly unknown[],
    conditions?: AppendConditions,
  ): Promise<number>;
  /** The steps after `version`, in order (empty when the caller is up to date), at most `limit` of them. */
  stepsSince(draftId: string, version: number, limit?: number): Promise<AcceptedStep[]>;
  /** The latest step version of a draft (0 before the first step). */
  latestVersion(draftId: string): Promise<number>;
  /**
   * Where the log starts, or undefined when the steps were never folded nor a document saved since the
   * first step: they then apply to the draft's current document.
   */
  foldPoint(draftId: string): Promise<FoldPoint | undefined>;
  /**
   * Whether any step lies after the log's start (the last fold, or the beginning): only then is the
   * current text not the draft's stored document. One small query, for every read of a draft.
   */
  hasUnfoldedSteps(draftId: string): Promise<boolean>;
  /**
   * A draft (NotFound if unknown) and whether any step lies after its log's start (as
   * hasUnfoldedSteps), in one query: reading a draft asks both, and on PostgreSQL each is a round trip.
   */
  draftWithPendingSteps(draftId: string): Promise<{ draft: Draft; stepsPending: boolean }>;
  /**
   * Folds the log: saves `fold.document` (the text at step `fold.stepVersion`) as the draft's next
   * version and records it as the log's start, in one transaction, so no reader ever sees one without
   * the other. The steps stay, so clients that are behind still catch up. Not announced (the text is
   * the same), and the new version is recorded as a fold (see `onlyFoldsBetween`). VersionConflict
   * if the draft has moved on.
   */
  fold(draftId: string, fold: Fold): Promise<Draft>;
  /**
   * Whether every draft version after `after` up to `upTo` was made by `fold` (nothing but the text
   * changed, and only by accepted steps): a lifecycle event based on `after` is then not stale.
   */
  onlyFoldsBetween(draftId: string, after: number, upTo: number): Promise<boolean>;
  /**
   * Saves a whole document through the log, atomically (one transaction; one statement on
   * PostgreSQL): the draft moves to its next version, the step (if any) is appended after
   * `stepVersion`, and the new draft version becomes the log's start. VersionConflict (entity `draft`, with the current draft) if the draft has moved on, or
   * (entity `steps`) if steps were accepted after `stepVersion`; nothing is written then.
   */
  saveDocument(draftId: string, save: DocumentSave): Promise<SavedDocument>;
}

/** A step of a draft after the log's start, if there is one (compiled once: every read of a draft asks). */
const stepAfterFold = compiledOnce(['\u0000draft'], (db, draftId) =>
  db
    .selectFrom('steps')
    .select('version')
    .where('draft_id', '=', draftId!)
    .where(
      sql<boolean>`version > coalesce((select step_version from step_folds where draft_id = ${draftId!}), 0)`,
    )
    .limit(1),
);

/**
 * A draft's row and whether a step lies after its log's start, per engine (compiled once: every read
 * of a draft asks; the document as draftColumns selects it).
 */
const draftAndPending = {
  sqlite: draftAndPendingQuery('sqlite'),
  postgres: draftAndPendingQuery('postgres'),
} as const;

function draftAndPendingQuery(engine: Engine) {
  return compiledOnce(['\u0000draft'], (db, draftId) =>
    db
      .selectFrom('drafts')
      .select(draftColumns(engine))
      .select(
        sql<
          boolean | number
        >`exists (select 1 from steps where steps.draft_id = drafts.id and steps.version > coalesce((select step_version from step_folds where step_folds.draft_id = drafts.id), 0))`.as(
          'steps_pending',
        ),
      )
      .where('drafts.id', '=', draftId!),
  );
}

/** The last accepted step of a draft (compiled once: every save reads it in its transaction). */
const latestStep = compiledOnce(['\u0000draft'], (db, draftId) =>
  db
    .selectFrom('steps')
    .select('version')
    .where('draft_id', '=', draftId!)
    .orderBy('version', 'desc')
    .limit(1),
);

/** Appends one step (compiled once: a whole-document save appends its step with it). */
const insertStep = compiledOnce(
  ['\u0000draft', '\u0000version', '\u0000client', '\u0000step', '\u0000at'],
  (db, draftId, version, clientId, step, at) =>
    db.insertInto('steps').values({
      draft_id: draftId!,
      version: version as unknown as number,
      client_id: clientId!,
      step: step!,
      created_at: at!,
    }),
);

/** Sets where a draft's step log starts (compiled once: every save and fold moves it). */
const upsertFoldPoint = compiledOnce(
  ['\u0000draft', '\u0000step', '\u0000version', '\u0000at'],
  (db, draftId, stepVersion, draftVersion, at) => {
    const values = {
      step_version: stepVersion as unknown as number,
      draft_version: draftVersion as unknown as number,
      recorded_at: at!,
    };
    return db
      .insertInto('step_folds')
      .values({ draft_id: draftId!, ...values })
      .onConflict((conflict) => conflict.column('draft_id').doUpdateSet(values));
  },
);

/** Builds the steps repository over a store context. */
export function createSteps(ctx: StoreContext): Steps {
  const { db } = ctx;

  /** The version of the last accepted step of a draft (0 for none), read inside `executor`'s transaction or not. */
  async function latestVersion(draftId: string, executor: Kysely<Database> = db): Promise<number> {
    const [row] = await latestStep(executor, draftId);
    return row?.version ?? 0;
  }

  /**
   * The draft's version and its latest step version, read in one statement inside a transaction,
   * the draft's row locked against saves until it ends on PostgreSQL (a share lock: appends of other
   * servers go on, a save waits); SQLite's transaction already holds the write lock. NotFound for an
   * unknown draft.
   */
  async function lockedVersions(
    trx: Kysely<Database>,
    draftId: string,
  ): Promise<{ draftVersion: number; latest: number }> {
    let query = trx
      .selectFrom('drafts')
      .select((eb) => [
        'drafts.version',
        eb
          .selectFrom('steps')
          .select('steps.version')
          .whereRef('steps.draft_id', '=', 'drafts.id')
          .orderBy('steps.version', 'desc')
          .limit(1)
          .as('latest'),
      ])
      .where('drafts.id', '=', draftId);
    if (ctx.engine === 'postgres') query = query.forShare('drafts');
    const row = await query.executeTakeFirst();
    if (!row) throw new NotFound('draft', draftId);
    return { draftVersion: row.version, latest: row.latest ?? 0 };
  }

  /** Records inside a transaction that draft version `draftVersion` holds every step up to `stepVersion`. */
  async function recordFold(trx: Kysely<Database>, draftId: string, fold: FoldPoint, now: string) {
    await upsertFoldPoint(trx, draftId, fold.stepVersion, fold.draftVersion, now);
  }

  /**
   * A whole-document save as a transaction of separate statements (SQLite, where a statement costs no
   * round trip; postgresDocumentSave otherwise): the draft moves if the log is still at
   * `log.expected`; then its step (when the text changed) is appended and the log restarts at the
   * saved version; the notices are announced with it. Undefined (nothing written) if the draft or the
   * log had moved.
   */
  async function saveInTransaction(
    trx: Kysely<Database>,
    draftId: string,
    save: DocumentSave,
    set: ReturnType<typeof columnsToSet>,
    log: LoggedSave,
    notices: readonly StoreNotice[],
  ): Promise<Draft | undefined> {
    // The move is announced below, with the step, in one go.
    const move = { ...save, quiet: true, logAt: log.expected };
    const draft = await moveDraft(ctx, trx, draftId, save.baseVersion, set, move, log.now);
    if (draft === undefined) return undefined;
    if (log.added !== undefined) {
      await insertStep(trx, draftId, log.stepVersion, log.added.clientId, log.added.step, log.now);
    }
    await recordFold(trx, draftId, { stepVersion: log.stepVersion, draftVersion: draft.version }, log.now);
    await ctx.notifier.announce(trx, ...notices);
    return draft;
  }

  /**
   * Whole-document saves as one statement, on PostgreSQL with a notifier that announces in statements
   * (the notices go out in the save's statement); otherwise saveInTransaction.
   */
  const inStatement = ctx.notifier.inStatement?.bind(ctx.notifier);
  const saveOnPostgres =
    ctx.engine === 'postgres' && inStatement !== undefined ? postgresDocumentSave(inStatement) : undefined;

  function checkStepVersion(field: string, version: number): void {
    if (!Number.isInteger(version) || version < 0) {
      throw new InvalidInput(field, 'must be a step version (0, 1, 2, …)');
    }
  }

  /** The VersionConflict of a draft that is no longer at `baseVersion`, carrying the current draft. */
  async function draftConflict(draftId: string, baseVersion: number): Promise<never> {
    const current = await readDraft(ctx, draftId);
    throw new VersionConflict<Draft>('draft', draftId, baseVersion, current.version, current);
  }

  return {
    async appendSteps(draftId, baseVersion, clientId, steps, conditions = {}) {
      if (clientId === '') throw new InvalidInput('clientId', 'is empty');
      if (steps.length === 0) throw new InvalidInput('steps', 'there are no steps to append');
      checkStepVersion('baseVersion', baseVersion);
      const encoded = steps.map((step, i) => encodeJson(`steps[${i}]`, step));
      const now = ctx.now();
      const latest = baseVersion + steps.length;
      let outcome: 'accepted' | 'behind' | { draftVersion: number } = 'behind';
      try {
        outcome = await db.transaction().execute(async (trx) => {
          const { draftVersion, latest: current } = await lockedVersions(trx, draftId);
          if (conditions.draftVersion !== undefined && draftVersion !== conditions.draftVersion) {
            return { draftVersion };
          }
          if (current !== baseVersion) return 'behind';
          await trx
            .insertInto('steps')
            .values(
              encoded.map((step, i) => ({
                draft_id: draftId,
                version: baseVersion + i + 1,
                client_id: clientId,
                step,
                created_at: now,
              })),
            )
            .execute();
          await ctx.notifier.announce(trx, { kind: 'steps', draftId, version: latest });
          return 'accepted';
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      if (outcome === 'accepted') return latest;
      if (outcome !== 'behind') {
        const expected = conditions.draftVersion ?? 0;
        throw new VersionConflict('draft', draftId, expected, outcome.draftVersion, outcome.draftVersion);
      }
      const current = await latestVersion(draftId);
      throw new VersionConflict('steps', draftId, baseVersion, current, current);
    },

    async stepsSince(draftId, version, limit) {
      let query = db
        .selectFrom('steps')
        .select(['version', 'client_id', 'step'])
        .where('draft_id', '=', draftId)
        .where('version', '>', version)
        .orderBy('version');
      if (limit !== undefined) query = query.limit(limit);
      const rows = await query.execute();
      return rows.map((row) => ({
        version: row.version,
        clientId: row.client_id,
        step: decodeJson(row.step),
      }));
    },

    latestVersion: (draftId) => latestVersion(draftId),

    async hasUnfoldedSteps(draftId) {
      return (await stepAfterFold(db, draftId)).length > 0;
    },

    async draftWithPendingSteps(draftId) {
      const [row] = await draftAndPending[ctx.engine](db, draftId);
      if (!row) throw new NotFound('draft', draftId);
      const { steps_pending: pending, ...draft } = row;
      return { draft: toDraft(draft), stepsPending: Boolean(pending) };
    },

    async foldPoint(draftId) {
      const row = await db
        .selectFrom('step_folds')
        .select(['step_version', 'draft_version'])
        .where('draft_id', '=', draftId)
        .executeTakeFirst();
      return row === undefined
        ? undefined
        : { stepVersion: row.step_version, draftVersion: row.draft_version };
    },

    async fold(draftId, fold) {
      checkStepVersion('stepVersion', fold.stepVersion);
      const set = { document: encodeJson('document', fold.document), title: fold.title };
      const now = ctx.now();
      const saved = await db.transaction().execute(async (trx) => {
        const draft = await moveDraft(
          ctx,
          trx,
          draftId,
          fold.baseVersion,
          set,
          { actor: fold.actor, quiet: true },
          now,
        );
        if (draft === undefined) return undefined;
        await recordFold(trx, draftId, { stepVersion: fold.stepVersion, draftVersion: draft.version }, now);
        await recordFoldedVersion(trx, draftId, draft.version);
        return draft;
      });
      return saved ?? draftConflict(draftId, fold.baseVersion);
    },

    onlyFoldsBetween: (draftId, after, upTo) => onlyFoldsBetween(db, draftId, after, upTo),

    async saveDocument(draftId, save) {
      checkStepVersion('stepVersion', save.stepVersion);
      const set = columnsToSet(save);
      const step = save.step === undefined ? undefined : encodeJson('step', save.step.step);
      if (save.step?.clientId === '') throw new InvalidInput('step.clientId', 'is empty');
      const added =
        step === undefined || save.step === undefined ? undefined : { clientId: save.step.clientId, step };
      const stepVersion = save.stepVersion + (added === undefined ? 0 : 1);
      const now = ctx.now();
      const log = { expected: save.stepVersion, stepVersion, added, now };
      const notices: StoreNotice[] = [{ kind: 'draft', draftId, version: save.baseVersion + 1 }];
      if (added !== undefined) notices.push({ kind: 'steps', draftId, version: stepVersion });
      let saved: Draft | undefined;
      try {
        saved =
          saveOnPostgres === undefined
            ? await db
                .transaction()
                .execute((trx) => saveInTransaction(trx, draftId, save, set, log, notices))
            : await saveOnPostgres(
                db,
                draftId,
                save.baseVersion,
                moveValues(set, save.baseVersion, save.actor, now),
                log,
                notices.map(encodeNotice),
              );
      } catch (error) {
        // Another writer won a race on a unique key (the next step, or the next draft version).
        if (!isUniqueViolation(error)) throw error;
      }
      if (saved !== undefined) return { draft: saved, stepVersion };
      // Refused, nothing written: the draft has moved on, or else steps were accepted after the text.
      const current = await readDraft(ctx, draftId);
      if (current.version !== save.baseVersion) {
        throw new VersionConflict<Draft>('draft', draftId, save.baseVersion, current.version, current);
      }
      const latest = await latestVersion(draftId);
      throw new VersionConflict('steps', draftId, save.stepVersion, latest, latest);
    },
  };
}
