import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type StoreOptions } from '@rapporteur/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresServer, startPostgres } from '../../packages/store/test/support/postgres-server.js';
import { type AppServerProcess, signIn, startAppServer } from './support/app-server.js';
import { DRAFTER, documentWith, seedStore } from './support/seeded-store.js';

/** One acknowledged save: the draft, the version the server answered with, and the marker text saved. */
interface Acknowledged {
  readonly draftId: string;
  readonly version: number;
  readonly marker: string;
}

/** Saves one draft again and again, each on top of the last acknowledged version, until the server dies. */
async function saveUntilKilled(origin: string, cookie: string, draftId: string, acked: Acknowledged[]) {
  let version = 1;
  for (let n = 1; ; n += 1) {
    const marker = `第 ${n} 次保存 ${draftId.slice(0, 8)}`;
    let status: number;
    let body: { draft?: { version: number } };
    try {
      const response = await fetch(`${origin}/api/drafts/${draftId}/document`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ baseVersion: version, document: documentWith(marker) }),
      });
      status = response.status;
      body = (await response.json()) as typeof body;
    } catch {
      return; // the server died before the answer was complete: this save was never acknowledged
    }
    if (status !== 200 || body.draft === undefined)
      throw new Error(`save ${n} failed: ${status} ${JSON.stringify(body)}`);
    version = body.draft.version;
    acked.push({ draftId, version, marker });
  }
}

const engines = ['sqlite', 'postgres'] as const;

describe.each(engines)('a server killed during a stream of saves, on %s', (engine) => {
  let postgres: PostgresServer | undefined;
  let dataDir: string | undefined;
  let options: StoreOptions;
  let env: Record<string, string>;
  let server: AppServerProcess | undefined;

  beforeAll(async () => {
    if (engine === 'postgres') {
      postgres = await startPostgres();
      options = { databaseUrl: postgres.url() };
      env = { DATABASE_URL: postgres.url() };
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-crash-'));
      options = { sqlitePath: join(dataDir, 'rapporteur.sqlite') };
      env = { RAPPORTEUR_DATA_DIR: dataDir, DATABASE_URL: '' };
    }
  }, 120_000);

  afterAll(async () => {
    await server?.stop('SIGKILL');
    await postgres?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every save it acknowledged after SIGKILL and a restart', async () => {
    const draftIds = await seedStore(options, 2);
    server = await startAppServer(env);
    const cookie = await signIn(server.origin, DRAFTER.email, DRAFTER.password);
    const acked: Acknowledged[] = [];
    const streams = draftIds.map((id) => saveUntilKilled(server!.origin, cookie, id, acked));
    const started = Date.now();
    while (acked.length < 30 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 20));
    await server.stop('SIGKILL');
    await Promise.all(streams);
    expect(acked.length, server.output()).toBeGreaterThanOrEqual(30);

    server = await startAppServer(env);
    const restartedCookie = await signIn(server.origin, DRAFTER.email, DRAFTER.password);
    for (const draftId of draftIds) {
      const mine = acked.filter((save) => save.draftId === draftId);
      const last = mine[mine.length - 1]!;
      const response = await fetch(`${server.origin}/api/drafts/${draftId}`, {
        headers: { cookie: restartedCookie },
      });
      const { draft } = (await response.json()) as { draft: { version: number; document: unknown } };
      expect(draft.version).toBeGreaterThanOrEqual(last.version);
      if (draft.version === last.version) expect(JSON.stringify(draft.document)).toContain(last.marker);
    }
    await server.stop('SIGTERM');
    server = undefined;

    const store = await openStore(options);
    try {
      for (const save of acked) {
        const version = await store.documentVersions.get(save.draftId, save.version);
        expect(JSON.stringify(version.document)).toContain(save.marker);
      }
    } finally {
      await store.close();
    }
  }, 180_000);
});
