import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDialectConfig } from 'kysely';
import pg from 'pg';
import type { Engine } from './context.js';
import { InvalidInput } from './errors.js';
import { startSqliteCheckpointer } from './sqlite-checkpointer.js';
import { StoreSqliteDialect } from './sqlite-dialect.js';
import type { Database } from './tables.js';

/** Where the embedded database lives when nothing else is configured (relative to the working folder). */
export const DEFAULT_SQLITE_PATH = './data/rapporteur.sqlite';

/** How long a SQLite writer waits for another process's write lock before giving up, by default. */
export const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

/** Which database to open: a PostgreSQL URL, or a SQLite file (or `:memory:`). */
export interface ConnectionOptions {
  /** `postgres://…` or `postgresql://…` selects PostgreSQL; absent or empty selects SQLite. */
  readonly databaseUrl?: string | undefined;
  /** The SQLite file (default `./data/rapporteur.sqlite`; its folder is created); `:memory:` for tests. */
  readonly sqlitePath?: string | undefined;
  /** SQLite's busy_timeout in milliseconds (default 10 000). */
  readonly busyTimeoutMs?: number | undefined;
  /** SQLite's synchronous setting (default `normal`; see openConnection). */
  readonly sqliteSynchronous?: SqliteSynchronous | undefined;
}

/**
 * When SQLite waits for the disk: `normal` (in WAL mode, at checkpoints only — a commit survives the
 * process being killed, not a power cut or an operating-system crash) or `full` (at every commit —
 * it survives those too, at the cost of an fsync per commit).
 */
export type SqliteSynchronous = 'normal' | 'full';

/** A Kysely instance over the chosen engine. */
export interface Connection {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
}

/**
 * The log size (in pages) at which the writing connection checkpoints itself. Under a stream of
 * writes the checkpointer's passive checkpoints never catch up with the last commit, so the log can
 * only start over after this checkpoint, which runs on the server's thread (the last frames copied,
 * the log and the file synced: 3–46 ms on the development machine). At 8,192 pages (32 MiB) a save
 * load (~45 KB of log per save) met it every second or so: 17–27 such commits per 13 s; at 32,768
 * pages (128 MiB) 5–14, and the save p99 fell from 160–197 to 118–151 ms (3 alternating runs,
 * load 2.6–4).
 */
const BACKSTOP_CHECKPOINT_PAGES = 32_768;

/** How many prepared statements a SQLite connection keeps; the store's queries are far fewer. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The SQLite connection as Kysely sees it, with its prepared statements kept by SQL text: Kysely
 * prepares every query it runs, and compiling the same few statements again on every request costs
 * more than running them. Safe because Kysely runs one query at a time on this connection and the
 * store never streams results (a statement being iterated could not be run again meanwhile).
 */
function withStatementCache(
  sqlite: SqliteDatabase.Database,
  beforeClose: () => void,
): SqliteDialectConfig['database'] {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      beforeClose();
      sqlite.close();
    },
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = sqlite.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/** How long to pause between attempts to switch a new database file to WAL while another process holds it. */
const WAL_RETRY_PAUSE_MS = 20;

/**
 * Puts the database in WAL mode. Switching needs the file to itself, and SQLite answers SQLITE_BUSY at
 * once, without waiting on busy_timeout, when several processes open a new file together (servers
 * starting side by side); so a refused switch is tried again, pausing between attempts, for as long
 * as busy_timeout allows. A file already in WAL mode answers at once.
 */
function switchToWal(sqlite: SqliteDatabase.Database, busyTimeoutMs: number): void {
  const deadline = Date.now() + busyTimeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      // SQLite answers with the mode in force: the old one when it could not switch.
      const mode = sqlite.pragma('journal_mode = WAL', { simple: true });
      if (mode === 'wal' || sqlite.memory) return;
      if (Date.now() >= deadline) {
        throw new Error(`SQLite kept the ${String(mode)} journal mode: another process held the file`);
      }
    } catch (error) {
      const busy = (error as { code?: unknown }).code === 'SQLITE_BUSY';
      if (!busy || Date.now() >= deadline) throw error;
    }
    Atomics.wait(pause, 0, 0, WAL_RETRY_PAUSE_MS);
  }
}

/** How many distinct statements each PostgreSQL connection prepares (the store's queries are far fewer). */
const PREPARED_STATEMENTS = 200;

/** The names given to statements' SQL texts, shared by every connection of the process. */
const statementNames = new Map<string, string>();

/**
 * Makes a pooled PostgreSQL client run each statement with parameters as a named prepared statement:
 * PostgreSQL parses and plans it once per connection instead of at every run (pg sends Parse only the
 * first time a connection meets the name, and only counts it parsed once PostgreSQL says so). That
 * was more than half of PostgreSQL's own CPU for a read of a draft (0.45 → 0.18 ms) and a third of a
 * save's. Statements without parameters (begin, commit, migrations' DDL) and any beyond the first
 * PREPARED_STATEMENTS distinct texts run as before. A prepared statement outlives a schema change
 * made by another process while this one runs (migrations run at start-up, before serving).
 */
function preparingStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (text: unknown, values?: unknown, ...rest: unknown[]) => {
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || rest.length > 0) {
      return query(text, values, ...rest);
    }
    let name = statementNames.get(text);
    if (name === undefined && statementNames.size < PREPARED_STATEMENTS) {
      name = `rapporteur_${statementNames.size + 1}`;
      statementNames.set(text, name);
    }
    return name === undefined ? query(text, values) : query({ name, text, values });
  };
}

/**
 * Opens the query layer on the engine the options select. PostgreSQL gets a connection pool with the
 * server's defaults (synchronous_commit on: a committed write is on disk) whose connections prepare
 * the statements they run (preparingStatements). SQLite gets one
 * better-sqlite3 connection with WAL (readers never block the writer), foreign keys on, a busy
 * timeout so a second process waits for the writer instead of failing, and synchronous=NORMAL unless
 * `full` is asked for. In WAL mode NORMAL writes every commit to the WAL before it returns (so a
 * save the server acknowledged survives the server process being killed — SIGKILL, a crash — which
 * is what the crash tests check) and syncs at checkpoints; the database is never corrupted, but a
 * power cut or an operating-system crash may lose the last commits. FULL also fsyncs the WAL at
 * every commit: measured on the development machine at 1.9–4.6 ms per commit against 0.2–0.35 ms,
 * and better-sqlite3 waits synchronously, so every request of the server waits behind each fsync —
 * alone more than a save may cost for the API's latency goal at 50 connections. A site that must
 * survive power cuts on SQLite sets `full` (RAPPORTEUR_SQLITE_SYNCHRONOUS=full), or uses PostgreSQL.
 */
export function openConnection(options: ConnectionOptions): Connection {
  const url = options.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new InvalidInput(
        'databaseUrl',
        'must start with postgres:// or postgresql:// (leave it unset for SQLite)',
      );
    }
    const pool = new pg.Pool({ connectionString: url, application_name: 'rapporteur' });
    pool.on('connect', preparingStatements);
    // An idle client can lose its server (a restart); the pool drops it and the next query reconnects.
    // Without a listener, Node would treat that event as an uncaught error and stop the process.
    pool.on('error', () => undefined);
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres' };
  }

  const path = options.sqlitePath ?? DEFAULT_SQLITE_PATH;
  // The file is chosen at run time; the comment keeps Next's build from tracing the repository for it.
  if (path !== ':memory:') mkdirSync(dirname(resolve(/*turbopackIgnore: true*/ path)), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  try {
    const busyTimeoutMs = Math.max(0, Math.floor(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS));
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    switchToWal(sqlite, busyTimeoutMs);
    sqlite.pragma(`synchronous = ${options.sqliteSynchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    sqlite.pragma('foreign_keys = ON');
    // Checkpoints run on a thread of their own (see sqlite-checkpointer.ts); the connection's own
    // automatic checkpoint stays as a backstop, at 32,768 pages (128 MiB of log) instead of 1,000.
    if (path !== ':memory:') sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const checkpointer = path === ':memory:' ? undefined : startSqliteCheckpointer(path);
  const database = withStatementCache(sqlite, () => checkpointer?.stop());
  return { db: new Kysely<Database>({ dialect: new StoreSqliteDialect({ database }) }), engine: 'sqlite' };
}
