import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../packages/store/test/support/postgres-server.js';

/** The repository root (this file is tests/integration/support/next-server.ts). */
export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const webDir = join(repositoryRoot, 'apps', 'web');

/** A running `next start` of the built web app, listening on 127.0.0.1. */
export interface NextServer {
  readonly origin: string;
  readonly port: number;
  /** What the server printed, for failure messages. */
  output(): string;
  /** Stops the server and every process it started: SIGKILL for a crash, SIGTERM for a clean stop. */
  stop(signal?: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

/**
 * Starts the built app (`next start -H 127.0.0.1 -p <port>` from apps/web, in its own process group
 * so a kill reaches every process it forks) with the given environment, and waits until it answers.
 * Fails with a clear message if the app has not been built.
 */
export async function startNextServer(env: Record<string, string>, port?: number): Promise<NextServer> {
  if (!existsSync(join(webDir, '.next', 'BUILD_ID'))) {
    throw new Error('apps/web is not built: run `pnpm turbo run build --filter @rapporteur/web` first.');
  }
  const chosen = port ?? (await freePort());
  const nextBin = join(webDir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin, 'start', '-H', '127.0.0.1', '-p', String(chosen)],
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
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const origin = `http://127.0.0.1:${chosen}`;
  const server: NextServer = {
    origin,
    port: chosen,
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
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${origin}/api/auth/me`);
      if (response.status === 401) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`next start did not answer within 60 s:\n${output}`);
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
