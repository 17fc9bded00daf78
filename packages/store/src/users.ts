import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { StoreContext } from './context.js';
import { AlreadyExists, InvalidInput, isUniqueViolation, NotFound, VersionConflict } from './errors.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { Database, UsersTable } from './tables.js';

/** A person who can sign in, with the roles they hold. The password hash never leaves the store. */
export interface User {
  readonly id: string;
  /** Lower-cased and trimmed; unique. */
  readonly email: string;
  readonly displayName: string;
  /** Role names, sorted (their meaning belongs to the lifecycle package). */
  readonly roles: readonly string[];
  /** When the account was disabled, or null while it may sign in. */
  readonly disabledAt: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What it takes to create a user. */
export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly roles?: readonly string[];
}

/** The changes one update may make to a user; absent fields stay as they are. */
export interface UserChanges {
  readonly displayName?: string;
  readonly roles?: readonly string[];
  readonly password?: string;
  /** true disables the account (and keeps the first disabling time); false enables it again. */
  readonly disabled?: boolean;
}

/** Users and their roles. */
export interface Users {
  /** Creates a user; AlreadyExists if the e-mail address is taken. */
  create(user: NewUser): Promise<User>;
  /** The user with this id; NotFound otherwise. */
  get(id: string): Promise<User>;
  /** The user with this e-mail address (case-insensitive), if any. */
  findByEmail(email: string): Promise<User | undefined>;
  /** Every user, by e-mail address. */
  list(): Promise<User[]>;
  /** The user whose e-mail address and password match and who is not disabled, if any. */
  authenticate(email: string, password: string): Promise<User | undefined>;
  /** Applies changes to a user at `baseVersion`; VersionConflict (with the current user) if stale. */
  update(id: string, baseVersion: number, changes: UserChanges): Promise<User>;
}

function normaliseEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(normalised))
    throw new InvalidInput('email', `"${email}" is not an e-mail address`);
  return normalised;
}

function normaliseRoles(roles: readonly string[]): string[] {
  for (const role of roles) {
    if (role.trim() === '') throw new InvalidInput('roles', 'a role name is empty');
  }
  return [...new Set(roles.map((r) => r.trim()))].sort();
}

/** The user a row of the users table holds, with their roles (sorted). */
export function toUser(row: Selectable<UsersTable>, roles: string[]): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles,
    disabledAt: row.disabled_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The users of some rows of the users table with their roles, read in one more query. */
export async function usersWithRoles(db: Kysely<Database>, rows: Selectable<UsersTable>[]): Promise<User[]> {
  const byUser = new Map<string, string[]>(rows.map((row) => [row.id, []]));
  if (rows.length > 0) {
    const roles = await db
      .selectFrom('user_roles')
      .select(['user_id', 'role'])
      .where('user_id', 'in', [...byUser.keys()])
      .orderBy('role')
      .execute();
    for (const row of roles) byUser.get(row.user_id)?.push(row.role);
  }
  return rows.map((row) => toUser(row, byUser.get(row.id) ?? []));
}

/** Builds the users repository over a store context. */
export function createUsers(ctx: StoreContext): Users {
  const { db } = ctx;
  const withRoles = (rows: Selectable<UsersTable>[]) => usersWithRoles(db, rows);

  async function find(id: string): Promise<User | undefined> {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? (await withRoles([row]))[0] : undefined;
  }

  async function get(id: string): Promise<User> {
    const user = await find(id);
    if (!user) throw new NotFound('user', id);
    return user;
  }

  async function findRowByEmail(email: string): Promise<Selectable<UsersTable> | undefined> {
    return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
  }

  return {
    async create(user) {
      const email = normaliseEmail(user.email);
      const roles = normaliseRoles(user.roles ?? []);
      const passwordHash = await hashPassword(user.password);
      const id = randomUUID();
      const now = ctx.now();
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('users')
            .values({
              id,
              email,
              display_name: user.displayName,
              password_hash: passwordHash,
              disabled_at: null,
              version: 1,
              created_at: now,
              updated_at: now,
            })
            .execute();
          if (roles.length > 0) {
            await trx
              .insertInto('user_roles')
              .values(roles.map((role) => ({ user_id: id, role })))
              .execute();
          }
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AlreadyExists('user', email);
        throw error;
      }
      return get(id);
    },

    get,

    async findByEmail(email) {
      const row = await findRowByEmail(email);
      return row ? (await withRoles([row]))[0] : undefined;
    },

    async list() {
      return withRoles(await db.selectFrom('users').selectAll().orderBy('email').execute());
    },

    async authenticate(email, password) {
      const row = await findRowByEmail(email);
      if (!row || row.disabled_at !== null) return undefined;
      if (!(await verifyPassword(password, row.password_hash))) return undefined;
      return (await withRoles([row]))[0];
    },

    async update(id, baseVersion, changes) {
      const roles = changes.roles === undefined ? undefined : normaliseRoles(changes.roles);
      const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
      const now = ctx.now();
      const updated = await db.transaction().execute(async (trx) => {
        const current = await trx
          .selectFrom('users')
          .select('disabled_at')
          .where('id', '=', id)
          .where('version', '=', baseVersion)
          .executeTakeFirst();
        if (!current) return false;
        const disabledAt =
          changes.disabled === undefined
            ? current.disabled_at
            : changes.disabled
              ? (current.disabled_at ?? now)
              : null;
        const result = await trx
          .updateTable('users')
          .set({
            ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
            ...(passwordHash === undefined ? {} : { password_hash: passwordHash }),
            disabled_at: disabledAt,
            version: baseVersion + 1,
            updated_at: now,
          })
          .where('id', '=', id)
          .where('version', '=', baseVersion)
          .executeTakeFirst();
        if (result.numUpdatedRows !== 1n) return false;
        if (roles !== undefined) {
          await trx.deleteFrom('user_roles').where('user_id', '=', id).execute();
          if (roles.length > 0) {
            await trx
              .insertInto('user_roles')
              .values(roles.map((role) => ({ user_id: id, role })))
              .execute();
          }
        }
        return true;
      });
      if (!updated) {
        const current = await get(id);
        throw new VersionConflict('user', id, baseVersion, current.version, current);
      }
      return get(id);
    },
  };
}
