import { addendumSchema } from '@rapporteur/document';
import { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, createAppServer } from '../host/app-server';
import { collabHubFor } from '../server/collab-events-hub';
import { PASSWORD, PEOPLE, useApi } from './support/api-harness';
import { engines } from './support/databases';
import { SseReader } from './support/sse-reader';

describe.each(engines)('live draft events over HTTP through the app server on %s', (engine) => {
  const api = useApi(engine);
  let server: AppServer;
  let origin: string;

  beforeAll(async () => {
    server = createAppServer({
      api: (request) => api().handle(request),
      async pages(_req, res) {
        res.writeHead(404).end();
      },
    });
    origin = await server.listen('127.0.0.1', 0);
  });
  afterAll(() => server.close());

  async function signIn(): Promise<string> {
    const response = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: PEOPLE.drafter2.email, password: PASSWORD }),
    });
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  it('streams steps as they are accepted, and releases the stream when the client disconnects', async () => {
    const { id } = await api().createDraft();
    const cookie = await signIn();
    const abort = new AbortController();
    const response = await fetch(`${origin}/api/drafts/${id}/events?since=0`, {
      headers: { cookie },
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const events = new SseReader(response.body!);
    await events.next('presence');

    const start = await (await fetch(`${origin}/api/drafts/${id}/steps`, { headers: { cookie } })).json();
    const doc = Node.fromJSON(addendumSchema, start.document);
    const steps = new Transform(doc)
      .insert(3, addendumSchema.text('经由网络：'))
      .steps.map((s) => s.toJSON());
    const sent = await fetch(`${origin}/api/drafts/${id}/steps`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ version: 0, clientId: 'chen-http', steps }),
    });
    expect(sent.status).toBe(200);
    const batch = await events.next('steps');
    expect(batch.id).toBe('1');
    expect(JSON.parse(batch.data)).toEqual({
      version: 1,
      steps: [{ step: steps[0], clientId: 'chen-http' }],
    });

    const hub = collabHubFor(api().store, () => new Date());
    expect(hub.openStreams(id)).toBe(1);
    abort.abort();
    const deadline = Date.now() + 5_000;
    while (hub.openStreams(id) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(hub.openStreams(id)).toBe(0);
  });
});
