import type { StoreContext } from './context.js';
import { InvalidInput } from './errors.js';

/** The failed sign-ins of one account from one address still remembered: how many, and the last one's time. */
export interface FailedLogins {
  readonly failures: number;
  readonly lastFailedAt: string;
}

/** When an attempt happens and how long failures are remembered after the last one. */
export interface AttemptWindow {
  /** The time of the attempt, from the caller's clock (the API's), so its waits and these stamps agree. */
  readonly at: Date;
  /** Failures whose last one is older than this (in milliseconds) are forgotten. */
  readonly windowMs: number;
}

/**
 * Failed sign-ins per account and client address, kept in the database so that every app server
 * sharing it slows the same guesses and a restarted server still remembers them. The store only
 * counts; how long to make someone wait is the caller's policy.
 */
export interface LoginAttempts {
  /** The failures remembered for an account from an address at `window.at`; undefined if none. */
  get(account: string, address: string, window: AttemptWindow): Promise<FailedLogins | undefined>;
  /**
   * Records one failure atomically (two servers recording at once both count) and returns the count
   * with it; a record whose last failure is outside the window starts again at 1. Records gone stale
   * for every account are deleted at the same time, so the table holds only live windows.
   */
  recordFailure(account: string, address: string, window: AttemptWindow): Promise<FailedLogins>;
  /** Forgets the failures of an account from an address (after a successful sign-in). */
  clear(account: string, address: string): Promise<void>;
}

/** The account key of an e-mail address: trimmed and lower-cased, as users are looked up. */
function accountKey(account: string): string {
  return account.trim().toLowerCase();
}

function windowStart(window: AttemptWindow): string {
  if (!Number.isFinite(window.windowMs) || window.windowMs <= 0) {
    throw new InvalidInput('windowMs', 'must be a positive number of milliseconds');
  }
  return new Date(window.at.getTime() - window.windowMs).toISOString();
}

/** Builds the login-attempts repository over a store context. */
export function createLoginAttempts(ctx: StoreContext): LoginAttempts {
  const { db } = ctx;
  return {
    async get(account, address, window) {
      const row = await db
        .selectFrom('login_attempts')
        .select(['failures', 'last_failed_at'])
        .where('account', '=', accountKey(account))
        .where('address', '=', address)
        .where('last_failed_at', '>', windowStart(window))
        .executeTakeFirst();
      return row === undefined ? undefined : { failures: row.failures, lastFailedAt: row.last_failed_at };
    },

    async recordFailure(account, address, window) {
      const since = windowStart(window);
      const at = window.at.toISOString();
      const row = await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('login_attempts').where('last_failed_at', '<=', since).execute();
        return trx
          .insertInto('login_attempts')
          .values({ account: accountKey(account), address, failures: 1, last_failed_at: at })
          .onConflict((conflict) =>
            conflict.columns(['account', 'address']).doUpdateSet((eb) => ({
              failures: eb
                .case()
                .when('login_attempts.last_failed_at', '<=', since)
                .then(1)
                .else(eb('login_attempts.failures', '+', 1))
                .end(),
              last_failed_at: eb.ref('excluded.last_failed_at'),
            })),
          )
          .returning(['failures', 'last_failed_at'])
          .executeTakeFirstOrThrow();
      });
      return { failures: row.failures, lastFailedAt: row.last_failed_at };
    },

    async clear(account, address) {
      await db
        .deleteFrom('login_attempts')
        .where('account', '=', accountKey(account))
        .where('address', '=', address)
        .execute();
    },
  };
}
