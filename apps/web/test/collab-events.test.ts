import { addendumSchema } from '@rapporteur/document';
import { openStore } from '@rapporteur/store';
import { Node } from 'prosemirror-model';
import { Step, Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { createApi } from '../server/api';
import { collabHubFor } from '../server/collab-events-hub';
import { call, cookieFrom, ORIGIN } from './support/api-client';
import { PASSWORD, PEOPLE, type Person, seedDraftFile, useApi } from './support/api-harness';
import { engines, freshDatabase } from './support/databases';
import { startOfText } from './support/document-positions';
import { SseReader } from './support/sse-reader';

describe.each(engines)('live draft events on %s', (engine) => {
  const api = useApi(engine);
  const cookies = new Map<Person, string>();

  /** A session cookie of one test person (signed in once per file). */
  async function cookieOf(person: Person): Promise<string> {
    let cookie = cookies.get(person);
    if (cookie === undefined) {
      const login = await call(api().handle, 'POST', '/api/auth/login', {
        body: { email: PEOPLE[person].email, password: PASSWORD },
      });
      cookie = cookieFrom(login);
      cookies.set(person, cookie);
    }
    return cookie;
  }

  /** Opens `GET /api/drafts/:id/events` through the API core; the reply and, when it streams, a reader. */
  async function openEvents(
    person: Person | null,
    draftId: string,
    options: { query?: string; lastEventId?: string; signal?: AbortSignal } = {},
  ) {
    const headers: Record<string, string> = { host: '127.0.0.1:3000' };
    if (person !== null) headers.cookie = await cookieOf(person);
    if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
    const response = await api().handle(
      new Request(`${ORIGIN}/api/drafts/${draftId}/events${options.query ?? ''}`, {
        headers,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      }),
    );
    const streaming = response.headers.get('content-type')?.startsWith('text/event-stream') === true;
    return {
      response,
      events: streaming && response.body !== null ? new SseReader(response.body) : undefined,
    };
  }

  /** Sends one insertion of `text` as a step at the latest version, as `person`'s client `clientId`. */
  async function insert(person: Person, draftId: string, clientId: string, blockId: string, text: string) {
    const current = await api().as(person, 'GET', `/api/drafts/${draftId}/steps`);
    const doc = Node.fromJSON(addendumSchema, current.body.document);
    const steps = new Transform(doc)
      .insert(startOfText(doc, blockId), addendumSchema.text(text))
      .steps.map((s) => s.toJSON());
    const reply = await api().as(person, 'POST', `/api/drafts/${draftId}/steps`, {
      body: { version: current.body.version, clientId, steps },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return { version: reply.body.version as number, steps };
  }

  it('sends the steps missed since a version, then each new batch in order, with the version as id', async () => {
    const { id } = await api().createDraft();
    const first = await insert('drafter', id, 'amina-1', 'zh6-1', '增补：');
    await insert('drafter2', id, 'chen-1', 'zh6-9', '另：');
    const { response, events } = await openEvents('reviewer', id, { query: '?since=1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const presence = await events!.next('presence');
    expect(JSON.parse(presence.data)).toEqual({ people: [] });
    const missed = await events!.next('steps');
    expect(missed.id).toBe('2');
    expect(JSON.parse(missed.data)).toEqual({
      version: 2,
      steps: [{ step: expect.anything(), clientId: 'chen-1' }],
    });
    const third = await insert('drafter', id, 'amina-1', 'zh6-1', '又：');
    const live = await events!.next('steps');
    expect(JSON.parse(live.data)).toEqual({
      version: 3,
      steps: [{ step: third.steps[0], clientId: 'amina-1' }],
    });
    expect(live.id).toBe('3');
    expect(first.version).toBe(1);
    await events!.cancel();
  });

  it('resumes from Last-Event-ID in place of since, as EventSource does on reconnecting', async () => {
    const { id } = await api().createDraft();
    for (const text of ['一', '二', '三']) await insert('drafter', id, 'amina-1', 'zh6-1', text);
    const { events } = await openEvents('drafter2', id, { query: '?since=0', lastEventId: '2' });
    const steps = await events!.next('steps');
    expect(JSON.parse(steps.data).version).toBe(3);
    expect(JSON.parse(steps.data).steps).toHaveLength(1);
    await events!.cancel();
  });

  it('starts at the latest version when given neither since nor Last-Event-ID', async () => {
    const { id } = await api().createDraft();
    await insert('drafter', id, 'amina-1', 'zh6-1', '一');
    const { events } = await openEvents('drafter2', id);
    await events!.next('presence');
    await insert('drafter', id, 'amina-1', 'zh6-1', '二');
    const steps = JSON.parse((await events!.next('steps')).data);
    expect(steps.version).toBe(2);
    expect(steps.steps).toHaveLength(1);
    await events!.cancel();
  });

  it('refuses anonymous readers, unknown drafts, bad and future versions, before streaming anything', async () => {
    const { id } = await api().createDraft();
    expect((await openEvents(null, id)).response.status).toBe(401);
    expect((await openEvents('reviewer', 'no-such-draft')).response.status).toBe(404);
    const bad = await openEvents('reviewer', id, { query: '?since=two' });
    expect(bad.response.status).toBe(400);
    expect(await bad.response.json()).toMatchObject({ error: { code: 'bad-request', path: 'since' } });
    expect((await openEvents('reviewer', id, { lastEventId: '-1' })).response.status).toBe(400);
    expect((await openEvents('reviewer', id, { query: '?since=5' })).response.status).toBe(400);
    expect(collabHubFor(api().store, () => new Date()).openStreams(id)).toBe(0);
  });

  it('sends every step exactly once, in order, while other clients write during its catch-up', async () => {
    const { id } = await api().createDraft();
    for (let i = 0; i < 5; i++) await insert('drafter', id, 'amina-1', 'zh6-1', `${i}`);
    const writing = (async () => {
      for (let i = 0; i < 20; i++) await insert('drafter2', id, 'chen-1', 'zh6-9', `${i}`);
    })();
    const { events } = await openEvents('reviewer', id, { query: '?since=0' });
    await writing;
    const versions: number[] = [];
    while (versions.at(-1) !== 25) {
      const batch = JSON.parse((await events!.next('steps')).data);
      const first = batch.version - batch.steps.length + 1;
      for (let v = first; v <= batch.version; v++) versions.push(v);
    }
    expect(versions).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    await events!.cancel();
  });

  it('catches up a long way behind in events of at most 200 steps, past a fold, to the current text', async () => {
    const { id } = await api().createDraft();
    const start = await api().as('drafter', 'GET', `/api/drafts/${id}/steps`);
    const doc = Node.fromJSON(addendumSchema, start.body.document);
    const tr = new Transform(doc);
    for (let i = 0; i < 450; i++) tr.insert(startOfText(tr.doc, 'zh6-1'), addendumSchema.text('字'));
    const sent = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
      body: { version: 0, clientId: 'amina-1', steps: tr.steps.map((s) => s.toJSON()) },
    });
    expect(sent.body).toEqual({ version: 450 });
    expect((await api().store.steps.foldPoint(id))?.stepVersion).toBe(450);
    const { events } = await openEvents('reviewer', id, { query: '?since=0' });
    const sizes: number[] = [];
    let text = doc;
    let version = 0;
    while (version < 450) {
      const batch = JSON.parse((await events!.next('steps')).data);
      expect(batch.version - batch.steps.length).toBe(version);
      for (const { step } of batch.steps) text = Step.fromJSON(addendumSchema, step).apply(text).doc!;
      sizes.push(batch.steps.length);
      version = batch.version;
    }
    expect(sizes).toEqual([200, 200, 50]);
    expect(text.eq(tr.doc)).toBe(true);
    await events!.cancel();
  });

  it('sends steps accepted while a draft’s first stream is being set up exactly once, in order', async () => {
    const { id } = await api().createDraft();
    for (const text of ['一', '二', '三']) await insert('drafter', id, 'amina-1', 'zh6-1', text);
    const store = api().store;
    // The new channel's first read of the latest version is held until steps 4 and 5 are noticed.
    let held: (() => void) | undefined;
    const holding = new Promise<void>((resolve) => {
      held = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = new Proxy(store, {
      get(target, key) {
        if (key !== 'steps') return Reflect.get(target, key);
        return new Proxy(target.steps, {
          get(steps, name) {
            if (name !== 'latestVersion') return Reflect.get(steps, name);
            return async (draftId: string) => {
              const version = await steps.latestVersion(draftId);
              if (held !== undefined) {
                held();
                held = undefined;
                await released;
              }
              return version;
            };
          },
        });
      },
    });
    const handle = createApi(slow);
    const login = await call(handle, 'POST', '/api/auth/login', {
      body: { email: PEOPLE.reviewer.email, password: PASSWORD },
    });
    const opening = handle(
      new Request(`${ORIGIN}/api/drafts/${id}/events?since=0`, {
        headers: { host: '127.0.0.1:3000', cookie: cookieFrom(login) },
      }),
    );
    await holding;
    const noticed = new Promise<void>((resolve) => {
      void store.notifier.subscribe({
        notice: (notice) => {
          if (notice.kind === 'steps' && notice.draftId === id && notice.version === 5) resolve();
        },
        resync: () => undefined,
      });
    });
    for (const text of ['四', '五']) await insert('drafter', id, 'amina-1', 'zh6-1', text);
    await noticed;
    release();
    const events = new SseReader((await opening).body!);
    await insert('drafter', id, 'amina-1', 'zh6-1', '六');
    const versions: number[] = [];
    while (versions.at(-1) !== 6) {
      const batch = JSON.parse((await events.next('steps')).data);
      for (let v = batch.version - batch.steps.length + 1; v <= batch.version; v++) versions.push(v);
    }
    expect(versions).toEqual([1, 2, 3, 4, 5, 6]);
    await events.cancel();
  });

  it('lists the people in a draft with their names, when they come, move and leave', async () => {
    const { id } = await api().createDraft();
    const { events } = await openEvents('reviewer', id);
    expect(JSON.parse((await events!.next('presence')).data)).toEqual({ people: [] });
    const posted = await api().as('drafter', 'POST', `/api/drafts/${id}/presence`, {
      body: { clientId: 'amina-1', anchor: 5, head: 9, version: 14 },
    });
    expect(posted.status).toBe(204);
    const one = JSON.parse((await events!.next('presence')).data);
    expect(one.people).toEqual([
      {
        clientId: 'amina-1',
        userId: api().users.drafter.id,
        name: 'Amina Drafter',
        anchor: 5,
        head: 9,
        version: 14,
        at: expect.any(String),
      },
    ]);
    // A page loaded before versions were asked for says none: its entry is listed with version null.
    await api().as('drafter2', 'POST', `/api/drafts/${id}/presence`, {
      body: { clientId: 'chen-1', anchor: 3, head: 3 },
    });
    const two = JSON.parse((await events!.next('presence')).data);
    expect(two.people.map((p: { name: string }) => p.name)).toEqual(['Amina Drafter', 'Chen Drafter']);
    expect(two.people.map((p: { version: number | null }) => p.version)).toEqual([14, null]);
    // Chen cannot remove Amina's entry; Amina can.
    await api().as('drafter2', 'DELETE', `/api/drafts/${id}/presence?clientId=amina-1`);
    expect(await api().store.presence.list(id, '2000-01-01T00:00:00.000Z')).toHaveLength(2);
    const removed = await api().as('drafter', 'DELETE', `/api/drafts/${id}/presence?clientId=amina-1`);
    expect(removed.status).toBe(204);
    const left = JSON.parse((await events!.next('presence')).data);
    expect(left.people.map((p: { clientId: string }) => p.clientId)).toEqual(['chen-1']);
    // A newcomer is told the list at once.
    const late = await openEvents('secretary', id);
    expect(JSON.parse((await late.events!.next('presence')).data).people).toHaveLength(1);
    await events!.cancel();
    await late.events!.cancel();
  });

  it('refuses presence reports that are not positions or step versions, without a client id, or for an unknown draft', async () => {
    const { id } = await api().createDraft();
    const bad = await api().as('drafter', 'POST', `/api/drafts/${id}/presence`, {
      body: { clientId: 'amina-1', anchor: -1, head: 2 },
    });
    expect(bad.status).toBe(400);
    for (const version of [-1, 2.5, '3', null]) {
      const badVersion = await api().as('drafter', 'POST', `/api/drafts/${id}/presence`, {
        body: { clientId: 'amina-1', anchor: 1, head: 2, version },
      });
      expect(badVersion.status).toBe(400);
      expect(JSON.stringify(badVersion.body)).toContain('version');
    }
    expect(await api().store.presence.list(id, '2000-01-01T00:00:00.000Z')).toEqual([]);
    const missing = await api().as('drafter', 'DELETE', `/api/drafts/${id}/presence`);
    expect(missing.status).toBe(400);
    const unknown = await api().as('drafter', 'POST', '/api/drafts/no-such-draft/presence', {
      body: { clientId: 'amina-1', anchor: 1, head: 2 },
    });
    expect(unknown.status).toBe(404);
    expect(
      (
        await api().as(null, 'POST', `/api/drafts/${id}/presence`, {
          body: { clientId: 'x', anchor: 1, head: 1 },
        })
      ).status,
    ).toBe(401);
  });

  it('tells open streams when the draft moves in its lifecycle, with the new draft version', async () => {
    const { id } = await api().createDraft();
    const { events } = await openEvents('drafter2', id);
    await events!.next('presence');
    const reply = await api().event('drafter', id, { type: 'markReady', part: 'actionTaken' });
    expect(reply.status).toBe(200);
    expect(JSON.parse((await events!.next('lifecycle')).data)).toEqual({ version: reply.body.draft.version });
    await events!.cancel();
  });

  it('releases the stream when the client goes away, by abort or by cancelling the body', async () => {
    const { id } = await api().createDraft();
    const hub = collabHubFor(api().store, () => new Date());
    const abort = new AbortController();
    const aborted = await openEvents('reviewer', id, { signal: abort.signal });
    const cancelled = await openEvents('reviewer', id);
    await aborted.events!.next('presence');
    await cancelled.events!.next('presence');
    expect(hub.openStreams(id)).toBe(2);
    abort.abort();
    await aborted.events!.untilEnd();
    expect(hub.openStreams(id)).toBe(1);
    await cancelled.events!.cancel();
    expect(hub.openStreams(id)).toBe(0);
    // Steps accepted afterwards go to nobody, and nothing fails.
    await insert('drafter', id, 'amina-1', 'zh6-1', '后');
  });

  it('never appends steps once the lifecycle has refused them, even if the draft changes between the check and the append', async () => {
    const { id } = await api().createDraft();
    const store = api().store;
    // Between the lifecycle check and the append, the drafter marks the deliberations ready.
    let raced = false;
    const racing = new Proxy(store, {
      get(target, key) {
        if (key !== 'steps') return Reflect.get(target, key);
        return new Proxy(target.steps, {
          get(steps, name) {
            if (name !== 'appendSteps') return Reflect.get(steps, name);
            return async (...args: Parameters<typeof steps.appendSteps>) => {
              if (!raced) {
                raced = true;
                const ready = await api().event('drafter', id, { type: 'markReady', part: 'deliberations' });
                expect(ready.status).toBe(200);
              }
              return steps.appendSteps(...args);
            };
          },
        });
      },
    });
    const handle = createApi(racing);
    const login = await call(handle, 'POST', '/api/auth/login', {
      body: { email: PEOPLE.drafter2.email, password: PASSWORD },
    });
    const current = await call(handle, 'GET', `/api/drafts/${id}/steps`, { cookie: cookieFrom(login) });
    const doc = Node.fromJSON(addendumSchema, current.body.document);
    const steps = new Transform(doc)
      .insert(startOfText(doc, 'zh6-1'), addendumSchema.text('迟到：'))
      .steps.map((s) => s.toJSON());
    const reply = await call(handle, 'POST', `/api/drafts/${id}/steps`, {
      cookie: cookieFrom(login),
      body: { version: 0, clientId: 'chen-1', steps },
    });
    expect(raced).toBe(true);
    expect(reply.status, JSON.stringify(reply.body)).toBe(409);
    expect(reply.body.error.code).toBe('not-allowed-now');
    expect(await store.steps.latestVersion(id)).toBe(0);
  });
});

describe('presence expiry', () => {
  it('drops an entry from every stream 30 s after its last report, without anyone acting', async () => {
    const database = await freshDatabase('sqlite');
    const store = await openStore(database.options);
    try {
      // The server's clock can be moved on; the store stamps reports with the real time.
      let ahead = 0;
      const handle = createApi(store, { now: () => new Date(Date.now() + ahead) });
      await store.users.create({
        email: PEOPLE.drafter.email,
        displayName: PEOPLE.drafter.name,
        password: PASSWORD,
        roles: ['drafter'],
      });
      const login = await call(handle, 'POST', '/api/auth/login', {
        body: { email: PEOPLE.drafter.email, password: PASSWORD },
      });
      const cookie = cookieFrom(login);
      const created = await call(handle, 'POST', '/api/drafts', { cookie, body: { draft: seedDraftFile } });
      const draftId = created.body.draft.id as string;
      const response = await handle(
        new Request(`${ORIGIN}/api/drafts/${draftId}/events`, {
          headers: { host: '127.0.0.1:3000', cookie },
        }),
      );
      const events = new SseReader(response.body!);
      expect(JSON.parse((await events.next('presence')).data).people).toEqual([]);
      await call(handle, 'POST', `/api/drafts/${draftId}/presence`, {
        cookie,
        body: { clientId: 'amina-1', anchor: 1, head: 1 },
      });
      expect(JSON.parse((await events.next('presence')).data).people).toHaveLength(1);
      ahead = 29_000;
      await call(handle, 'POST', `/api/drafts/${draftId}/presence`, {
        cookie,
        body: { clientId: 'amina-2', anchor: 2, head: 2 },
      });
      // 29 s on, the first entry is still listed beside the second.
      expect(JSON.parse((await events.next('presence')).data).people).toHaveLength(2);
      ahead = 30_500;
      const expired = JSON.parse((await events.next('presence', 5_000)).data);
      expect(expired.people.map((p: { clientId: string }) => p.clientId)).toEqual(['amina-2']);
      await events.cancel();
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
