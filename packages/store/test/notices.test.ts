import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { type NoticeListener, openStore, type StoreNotice, VersionConflict } from '../src/index.js';
import { engines, freshDatabase, useFreshStore } from './support/engines.js';
import { lifecycleEnvelope, newAddendumDraft } from './support/fixtures.js';

/** A ProseMirror replace step inserting text at a position, as `Step.toJSON()` writes it. */
function insertText(pos: number, text: string) {
  return { stepType: 'replace', from: pos, to: pos, slice: { content: [{ type: 'text', text }] } };
}

/** A listener that keeps what it hears, and lets a test wait for a notice or a resync. */
function recorder() {
  const heard: StoreNotice[] = [];
  let resyncs = 0;
  const waiters: Array<() => void> = [];
  const wake = () => {
    for (const waiter of waiters.splice(0)) waiter();
  };
  const listener: NoticeListener = {
    notice(notice) {
      heard.push(notice);
      wake();
    },
    resync() {
      resyncs += 1;
      wake();
    },
  };
  async function until(done: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!done()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; heard ${JSON.stringify(heard)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }
  return { heard, resyncs: () => resyncs, listener, until };
}

describe.each(engines)('store notices on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('tells subscribers of accepted steps, presence changes and draft moves, in commit order', async () => {
    const { store } = fresh();
    const user = await store.users.create({
      email: 'amina.drafter@un.example',
      displayName: 'Amina Drafter',
      password: 'correct horse battery staple',
      roles: ['drafter'],
    });
    const draft = await store.drafts.create(newAddendumDraft());
    const { heard, listener, until } = recorder();
    const unsubscribe = await store.notifier.subscribe(listener);
    await store.steps.appendSteps(draft.id, 0, 'a', [insertText(1, '甲'), insertText(2, '乙')]);
    await store.presence.report(
      {
        draftId: draft.id,
        clientId: 'tab-1',
        userId: user.id,
        anchor: 3,
        head: 3,
        at: '2019-05-20T10:00:00.000Z',
      },
      '2000-01-01T00:00:00.000Z',
    );
    await store.drafts.save(draft.id, 1, { actor: user.id, lifecycle: lifecycleEnvelope('review') });
    await until(() => heard.length >= 3, 'three notices');
    expect(heard).toEqual([
      { kind: 'steps', draftId: draft.id, version: 2 },
      { kind: 'presence', draftId: draft.id },
      { kind: 'draft', draftId: draft.id, version: 2 },
    ]);
    unsubscribe();
    await store.steps.appendSteps(draft.id, 2, 'a', [insertText(1, '丙')]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toHaveLength(3);
  });

  it('announces nothing for a refused append or a fold, which leaves the text as it was', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const { heard, listener, until } = recorder();
    await store.notifier.subscribe(listener);
    await store.steps.appendSteps(draft.id, 0, 'a', [insertText(1, '甲')]);
    await store.steps.appendSteps(draft.id, 0, 'b', [insertText(1, '乙')]).catch(() => undefined);
    await store.steps.fold(draft.id, {
      baseVersion: 1,
      stepVersion: 1,
      document: { type: 'doc', content: [] },
      title: 't',
      actor: 'drafter-1',
    });
    await store.steps.appendSteps(draft.id, 1, 'a', [insertText(2, '丙')]);
    await until(() => heard.length >= 2, 'two notices');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toEqual([
      { kind: 'steps', draftId: draft.id, version: 1 },
      { kind: 'steps', draftId: draft.id, version: 2 },
    ]);
  });

  it('announces a whole-document save as the draft moving then its step, and nothing of a refused one', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const { heard, listener, until } = recorder();
    await store.notifier.subscribe(listener);
    const save = { actor: 'drafter-1', document: { type: 'doc', content: [] }, title: 't' };
    const step = (text: string) => ({ clientId: 'save:drafter-1', step: insertText(1, text) });
    await store.steps.saveDocument(draft.id, { ...save, baseVersion: 1, stepVersion: 0, step: step('甲') });
    await store.steps.appendSteps(draft.id, 1, 'a', [insertText(1, '乙')]);
    await expect(
      store.steps.saveDocument(draft.id, { ...save, baseVersion: 2, stepVersion: 1, step: step('丙') }),
    ).rejects.toThrow(VersionConflict);
    await store.steps.saveDocument(draft.id, { ...save, baseVersion: 2, stepVersion: 2 });
    await until(() => heard.length >= 4, 'four notices');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toEqual([
      { kind: 'draft', draftId: draft.id, version: 2 },
      { kind: 'steps', draftId: draft.id, version: 1 },
      { kind: 'steps', draftId: draft.id, version: 2 },
      { kind: 'draft', draftId: draft.id, version: 3 },
    ]);
  });
});

describe('store notices between two stores on one PostgreSQL database', () => {
  it('reach the other server, and after its listener connection is cut it reconnects and resyncs', async () => {
    const database = await freshDatabase('postgres');
    const writer = await openStore(database.options);
    const reader = await openStore(database.options);
    try {
      const draft = await writer.drafts.create(newAddendumDraft());
      const { heard, listener, until, resyncs } = recorder();
      await reader.notifier.subscribe(listener);
      await writer.steps.appendSteps(draft.id, 0, 'a', [insertText(1, '甲')]);
      await until(() => heard.length === 1, 'the first notice');
      expect(heard[0]).toEqual({ kind: 'steps', draftId: draft.id, version: 1 });

      const admin = new pg.Client({ connectionString: database.options.databaseUrl });
      await admin.connect();
      try {
        const cut = await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
           where application_name = 'rapporteur-notices' and datname = current_database()`,
        );
        expect(cut.rowCount).toBe(1);
      } finally {
        await admin.end();
      }
      await until(() => resyncs() >= 1, 'a resync after reconnecting');
      await writer.steps.appendSteps(draft.id, 1, 'a', [insertText(2, '乙')]);
      await until(() => heard.length === 2, 'a notice after reconnecting');
      expect(heard[1]).toEqual({ kind: 'steps', draftId: draft.id, version: 2 });
    } finally {
      await reader.close();
      await writer.close();
      await database.drop();
    }
  });
});
