import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../packages/store/test/support/postgres-server.js';

/** The repository root (this file is tests/integration/support/app-server.ts). */
export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const webDir = join(repositoryRoot, 'apps', 'web');

/** A running app server of the built web app (apps/web/host/serve.ts), listening on 127.0.0.1. */
export interface AppServerProcess {
  readonly origin: string;
  readonly port: number;
  /** What the server printed, for failure messages. */
  output(): string;
  /**
   * Stops the server and every process it started: SIGKILL for a crash, SIGTERM for a clean stop.
   * Resolves with how the server process ended (undefined if it had already ended).
   */
  stop(signal?: 'SIGKILL' | 'SIGTERM'): Promise<ProcessEnd | undefined>;
}

/** How a process ended: its exit code, or the signal that ended it. */
export interface ProcessEnd {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * The V8 flags `scripts/serve.sh` starts the app server with (its young generation, see apps/web/API.md,
 * Performance); `APP_SERVER_NODE_FLAGS` replaces them, e.g. to profile the server under the bench
 * (`APP_SERVER_NODE_FLAGS='--max-semi-space-size=64 --cpu-prof --cpu-prof-dir=/tmp/prof'`).
 */
const SERVER_NODE_FLAGS = (process.env.APP_SERVER_NODE_FLAGS ?? '--max-semi-space-size=64')
  .split(' ')
  .filter((flag) => flag !== '');

/**
 * Starts the built app as `scripts/serve.sh` serves it (`node --import tsx host/serve.ts --host
 * 127.0.0.1 --port <port>` from apps/web, in its own process group so a kill reaches every process it
 * forks) with the given environment, and waits until it answers. Fails with a clear message if the
 * app has not been built.
 */
export async function startAppServer(env: Record<string, string>, port?: number): Promise<AppServerProcess> {
  if (!existsSync(join(webDir, '.next', 'BUILD_ID'))) {
    throw new Error('apps/web is not built: run `pnpm turbo run build --filter @rapporteur/web` first.');
  }
  const chosen = port ?? (await freePort());
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...SERVER_NODE_FLAGS,
      '--import',
      'tsx',
      'host/serve.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(chosen),
    ],
    {
      cwd: webDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<ProcessEnd>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  const origin = `http://127.0.0.1:${chosen}`;
  const server: AppServerProcess = {
    origin,
    port: chosen,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return undefined;
      try {
        process.kill(-child.pid!, signal);
      } catch {
        return undefined;
      }
      return exited;
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${origin}/api/auth/me`);
      if (response.status === 401) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`the app server did not answer within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Signs in over HTTP and returns the session cookie. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}
