import type { Kysely } from 'kysely';
import type { StoreContext } from './context.js';
import { InvalidInput, isUniqueViolation, NotFound, VersionConflict } from './errors.js';
import { decodeJson, encodeJson, type JsonValue } from './json.js';
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

/** The version the fold point is kept at: 0, below every step (steps start at 1), so no step read returns it. */
const FOLD_POINT_VERSION = 0;

/** The client id of the fold point's row, which no client uses (clients name themselves with at least one character). */
const FOLD_POINT_CLIENT = '';

/**
 * The step log of collaborative editing (ProseMirror's central-authority protocol, issue 9): the
 * database is the authority. Each step is one row keyed by (draft, version); a batch is accepted only
 * on top of the latest version, and the unique key turns a race between two servers into a refusal.
 */
export interface Steps {
  /**
   * Appends steps made on top of `baseVersion`; they take versions baseVersion+1 … baseVersion+n.
   * Refused with VersionConflict (carrying the latest version) unless `baseVersion` is the latest;
   * the client then fetches `stepsSince` and rebases. Returns the new latest version.
   */
  appendSteps(
    draftId: string,
    baseVersion: number,
    clientId: string,
    steps: readonly unknown[],
  ): Promise<number>;
  /** The steps after `version`, in order (empty when the caller is up to date). */
  stepsSince(draftId: string, version: number): Promise<AcceptedStep[]>;
  /** The latest step version of a draft (0 before the first step). */
  latestVersion(draftId: string): Promise<number>;
  /**
   * The fold point recorded last (see {@link Steps.recordFold}), or undefined when the steps have
   * never been folded and apply to the draft's current document.
   */
  foldPoint(draftId: string): Promise<FoldPoint | undefined>;
  /**
   * Records that draft version `draftVersion` holds every step up to `stepVersion` (after the
   * document there was saved), so that loading replays only later steps; `stepVersion` 0 records
   * the document the first steps apply to. A fold point older than the
   * one recorded (a slower server finishing an earlier fold) changes nothing. The steps stay in the
   * log, so clients that are behind can still catch up.
   */
  recordFold(draftId: string, fold: FoldPoint): Promise<void>;
}

/** Builds the steps repository over a store context. */
export function createSteps(ctx: StoreContext): Steps {
  const { db } = ctx;

  /** The version of the last accepted step of a draft (0 for none), read inside `executor`'s transaction or not. */
  async function latestVersion(draftId: string, executor: Kysely<Database> = db): Promise<number> {
    const row = await executor
      .selectFrom('steps')
      .select('version')
      .where('draft_id', '=', draftId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.version ?? 0;
  }

  return {
    async appendSteps(draftId, baseVersion, clientId, steps) {
      if (clientId === FOLD_POINT_CLIENT) throw new InvalidInput('clientId', 'is empty');
      if (steps.length === 0) throw new InvalidInput('steps', 'there are no steps to append');
      const encoded = steps.map((step, i) => encodeJson(`steps[${i}]`, step));
      const now = ctx.now();
      let accepted = false;
      try {
        accepted = await db.transaction().execute(async (trx) => {
          const draft = await trx
            .selectFrom('drafts')
            .select('id')
            .where('id', '=', draftId)
            .executeTakeFirst();
          if (!draft) throw new NotFound('draft', draftId);
          if ((await latestVersion(draftId, trx)) !== baseVersion) return false;
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
          return true;
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      if (!accepted) {
        const latest = await latestVersion(draftId);
        throw new VersionConflict('steps', draftId, baseVersion, latest, latest);
      }
      return baseVersion + steps.length;
    },

    async stepsSince(draftId, version) {
      const rows = await db
        .selectFrom('steps')
        .select(['version', 'client_id', 'step'])
        .where('draft_id', '=', draftId)
        .where('version', '>', version)
        .orderBy('version')
        .execute();
      return rows.map((row) => ({
        version: row.version,
        clientId: row.client_id,
        step: decodeJson(row.step),
      }));
    },

    latestVersion: (draftId) => latestVersion(draftId),

    async foldPoint(draftId) {
      const row = await db
        .selectFrom('steps')
        .select('step')
        .where('draft_id', '=', draftId)
        .where('version', '=', FOLD_POINT_VERSION)
        .executeTakeFirst();
      return row === undefined ? undefined : (decodeJson(row.step) as unknown as FoldPoint);
    },

    async recordFold(draftId, fold) {
      if (!Number.isInteger(fold.stepVersion) || fold.stepVersion < 0) {
        throw new InvalidInput('stepVersion', 'must be a step version (0, 1, 2, …)');
      }
      if (!Number.isInteger(fold.draftVersion) || fold.draftVersion < 1) {
        throw new InvalidInput('draftVersion', 'must be a draft version (1, 2, …)');
      }
      const step = encodeJson('fold', { stepVersion: fold.stepVersion, draftVersion: fold.draftVersion });
      const now = ctx.now();
      const record = () =>
        db.transaction().execute(async (trx) => {
          const row = await trx
            .selectFrom('steps')
            .select('step')
            .where('draft_id', '=', draftId)
            .where('version', '=', FOLD_POINT_VERSION)
            .executeTakeFirst();
          if (row === undefined) {
            await trx
              .insertInto('steps')
              .values({
                draft_id: draftId,
                version: FOLD_POINT_VERSION,
                client_id: FOLD_POINT_CLIENT,
                step,
                created_at: now,
              })
              .execute();
            return;
          }
          const recorded = decodeJson(row.step) as unknown as FoldPoint;
          if (recorded.stepVersion >= fold.stepVersion) return;
          await trx
            .updateTable('steps')
            .set({ step, created_at: now })
            .where('draft_id', '=', draftId)
            .where('version', '=', FOLD_POINT_VERSION)
            .execute();
        });
      try {
        await record();
      } catch (error) {
        // Another server recorded the first fold point at the same moment: compare with it instead.
        if (!isUniqueViolation(error)) throw error;
        await record();
      }
    },
  };
}
