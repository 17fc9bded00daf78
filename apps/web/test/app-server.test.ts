import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, createAppServer } from '../host/app-server';
import { DOCUMENT_BODY_LIMIT } from '../server/read-body';
import { PASSWORD, PEOPLE, useApi } from './support/api-harness';

/** A server-sent events stream the test drives: it sends what `push` is given and records its end. */
function eventStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const pushed: string[] = [];
  let cancelled!: (reason: unknown) => void;
  const cancelledWith = new Promise<unknown>((resolve) => {
    cancelled = resolve;
  });
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel(reason) {
      cancelled(reason);
    },
  });
  return {
    response: new Response(stream, {
      headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' },
    }),
    push(text: string) {
      pushed.push(text);
      controller.enqueue(new TextEncoder().encode(text));
    },
    cancelledWith,
  };
}

/** Reads one chunk of a fetch body as text. */
async function nextChunk(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string | undefined> {
  const { done, value } = await reader.read();
  return done ? undefined : new TextDecoder().decode(value);
}

describe('the app server in front of the API, on SQLite', () => {
  const api = useApi('sqlite');
  let server: AppServer;
  let origin: string;
  const pagePaths: string[] = [];

  beforeAll(async () => {
    server = createAppServer({
      api: (request) => api().handle(request),
      async pages(req, res) {
        pagePaths.push(req.url ?? '');
        res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>a page</h1>');
      },
    });
    origin = await server.listen('127.0.0.1', 0);
  });
  afterAll(() => server.close());

  it('signs in over HTTP (the cookie in Set-Cookie) and reads a draft with that cookie', async () => {
    const draft = await api().createDraft('drafter');
    const login = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email: PEOPLE.drafter.email, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const [cookie] = login.headers.getSetCookie();
    expect(cookie).toMatch(/^rapporteur_session=[^;]+;.*HttpOnly/);
    const read = await fetch(`${origin}/api/drafts/${draft.id}`, {
      headers: { cookie: cookie!.split(';')[0]! },
    });
    expect(read.status).toBe(200);
    // A JSON answer goes in one piece with its length, not chunk by chunk.
    expect(read.headers.get('transfer-encoding')).toBeNull();
    const text = await read.text();
    expect(Number(read.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    const body = JSON.parse(text) as { draft: { id: string; version: number; document: unknown } };
    expect(body.draft).toMatchObject({ id: draft.id, version: 1 });
    expect(body.draft.document).toEqual(draft.document);
  });

  it('makes no AbortSignal for an API request whose handler asks for none', async () => {
    // In Node 20 every AbortSignal outlives the young-generation collection, taking its request
    // with it into the old generation (apps/web/API.md, Performance): only event streams ask.
    const Original = globalThis.AbortController;
    let made = 0;
    globalThis.AbortController = class extends Original {
      constructor() {
        super();
        made += 1;
      }
    };
    try {
      const answer = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${origin}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        });
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode!));
        });
        req.on('error', reject);
        req.end(JSON.stringify({ email: PEOPLE.drafter.email, password: PASSWORD }));
      });
      expect(answer).toBe(200);
    } finally {
      globalThis.AbortController = Original;
    }
    expect(made).toBe(0);
  });

  it('hands every path outside /api to the pages, and answers unknown API paths itself', async () => {
    const page = await fetch(`${origin}/drafts/x?tab=1`);
    expect(await page.text()).toBe('<h1>a page</h1>');
    expect(pagePaths).toContain('/drafts/x?tab=1');
    const unknown = await fetch(`${origin}/api/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not-found');
    expect(pagePaths).not.toContain('/api/nothing-here');
  });

  it('refuses a state change from another site, by its Origin, with 403', async () => {
    const reply = await fetch(`${origin}/api/auth/logout`, {
      method: 'POST',
      headers: { origin: 'http://evil.example' },
    });
    expect(reply.status).toBe(403);
    expect(((await reply.json()) as { error: { code: string } }).error.code).toBe('cross-origin');
  });

  it('refuses a body over the limit with 413, declared or streamed without a length, and stays usable', async () => {
    const cookie = (await api().as('drafter', 'POST', '/api/auth/login', {
      body: { email: PEOPLE.drafter.email, password: PASSWORD },
    }))!.headers
      .get('set-cookie')!
      .split(';')[0]!;
    const huge = 'x'.repeat(DOCUMENT_BODY_LIMIT + 1024);
    const declared = await fetch(`${origin}/api/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: huge,
    });
    expect(declared.status).toBe(413);
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${origin}/api/drafts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', cookie },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      for (let i = 0; i < 40; i += 1) req.write('y'.repeat(64 * 1024));
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe('too-large');
    expect((await fetch(`${origin}/api/health`)).status).toBe(200);
  });
});

describe('the app server streaming a response', () => {
  let server: AppServer | undefined;
  let stream: ReturnType<typeof eventStream>;
  let signal: AbortSignal | undefined;

  async function start(): Promise<string> {
    stream = eventStream();
    server = createAppServer({
      async api(request) {
        signal = request.signal;
        return stream.response;
      },
      pages: async (_req, res) => void res.writeHead(404).end(),
      graceMs: 2_000,
    });
    return server.listen('127.0.0.1', 0);
  }
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends each chunk as it is produced, and cancels the stream when the client disconnects', async () => {
    const origin = await start();
    const client = new AbortController();
    const response = await fetch(`${origin}/api/drafts/d/events`, { signal: client.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    stream.push('event: steps\ndata: 1\n\n');
    expect(await nextChunk(reader)).toBe('event: steps\ndata: 1\n\n');
    stream.push('event: steps\ndata: 2\n\n');
    expect(await nextChunk(reader)).toBe('event: steps\ndata: 2\n\n');
    client.abort();
    await stream.cancelledWith;
    expect(signal?.aborted).toBe(true);
  });

  it('breaks the connection off when a body fails part-way, so a truncated answer never looks whole', async () => {
    for (const declaredLength of [false, true]) {
      let reads = 0;
      /** A body that gives one piece, then fails. */
      const failingBody = () =>
        new ReadableStream<Uint8Array>(
          {
            pull(c) {
              if (reads++ === 0) c.enqueue(new TextEncoder().encode('{"part":'));
              else c.error(new Error('the producer failed'));
            },
          },
          { highWaterMark: 0 },
        );
      server = createAppServer({
        api: async () =>
          new Response(failingBody(), {
            headers: declaredLength ? { 'content-type': 'application/json', 'content-length': '100' } : {},
          }),
        pages: async (_req, res) => void res.writeHead(404).end(),
      });
      const origin = await server.listen('127.0.0.1', 0);
      await expect(fetch(`${origin}/api/drafts/d`).then((response) => response.text())).rejects.toThrow();
      expect(reads).toBe(2);
      await server.close();
      server = undefined;
    }
  });

  it('ends open streams when it closes, and then stops', async () => {
    const origin = await start();
    const response = await fetch(`${origin}/api/drafts/d/events`);
    const reader = response.body!.getReader();
    stream.push(': hello\n\n');
    expect(await nextChunk(reader)).toBe(': hello\n\n');
    const started = Date.now();
    const closed = server!.close();
    expect(await nextChunk(reader)).toBeUndefined();
    await closed;
    await stream.cancelledWith;
    expect(Date.now() - started).toBeLessThan(1_500);
    await expect(fetch(`${origin}/api/health`)).rejects.toThrow();
  });
});
