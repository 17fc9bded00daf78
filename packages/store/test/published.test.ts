import { describe, expect, it } from 'vitest';
import { AlreadyExists, NotFound, VersionConflict } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import { newAddendumDraft, seedDocument } from './support/fixtures.js';

describe.each(engines)('published texts on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('freezes the draft’s document and metadata at the published version', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const approved = seedDocument('委员会在 2019 年 5 月 23 日第 7 次会议上核准了本报告。');
    await store.drafts.save(draft.id, 1, { actor: 'drafter-1', document: approved });
    const published = await store.published.publish({
      draftId: draft.id,
      baseVersion: 2,
      symbol: 'E/CN.15/2019/L.1/Add.6',
      language: 'zh',
      actor: 'documents-officer',
      audit: { action: 'issue', from: 'approved', to: 'issued' },
    });
    expect(published).toMatchObject({ draftVersion: 2, document: approved, metadata: draft.metadata });
    await store.drafts.save(draft.id, 2, { actor: 'drafter-1', document: seedDocument('之后的修改') });
    expect((await store.published.get('E/CN.15/2019/L.1/Add.6', 'zh')).document).toEqual(approved);
    expect((await store.audit.list({ draftId: draft.id })).map((e) => e.action)).toEqual(['issue']);
  });

  it('refuses to publish a version the draft has moved past, and writes nothing', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await store.drafts.save(draft.id, 1, { actor: 'drafter-1', title: '增编' });
    const refusal = await store.published
      .publish({
        draftId: draft.id,
        baseVersion: 1,
        symbol: 'E/CN.15/2019/L.1/Add.6',
        language: 'zh',
        actor: 'do',
      })
      .catch((e) => e);
    expect(refusal).toBeInstanceOf(VersionConflict);
    expect(refusal.currentVersion).toBe(2);
    expect(await store.published.list()).toEqual([]);
  });

  it('publishes a symbol once per language', async () => {
    const { store } = fresh();
    const zh = await store.drafts.create(newAddendumDraft());
    const en = await store.drafts.create({
      ...newAddendumDraft(),
      language: 'en',
      title: 'Addendum: item 6',
    });
    const symbol = 'E/CN.15/2019/L.1/Add.6';
    await store.published.publish({ draftId: zh.id, baseVersion: 1, symbol, language: 'zh', actor: 'do' });
    await store.published.publish({ draftId: en.id, baseVersion: 1, symbol, language: 'en', actor: 'do' });
    await expect(
      store.published.publish({ draftId: zh.id, baseVersion: 1, symbol, language: 'zh', actor: 'do' }),
    ).rejects.toBeInstanceOf(AlreadyExists);
    expect((await store.published.list({ symbol })).map((p) => p.language)).toEqual(['en', 'zh']);
    expect((await store.published.forDraft(zh.id)).map((p) => p.language)).toEqual(['zh']);
  });

  it('reports unpublished symbols and unknown drafts as not found', async () => {
    const { store } = fresh();
    await expect(store.published.get('E/CN.15/2019/L.1/Add.6', 'zh')).rejects.toBeInstanceOf(NotFound);
    await expect(
      store.published.publish({
        draftId: 'no-such-draft',
        baseVersion: 1,
        symbol: 'E/CN.15/2019/L.1',
        language: 'zh',
        actor: 'do',
      }),
    ).rejects.toBeInstanceOf(NotFound);
  });
});
