import type { Kysely } from 'kysely';
import type { StoreNotifier } from './notices.js';
import type { Database } from './tables.js';

/** Which database engine a store runs on. */
export type Engine = 'sqlite' | 'postgres';

/** What every repository is built from: the query layer, the engine it talks to, the clock and the notifier. */
export interface StoreContext {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** The time of a write, as an ISO 8601 string; injectable so tests can fix it. */
  readonly now: () => string;
  /** Where writes announce their changes to app servers (see notices.ts). */
  readonly notifier: StoreNotifier;
}
