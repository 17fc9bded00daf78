import { ApiError } from './api-error';

/** How many failed sign-ins an account may have from one address before each try is slowed. */
export const FREE_FAILURES = 5;

/** How long failures are remembered after the last one. */
export const FAILURE_MEMORY_MS = 15 * 60 * 1000;

/** The longest wait imposed between two tries. */
export const MAX_DELAY_MS = 15 * 60 * 1000;

interface Failures {
  count: number;
  last: number;
}

/**
 * Slows repeated failed sign-ins per account and address: after {@link FREE_FAILURES} failures, the
 * next try is refused (429 with Retry-After) until a delay has passed that doubles with each further
 * failure (1 s, 2 s, 4 s … up to 15 min). A success clears the record. Kept in memory, per process:
 * the store has no table for it yet (see API.md); with several servers each slows its own share.
 */
export class LoginThrottle {
  readonly #failures = new Map<string, Failures>();

  /** Creates a throttle reading time from `now` (injectable for tests). */
  constructor(private readonly now: () => number = Date.now) {}

  /** Throws 429 if this account and address must still wait before trying again. */
  check(email: string, address: string): void {
    const record = this.#current(this.#key(email, address));
    if (record === undefined || record.count < FREE_FAILURES) return;
    const wait = record.last + this.delayAfter(record.count) - this.now();
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
  fail(email: string, address: string): void {
    const key = this.#key(email, address);
    const record = this.#current(key);
    this.#failures.set(key, { count: (record?.count ?? 0) + 1, last: this.now() });
    if (this.#failures.size > 10_000) this.#forgetOld();
  }

  /** Clears the record after a successful sign-in. */
  succeed(email: string, address: string): void {
    this.#failures.delete(this.#key(email, address));
  }

  /** The wait imposed after `count` failures (0 while within the free failures). */
  delayAfter(count: number): number {
    if (count < FREE_FAILURES) return 0;
    return Math.min(MAX_DELAY_MS, 1000 * 2 ** (count - FREE_FAILURES));
  }

  #key(email: string, address: string): string {
    return `${email.trim().toLowerCase()}\u0000${address}`;
  }

  #current(key: string): Failures | undefined {
    const record = this.#failures.get(key);
    if (record !== undefined && this.now() - record.last > FAILURE_MEMORY_MS) {
      this.#failures.delete(key);
      return undefined;
    }
    return record;
  }

  #forgetOld(): void {
    for (const key of [...this.#failures.keys()]) this.#current(key);
  }
}
