import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repositoryRoot } from './app-server.js';

/** The app as `npm start` serves it (scripts/serve.sh: the demo seeded, then the app server), on 127.0.0.1. */
export interface ServedApp {
  readonly origin: string;
  readonly port: number;
  /** What the server printed, for failure messages. */
  output(): string;
  /** Stops it and every process it started: SIGKILL for a crash, SIGTERM for a clean stop. */
  stop(signal?: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

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
  if (!existsSync(join(repositoryRoot, 'apps', 'web', '.next', 'BUILD_ID'))) {
    throw new Error('apps/web is not built: run `pnpm turbo run build --filter @rapporteur/web` first.');
  }
  const child: ChildProcess = spawn('bash', [join(repositoryRoot, 'scripts', 'serve.sh'), String(port)], {
    cwd: repositoryRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const origin = `http://127.0.0.1:${port}`;
  const app: ServedApp = {
    origin,
    port,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, signal);
      } catch {
        return;
      }
      await exited;
    },
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve.sh exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${origin}/api/auth/me`);
      if (response.status === 401) return app;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await app.stop('SIGKILL');
      throw new Error(`serve.sh did not answer within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
