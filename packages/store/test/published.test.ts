import { describe, expect, it } from 'vitest';
import { AlreadyExists, InvalidInput, NotFound, type Store, VersionConflict } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import { lifecycleEnvelope, newAddendumDraft, seedDocument } from './support/fixtures.js';

const SYMBOL = 'E/CN.15/2019/L.1/Add.6';

/** What issuing a draft at a version as the documents officer asks of the store. */
function issueRequest(draftId: string, baseVersion: number, language = 'zh') {
  return {
    draftId,
    baseVersion,
    symbol: SYMBOL,
    language,
    actor: 'documents-officer',
    lifecycle: lifecycleEnvelope('issued'),
    audit: { action: 'issue', from: 'issuance.checked', to: 'issued' },
  };
}

/** Everything issuing may write, to compare before and after a refusal. */
async function snapshot(store: Store, draftId: string) {
  return {
    draft: await store.drafts.get(draftId),
    versions: await store.documentVersions.list(draftId),
    audit: await store.audit.list(),
    published: await store.published.list(),
  };
}

describe.each(engines)('issuing drafts on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('saves the issued envelope, appends the audit entry and freezes the text at the new version together', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const approved = seedDocument('委员会在 2019 年 5 月 23 日第 7 次会议上核准了本报告。');
    await store.drafts.save(draft.id, 1, { actor: 'drafter-1', document: approved });
    const issued = await store.published.issue(issueRequest(draft.id, 2));
    expect(issued.draft).toMatchObject({
      version: 3,
      lifecycle: lifecycleEnvelope('issued'),
      document: approved,
      updatedBy: 'documents-officer',
    });
    expect(issued.published).toMatchObject({
      draftVersion: 3,
      symbol: SYMBOL,
      document: approved,
      metadata: draft.metadata,
    });
    expect(await store.drafts.get(draft.id)).toEqual(issued.draft);
    expect((await store.documentVersions.get(draft.id, 3)).document).toEqual(approved);
    const audit = await store.audit.list({ draftId: draft.id });
    expect(audit.map((e) => [e.action, e.actor, e.to])).toEqual([['issue', 'documents-officer', 'issued']]);
    await store.drafts.save(draft.id, 3, { actor: 'drafter-1', document: seedDocument('之后的修改') });
    expect((await store.published.get(SYMBOL, 'zh')).document).toEqual(approved);
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 1 });
  });

  it('refuses to issue a version the draft has moved past, and writes nothing', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await store.drafts.save(draft.id, 1, { actor: 'drafter-1', title: '增编' });
    const before = await snapshot(store, draft.id);
    const refusal = await store.published.issue(issueRequest(draft.id, 1)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(VersionConflict);
    expect((refusal as VersionConflict).currentVersion).toBe(2);
    expect(await snapshot(store, draft.id)).toEqual(before);
  });

  it('rolls back the envelope and the audit entry when the text cannot be published under a taken symbol', async () => {
    const { store } = fresh();
    const first = await store.drafts.create(newAddendumDraft());
    await store.published.issue(issueRequest(first.id, 1));
    const second = await store.drafts.create(newAddendumDraft('drafter-2'));
    const before = await snapshot(store, second.id);
    await expect(store.published.issue(issueRequest(second.id, 1))).rejects.toBeInstanceOf(AlreadyExists);
    expect(await snapshot(store, second.id)).toEqual(before);
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 1 });
  });

  it('rolls back the saved envelope when the audit entry fails half-way through', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const before = await snapshot(store, draft.id);
    const request = { ...issueRequest(draft.id, 1), audit: { action: 'issue', data: { at: Number.NaN } } };
    await expect(store.published.issue(request)).rejects.toBeInstanceOf(InvalidInput);
    expect(await snapshot(store, draft.id)).toEqual(before);
    expect((await store.published.issue(issueRequest(draft.id, 1))).draft.version).toBe(2);
  });

  it('issues a symbol once per language', async () => {
    const { store } = fresh();
    const zh = await store.drafts.create(newAddendumDraft());
    const en = await store.drafts.create({
      ...newAddendumDraft(),
      language: 'en',
      title: 'Addendum: item 6',
    });
    await store.published.issue(issueRequest(zh.id, 1));
    await store.published.issue(issueRequest(en.id, 1, 'en'));
    await expect(store.published.issue(issueRequest(zh.id, 2))).rejects.toBeInstanceOf(AlreadyExists);
    expect((await store.published.list({ symbol: SYMBOL })).map((p) => p.language)).toEqual(['en', 'zh']);
    expect((await store.published.forDraft(zh.id)).map((p) => p.language)).toEqual(['zh']);
  });

  it('reports unpublished symbols and unknown drafts as not found', async () => {
    const { store } = fresh();
    await expect(store.published.get(SYMBOL, 'zh')).rejects.toBeInstanceOf(NotFound);
    await expect(store.published.issue(issueRequest('no-such-draft', 1))).rejects.toBeInstanceOf(NotFound);
  });
});
