import type { StoreContext } from './context.js';
import { InvalidInput, isUniqueViolation, NotFound, VersionConflict } from './errors.js';
import { decodeJson, encodeJson, type JsonValue } from './json.js';

/** One collaborative-editing step as accepted by the authority, with the version it produced. */
export interface AcceptedStep {
  /** The version this step produced (the first step of a draft produces version 1). */
  readonly version: number;
  readonly clientId: string;
  /** The step's JSON (ProseMirror `Step.toJSON()`). */
  readonly step: JsonValue;
}

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
}

/** Builds the steps repository over a store context. */
export function createSteps(ctx: StoreContext): Steps {
  const { db } = ctx;

  async function latestVersion(draftId: string): Promise<number> {
    const row = await db
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
          const last = await trx
            .selectFrom('steps')
            .select('version')
            .where('draft_id', '=', draftId)
            .orderBy('version', 'desc')
            .limit(1)
            .executeTakeFirst();
          if ((last?.version ?? 0) !== baseVersion) return false;
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

    latestVersion,
  };
}
