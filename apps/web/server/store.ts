import { openStore, type Store } from '@rapporteur/store';
import { storeOptionsFromEnv } from './store-location';

/**
 * Where the process's store is kept: on globalThis under a registered symbol, not in a module
 * variable, because this module is loaded twice in the server process: by the app server
 * (host/serve.ts, which answers the API) and inside Next.js's bundle of the pages (React Server
 * Components) — a module variable would open a second store, and two SQLite connections in one
 * process can block each other's writes (better-sqlite3 waits synchronously).
 */
const STORE_KEY = Symbol.for('rapporteur.store');

type StoreHolder = { [STORE_KEY]?: Promise<Store> };

/**
 * The store of this server process, opened once (migrations run then) and shared by the pages and
 * the API: PostgreSQL when `DATABASE_URL` is a postgres:// URL, otherwise the embedded SQLite file
 * (see store-location.ts). App servers keep no other state, so several can share one PostgreSQL.
 * A failed opening is not kept, so the next request tries again.
 */
export function getStore(): Promise<Store> {
  const holder = globalThis as StoreHolder;
  holder[STORE_KEY] ??= openStore(storeOptionsFromEnv()).catch((error: unknown) => {
    delete holder[STORE_KEY];
    throw error;
  });
  return holder[STORE_KEY];
}
