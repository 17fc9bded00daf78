import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

/**
 * SQLite's adapter, but declaring what SQLite really does: DDL inside transactions. Kysely's Migrator
 * then runs all pending migrations in one transaction, which (see the driver below) is `BEGIN
 * IMMEDIATE` — the single-writer lock that makes two servers starting together safe.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * SQLite's driver with every transaction opened as `BEGIN IMMEDIATE`: the write lock is taken at the
 * start (waiting up to busy_timeout for another process's writer), so a transaction that reads and
 * then writes can never fail half-way with SQLITE_BUSY because another connection wrote meanwhile.
 */
class ImmediateTransactionSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * The SQLite dialect the store uses: Kysely's own, with immediate transactions and transactional DDL.
 * Because better-sqlite3 is synchronous, a connection waiting on busy_timeout blocks its whole
 * thread: two stores on one SQLite file must live in different processes (as two servers do).
 */
export class StoreSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  /** Takes the same configuration as Kysely's SqliteDialect. */
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  /** The driver whose transactions begin immediate. */
  override createDriver(): Driver {
    return new ImmediateTransactionSqliteDriver(this.#config);
  }

  /** The adapter that lets migrations run inside one transaction. */
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
