import { describe, expect, it } from 'vitest';
import { InvalidInput, NotFound, storedDocumentJson, VersionConflict } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import { lifecycleEnvelope, newAddendumDraft, seedDocument } from './support/fixtures.js';

describe.each(engines)('drafts on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('creates a draft at version 1 and reads back exactly what was given', async () => {
    const { store } = fresh();
    const input = newAddendumDraft();
    const created = await store.drafts.create(input);
    expect(created.version).toBe(1);
    const read = await store.drafts.get(created.id);
    expect(read).toEqual(created);
    expect(read.document).toEqual(input.document);
    expect(read.lifecycle).toEqual(input.lifecycle);
    expect(read.metadata).toEqual(input.metadata);
    expect(read.symbol).toBe('E/CN.15/2019/L.1/Add.6');
  });

  it('gives the stored JSON text of a document it read or saved, which decodes to the document', async () => {
    const { store } = fresh();
    const created = await store.drafts.create(newAddendumDraft());
    const document = seedDocument('委员会还收到了秘书长的说明（E/CN.15/2019/7/Corr.1）。');
    const saved = await store.drafts.save(created.id, 1, { actor: 'drafter-2', document });
    const read = await store.drafts.get(created.id);
    const { draft: withSteps } = await store.steps.draftWithPendingSteps(created.id);
    const decoded = (draft: typeof read) => {
      const stored = storedDocumentJson(draft)!;
      return JSON.parse(typeof stored === 'string' ? stored : Buffer.from(stored).toString('utf8'));
    };
    expect(decoded(read)).toEqual(document);
    expect(decoded(withSteps)).toEqual(document);
    expect(decoded(saved)).toEqual(document);
    expect(decoded(created)).toEqual(created.document);
    expect(storedDocumentJson({ ...read })).toBeUndefined();
  });

  it("shows a read draft's document as a property of its own that copies and JSON carry, decoded once", async () => {
    const { store } = fresh();
    const input = newAddendumDraft();
    const created = await store.drafts.create(input);
    const read = await store.drafts.get(created.id);
    expect(Object.keys(read).slice(-2)).toEqual(['document', 'lockedIds']);
    expect(read.document).toBe(read.document);
    expect({ ...read }.document).toEqual(input.document);
    expect(JSON.parse(JSON.stringify(read)).document).toEqual(input.document);
    const other = await store.drafts.get(created.id);
    expect(other.document).not.toBe(read.document);
    expect(other.document).toEqual(read.document);
  });

  it('reads a document from SQLite as the UTF-8 bytes of its stored text, and from PostgreSQL as the text', async () => {
    const { store } = fresh();
    const created = await store.drafts.create(newAddendumDraft());
    const stored = storedDocumentJson(await store.drafts.get(created.id));
    if (engine === 'sqlite') {
      expect(stored).toBeInstanceOf(Uint8Array);
      expect(
        Buffer.from(stored as Uint8Array).equals(Buffer.from(storedDocumentJson(created) as string)),
      ).toBe(true);
    } else {
      expect(stored).toBe(storedDocumentJson(created));
    }
  });

  it('keeps the ids of the blocks its template locks with the draft, through saves, and none by default', async () => {
    const { store } = fresh();
    const locked = await store.drafts.create({
      ...newAddendumDraft(),
      lockedIds: ['sec-a', 'sub-1', 'sec-b'],
    });
    expect((await store.drafts.get(locked.id)).lockedIds).toEqual(['sec-a', 'sub-1', 'sec-b']);
    const saved = await store.drafts.save(locked.id, 1, { actor: 'drafter-2', title: '增编' });
    expect(saved.lockedIds).toEqual(['sec-a', 'sub-1', 'sec-b']);
    const plain = await store.drafts.create(newAddendumDraft());
    expect(plain.lockedIds).toEqual([]);
    expect((await store.drafts.get(plain.id)).lockedIds).toEqual([]);
    expect((await store.drafts.list()).every((draft) => !('lockedIds' in draft))).toBe(true);
  });

  it('refuses locked ids that are not a list of block ids and creates nothing', async () => {
    const { store } = fresh();
    const bad = { ...newAddendumDraft(), lockedIds: ['sec-a', ''] };
    await expect(store.drafts.create(bad)).rejects.toMatchObject({
      name: 'InvalidInput',
      field: 'lockedIds',
    });
    expect(await store.drafts.list()).toEqual([]);
  });

  it('saves on top of the current version and moves the draft to the next one', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const document = seedDocument('委员会还收到了秘书长的说明（E/CN.15/2019/7/Corr.1）。');
    const saved = await store.drafts.save(draft.id, 1, { actor: 'drafter-2', document });
    expect(saved.version).toBe(2);
    expect(saved.document).toEqual(document);
    expect(saved.updatedBy).toBe('drafter-2');
    expect(saved.lifecycle).toEqual(draft.lifecycle);
    expect(await store.drafts.get(draft.id)).toEqual(saved);
  });

  it('refuses the second of two saves based on the same version and keeps the first', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const first = seedDocument('第一位起草人的段落。');
    const second = seedDocument('第二位起草人的段落。');
    await store.drafts.save(draft.id, 1, { actor: 'drafter-1', document: first });
    const refusal = await store.drafts
      .save(draft.id, 1, { actor: 'drafter-2', document: second })
      .catch((e) => e);
    expect(refusal).toBeInstanceOf(VersionConflict);
    expect(refusal.currentVersion).toBe(2);
    expect(refusal.baseVersion).toBe(1);
    expect(refusal.current.document).toEqual(first);
    const stored = await store.drafts.get(draft.id);
    expect(stored.document).toEqual(first);
    expect(stored.version).toBe(2);
    expect((await store.documentVersions.list(draft.id)).map((v) => v.version)).toEqual([1, 2]);
  });

  it('lets exactly one of two concurrent saves from the same version win', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const documents = [seedDocument('甲'), seedDocument('乙')];
    const outcomes = await Promise.allSettled(
      documents.map((document, i) => store.drafts.save(draft.id, 1, { actor: `drafter-${i}`, document })),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<{ document: unknown }>).value;
    const conflict = (lost[0] as PromiseRejectedResult).reason;
    expect(conflict).toBeInstanceOf(VersionConflict);
    expect(conflict.current.document).toEqual(winner.document);
    expect((await store.drafts.get(draft.id)).document).toEqual(winner.document);
    expect(await store.documentVersions.list(draft.id)).toHaveLength(2);
  });

  it('refuses a save based on a version the draft has not reached', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await expect(store.drafts.save(draft.id, 5, { actor: 'drafter-1', title: '增编' })).rejects.toMatchObject(
      {
        name: 'VersionConflict',
        currentVersion: 1,
      },
    );
    expect((await store.drafts.get(draft.id)).title).toBe(draft.title);
  });

  it('reports an unknown draft as not found, for reading and for saving', async () => {
    const { store } = fresh();
    await expect(store.drafts.get('no-such-draft')).rejects.toBeInstanceOf(NotFound);
    await expect(store.drafts.save('no-such-draft', 1, { actor: 'a', title: 't' })).rejects.toBeInstanceOf(
      NotFound,
    );
  });

  it('refuses a save that changes nothing, and a document that is not JSON', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await expect(store.drafts.save(draft.id, 1, { actor: 'a' })).rejects.toBeInstanceOf(InvalidInput);
    await expect(store.drafts.save(draft.id, 1, { actor: 'a', document: { n: 1n } })).rejects.toThrow(
      /document/,
    );
    expect((await store.drafts.get(draft.id)).version).toBe(1);
  });

  it('writes a lifecycle change and its audit entry together', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create({ ...newAddendumDraft(), audit: { action: 'create' } });
    const review = lifecycleEnvelope({ review: { step: 0 } });
    await store.drafts.save(draft.id, 1, {
      actor: 'drafter-1',
      lifecycle: review,
      audit: { action: 'transition', from: 'drafting', to: 'review', reason: 'both parts ready' },
    });
    const entries = await store.audit.list({ draftId: draft.id });
    expect(entries.map((e) => [e.action, e.actor, e.from, e.to])).toEqual([
      ['create', 'drafter-1', null, null],
      ['transition', 'drafter-1', 'drafting', 'review'],
    ]);
    expect((await store.drafts.get(draft.id)).lifecycle).toEqual(review);
  });

  it('writes no audit entry for a save that was refused', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await store.drafts.save(draft.id, 1, { actor: 'a', title: '新标题' });
    await expect(
      store.drafts.save(draft.id, 1, {
        actor: 'b',
        lifecycle: lifecycleEnvelope('review'),
        audit: { action: 'transition' },
      }),
    ).rejects.toBeInstanceOf(VersionConflict);
    expect(await store.audit.list()).toEqual([]);
  });

  it('lists drafts without their documents, by session', async () => {
    const { store } = fresh();
    const body = await store.bodies.create({ code: 'CCPCJ', facts: {} });
    const session = await store.sessions.create({ bodyId: body.id, code: '28', facts: {} });
    const inSession = await store.drafts.create({ ...newAddendumDraft(), sessionId: session.id });
    await store.drafts.create({ ...newAddendumDraft(), symbol: 'E/CN.15/2019/L.1/Add.5' });
    const listed = await store.drafts.list({ sessionId: session.id });
    expect(listed.map((d) => d.id)).toEqual([inSession.id]);
    expect(listed[0]).not.toHaveProperty('document');
    expect(await store.drafts.list()).toHaveLength(2);
  });

  it('links a corrigendum draft to the draft it corrects', async () => {
    const { store } = fresh();
    const original = await store.drafts.create(newAddendumDraft());
    const corrigendum = await store.drafts.create({
      ...newAddendumDraft(),
      symbol: 'E/CN.15/2019/L.1/Add.6/Corr.1',
      correctsDraftId: original.id,
    });
    expect((await store.drafts.get(corrigendum.id)).correctsDraftId).toBe(original.id);
    await expect(
      store.drafts.create({ ...newAddendumDraft(), correctsDraftId: 'missing' }),
    ).rejects.toBeInstanceOf(NotFound);
  });
});
