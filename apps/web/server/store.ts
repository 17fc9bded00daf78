import { openStore, type Store } from '@rapporteur/store';
import { storeOptionsFromEnv } from './store-location';

let opened: Promise<Store> | undefined;

/**
 * The store of this server process, opened once (migrations run then) and shared by the pages and
 * the API: PostgreSQL when `DATABASE_URL` is a postgres:// URL, otherwise the embedded SQLite file
 * (see store-location.ts). App servers keep no other state, so several can share one PostgreSQL.
 * A failed opening is not kept, so the next request tries again.
 */
export function getStore(): Promise<Store> {
  opened ??= openStore(storeOptionsFromEnv()).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}
