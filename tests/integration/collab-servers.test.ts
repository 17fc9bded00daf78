import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addendumSchema } from '@rapporteur/document';
import { seededRandom } from '@rapporteur/export';
import { Node } from 'prosemirror-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresServer, startPostgres } from '../../packages/store/test/support/postgres-server.js';
import { repositoryRoot, signIn } from './support/app-server.js';
import { CollabClient, fetchCollabText, ServerGone } from './support/collab-client.js';
import { freePortIn, type ServedApp, startServedApp } from './support/served-app.js';

/** Simulated editors on each server. */
const CLIENTS_PER_SERVER = 3;
/** Rounds of typing (1–3 markers, then a send) per client before the first convergence, and after. */
const ROUNDS = { before: 8, after: 25 } as const;
const DRAFTER = 'drafter@rapporteur.demo';
const PASSWORD = `collab-${process.pid}-test-password`;

describe('co-editing across two app servers sharing one PostgreSQL', () => {
  let postgres: PostgresServer | undefined;
  let dataDir: string | undefined;
  const servers: ServedApp[] = [];

  beforeAll(async () => {
    postgres = await startPostgres();
    dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-collab-'));
    const env = {
      DATABASE_URL: postgres.url(),
      RAPPORTEUR_DATA_DIR: dataDir,
      RAPPORTEUR_DEMO_PASSWORD: PASSWORD,
      RAPPORTEUR_DEMO_SKIP_SEED_ADDENDUM: '1',
    };
    // One after the other: each start seeds the demo (the second finds it done).
    const first = await freePortIn(3400, 3499);
    servers.push(await startServedApp(env, first));
    servers.push(await startServedApp(env, await freePortIn(3400, 3499, first)));
  }, 180_000);

  afterAll(async () => {
    for (const server of servers) await server.stop('SIGKILL');
    await postgres?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('brings clients on both servers to one text, and after one server is killed with SIGKILL its clients carry on on the other and nothing acknowledged is lost', async () => {
    const [a, b] = servers as [ServedApp, ServedApp];
    const random = seededRandom(20190522);
    const cookie = await signIn(a.origin, DRAFTER, PASSWORD);
    const seed = JSON.parse(readFileSync(join(repositoryRoot, 'demo/addendum-item6.zh.json'), 'utf8'));
    const created = await fetch(`${a.origin}/api/drafts`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ draft: seed }),
    });
    expect(created.status).toBe(201);
    const draftId = ((await created.json()) as { draft: { id: string } }).draft.id;
    const start = await fetchCollabText(b.origin, cookie, draftId);
    const clients = [a, b].flatMap((server, s) =>
      Array.from(
        { length: CLIENTS_PER_SERVER },
        (_, i) =>
          new CollabClient(server.origin, cookie, draftId, `${s === 0 ? 'a' : 'b'}${i}`, start, random),
      ),
    );
    await Promise.all(clients.map((client) => client.connect()));
    const typed: string[] = [];

    /** Types and sends `rounds` times; when its server is gone, reconnects to `a` and sends again. */
    async function edit(client: CollabClient, rounds: number): Promise<void> {
      for (let round = 0; round < rounds; round++) {
        for (let n = 1 + Math.floor(random() * 3); n > 0; n--) typed.push(client.type());
        for (;;) {
          try {
            await client.flush();
            break;
          } catch (error) {
            if (!(error instanceof ServerGone)) throw error;
            await client.connect(a.origin);
          }
        }
        await new Promise((r) => setTimeout(r, random() * 20));
      }
    }

    /** Waits until every client holds the server's latest text, and checks it is the same everywhere. */
    async function converge(origins: string[]): Promise<Node> {
      const texts = await Promise.all(origins.map((origin) => fetchCollabText(origin, cookie, draftId)));
      const latest = Math.max(...texts.map((t) => t.version));
      await Promise.all(clients.map((client) => client.waitForVersion(latest)));
      const server = await fetchCollabText(origins[0]!, cookie, draftId);
      const doc = Node.fromJSON(addendumSchema, server.document);
      expect(server.version).toBe(latest);
      for (const client of clients) {
        expect(client.version, client.clientId).toBe(latest);
        expect(client.state.doc.eq(doc), `${client.clientId}'s text`).toBe(true);
      }
      return doc;
    }

    await Promise.all(clients.map((client) => edit(client, ROUNDS.before)));
    const firstText = await converge([a.origin, b.origin]);
    expect(typed.every((marker) => firstText.textContent.includes(marker))).toBe(true);

    // Now all type again, and server b dies mid-run once its clients have had more steps acknowledged.
    const onB = clients.filter((client) => client.origin === b.origin);
    const acknowledgedOnB = () => onB.reduce((sum, client) => sum + client.acknowledged.length, 0);
    const before = acknowledgedOnB();
    const running = Promise.all(clients.map((client) => edit(client, ROUNDS.after)));
    const deadline = Date.now() + 20_000;
    while (acknowledgedOnB() < before + 15 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    const atKill = acknowledgedOnB();
    expect(atKill, 'steps acknowledged by b before it is killed').toBeGreaterThanOrEqual(before + 15);
    await b.stop('SIGKILL');
    await running;
    expect(onB.every((client) => client.origin === a.origin)).toBe(true);
    const finalText = await converge([a.origin]);

    // Every typed marker is in the text exactly once: none lost, none applied twice by a resend.
    for (const marker of typed) expect(finalText.textContent.split(marker).length - 1, marker).toBe(1);
    // Every acknowledged step is stored at the version it was acknowledged with.
    const log = await fetch(`${a.origin}/api/drafts/${draftId}/steps?since=0`, { headers: { cookie } });
    const stored = ((await log.json()) as { steps: Array<{ step: unknown; clientId: string }> }).steps;
    const acknowledged = clients.flatMap((client) => client.acknowledged);
    expect(acknowledged.length).toBeGreaterThan(CLIENTS_PER_SERVER * 2 * ROUNDS.before);
    for (const ack of acknowledged) {
      expect(stored[ack.version - 1], `step ${ack.version}`).toEqual({
        step: ack.step,
        clientId: ack.clientId,
      });
    }
    for (const client of clients) client.close();
    console.info(
      `${clients.length} clients on 2 servers: ${typed.length} markers typed, ${acknowledged.length} steps acknowledged, text at version ${stored.length}; b killed after acknowledging ${atKill} steps`,
    );
  }, 120_000);
});
