/** Where an error records which store error classes it belongs to; registered, so every copy agrees. */
const errorKinds = Symbol.for('rapporteur.store.errorKinds');

/**
 * The base of every error the store throws on purpose, so callers can tell them from driver failures.
 *
 * `instanceof` works by the class's `kind`, not by object identity: a bundler may load this module
 * twice in one process (Next.js bundles workspace packages once for pages and once for route
 * handlers), and an error thrown by one copy must still be a `VersionConflict` to the other.
 */
export class StoreError extends Error {
  /** The name this class is known by across copies of the module. */
  static readonly kind: string = 'StoreError';
  override name = 'StoreError';
  /** The kinds of every class in this error's chain, most general first. */
  readonly [errorKinds]: readonly string[];

  /** Creates the error; its kinds are read from the classes it was constructed through. */
  constructor(message: string) {
    super(message);
    const kinds: string[] = [];
    for (
      let type: unknown = new.target;
      typeof type === 'function' && 'kind' in type;
      type = Object.getPrototypeOf(type)
    ) {
      kinds.unshift(String(type.kind));
    }
    this[errorKinds] = kinds;
  }

  /** True for errors made by this class or a subclass, in any copy of this module. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null || !(errorKinds in value)) return false;
    const kinds = (value as { [errorKinds]: unknown })[errorKinds];
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being tested against, a subclass too.
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }
}

/**
 * A record that was asked for by its key does not exist. `entity` names the kind of record
 * ('draft', 'user', …) and `key` the id or key that was looked up, so the API can answer 404 clearly.
 */
export class NotFound extends StoreError {
  static override readonly kind: string = 'NotFound';
  override name = 'NotFound';
  /** Creates the error for one kind of record and the key that was not found. */
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} ${key} not found`);
  }
}

/**
 * A write named a version that is no longer the current one: someone else wrote first. Nothing was
 * written. The error carries the current version and, where there is one, the current record (for a
 * draft: its document), so the API can answer 409 and the client can rebase without losing anything.
 */
export class VersionConflict<Current = unknown> extends StoreError {
  static override readonly kind: string = 'VersionConflict';
  override name = 'VersionConflict';
  /** Creates the error for one record, the version the write was based on and what is current now. */
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly baseVersion: number,
    readonly currentVersion: number,
    readonly current: Current,
  ) {
    super(`${entity} ${id} is at version ${currentVersion}; the write was based on version ${baseVersion}`);
  }
}

/** A record with the same unique key (an e-mail address, a symbol and language, …) already exists. */
export class AlreadyExists extends StoreError {
  static override readonly kind: string = 'AlreadyExists';
  override name = 'AlreadyExists';
  /** Creates the error for one kind of record and the key that is already taken. */
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} ${key} already exists`);
  }
}

/** Input the store cannot keep as given (not JSON, an impossible text range, …); nothing was written. */
export class InvalidInput extends StoreError {
  static override readonly kind: string = 'InvalidInput';
  override name = 'InvalidInput';
  /** Creates the error naming the field that is wrong and why. */
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/**
 * Whether a driver error is a unique or primary-key violation, on either engine (PostgreSQL's SQLSTATE
 * 23505, better-sqlite3's SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY). Used to turn a lost race on a
 * unique key into a VersionConflict or AlreadyExists instead of a raw driver error.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Whether a driver error is a foreign-key violation on either engine (PostgreSQL 23503,
 * SQLITE_CONSTRAINT_FOREIGNKEY): a write referred to a record that does not exist.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
