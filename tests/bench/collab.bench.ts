// Co-editing (issue 9): 20 simulated prosemirror-collab clients editing one draft over loopback
// against one app server (apps/web/host/serve.ts, as `npm start` runs it), on SQLite and on
// PostgreSQL (where new steps reach the streams through LISTEN/NOTIFY). Each client types a marker
// every 80–160 ms (about 8 keystrokes a second: a fast typist), sends its unconfirmed steps whenever
// none are in flight (as prosemirror-collab's plugin does) and receives everyone's steps only through
// its `GET …/events` stream. Goal: the time from a client's step to another client seeing it, p99
// under 100 ms.
//
// Prints accepted steps per second, and for every step and every other client the time from the
// sender's request to the other client receiving the step (send → seen: includes the server
// accepting it, the conservative figure the goal is compared with), and from the sender being told
// it was accepted to the other client receiving it (accepted → seen: can be negative, the stream
// may win the race with the answer), p50 and p99. Then a flat-out phase (a key every 10 ms per
// client, so each request carries the keys typed while the last was under way) for the most steps
// per second one draft takes. Beside them, the clients' process's own event-loop delay: it is part of
// every latency measured here, and would not be with browsers on their own machines. Exits non-zero
// on any error, or when p99 is over 5× the goal.
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { seededRandom } from '@rapporteur/export';
import { signIn, startAppServer } from '../integration/support/app-server.js';
import { CollabClient, fetchCollabText } from '../integration/support/collab-client.js';
import { DRAFTER, seedStore } from '../integration/support/seeded-store.js';
import { servedDatabase } from '../integration/support/served-database.js';

const CLIENTS = 20;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const FLAT_OUT_S = 5;
/** The pause between keys in the flat-out phase: far faster than anyone types, so batches grow. */
const FLAT_OUT_INTERVAL_MS = 10;
const TYPING_INTERVAL_MS = { min: 80, max: 160 } as const;
const GOAL_P99_MS = 100;
/** The engines to measure: both by default, or those named in BENCH_ENGINES (e.g. "sqlite"). */
const ENGINES = (['sqlite', 'postgres'] as const).filter((engine) =>
  (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',').includes(engine),
);

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

/**
 * Runs the clients for `seconds`: each types, then sends in the background whenever nothing is in
 * flight, pausing `pause()` ms between keys. Resolves with the steps accepted meanwhile.
 */
async function run(clients: CollabClient[], seconds: number, pause: () => number): Promise<number> {
  const before = clients.reduce((sum, c) => sum + c.acknowledged.length, 0);
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    clients.map(async (client) => {
      let sending: Promise<void> | undefined;
      while (performance.now() < until) {
        client.type();
        sending ??= client.flush().finally(() => {
          sending = undefined;
        });
        await new Promise((r) => setTimeout(r, pause()));
      }
      while (sending !== undefined) await sending;
      await client.flush();
    }),
  );
  return clients.reduce((sum, c) => sum + c.acknowledged.length, 0) - before;
}

/** Send → seen and accepted → seen, for every step of `versions` and every client but its sender. */
function latencies(clients: CollabClient[], from: number, to: number) {
  const sendToSeen: number[] = [];
  const acceptedToSeen: number[] = [];
  for (const sender of clients) {
    for (const [version, sent] of sender.sentAt) {
      if (version <= from || version > to) continue;
      const accepted = sender.acceptedAt.get(version)!;
      for (const other of clients) {
        if (other === sender) continue;
        const seen = other.arrivals.get(version);
        if (seen === undefined) throw new Error(`${other.clientId} never received step ${version}`);
        sendToSeen.push(seen - sent);
        acceptedToSeen.push(seen - accepted);
      }
    }
  }
  sendToSeen.sort((a, b) => a - b);
  acceptedToSeen.sort((a, b) => a - b);
  return { sendToSeen, acceptedToSeen };
}

async function benchEngine(engine: 'sqlite' | 'postgres'): Promise<boolean> {
  const database = await servedDatabase(engine, 'rapporteur-bench-', { durable: true });
  const { options, env } = database;
  const [draftId] = await seedStore(options, 1);
  const server = await startAppServer(env).catch(async (error) => {
    await database.drop();
    throw error;
  });
  const clients: CollabClient[] = [];
  try {
    const cookie = await signIn(server.origin, DRAFTER.email, DRAFTER.password);
    const start = await fetchCollabText(server.origin, cookie, draftId!);
    const random = seededRandom(20190523);
    for (let i = 0; i < CLIENTS; i++) {
      clients.push(new CollabClient(server.origin, cookie, draftId!, `c${i}`, start, random));
    }
    await Promise.all(clients.map((client) => client.connect()));
    // Warm up the JIT, the store's connections and the server's caches.
    await run(clients, 2, () => TYPING_INTERVAL_MS.max);
    const from = Math.max(...clients.map((c) => c.version));
    // How late this process's own event loop runs (the 20 clients share it): a part of every latency.
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    const started = performance.now();
    const typed = await run(
      clients,
      DURATION_S,
      () => TYPING_INTERVAL_MS.min + random() * (TYPING_INTERVAL_MS.max - TYPING_INTERVAL_MS.min),
    );
    const seconds = (performance.now() - started) / 1000;
    loopDelay.disable();
    const to = Math.max(...clients.map((c) => c.version));
    await Promise.all(clients.map((client) => client.waitForVersion(to)));
    const { sendToSeen, acceptedToSeen } = latencies(clients, from, to);
    const flatOut = await run(clients, FLAT_OUT_S, () => FLAT_OUT_INTERVAL_MS);
    const p99 = percentile(sendToSeen, 99);
    const met = p99 < GOAL_P99_MS;
    console.log(
      `${engine.padEnd(8)} typing: ${(typed / seconds).toFixed(0)} accepted steps/s from ${CLIENTS} clients; ` +
        `send → seen p50 ${percentile(sendToSeen, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms ` +
        `(accepted → seen p50 ${percentile(acceptedToSeen, 50).toFixed(1)} ms, p99 ${percentile(acceptedToSeen, 99).toFixed(1)} ms; ${sendToSeen.length} deliveries)\n` +
        `${''.padEnd(8)} goal p99 < ${GOAL_P99_MS} ms: ${met ? 'met' : 'MISSED'}; flat out: ${(flatOut / FLAT_OUT_S).toFixed(0)} accepted steps/s; ` +
        `the clients' own event-loop delay p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms`,
    );
    return p99 < GOAL_P99_MS * 5;
  } finally {
    for (const client of clients) client.close();
    await server.stop('SIGTERM');
    await database.drop();
  }
}

console.log(
  `Co-editing: ${CLIENTS} clients on one draft, one app server, ${DURATION_S} s of typing (a key every ${TYPING_INTERVAL_MS.min}–${TYPING_INTERVAL_MS.max} ms each) then ${FLAT_OUT_S} s flat out (a key every ${FLAT_OUT_INTERVAL_MS} ms each); clients in the bench's process; load average ${loadAverage()}`,
);
let ok = true;
for (const engine of ENGINES) {
  try {
    ok = (await benchEngine(engine)) && ok;
  } catch (error) {
    console.error(`${engine}: ${String(error)}`);
    ok = false;
  }
}
console.log(`load average after: ${loadAverage()}`);
process.exit(ok ? 0 : 1);
