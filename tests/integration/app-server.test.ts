import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServerProcess, signIn, startAppServer } from './support/app-server.js';
import { DRAFTER, seedDraft, seedStore } from './support/seeded-store.js';

/** GETs a path on a connection of `agent` and reads the answer to its end. */
function getWith(agent: Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    }).on('error', reject);
  });
}

describe('the app server (apps/web/host/serve.ts) of the built app, on SQLite', () => {
  let dataDir: string;
  let server: AppServerProcess | undefined;
  let draftId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-app-server-'));
    [draftId] = (await seedStore({ sqlitePath: join(dataDir, 'rapporteur.sqlite') }, 1)) as [string];
    server = await startAppServer({ RAPPORTEUR_DATA_DIR: dataDir, DATABASE_URL: '' });
  }, 90_000);

  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the API itself: signs in and reads a stored draft', async () => {
    const cookie = await signIn(server!.origin, DRAFTER.email, DRAFTER.password);
    expect(cookie).toMatch(/^rapporteur_session=/);
    const response = await fetch(`${server!.origin}/api/drafts/${draftId}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const { draft } = (await response.json()) as {
      draft: { id: string; version: number; document: unknown };
    };
    expect(draft).toMatchObject({ id: draftId, version: 1 });
    expect(draft.document).toEqual(seedDraft.document);
  });

  it('hands pages and their assets to Next.js', async () => {
    const page = await fetch(`${server!.origin}/login`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('Sign in');
    const script = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(script).toBeDefined();
    const asset = await fetch(`${server!.origin}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
  });

  it('stops cleanly on SIGTERM with a keep-alive connection open: exit code 0 and the store closed', async () => {
    const agent = new Agent({ keepAlive: true });
    expect(await getWith(agent, `${server!.origin}/api/health`)).toBe(200);
    const started = Date.now();
    const end = await server!.stop('SIGTERM');
    expect(end, server!.output()).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(5_000);
    // The last SQLite connection to close checkpoints the write-ahead log into the file and removes it.
    expect(existsSync(join(dataDir, 'rapporteur.sqlite-wal'))).toBe(false);
    await expect(fetch(`${server!.origin}/api/health`)).rejects.toThrow();
    agent.destroy();
    server = undefined;
  });
});
