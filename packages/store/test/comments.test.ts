import { describe, expect, it } from 'vitest';
import { InvalidInput, NotFound, VersionConflict } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import { newAddendumDraft } from './support/fixtures.js';

const anchor = { paragraphId: 'p-documents', from: 0, to: 6, quote: '为审议项目 6' };

describe.each(engines)('comments on %s', (engine) => {
  const fresh = useFreshStore(engine);

  async function draftWithThread() {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const thread = await store.comments.create({
      draftId: draft.id,
      author: 'editor-1',
      body: '请核对文件清单。',
      anchor,
    });
    return { store, draft, thread };
  }

  it('anchors a thread to a paragraph id and a text range', async () => {
    const { store, thread } = await draftWithThread();
    expect(thread).toMatchObject({ anchor, parentId: null, resolvedAt: null, version: 1 });
    expect(await store.comments.get(thread.id)).toEqual(thread);
  });

  it('keeps replies in their thread, in order, and a reply to a reply joins the same thread', async () => {
    const { store, draft, thread } = await draftWithThread();
    const first = await store.comments.reply(thread.id, { author: 'drafter-1', body: '已核对。' });
    const second = await store.comments.reply(first.id, { author: 'editor-1', body: '谢谢。' });
    expect(second.parentId).toBe(thread.id);
    expect(second.anchor).toBeNull();
    const threads = await store.comments.threads(draft.id);
    expect(threads).toHaveLength(1);
    expect(threads[0]?.replies.map((r) => r.body)).toEqual(['已核对。', '谢谢。']);
  });

  it('resolves and reopens a thread at its current version', async () => {
    const { store, draft, thread } = await draftWithThread();
    const resolved = await store.comments.resolve(thread.id, 1, 'editor-1');
    expect(resolved).toMatchObject({ resolvedBy: 'editor-1', version: 2 });
    expect(await store.comments.threads(draft.id)).toEqual([]);
    expect(await store.comments.threads(draft.id, { includeResolved: true })).toHaveLength(1);
    const refusal = await store.comments.reopen(thread.id, 1, 'drafter-1').catch((e) => e);
    expect(refusal).toBeInstanceOf(VersionConflict);
    expect(refusal.current.resolvedBy).toBe('editor-1');
    expect(await store.comments.reopen(thread.id, 2, 'drafter-1')).toMatchObject({
      resolvedAt: null,
      version: 3,
    });
  });

  it('resolves threads, not replies', async () => {
    const { store, thread } = await draftWithThread();
    const reply = await store.comments.reply(thread.id, { author: 'drafter-1', body: '好的。' });
    await expect(store.comments.resolve(reply.id, 1, 'editor-1')).rejects.toBeInstanceOf(InvalidInput);
  });

  it('refuses a range that ends before it starts, a negative offset and an empty comment', async () => {
    const { store, draft } = await draftWithThread();
    const comment = { draftId: draft.id, author: 'editor-1', body: '?' };
    await expect(
      store.comments.create({ ...comment, anchor: { ...anchor, from: 6, to: 2 } }),
    ).rejects.toThrow(/ends \(2\) before it starts \(6\)/);
    await expect(store.comments.create({ ...comment, anchor: { ...anchor, from: -1 } })).rejects.toThrow(
      /anchor.from/,
    );
    await expect(store.comments.create({ ...comment, body: '  ', anchor })).rejects.toBeInstanceOf(
      InvalidInput,
    );
    expect(await store.comments.threads(draft.id)).toHaveLength(1);
  });

  it('refuses comments on an unknown draft and replies to an unknown comment', async () => {
    const { store } = fresh();
    await expect(
      store.comments.create({ draftId: 'no-such-draft', author: 'editor-1', body: '?', anchor }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(store.comments.reply('no-such-comment', { author: 'a', body: 'b' })).rejects.toBeInstanceOf(
      NotFound,
    );
  });
});
