import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledOnce } from '../src/compiled-once.js';
import { type Connection, openConnection } from '../src/connection.js';
import { migrateToLatest } from '../src/migrations.js';
import { type FreshDatabase, freshDatabase } from './support/engines.js';

const bodyByCode = compiledOnce(['\u0000code'], (db, code) =>
  db.selectFrom('bodies').select(['id', 'code']).where('code', '=', code!),
);

describe('statements on PostgreSQL', () => {
  let database: FreshDatabase;
  let connection: Connection;

  beforeEach(async () => {
    database = await freshDatabase('postgres');
    connection = openConnection(database.options);
    await migrateToLatest(connection.db);
  });
  afterEach(async () => {
    await connection.db.destroy();
    await database.drop();
  });

  it('are prepared once per connection when they have parameters, and give the same answers', async () => {
    const prepared = await connection.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('bodies')
        .values({ id: 'b-cnd', code: 'CND', facts: '{}', version: 1, created_at: 'x', updated_at: 'x' })
        .execute();
      expect(await bodyByCode(trx, 'CND')).toEqual([{ id: 'b-cnd', code: 'CND' }]);
      expect(await bodyByCode(trx, 'CCPCJ')).toEqual([]);
      expect(await bodyByCode(trx, 'CND')).toEqual([{ id: 'b-cnd', code: 'CND' }]);
      const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(
        trx,
      );
      return rows.map((row) => row.statement);
    });
    expect(prepared.filter((statement) => statement.includes('from "bodies"'))).toHaveLength(1);
    expect(prepared.some((statement) => statement.startsWith('insert into "bodies"'))).toBe(true);
    expect(prepared.some((statement) => statement.includes('pg_prepared_statements'))).toBe(false);
  });

  it('are prepared again after PostgreSQL refused to prepare one in an aborted transaction', async () => {
    await connection.db
      .insertInto('bodies')
      .values({ id: 'b-1', code: 'CND', facts: '{}', version: 1, created_at: 'x', updated_at: 'x' })
      .execute();
    const bodyIdByCode = compiledOnce(['\u0000code'], (db, code) =>
      db.selectFrom('bodies').select('id').where('code', '=', code!).where('version', '>', 0),
    );
    await expect(
      connection.db.transaction().execute(async (trx) => {
        await sql`select 1 / 0`.execute(trx).catch(() => undefined);
        await bodyIdByCode(trx, 'CND');
      }),
    ).rejects.toThrow(/aborted/);
    for (let i = 0; i < 3; i += 1) expect(await bodyIdByCode(connection.db, 'CND')).toEqual([{ id: 'b-1' }]);
  });
});
