import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledOnce, compiledPerShape } from '../src/compiled-once.js';
import { type Connection, openConnection } from '../src/connection.js';
import { migrateToLatest } from '../src/migrations.js';
import { engines, type FreshDatabase, freshDatabase } from './support/engines.js';

const bodyByCode = compiledOnce(['\u0000code', '\u0000after'], (db, code, after) =>
  db.selectFrom('bodies').select(['id', 'code']).where('code', '=', code!).where('created_at', '>', after!),
);

describe.each(engines)('a query compiled once, on %s', (engine) => {
  let database: FreshDatabase;
  let connection: Connection;

  beforeEach(async () => {
    database = await freshDatabase(engine);
    connection = openConnection(database.options);
    await migrateToLatest(connection.db);
    const rows = [
      {
        id: 'b-ccpcj',
        code: 'CCPCJ',
        facts: '{}',
        version: 1,
        created_at: '2019-01-01T00:00:00.000Z',
        updated_at: '2019-01-01T00:00:00.000Z',
      },
      {
        id: 'b-cnd',
        code: 'CND',
        facts: '{}',
        version: 1,
        created_at: '2019-02-01T00:00:00.000Z',
        updated_at: '2019-02-01T00:00:00.000Z',
      },
    ];
    await connection.db.insertInto('bodies').values(rows).execute();
  });
  afterEach(async () => {
    await connection.db.destroy();
    await database.drop();
  });

  it('runs with each call’s own values, outside and inside a transaction', async () => {
    expect(await bodyByCode(connection.db, 'CCPCJ', '2018-12-31')).toEqual([
      { id: 'b-ccpcj', code: 'CCPCJ' },
    ]);
    expect(await bodyByCode(connection.db, 'CND', '2018-12-31')).toEqual([{ id: 'b-cnd', code: 'CND' }]);
    expect(await bodyByCode(connection.db, 'CND', '2019-03-01')).toEqual([]);
    const inside = await connection.db.transaction().execute((trx) => bodyByCode(trx, 'CCPCJ', '2018-12-31'));
    expect(inside).toEqual([{ id: 'b-ccpcj', code: 'CCPCJ' }]);
  });

  it('builds a query once for the store and all its transactions', async () => {
    let builds = 0;
    const counted = compiledOnce(['\u0000code'], (db, code) => {
      builds += 1;
      return db.selectFrom('bodies').select('id').where('code', '=', code!);
    });
    expect(await counted(connection.db, 'CND')).toEqual([{ id: 'b-cnd' }]);
    for (const code of ['CCPCJ', 'CND', 'none']) {
      const found = await connection.db.transaction().execute((trx) => counted(trx, code));
      expect(found).toEqual(code === 'none' ? [] : [{ id: code === 'CND' ? 'b-cnd' : 'b-ccpcj' }]);
    }
    expect(builds).toBe(1);
  });

  it('compiles raw SQL once too, in the dialect of the store that runs it, keeping its constants', async () => {
    let builds = 0;
    const raw = compiledOnce<{ code: string; tag: string }>(['\u0000after'], (_db, after) => {
      builds += 1;
      return sql<{
        code: string;
        tag: string;
      }>`select code, ${'fixed'} as tag from bodies where created_at > ${after} order by code`;
    });
    expect(await raw(connection.db, '2018-12-31')).toEqual([
      { code: 'CCPCJ', tag: 'fixed' },
      { code: 'CND', tag: 'fixed' },
    ]);
    expect(await raw(connection.db, '2019-01-15')).toEqual([{ code: 'CND', tag: 'fixed' }]);
    expect(builds).toBe(1);
  });

  it('builds one statement per shape, each over its own placeholders, and reuses it', async () => {
    const built: string[] = [];
    const byShape = compiledPerShape<{ withDate: boolean }, { id: string }>(
      ({ withDate }) => (withDate ? 'code and date' : 'code'),
      ({ withDate }) => ['\u0000code', ...(withDate ? ['\u0000after'] : [])],
      (db, { withDate }, [code, after]) => {
        built.push(withDate ? 'code and date' : 'code');
        const query = db.selectFrom('bodies').select('id').where('code', '=', code!);
        return withDate ? query.where('created_at', '>', after!) : query;
      },
    );
    expect(await byShape({ withDate: false })(connection.db, 'CND')).toEqual([{ id: 'b-cnd' }]);
    expect(await byShape({ withDate: true })(connection.db, 'CND', '2019-03-01')).toEqual([]);
    expect(await byShape({ withDate: true })(connection.db, 'CND', '2018-12-31')).toEqual([{ id: 'b-cnd' }]);
    expect(await byShape({ withDate: false })(connection.db, 'CCPCJ')).toEqual([{ id: 'b-ccpcj' }]);
    expect(built).toEqual(['code', 'code and date']);
  });

  it('refuses a placeholder the query does not use', async () => {
    const unused = compiledOnce(['\u0000code', '\u0000unused'], (db, code) =>
      db.selectFrom('bodies').select('id').where('code', '=', code!),
    );
    await expect(unused(connection.db, 'CND', 'x')).rejects.toThrow('is not a parameter');
  });
});
