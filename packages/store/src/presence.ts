import type { StoreContext } from './context.js';
import { InvalidInput, isForeignKeyViolation, NotFound } from './errors.js';

/** One person's editor in a draft: who, which client (browser tab), where their selection is, and when they last said so. */
export interface PresenceEntry {
  readonly clientId: string;
  readonly userId: string;
  /** The user's display name, read from the users table. */
  readonly name: string;
  /** The selection's anchor and head: ProseMirror positions in the text at the client's confirmed step version. */
  readonly anchor: number;
  readonly head: number;
  /**
   * The step version the positions were made at (the client's confirmed version), for readers to map
   * them into their own text; null when the client did not say.
   */
  readonly version: number | null;
  /** When the client last reported (ISO 8601, the server's clock). */
  readonly at: string;
}

/** A client's report of where it is in a draft. */
export interface PresenceReport {
  readonly draftId: string;
  readonly clientId: string;
  readonly userId: string;
  readonly anchor: number;
  readonly head: number;
  /** The client's confirmed step version, which anchor and head are positions in; absent when it does not say. */
  readonly version?: number;
  /** When the server received the report (ISO 8601): the API's clock, which also decides expiry. */
  readonly at: string;
}

/**
 * Who has each draft open (issue 9's presence), kept in the database so that every app server shows
 * the same people; each change is announced to app servers. Entries are not deleted when they expire:
 * readers ask only for those reported after a moment, and a report clears the draft's old entries.
 */
export interface Presence {
  /**
   * Records (or refreshes) a client's presence as of `report.at`, and removes the draft's entries
   * last reported before `expiredBefore`. NotFound for an unknown draft or user.
   */
  report(report: PresenceReport, expiredBefore: string): Promise<void>;
  /** Removes a client's entry, only if it belongs to `userId`; says whether there was one. */
  remove(draftId: string, clientId: string, userId: string): Promise<boolean>;
  /** The entries of a draft reported at or after `since` (ISO 8601), by client id, with the users' names. */
  list(draftId: string, since: string): Promise<PresenceEntry[]>;
}

function checkPosition(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new InvalidInput(field, 'must be a document position (0, 1, 2, …)');
}

function checkVersion(value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0))
    throw new InvalidInput('version', 'must be a step version (0, 1, 2, …)');
}

/** Builds the presence repository over a store context. */
export function createPresence(ctx: StoreContext): Presence {
  const { db } = ctx;
  return {
    async report(report, expiredBefore) {
      if (report.clientId === '') throw new InvalidInput('clientId', 'is empty');
      checkPosition('anchor', report.anchor);
      checkPosition('head', report.head);
      checkVersion(report.version);
      if (Number.isNaN(Date.parse(report.at))) throw new InvalidInput('at', 'must be an ISO 8601 time');
      const values = {
        user_id: report.userId,
        anchor: report.anchor,
        head: report.head,
        version: report.version ?? null,
        at: report.at,
      };
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .deleteFrom('presence')
            .where('draft_id', '=', report.draftId)
            .where('at', '<', expiredBefore)
            .execute();
          await trx
            .insertInto('presence')
            .values({ draft_id: report.draftId, client_id: report.clientId, ...values })
            .onConflict((conflict) => conflict.columns(['draft_id', 'client_id']).doUpdateSet(values))
            .execute();
          await ctx.notifier.announce(trx, { kind: 'presence', draftId: report.draftId });
        });
      } catch (error) {
        if (isForeignKeyViolation(error))
          throw new NotFound('draft or user', `${report.draftId} / ${report.userId}`);
        throw error;
      }
    },

    async remove(draftId, clientId, userId) {
      return db.transaction().execute(async (trx) => {
        const removed = await trx
          .deleteFrom('presence')
          .where('draft_id', '=', draftId)
          .where('client_id', '=', clientId)
          .where('user_id', '=', userId)
          .executeTakeFirst();
        if (removed.numDeletedRows === 0n) return false;
        await ctx.notifier.announce(trx, { kind: 'presence', draftId });
        return true;
      });
    },

    async list(draftId, since) {
      const rows = await db
        .selectFrom('presence')
        .innerJoin('users', 'users.id', 'presence.user_id')
        .select([
          'presence.client_id',
          'presence.user_id',
          'users.display_name',
          'presence.anchor',
          'presence.head',
          'presence.version',
          'presence.at',
        ])
        .where('presence.draft_id', '=', draftId)
        .where('presence.at', '>=', since)
        .orderBy('presence.client_id')
        .execute();
      return rows.map((row) => ({
        clientId: row.client_id,
        userId: row.user_id,
        name: row.display_name,
        anchor: row.anchor,
        head: row.head,
        version: row.version,
        at: row.at,
      }));
    },
  };
}
