import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A throwaway PostgreSQL server on 127.0.0.1, started for a test run and removed after it. */
export interface PostgresServer {
  readonly host: string;
  readonly port: number;
  /** The superuser the cluster was initialised with (trust authentication on loopback). */
  readonly user: string;
  /** A connection URL for one database of this server (default `postgres`). */
  url(database?: string): string;
  /** Stops the server (fast shutdown) and deletes its folder. */
  stop(): Promise<void>;
}

/**
 * The folder holding initdb/pg_ctl: $PG_BIN if set, else the newest /usr/lib/postgresql/<n>/bin
 * (Debian's layout), else initdb on the PATH. Throws a message saying how to install PostgreSQL.
 */
export function findPostgresBin(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((v) => existsSync(join(debianRoot, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return join(debianRoot, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'initdb'))) return dir;
  }
  throw new Error(
    'PostgreSQL is not installed: no initdb in $PG_BIN, /usr/lib/postgresql/*/bin or the PATH. ' +
      "Install Debian's postgresql package (apt-get install postgresql; `npm test` does this in its set-up).",
  );
}

/** A TCP port on 127.0.0.1 that nothing listens on right now (also used by tests that start servers). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** How a throwaway cluster runs. */
export interface PostgresServerOptions {
  /**
   * Commits synced to disk as a production server's are (fsync, synchronous_commit and full-page
   * writes on, PostgreSQL's defaults): for benchmarks, whose figures must be those of a durable
   * server. Off by default: the tests do not measure PostgreSQL's own durability and run faster.
   */
  readonly durable?: boolean;
}

/**
 * Starts a fresh PostgreSQL cluster in a temporary folder: initdb (as the `postgres` user when we are
 * root, since PostgreSQL refuses to run as root; as ourselves otherwise), then pg_ctl start listening
 * only on 127.0.0.1 at a free port with its socket in that folder. The cluster is disposable, so
 * unless `durable` it runs without fsync — durability of PostgreSQL itself is not what these tests
 * are about.
 */
export async function startPostgres(options: PostgresServerOptions = {}): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const pgTool = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args);

  try {
    await pgTool('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const port = await freePort();
    const serverOptions = [
      '-c listen_addresses=127.0.0.1',
      `-p ${port}`,
      `-k ${dir}`,
      ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
      '-c max_connections=200',
    ].join(' ');
    await pgTool('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', serverOptions, 'start']);
    const stop = async () => {
      try {
        await pgTool('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    return {
      host: '127.0.0.1',
      port,
      user: 'postgres',
      url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
      stop,
    };
  } catch (error) {
    const serverLog = existsSync(log) ? `\n${readFileSync(log, 'utf8')}` : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start PostgreSQL from ${bin}: ${(error as Error).message}${serverLog}`, {
      cause: error,
    });
  }
}
