import { type AuditLog, createAuditLog } from './audit-log.js';
import { type Bodies, createBodies } from './bodies.js';
import { type Comments, createComments } from './comments.js';
import { type ConnectionOptions, openConnection } from './connection.js';
import type { Engine, StoreContext } from './context.js';
import { createDocumentVersions, type DocumentVersions } from './document-versions.js';
import { createDrafts, type Drafts } from './drafts.js';
import { createInProcessNotifier } from './in-process-notifier.js';
import { createLoginAttempts, type LoginAttempts } from './login-attempts.js';
import { createLoginSessions, type LoginSessions } from './login-sessions.js';
import { migrateToLatest } from './migrations.js';
import type { Notifier } from './notices.js';
import { createPostgresNotifier } from './postgres-notifier.js';
import { createPresence, type Presence } from './presence.js';
import { createPublishedTexts, type PublishedTexts } from './published.js';
import { createSessions, type Sessions } from './sessions.js';
import { createSteps, type Steps } from './steps.js';
import { createUsers, type Users } from './users.js';

/** How to open the store: which database, and (for tests) which clock. */
export interface StoreOptions extends ConnectionOptions {
  /** The clock writes are stamped with (default: the system clock). */
  readonly now?: () => Date;
}

/**
 * Everything Rapporteur keeps, grouped by concept, over one database. App servers hold no state of
 * their own: any number of them may open the same PostgreSQL database.
 */
export interface Store {
  /** The engine this store runs on. */
  readonly engine: Engine;
  readonly users: Users;
  readonly loginSessions: LoginSessions;
  readonly loginAttempts: LoginAttempts;
  readonly bodies: Bodies;
  readonly sessions: Sessions;
  readonly drafts: Drafts;
  readonly documentVersions: DocumentVersions;
  readonly comments: Comments;
  readonly published: PublishedTexts;
  readonly audit: AuditLog;
  readonly steps: Steps;
  readonly presence: Presence;
  /**
   * Tells of committed changes to drafts (new steps, presence, draft versions), from this server or
   * any other on the same database: in-process on SQLite, PostgreSQL LISTEN/NOTIFY on PostgreSQL.
   */
  readonly notifier: Notifier;
  /** Closes the database connection(s); the store cannot be used afterwards. */
  close(): Promise<void>;
}

/**
 * Opens the store: connects to PostgreSQL when `databaseUrl` is a postgres:// URL, otherwise to the
 * SQLite file (default `./data/rapporteur.sqlite`), and runs pending migrations before returning —
 * safely when several servers start at once.
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const { db, engine } = openConnection(options);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const clock = options.now ?? (() => new Date());
  const notifier =
    engine === 'postgres'
      ? createPostgresNotifier({
          connectionString: options.databaseUrl!.trim(),
          onConnectionLost: (error) =>
            console.warn(`store notices: the listener connection was lost (${String(error)}); reconnecting`),
        })
      : createInProcessNotifier();
  const ctx: StoreContext = { db, engine, now: () => clock().toISOString(), notifier };
  return {
    engine,
    users: createUsers(ctx),
    loginSessions: createLoginSessions(ctx),
    loginAttempts: createLoginAttempts(ctx),
    bodies: createBodies(ctx),
    sessions: createSessions(ctx),
    drafts: createDrafts(ctx),
    documentVersions: createDocumentVersions(ctx),
    comments: createComments(ctx),
    published: createPublishedTexts(ctx),
    audit: createAuditLog(ctx),
    steps: createSteps(ctx),
    presence: createPresence(ctx),
    notifier,
    async close() {
      await notifier.close();
      await db.destroy();
    },
  };
}
