import { createHash, randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import { compiledOnce } from './compiled-once.js';
import type { StoreContext } from './context.js';
import { InvalidInput, isForeignKeyViolation, NotFound } from './errors.js';
import type { LoginSessionsTable } from './tables.js';
import { toUser, type User } from './users.js';

/** A sign-in. Its id is the SHA-256 of the bearer token; the token itself is never stored. */
export interface LoginSession {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
}

/** A new sign-in and the bearer token to hand to the browser (shown once, kept nowhere). */
export interface IssuedLoginSession {
  readonly token: string;
  readonly session: LoginSession;
}

/** Login sessions: issued at sign-in, resolved on every request, revoked at sign-out. */
export interface LoginSessions {
  /** Starts a session for a user lasting `ttlMs` milliseconds; NotFound if the user does not exist. */
  create(userId: string, ttlMs: number): Promise<IssuedLoginSession>;
  /** The live session for a token and its user; undefined if unknown, expired, revoked or disabled. */
  resolve(token: string): Promise<{ session: LoginSession; user: User } | undefined>;
  /** Ends the session of a token (signing out); a no-op for an unknown token. */
  revoke(token: string): Promise<void>;
  /** Ends every session of a user (e.g. after a password change); returns how many were live. */
  revokeAllForUser(userId: string): Promise<number>;
  /** Deletes sessions that have expired; returns how many. */
  deleteExpired(): Promise<number>;
}

function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toLoginSession(row: Selectable<LoginSessionsTable>): LoginSession {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** A live session, its enabled user and the user's roles, by session id: a row per role (one with a null role for none). */
const sessionWithUserAndRoles = compiledOnce(['\u0000session', '\u0000now'], (db, id, now) =>
  db
    .selectFrom('login_sessions')
    .innerJoin('users', 'users.id', 'login_sessions.user_id')
    .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
    .selectAll('users')
    .select([
      'login_sessions.id as session_id',
      'login_sessions.created_at as session_created_at',
      'login_sessions.expires_at as session_expires_at',
      'user_roles.role as role',
    ])
    .where('login_sessions.id', '=', id!)
    .where('login_sessions.revoked_at', 'is', null)
    .where('login_sessions.expires_at', '>', now!)
    .where('users.disabled_at', 'is', null)
    .orderBy('user_roles.role'),
);

/** Builds the login-sessions repository over a store context. */
export function createLoginSessions(ctx: StoreContext): LoginSessions {
  const { db } = ctx;
  return {
    async create(userId, ttlMs) {
      if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new InvalidInput('ttlMs', 'must be a positive number');
      const token = randomBytes(32).toString('base64url');
      const createdAt = ctx.now();
      const row = {
        id: tokenId(token),
        user_id: userId,
        created_at: createdAt,
        expires_at: new Date(Date.parse(createdAt) + ttlMs).toISOString(),
        revoked_at: null,
      };
      try {
        await db.insertInto('login_sessions').values(row).execute();
      } catch (error) {
        if (isForeignKeyViolation(error)) throw new NotFound('user', userId);
        throw error;
      }
      return { token, session: toLoginSession(row) };
    },

    async resolve(token) {
      // The session, its user and the user's roles in one query (a row per role, one row with a null
      // role for a user without any; a disabled user's sessions resolve to nothing): every signed-in
      // request pays this, so it is one round trip.
      const rows = await sessionWithUserAndRoles(db, tokenId(token), ctx.now());
      const first = rows[0];
      if (first === undefined) return undefined;
      const { session_id, session_created_at, session_expires_at, role: _role, ...userRow } = first;
      const roles = rows.flatMap((row) => (row.role === null ? [] : [row.role]));
      const session: LoginSession = {
        id: session_id,
        userId: userRow.id,
        createdAt: session_created_at,
        expiresAt: session_expires_at,
        revokedAt: null,
      };
      return { session, user: toUser(userRow, roles) };
    },

    async revoke(token) {
      await db
        .updateTable('login_sessions')
        .set({ revoked_at: ctx.now() })
        .where('id', '=', tokenId(token))
        .where('revoked_at', 'is', null)
        .execute();
    },

    async revokeAllForUser(userId) {
      const result = await db
        .updateTable('login_sessions')
        .set({ revoked_at: ctx.now() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', ctx.now())
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async deleteExpired() {
      const result = await db
        .deleteFrom('login_sessions')
        .where('expires_at', '<=', ctx.now())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
