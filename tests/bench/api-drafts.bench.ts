// The HTTP API under load (issue 6): the app server (apps/web/host/serve.ts, as `npm start` runs it)
// with 1,000 stored drafts, on SQLite and on PostgreSQL; reading a draft and saving one at 50
// connections with autocannon. Goals: p99 under 50 ms for reads and under 100 ms for saves, and no
// errors.
//
// autocannon runs here, in the bench's own process on its main thread (no worker threads), and the
// app server in another; on a 2-core machine both compete for the CPU, so the bench first measures
// GET /api/health — the app server and the API's router answering without the store — at the same
// 50 connections, and prints it beside every figure: that floor is the HTTP server's own cost plus
// the load generator's. Each save connection saves its own draft on top of the version its last save
// returned, so a 409 can only mean a real fault, and every answer that is not 2xx is shown by status.
//
// Each load runs WARM_UP_S seconds and then DURATION_S seconds on the same 50 connections, and its
// figures are those of the answers after the warm-up: steady state, with the JIT warm and every
// connection open. A load's first seconds measure something else: a busy Node server accepts one new
// connection per turn of its event loop (libuv 1.45+, in Node 20), and a turn serves every open
// connection once (~50 ms of saves), so 50 connections opened at once reach the server over 1–2 s
// and their first requests wait that long. The start's p99 is printed beside the figures; errors
// count over the whole load.
//
// At 50 connections in a closed loop the server is saturated, so latency is queueing: p50 is about
// 50 × the server's time per request (Little's law). The bench therefore also prints each route's own
// cost — its time per request (1 / throughput) less the floor's — beside the most it may cost for its
// goal to be reachable at all: goal / 50 (1 ms for a read, 2 ms for a save).
//
// Prints requests per second, p50 and p99 for each and whether the goal is met; exits non-zero if
// there are errors, or if a p99 is more than twice its goal (a real regression, not the machine's
// noise).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { signIn, startAppServer } from '../integration/support/app-server.js';
import { DRAFTER, documentWith, seedStore } from '../integration/support/seeded-store.js';
import { servedDatabase } from '../integration/support/served-database.js';

const DRAFTS = 1000;
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
/** Seconds each load runs before its answers count: the JIT warms and every connection opens. */
const WARM_UP_S = 3;
const GOALS = { read: 50, save: 100 } as const;
/** The engines to measure: both by default, or those named in BENCH_ENGINES (e.g. "sqlite"). */
const ENGINES = (['sqlite', 'postgres'] as const).filter((engine) =>
  (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',').includes(engine),
);

interface Figures {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** p99 of the answers during the warm-up, while the connections were being accepted. */
  readonly startP99: number;
  /** Connection errors, timeouts and answers that are not 2xx, together, over the whole load. */
  readonly errors: number;
  /** What the errors were: "409×3", "timeout×1", … */
  readonly errorKinds: string;
  /** Answers over the whole load, warm-up included (what the errors are counted among). */
  readonly total: number;
  /** Bytes per answer, on average. */
  readonly bytesPerAnswer: number;
}

/** One answer as the load generator saw it: when it came (ms since the load began), its latency and size. */
interface Answer {
  readonly at: number;
  readonly latency: number;
  readonly bytes: number;
}

/** The value below which `share` (0–1) of the ascending `sorted` values lie. */
function percentile(sorted: readonly number[], share: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

function figuresOf(result: autocannon.Result, answers: readonly Answer[]): Figures {
  const byStatus = Object.entries(
    (result as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats ?? {},
  )
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, { count }]) => `${status}×${count}`);
  const kinds = [
    ...byStatus,
    ...(result.errors > 0 ? [`connection errors×${result.errors}`] : []),
    ...(result.timeouts > 0 ? [`timeouts×${result.timeouts}`] : []),
  ];
  const warmUpMs = WARM_UP_S * 1000;
  const measured = answers.filter((answer) => answer.at >= warmUpMs);
  const latencies = measured.map((answer) => answer.latency).sort((a, b) => a - b);
  const start = answers
    .filter((answer) => answer.at < warmUpMs)
    .map((answer) => answer.latency)
    .sort((a, b) => a - b);
  return {
    requestsPerSecond: measured.length / DURATION_S,
    p50: Math.round(percentile(latencies, 0.5)),
    p99: Math.round(percentile(latencies, 0.99)),
    startP99: Math.round(percentile(start, 0.99)),
    errors: result.errors + result.timeouts + result.non2xx,
    errorKinds: kinds.join(', '),
    total: answers.length,
    bytesPerAnswer: measured.length > 0 ? measured.reduce((sum, a) => sum + a.bytes, 0) / measured.length : 0,
  };
}

/**
 * Runs one load: `connections` connections for the warm-up and then the measured `duration`, autocannon
 * on this process's main thread; the figures are those of the answers after the warm-up.
 */
function load(options: autocannon.Options): Promise<Figures> {
  const answers: Answer[] = [];
  let began = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { connections: CONNECTIONS, duration: WARM_UP_S + DURATION_S, workers: 0, ...options },
      (error, result) => (error ? reject(error) : resolve(figuresOf(result, answers))),
    );
    began = performance.now();
    instance.on('response', (_client, _status, bytes, latency) => {
      answers.push({ at: performance.now() - began, latency, bytes });
    });
  });
}

/** The floor: GET /api/health through the app server and the router, without signing in or the store. */
function floorLoad(origin: string): Promise<Figures> {
  return load({ url: `${origin}/api/health` });
}

/** Reads drafts round the 1,000 stored ones, as the drafter. */
function readLoad(origin: string, cookie: string, ids: string[]): Promise<Figures> {
  let next = 0;
  return load({
    url: origin,
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
}

/**
 * Saves drafts: each connection owns one draft and saves it again and again on top of the version
 * its previous save returned (connections never share a draft, so no save is ever based on a stale
 * version), cycling through 20 edited documents.
 */
function saveLoad(origin: string, cookie: string, ids: string[]): Promise<Figures> {
  const bodies = Array.from({ length: 20 }, (_, i) => documentWith(`负载测试第 ${i} 段。`));
  const versions = new Map<string, number>();
  let connection = 0;
  return load({
    url: origin,
    headers: { cookie, 'content-type': 'application/json' },
    setupClient: (client) => {
      const id = ids[connection++ % ids.length]!;
      let saves = 0;
      client.setRequests([
        {
          method: 'PUT',
          path: `/api/drafts/${id}/document`,
          setupRequest: (request) => {
            saves += 1;
            const body = { baseVersion: versions.get(id) ?? 1, document: bodies[saves % bodies.length] };
            return { ...request, body: JSON.stringify(body) };
          },
          onResponse: (status, body) => {
            if (status !== 200) return;
            versions.set(id, (JSON.parse(body) as { draft: { version: number } }).draft.version);
          },
        },
      ]);
    },
  });
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

/** What a route costs per request beyond the floor, in milliseconds of the server's time (1 / throughput). */
function ownCost(figures: Figures, floor: Figures): number {
  return 1000 / figures.requestsPerSecond - 1000 / floor.requestsPerSecond;
}

function line(engine: string, name: string, figures: Figures, floor: Figures, goal?: number): string {
  const head = `${engine.padEnd(8)} ${name.padEnd(6)} ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(figures.p50).padStart(4)} ms  p99 ${String(figures.p99).padStart(4)} ms  ${(figures.bytesPerAnswer / 1024).toFixed(1).padStart(5)} KiB/answer  errors ${figures.errors}/${figures.total}${figures.errorKinds ? ` (${figures.errorKinds})` : ''}  (start p99 ${figures.startP99} ms)`;
  if (goal === undefined)
    return `${head}  (the floor: ${(1000 / figures.requestsPerSecond).toFixed(2)} ms/request)`;
  const met = figures.p99 < goal && figures.errors === 0;
  return `${head}\n${''.padEnd(16)}goal p99 < ${goal} ms: ${met ? 'met' : 'MISSED'} (floor p99 ${floor.p99} ms); own cost ${ownCost(figures, floor).toFixed(2)} ms/request above the floor (goal reachable only under ${(goal / CONNECTIONS).toFixed(2)})`;
}

/** Whether a route passes: no errors, and its p99 not more than twice its goal. */
function passes(figures: Figures, goal: number): boolean {
  return figures.errors === 0 && figures.p99 <= 2 * goal;
}

async function benchEngine(engine: 'sqlite' | 'postgres'): Promise<boolean> {
  const database = await servedDatabase(engine, 'rapporteur-bench-', { durable: true });
  const { options, env } = database;
  const server = await startAppServer(env).catch(async (error) => {
    await database.drop();
    throw error;
  });
  try {
    const ids = await seedStore(options, DRAFTS);
    const cookie = await signIn(server.origin, DRAFTER.email, DRAFTER.password);
    const floor = await floorLoad(server.origin);
    console.log(line(engine, 'health', floor, floor));
    const read = await readLoad(server.origin, cookie, ids);
    console.log(line(engine, 'read', read, floor, GOALS.read));
    const save = await saveLoad(server.origin, cookie, ids.slice(0, CONNECTIONS));
    console.log(line(engine, 'save', save, floor, GOALS.save));
    return passes(read, GOALS.read) && passes(save, GOALS.save);
  } finally {
    await server.stop('SIGTERM');
    await database.drop();
  }
}

console.log(
  `API drafts: ${DRAFTS} drafts stored, ${CONNECTIONS} connections, ${DURATION_S} s per load after ${WARM_UP_S} s of warm-up on the same connections; autocannon on the bench's main thread, the app server in its own process; load average ${loadAverage()}`,
);
let ok = true;
for (const engine of ENGINES) ok = (await benchEngine(engine)) && ok;
console.log(`load average after: ${loadAverage()}`);
process.exit(ok ? 0 : 1);
