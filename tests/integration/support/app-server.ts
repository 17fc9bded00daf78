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

/** Fails with a clear message when the web app has not been built (the servers serve its `.next`). */
export function assertWebBuilt(): void {
  if (!existsSync(join(webDir, '.next', 'BUILD_ID'))) {
    throw new Error('apps/web is not built: run `pnpm turbo run build --filter @rapporteur/web` first.');
  }
}

/** What to run as a server process, and how long it may take before its API answers. */
export interface ServerCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Record<string, string>;
  readonly port: number;
  /** The name used in failure messages (e.g. `serve.sh`). */
  readonly name: string;
  readonly readyWithinMs: number;
}

/**
 * Runs a server command in its own process group (so a kill reaches every process it forks), keeps
 * what it prints for failure messages, and waits until its API answers on 127.0.0.1 (a signed-out
 * `GET /api/auth/me` is a 401); kills it and fails with its output if it exits or stays silent.
 */
export async function startServerProcess(spec: ServerCommand): Promise<AppServerProcess> {
  const child: ChildProcess = spawn(spec.command, [...spec.args], {
    cwd: spec.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...spec.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<ProcessEnd>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  const origin = `http://127.0.0.1:${spec.port}`;
  const server: AppServerProcess = {
    origin,
    port: spec.port,
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
  const deadline = Date.now() + spec.readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${spec.name} exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${origin}/api/auth/me`);
      if (response.status === 401) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`${spec.name} did not answer within ${spec.readyWithinMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Starts the built app as `scripts/serve.sh` serves it (`node --import tsx host/serve.ts --host
 * 127.0.0.1 --port <port>` from apps/web) with the given environment, without seeding the demo, and
 * waits until it answers. Fails with a clear message if the app has not been built.
 */
export async function startAppServer(env: Record<string, string>, port?: number): Promise<AppServerProcess> {
  assertWebBuilt();
  const chosen = port ?? (await freePort());
  return startServerProcess({
    command: process.execPath,
    args: [
      ...SERVER_NODE_FLAGS,
      '--import',
      'tsx',
      'host/serve.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(chosen),
    ],
    cwd: webDir,
    env,
    port: chosen,
    name: 'the app server',
    readyWithinMs: 60_000,
  });
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
