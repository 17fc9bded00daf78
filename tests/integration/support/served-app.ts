import { createServer } from 'node:net';
import { join } from 'node:path';
import { type AppServerProcess, assertWebBuilt, repositoryRoot, startServerProcess } from './app-server.js';

/** The app as `npm start` serves it (scripts/serve.sh: the demo seeded, then the app server), on 127.0.0.1. */
export type ServedApp = AppServerProcess;

/** Whether nothing listens on a port of 127.0.0.1 now. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The first free port from `from` to `to` (inclusive) after `after`; fails when none is. */
export async function freePortIn(from: number, to: number, after = from - 1): Promise<number> {
  for (let port = Math.max(from, after + 1); port <= to; port++) if (await isFree(port)) return port;
  throw new Error(`no free port from ${from} to ${to}`);
}

/**
 * Starts `bash scripts/serve.sh <port>` — whichever app server that script runs — in its own process
 * group (so a kill reaches every process it forks), with `env` added to the environment the way the
 * Playwright configuration does (DATABASE_URL, RAPPORTEUR_DATA_DIR, RAPPORTEUR_DEMO_PASSWORD), and
 * waits until the API answers. Needs the built web app (a `next build` of apps/web).
 */
export async function startServedApp(env: Record<string, string>, port: number): Promise<ServedApp> {
  assertWebBuilt();
  return startServerProcess({
    command: 'bash',
    args: [join(repositoryRoot, 'scripts', 'serve.sh'), String(port)],
    cwd: repositoryRoot,
    env,
    port,
    name: 'serve.sh',
    readyWithinMs: 90_000,
  });
}
