import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreOptions } from '@rapporteur/store';
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import type { ProvidedPostgres } from '../../../../packages/store/test/support/postgres-global-setup';

/** The engines every API test runs against. */
export const engines = ['sqlite', 'postgres'] as const;

/** One of the engines under test. */
export type TestEngine = (typeof engines)[number];

/** An empty database of one engine, how to reach it bypassing the store, and how to throw it away. */
export interface FreshDatabase {
  readonly options: StoreOptions;
  /** Runs one SQL statement directly on the database, the way someone tampering with it would. */
  tamper(statement: string, values?: unknown[]): Promise<void>;
  drop(): Promise<void>;
}

function postgresUrl(): string {
  const provided: ProvidedPostgres = inject('postgres');
  if ('error' in provided) throw new Error(`PostgreSQL tests cannot run: ${provided.error}`);
  return provided.url;
}

async function onPostgres(url: string, statement: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement, values);
  } finally {
    await client.end();
  }
}

/** A new, empty database: a SQLite file in a temporary folder, or a new database on the run's PostgreSQL. */
export async function freshDatabase(engine: TestEngine): Promise<FreshDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rapporteur-web-'));
    const sqlitePath = join(dir, 'rapporteur.sqlite');
    return {
      options: { sqlitePath },
      async tamper(statement, values = []) {
        const db = new Database(sqlitePath);
        try {
          db.prepare(statement.replace(/\$\d+/g, '?')).run(...values);
        } finally {
          db.close();
        }
      },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `web_${randomUUID().replaceAll('-', '')}`;
  await onPostgres(postgresUrl(), `create database ${name}`);
  const url = new URL(postgresUrl());
  url.pathname = `/${name}`;
  return {
    options: { databaseUrl: url.toString() },
    tamper: (statement, values) => onPostgres(url.toString(), statement, values),
    drop: () => onPostgres(postgresUrl(), `drop database if exists ${name} with (force)`),
  };
}
