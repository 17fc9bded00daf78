import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * How often the checkpointer copies the write-ahead log into the database file, by default. Often,
 * so that the writer's own checkpoint (the backstop that lets the log start over, on the server's
 * thread) finds few frames left to copy and little to sync: under the save load its slow commits
 * (over 3 ms) added up to 98–121 ms per 13 s at 100 ms and 28–30 ms at 20 ms (longest 26–33 → 10–11
 * ms; 2 alternating runs, load 1.2–1.5), for ~1 % more CPU on the checkpointer's thread.
 */
export const CHECKPOINT_INTERVAL_MS = 20;

/** The checkpointer's state, shared with its thread: starting, open, closed, or stopped before it opened. */
const STARTING = 0;
const OPEN = 1;
const CLOSED = 2;
const CANCELLED = 3;

/**
 * The checkpointer's thread: unless it was stopped while starting, its own connection to the file,
 * a passive checkpoint at every interval (it copies what the log holds without waiting for, or
 * blocking, readers and the writer), and on the message to stop it closes its connection and says
 * so through the shared state.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const state = new Int32Array(workerData.state);
if (Atomics.compareExchange(state, 0, ${STARTING}, ${OPEN}) !== ${STARTING}) process.exit(0);
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // The file is busy or going away: the next interval tries again.
  }
}, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  Atomics.store(state, 0, ${CLOSED});
  Atomics.notify(state, 0);
  parentPort.close();
});
`;

/** A running checkpointer; `stop` returns once its connection is closed. */
export interface SqliteCheckpointer {
  stop(): void;
}

/**
 * Checkpoints a SQLite file's write-ahead log on a thread of its own. A checkpoint copies the log
 * into the database file and syncs it; run by the writing connection (SQLite's automatic
 * checkpoint, every ~1,000 pages) it blocks the server's only thread — measured at 5–9 ms at p99
 * and up to ~55 ms per commit that triggers one — because better-sqlite3 is synchronous. Here it
 * runs beside the server, which keeps only a distant automatic checkpoint as a backstop. `stop`
 * waits (briefly blocking) until the thread has closed its connection, if it had opened one, so the
 * server's own connection is the last to close and removes the log.
 */
export function startSqliteCheckpointer(
  path: string,
  intervalMs = CHECKPOINT_INTERVAL_MS,
): SqliteCheckpointer {
  const shared = new SharedArrayBuffer(4);
  const state = new Int32Array(shared);
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  let alive = true;
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, path, intervalMs, state: shared } });
  worker.unref();
  // A checkpointer that fails leaves the checkpoints to the connection's automatic backstop.
  worker.on('error', () => {
    alive = false;
  });
  worker.on('exit', () => {
    alive = false;
  });
  return {
    stop() {
      if (!alive) return;
      alive = false;
      // Stopped before its thread opened the file: it never will.
      if (Atomics.compareExchange(state, 0, STARTING, CANCELLED) === STARTING) return;
      worker.postMessage('stop');
      Atomics.wait(state, 0, OPEN, 5_000);
    },
  };
}
