import type { CollabStreamHandlers, StepBatch } from '@rapporteur/editor';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftCollabServer } from '../app/drafts/[id]/draft-collab';

/** A stand-in for the browser's EventSource: the test opens, fails and feeds it by hand. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  private readonly listeners = new Map<string, Array<(event: unknown) => void>>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }
  emit(type: string, data?: unknown): void {
    if (type === 'open') this.readyState = FakeEventSource.OPEN;
    for (const listener of this.listeners.get(type) ?? []) {
      listener(data === undefined ? {} : { data: JSON.stringify(data) });
    }
  }
  /** The browser gives up (an error answer): closed, no reconnection of its own. */
  fail(): void {
    this.readyState = FakeEventSource.CLOSED;
    this.emit('error');
  }
}

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function handlers() {
  const heard: string[] = [];
  const batches: StepBatch[] = [];
  const listen: CollabStreamHandlers = {
    steps: (batch) => batches.push(batch),
    presence: (people) => heard.push(`presence ${people.map((person) => person.name).join(',')}`),
    lifecycle: () => heard.push('lifecycle'),
    reconnected: () => heard.push('reconnected'),
  };
  return { heard, batches, listen };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  FakeEventSource.opened = [];
});

describe('the editor page’s co-editing client of the API', () => {
  it('reads the answers to sent steps as accepted, behind, refused with the server’s words, or offline', async () => {
    const answers = [
      answer(200, { version: 8 }),
      answer(409, { error: { code: 'version-conflict', message: 'behind', currentVersion: 9 } }),
      answer(409, { error: { code: 'not-allowed-now', message: 'The action taken is marked ready.' } }),
      answer(403, { error: { code: 'forbidden', message: 'Only drafters edit.' } }),
      answer(503, { error: { code: 'internal', message: 'down' } }),
    ];
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      const next = answers.shift();
      if (!next) throw new TypeError('Failed to fetch');
      return next;
    });
    const server = draftCollabServer('d 1');
    const outcomes = [];
    for (let i = 0; i < 6; i += 1) outcomes.push(await server.sendSteps(7, 'c1', [{ stepType: 'replace' }]));
    expect(outcomes).toEqual([
      { kind: 'accepted', version: 8 },
      { kind: 'behind', currentVersion: 9 },
      { kind: 'refused', message: 'The action taken is marked ready.' },
      { kind: 'refused', message: 'Only drafters edit.' },
      { kind: 'offline' },
      { kind: 'offline' },
    ]);
    expect(sent[0]).toEqual({ version: 7, clientId: 'c1', steps: [{ stepType: 'replace' }] });
  });

  it('posts the editor’s selection with the step version its positions are in', async () => {
    const posted: Array<{ url: string; body: unknown }> = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      posted.push({ url, body: JSON.parse(String(init.body)) });
      return new Response(null, { status: 204 });
    });
    await draftCollabServer('d1').sendPresence({ clientId: 'c1', anchor: 12, head: 15, version: 340 });
    expect(posted).toEqual([
      { url: '/api/drafts/d1/presence', body: { clientId: 'c1', anchor: 12, head: 15, version: 340 } },
    ]);
  });

  it('passes the stream’s steps, presence and lifecycle events on, and asks for a catch-up after a reconnection', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const { heard, batches, listen } = handlers();
    const stop = draftCollabServer('d1').subscribe(() => 4, listen);
    const source = FakeEventSource.opened[0]!;
    expect(source.url).toBe('/api/drafts/d1/events?since=4');
    source.emit('open');
    source.emit('presence', { people: [{ clientId: 'c2', userId: 'u2', name: 'Ana', anchor: 1, head: 1 }] });
    source.emit('steps', { version: 5, steps: [{ step: {}, clientId: 'c2' }] });
    source.emit('lifecycle', { version: 3 });
    // EventSource reconnects by itself after a dropped connection; its next open means a catch-up.
    source.readyState = FakeEventSource.CONNECTING;
    source.emit('error');
    source.emit('open');
    expect(batches).toEqual([{ version: 5, steps: [{ step: {}, clientId: 'c2' }] }]);
    expect(heard).toEqual(['presence Ana', 'lifecycle', 'reconnected']);
    expect(FakeEventSource.opened).toHaveLength(1);
    stop();
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('opens the stream again from the editor’s version, after growing pauses, when the browser gives up on it', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('EventSource', FakeEventSource);
    const { heard, listen } = handlers();
    let version = 4;
    const stop = draftCollabServer('d1').subscribe(() => version, listen);
    FakeEventSource.opened[0]!.fail();
    version = 6;
    await vi.advanceTimersByTimeAsync(999);
    expect(FakeEventSource.opened).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeEventSource.opened[1]!.url).toBe('/api/drafts/d1/events?since=6');
    FakeEventSource.opened[1]!.fail();
    await vi.advanceTimersByTimeAsync(1999);
    expect(FakeEventSource.opened).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    FakeEventSource.opened[2]!.emit('open');
    expect(heard).toEqual(['reconnected']);
    stop();
    FakeEventSource.opened[2]!.fail();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeEventSource.opened).toHaveLength(3);
  });
});
