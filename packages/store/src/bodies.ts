import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { StoreContext } from './context.js';
import { AlreadyExists, isUniqueViolation, NotFound, VersionConflict } from './errors.js';
import { decodeJson, encodeJson, type JsonValue } from './json.js';
import type { BodiesTable } from './tables.js';

/**
 * An intergovernmental body with its facts (names per language, symbol stem, …) as a JSON value;
 * the templates package validates facts, the store keeps them.
 */
export interface Body {
  readonly id: string;
  /** A short unique code, e.g. "CCPCJ". */
  readonly code: string;
  readonly facts: JsonValue;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Bodies and their facts. */
export interface Bodies {
  /** Creates a body at version 1; AlreadyExists if the code is taken. */
  create(body: { code: string; facts: unknown }): Promise<Body>;
  /** The body with this id; NotFound otherwise. */
  get(id: string): Promise<Body>;
  /** The body with this code, if any. */
  findByCode(code: string): Promise<Body | undefined>;
  /** Every body, by code. */
  list(): Promise<Body[]>;
  /** Replaces a body's code and/or facts at `baseVersion`; VersionConflict (with the current body) if stale. */
  update(id: string, baseVersion: number, changes: { code?: string; facts?: unknown }): Promise<Body>;
}

function toBody(row: Selectable<BodiesTable>): Body {
  return {
    id: row.id,
    code: row.code,
    facts: decodeJson(row.facts),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Builds the bodies repository over a store context. */
export function createBodies(ctx: StoreContext): Bodies {
  const { db } = ctx;

  async function find(id: string): Promise<Body | undefined> {
    const row = await db.selectFrom('bodies').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toBody(row);
  }

  async function get(id: string): Promise<Body> {
    const body = await find(id);
    if (!body) throw new NotFound('body', id);
    return body;
  }

  return {
    async create(body) {
      const now = ctx.now();
      const row = {
        id: randomUUID(),
        code: body.code,
        facts: encodeJson('facts', body.facts),
        version: 1,
        created_at: now,
        updated_at: now,
      };
      try {
        await db.insertInto('bodies').values(row).execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AlreadyExists('body', body.code);
        throw error;
      }
      return toBody(row);
    },

    get,

    async findByCode(code) {
      const row = await db.selectFrom('bodies').selectAll().where('code', '=', code).executeTakeFirst();
      return row && toBody(row);
    },

    async list() {
      return (await db.selectFrom('bodies').selectAll().orderBy('code').execute()).map(toBody);
    },

    async update(id, baseVersion, changes) {
      const set = {
        ...(changes.code === undefined ? {} : { code: changes.code }),
        ...(changes.facts === undefined ? {} : { facts: encodeJson('facts', changes.facts) }),
        version: baseVersion + 1,
        updated_at: ctx.now(),
      };
      let result: { numUpdatedRows: bigint };
      try {
        result = await db
          .updateTable('bodies')
          .set(set)
          .where('id', '=', id)
          .where('version', '=', baseVersion)
          .executeTakeFirst();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AlreadyExists('body', changes.code ?? id);
        throw error;
      }
      if (result.numUpdatedRows !== 1n) {
        const current = await get(id);
        throw new VersionConflict('body', id, baseVersion, current.version, current);
      }
      return get(id);
    },
  };
}
