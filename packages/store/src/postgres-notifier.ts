import { sql } from 'kysely';
import pg from 'pg';
import {
  decodeNotice,
  dispatchNotice,
  encodeNotice,
  type NoticeListener,
  type StoreNotifier,
} from './notices.js';

/** The PostgreSQL channel every app server of one database listens on. */
export const NOTICE_CHANNEL = 'rapporteur_notices';

/** How long opening the listener connection may take before it counts as failed (and is retried). */
const CONNECT_TIMEOUT_MS = 5_000;

/** How long to wait before reconnecting a lost listener connection: doubles from the first to the last. */
const RECONNECT_DELAYS_MS = { first: 100, last: 5_000 } as const;

/** Options of the PostgreSQL notifier. */
export interface PostgresNotifierOptions {
  /** The database's URL (the same as the store's). */
  readonly connectionString: string;
  /** Told of a lost listener connection (for logs); the notifier reconnects by itself. */
  readonly onConnectionLost?: (error: unknown) => void;
}

/** `pg_notify` on the notice channel for each notice (as encodeNotice wrote it), in order, as a select list. */
function notifyCalls(encodedNotices: readonly string[]) {
  return sql.join(encodedNotices.map((text) => sql`pg_notify(${NOTICE_CHANNEL}, ${text})`));
}

/**
 * The notifier of a PostgreSQL store, for several app servers: a change is announced with
 * `pg_notify` inside the writer's transaction (PostgreSQL delivers it at commit, in commit order,
 * never for a rolled-back transaction), and each server LISTENs on one dedicated connection of its
 * own (not the pool's), opened at the first subscription. When that connection drops, it is
 * reconnected (after 0.1 s, then twice as long each failure, up to 5 s) and every listener is told
 * to resync, since notices sent meanwhile are lost.
 */
export function createPostgresNotifier(options: PostgresNotifierOptions): StoreNotifier {
  const listeners = new Set<NoticeListener>();
  let client: pg.Client | undefined;
  let connecting: Promise<boolean> | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delay: number = RECONNECT_DELAYS_MS.first;
  let closed = false;

  /** Opens the listening connection; resolves whether it is listening. */
  function connect(): Promise<boolean> {
    connecting ??= (async () => {
      const candidate = new pg.Client({
        connectionString: options.connectionString,
        application_name: 'rapporteur-notices',
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      });
      candidate.on('notification', (message) => {
        if (message.channel !== NOTICE_CHANNEL || message.payload === undefined) return;
        const notice = decodeNotice(message.payload);
        if (notice !== undefined) dispatchNotice(listeners, notice);
      });
      candidate.on('error', (error) => lost(candidate, error));
      candidate.on('end', () => lost(candidate, new Error('the listener connection ended')));
      try {
        await candidate.connect();
        await candidate.query(`LISTEN ${NOTICE_CHANNEL}`);
      } catch (error) {
        candidate.removeAllListeners('end');
        await candidate.end().catch(() => undefined);
        connecting = undefined;
        scheduleReconnect(error);
        return false;
      }
      connecting = undefined;
      if (closed) {
        await candidate.end().catch(() => undefined);
        return false;
      }
      client = candidate;
      delay = RECONNECT_DELAYS_MS.first;
      return true;
    })();
    return connecting;
  }

  function lost(which: pg.Client, error: unknown): void {
    if (client !== which) return;
    client = undefined;
    which.removeAllListeners('end');
    which.end().catch(() => undefined);
    scheduleReconnect(error);
  }

  function scheduleReconnect(error: unknown): void {
    if (closed || retry !== undefined) return;
    options.onConnectionLost?.(error);
    retry = setTimeout(async () => {
      retry = undefined;
      if (await connect()) {
        for (const listener of [...listeners]) listener.resync();
      }
    }, delay);
    retry.unref();
    delay = Math.min(delay * 2, RECONNECT_DELAYS_MS.last);
  }

  return {
    async subscribe(listener) {
      if (closed) throw new Error('the store is closed');
      listeners.add(listener);
      if (client === undefined && retry === undefined) await connect();
      return () => {
        listeners.delete(listener);
      };
    },
    async announce(executor, ...notices) {
      if (notices.length > 0) await sql`select ${notifyCalls(notices.map(encodeNotice))}`.execute(executor);
    },
    inStatement: notifyCalls,
    async close() {
      closed = true;
      listeners.clear();
      if (retry !== undefined) clearTimeout(retry);
      await connecting;
      const open = client;
      client = undefined;
      if (open !== undefined) {
        open.removeAllListeners('end');
        await open.end().catch(() => undefined);
      }
    },
  };
}
