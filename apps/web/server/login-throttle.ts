import type { LoginAttempts } from '@rapporteur/store';
import { ApiError } from './api-error';

/** How many failed sign-ins an account may have from one address before each try is slowed. */
export const FREE_FAILURES = 5;

/** How long failures are remembered after the last one. */
export const FAILURE_MEMORY_MS = 15 * 60 * 1000;

/** The longest wait imposed between two tries. */
export const MAX_DELAY_MS = 15 * 60 * 1000;

/** The wait imposed after `count` failures: nothing within the free failures, then 1 s, 2 s, 4 s … 15 min. */
export function delayAfter(count: number): number {
  if (count < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (count - FREE_FAILURES));
}

/**
 * Slows repeated failed sign-ins per account and address: after {@link FREE_FAILURES} failures, the
 * next try is refused (429 with Retry-After) until a delay has passed that doubles with each further
 * failure. A success clears the record. The failures are counted in the store, not in this process,
 * so every app server sharing the database slows the same guesses, and a restart forgets nothing.
 */
export class LoginThrottle {
  /** Creates a throttle over the store's record of attempts, reading time from `now` (the API's clock). */
  constructor(
    private readonly attempts: LoginAttempts,
    private readonly now: () => Date,
  ) {}

  /** Throws 429 if this account and address must still wait before trying again. */
  async check(email: string, address: string): Promise<void> {
    const at = this.now();
    const record = await this.attempts.get(email, address, { at, windowMs: FAILURE_MEMORY_MS });
    if (record === undefined || record.failures < FREE_FAILURES) return;
    const wait = Date.parse(record.lastFailedAt) + delayAfter(record.failures) - at.getTime();
    if (wait > 0) {
      throw new ApiError(
        'too-many-attempts',
        `Too many failed sign-ins for this account; try again in ${Math.ceil(wait / 1000)} s.`,
        undefined,
        undefined,
        { 'retry-after': String(Math.ceil(wait / 1000)) },
      );
    }
  }

  /** Records a failed sign-in. */
  async fail(email: string, address: string): Promise<void> {
    await this.attempts.recordFailure(email, address, { at: this.now(), windowMs: FAILURE_MEMORY_MS });
  }

  /** Clears the record after a successful sign-in. */
  async succeed(email: string, address: string): Promise<void> {
    await this.attempts.clear(email, address);
  }
}
