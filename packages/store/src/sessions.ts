import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { StoreContext } from './context.js';
import {
  AlreadyExists,
  isForeignKeyViolation,
  isUniqueViolation,
  NotFound,
  VersionConflict,
} from './errors.js';
import { decodeJson, encodeJson, type JsonValue } from './json.js';
import type { SessionsTable } from './tables.js';

/**
 * One session of a body (e.g. the Commission's twenty-eighth session, 2019) with its facts — agenda
 * items, dates, documents, speakers — as a JSON value validated by the templates package.
 */
export interface Session {
  readonly id: string;
  readonly bodyId: string;
  /** Unique within the body, e.g. "28". */
  readonly code: string;
  readonly facts: JsonValue;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Sessions of bodies and their facts. */
export interface Sessions {
  /** Creates a session at version 1; NotFound if the body does not exist, AlreadyExists if its code is taken. */
  create(session: { bodyId: string; code: string; facts: unknown }): Promise<Session>;
  /** The session with this id; NotFound otherwise. */
  get(id: string): Promise<Session>;
  /** The sessions of one body, by code. */
  listForBody(bodyId: string): Promise<Session[]>;
  /** Replaces a session's facts at `baseVersion`; VersionConflict (with the current session) if stale. */
  update(id: string, baseVersion: number, changes: { facts: unknown }): Promise<Session>;
}

function toSession(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    bodyId: row.body_id,
    code: row.code,
    facts: decodeJson(row.facts),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Builds the sessions repository over a store context. */
export function createSessions(ctx: StoreContext): Sessions {
  const { db } = ctx;

  async function get(id: string): Promise<Session> {
    const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFound('session', id);
    return toSession(row);
  }

  return {
    async create(session) {
      const now = ctx.now();
      const row = {
        id: randomUUID(),
        body_id: session.bodyId,
        code: session.code,
        facts: encodeJson('facts', session.facts),
        version: 1,
        created_at: now,
        updated_at: now,
      };
      try {
        await db.insertInto('sessions').values(row).execute();
      } catch (error) {
        if (isForeignKeyViolation(error)) throw new NotFound('body', session.bodyId);
        if (isUniqueViolation(error)) throw new AlreadyExists('session', `${session.bodyId}/${session.code}`);
        throw error;
      }
      return toSession(row);
    },

    get,

    async listForBody(bodyId) {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('body_id', '=', bodyId)
        .orderBy('code')
        .execute();
      return rows.map(toSession);
    },

    async update(id, baseVersion, changes) {
      const result = await db
        .updateTable('sessions')
        .set({ facts: encodeJson('facts', changes.facts), version: baseVersion + 1, updated_at: ctx.now() })
        .where('id', '=', id)
        .where('version', '=', baseVersion)
        .executeTakeFirst();
      if (result.numUpdatedRows !== 1n) {
        const current = await get(id);
        throw new VersionConflict('session', id, baseVersion, current.version, current);
      }
      return get(id);
    },
  };
}
