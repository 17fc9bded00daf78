import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidInput, migrations, openStore, type StoreOptions } from '../src/index.js';
import { engines, type FreshDatabase, freshDatabase, type TestEngine } from './support/engines.js';
import { newAddendumDraft, seedDocument } from './support/fixtures.js';

const builtStore = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/** The names recorded in Kysely's migration table. */
async function appliedMigrations(engine: TestEngine, options: StoreOptions): Promise<string[]> {
  if (engine === 'sqlite') {
    const db = new Database(options.sqlitePath as string, { readonly: true });
    try {
      return (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map(
        (r) => r.name,
      );
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    return (await client.query('select name from kysely_migration order by name')).rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

/**
 * Opens the store in a separate Node process (as a second server would), all processes starting at
 * the same instant, then creates a draft through it; resolves with the process's exit code and output.
 */
function openInChildProcess(
  options: StoreOptions,
  startAt: number,
): Promise<{ code: number | null; output: string }> {
  const script = `
    const { openStore } = await import(${JSON.stringify(builtStore)});
    const options = JSON.parse(process.argv[1]);
    while (Date.now() < ${startAt}) await new Promise((r) => setTimeout(r, 1));
    const store = await openStore(options);
    await store.drafts.create(JSON.parse(process.argv[2]));
    await store.close();
  `;
  return new Promise((resolveRun) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', script, JSON.stringify(options), JSON.stringify(newAddendumDraft())],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) => resolveRun({ code, output }));
  });
}

describe.each(engines)('migrations on %s', (engine) => {
  let database: FreshDatabase;
  beforeEach(async () => {
    database = await freshDatabase(engine);
  });
  afterEach(async () => {
    await database.drop();
  });

  it('applies every migration once and nothing more when the store is opened again', async () => {
    const first = await openStore(database.options);
    const draft = await first.drafts.create(newAddendumDraft());
    await first.close();
    const second = await openStore(database.options);
    expect((await second.drafts.get(draft.id)).version).toBe(1);
    await second.close();
    expect(await appliedMigrations(engine, database.options)).toEqual(Object.keys(migrations).sort());
  });

  it('keeps documents compressed with lz4 on PostgreSQL, and reads back every one as it was saved', async () => {
    const store = await openStore(database.options);
    try {
      // A document well over PostgreSQL's ~2 KB threshold for compressing a value.
      const long = Array.from({ length: 200 }, (_, i) => `第 ${i} 段：麻醉药品委员会的审议情况。`);
      const draft = await store.drafts.create({ ...newAddendumDraft(), document: seedDocument(...long) });
      const saved = await store.drafts.save(draft.id, 1, {
        actor: 'drafter-1',
        document: seedDocument(...long, '新段落'),
      });
      expect((await store.drafts.get(draft.id)).document).toEqual(saved.document);
      expect((await store.documentVersions.get(draft.id, 1)).document).toEqual(seedDocument(...long));
      if (engine === 'sqlite') return;
      const client = new pg.Client({ connectionString: database.options.databaseUrl });
      await client.connect();
      try {
        const columns = await client.query(
          `select attrelid::regclass::text as "table", attcompression as compression from pg_attribute
           where attname = 'document' and attrelid in ('drafts'::regclass, 'document_versions'::regclass, 'published'::regclass)
           order by 1`,
        );
        expect(columns.rows).toEqual([
          { table: 'document_versions', compression: 'l' },
          { table: 'drafts', compression: 'l' },
          { table: 'published', compression: 'l' },
        ]);
        const stored = await client.query(
          'select pg_column_compression(document) as compression from document_versions where draft_id = $1',
          [draft.id],
        );
        expect(stored.rows).toEqual([{ compression: 'lz4' }, { compression: 'lz4' }]);
      } finally {
        await client.end();
      }
    } finally {
      await store.close();
    }
  });

  it('migrates safely when four servers open the same database at the same moment', async () => {
    expect(existsSync(builtStore), `build the package first: ${builtStore} is missing`).toBe(true);
    const startAt = Date.now() + 1500;
    const runs = await Promise.all([1, 2, 3, 4].map(() => openInChildProcess(database.options, startAt)));
    for (const run of runs) expect(run, run.output).toMatchObject({ code: 0 });
    expect(await appliedMigrations(engine, database.options)).toEqual(Object.keys(migrations).sort());
    const store = await openStore(database.options);
    expect(await store.drafts.list()).toHaveLength(4);
    await store.close();
  });
});

describe('migrations on postgres within one process', () => {
  let database: FreshDatabase;
  beforeEach(async () => {
    database = await freshDatabase('postgres');
  });
  afterEach(async () => {
    await database.drop();
  });

  it('lets several stores of one process open a new database together', async () => {
    const stores = await Promise.all([1, 2, 3].map(() => openStore(database.options)));
    await Promise.all(stores.map((s) => s.drafts.create(newAddendumDraft())));
    expect(await stores[0]?.drafts.list()).toHaveLength(3);
    await Promise.all(stores.map((s) => s.close()));
    expect(await appliedMigrations('postgres', database.options)).toEqual(Object.keys(migrations).sort());
  });
});

describe('choosing and preparing the engine', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-store-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the folder of the SQLite file and puts the database in WAL mode', async () => {
    const sqlitePath = join(dir, 'data', 'nested', 'rapporteur.sqlite');
    const store = await openStore({ sqlitePath });
    expect(store.engine).toBe('sqlite');
    await store.close();
    const db = new Database(sqlitePath, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('enforces foreign keys on SQLite', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    await expect(
      store.sessions.create({ bodyId: 'no-such-body', code: '28', facts: {} }),
    ).rejects.toMatchObject({
      name: 'NotFound',
      entity: 'body',
    });
    await store.close();
  });

  it('chooses PostgreSQL for postgres:// and postgresql:// URLs', async () => {
    for (const scheme of ['postgres', 'postgresql']) {
      const database = await freshDatabase('postgres');
      const url = (database.options.databaseUrl as string).replace(/^postgres/, scheme);
      const store = await openStore({ databaseUrl: url });
      expect(store.engine).toBe('postgres');
      await store.close();
      await database.drop();
    }
  });

  it('refuses a database URL of another engine rather than falling back to SQLite', async () => {
    await expect(openStore({ databaseUrl: 'mysql://localhost/rapporteur' })).rejects.toBeInstanceOf(
      InvalidInput,
    );
  });
});
