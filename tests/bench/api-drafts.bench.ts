// The HTTP API under load (issue 6): `next start` with 1,000 stored drafts, on SQLite and on
// PostgreSQL; reading a draft and saving one at 50 connections with autocannon. Goals: p99 under
// 50 ms for reads and under 100 ms for saves, and no errors. Prints requests per second, p50 and p99
// for each; exits non-zero if there are errors or a p99 is more than twice its goal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreOptions } from '@rapporteur/store';
import autocannon from 'autocannon';
import { type PostgresServer, startPostgres } from '../../packages/store/test/support/postgres-server.js';
import { signIn, startNextServer } from '../integration/support/next-server.js';
import { DRAFTER, documentWith, seedStore } from '../integration/support/seeded-store.js';

const DRAFTS = 1000;
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const GOALS = { read: 50, save: 100 } as const;

interface Figures {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly total: number;
}

function figuresOf(result: autocannon.Result): Figures {
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}

async function readLoad(origin: string, cookie: string, ids: string[]): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { cookie },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          next = (next + 1) % ids.length;
          return { ...request, path: `/api/drafts/${ids[next]}` };
        },
      },
    ],
  });
  return figuresOf(result);
}

async function saveLoad(origin: string, cookie: string, ids: string[]): Promise<Figures> {
  // Saves go round the 1,000 drafts, each on top of the version its last save returned: with at most
  // 50 saves in flight a draft's previous save has long been answered when its turn comes again, so
  // saves never conflict and what is measured is the cost of a save, not of a refusal.
  const versions = new Map<string, number>(ids.map((id) => [id, 1]));
  const bodies = Array.from({ length: 20 }, (_, i) => documentWith(`负载测试第 ${i} 段。`));
  let next = 0;
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { cookie, 'content-type': 'application/json' },
    requests: [
      {
        method: 'PUT',
        setupRequest: (request) => {
          next += 1;
          const id = ids[next % ids.length]!;
          return {
            ...request,
            path: `/api/drafts/${id}/document`,
            body: JSON.stringify({ baseVersion: versions.get(id), document: bodies[next % bodies.length] }),
          };
        },
        onResponse: (status, body) => {
          if (status !== 200) return;
          const { draft } = JSON.parse(body) as { draft: { id: string; version: number } };
          versions.set(draft.id, draft.version);
        },
      },
    ],
  });
  return figuresOf(result);
}

function report(engine: string, name: 'read' | 'save', figures: Figures): boolean {
  const goal = GOALS[name];
  const met = figures.p99 < goal && figures.errors === 0;
  console.log(
    `${engine.padEnd(8)} ${name.padEnd(5)} ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  errors ${figures.errors}/${figures.total}  (goal: p99 < ${goal} ms, no errors) ${met ? 'met' : 'MISSED'}`,
  );
  return figures.errors === 0 && figures.p99 <= 2 * goal;
}

async function benchEngine(engine: 'sqlite' | 'postgres'): Promise<boolean> {
  let postgres: PostgresServer | undefined;
  let dataDir: string | undefined;
  let options: StoreOptions;
  let env: Record<string, string>;
  if (engine === 'postgres') {
    postgres = await startPostgres();
    options = { databaseUrl: postgres.url() };
    env = { DATABASE_URL: postgres.url() };
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-bench-'));
    options = { sqlitePath: join(dataDir, 'rapporteur.sqlite') };
    env = { RAPPORTEUR_DATA_DIR: dataDir, DATABASE_URL: '' };
  }
  const server = await startNextServer(env).catch(async (error) => {
    await postgres?.stop();
    throw error;
  });
  try {
    const ids = await seedStore(options, DRAFTS);
    const cookie = await signIn(server.origin, DRAFTER.email, DRAFTER.password);
    // Warm up: the first requests compile nothing under next start, but open the store and fill caches.
    for (const id of ids.slice(0, 20))
      await fetch(`${server.origin}/api/drafts/${id}`, { headers: { cookie } });
    const read = report(engine, 'read', await readLoad(server.origin, cookie, ids));
    const save = report(engine, 'save', await saveLoad(server.origin, cookie, ids));
    return read && save;
  } finally {
    await server.stop('SIGTERM');
    await postgres?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(`API drafts: ${DRAFTS} drafts stored, ${CONNECTIONS} connections, ${DURATION_S} s per load`);
let ok = true;
for (const engine of ['sqlite', 'postgres'] as const) ok = (await benchEngine(engine)) && ok;
process.exit(ok ? 0 : 1);
