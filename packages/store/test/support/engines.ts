import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, inject } from 'vitest';
import { openStore, type Store, type StoreOptions } from '../../src/index.js';

/** The engines every store test runs against. */
export const engines = ['sqlite', 'postgres'] as const;

/** One of the engines under test. */
export type TestEngine = (typeof engines)[number];

/** An empty database of one engine, and how to throw it away. */
export interface FreshDatabase {
  /** Options that open a store on this database. */
  readonly options: StoreOptions;
  /** Deletes the database. */
  drop(): Promise<void>;
}

/** The URL of the run's PostgreSQL server; throws the set-up's reason if it could not start. */
export function postgresUrl(): string {
  const provided = inject('postgres');
  if ('error' in provided) throw new Error(`PostgreSQL tests cannot run: ${provided.error}`);
  return provided.url;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A new, empty database: a SQLite file in a temporary folder, or a new PostgreSQL database. */
export async function freshDatabase(engine: TestEngine): Promise<FreshDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rapporteur-store-'));
    return {
      options: { sqlitePath: join(dir, 'rapporteur.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `store_${randomUUID().replaceAll('-', '')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(postgresUrl());
  url.pathname = `/${name}`;
  return {
    options: { databaseUrl: url.toString() },
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}

/**
 * A clock that starts at the opening of the Commission's twenty-eighth session and moves one second
 * per reading, so records written one after the other have distinct, ordered times.
 */
export function tickingClock(start = '2019-05-20T10:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}

/**
 * Registers hooks that open a store on a fresh database of `engine` before each test (with a ticking
 * clock) and close and drop it after; returns a getter for the current test's store and database.
 */
export function useFreshStore(engine: TestEngine): () => { store: Store; database: FreshDatabase } {
  let current: { store: Store; database: FreshDatabase } | undefined;
  beforeEach(async () => {
    const database = await freshDatabase(engine);
    const store = await openStore({ ...database.options, now: tickingClock() });
    current = { store, database };
  });
  afterEach(async () => {
    if (!current) return;
    const { store, database } = current;
    current = undefined;
    await store.close();
    await database.drop();
  });
  return () => {
    if (!current) throw new Error('the store is opened before each test');
    return current;
  };
}
