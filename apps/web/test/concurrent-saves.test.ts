import { describe, expect, it } from 'vitest';
import { seedDraftFile, useApi } from './support/api-harness';
import { engines } from './support/databases';

function withExtraParagraph(id: string, text: string, base: unknown = seedDraftFile.document) {
  const document = structuredClone(base) as { content: unknown[] };
  document.content.splice(1, 0, {
    type: 'paragraph',
    attrs: { id, numbered: true },
    content: [{ type: 'text', text }],
  });
  return document;
}

describe.each(engines)('two writers saving from the same version on %s', (engine) => {
  const api = useApi(engine);

  it('accepts one, answers 409 with the current draft to the other, and loses nothing', async () => {
    const { id } = await api().createDraft();
    const mine = withExtraParagraph('amina-1', '阿米娜补充的段落。');
    const theirs = withExtraParagraph('chen-1', '陈补充的段落。');
    const [a, b] = await Promise.all([
      api().as('drafter', 'PUT', `/api/drafts/${id}/document`, { body: { baseVersion: 1, document: mine } }),
      api().as('drafter2', 'PUT', `/api/drafts/${id}/document`, {
        body: { baseVersion: 1, document: theirs },
      }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    const [winnerDoc, loserDoc] = a.status === 200 ? [mine, theirs] : [theirs, mine];
    expect(winner.body.draft.version).toBe(2);
    expect(loser.body.error).toMatchObject({ code: 'version-conflict', currentVersion: 2 });
    expect(loser.body.error.current.document).toEqual(winnerDoc);

    // The loser rebases on what the conflict returned: both paragraphs end up in the text.
    const loserId = loserDoc === mine ? 'amina-1' : 'chen-1';
    const loserText = loserDoc === mine ? '阿米娜补充的段落。' : '陈补充的段落。';
    const merged = withExtraParagraph(loserId, loserText, loser.body.error.current.document);
    const retry = await api().as(
      loserDoc === mine ? 'drafter' : 'drafter2',
      'PUT',
      `/api/drafts/${id}/document`,
      {
        body: { baseVersion: loser.body.error.currentVersion, document: merged },
      },
    );
    expect(retry.status).toBe(200);
    const stored = await api().store.drafts.get(id);
    expect(stored.version).toBe(3);
    expect(JSON.stringify(stored.document)).toContain('阿米娜补充的段落。');
    expect(JSON.stringify(stored.document)).toContain('陈补充的段落。');
    const history = await api().store.documentVersions.list(id);
    expect(history.map((v) => v.version)).toEqual([1, 2, 3]);
  });

  it('lets exactly one of many simultaneous saves from one version through', async () => {
    const { id } = await api().createDraft();
    const writers = Array.from({ length: 8 }, (_, i) =>
      api().as(i % 2 === 0 ? 'drafter' : 'drafter2', 'PUT', `/api/drafts/${id}/document`, {
        body: { baseVersion: 1, document: withExtraParagraph(`w-${i}`, `第 ${i} 位撰写人的段落。`) },
      }),
    );
    const replies = await Promise.all(writers);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(7);
    expect((await api().store.drafts.get(id)).version).toBe(2);
  });

  it('refuses a lifecycle event sent from a stale version with 409 and records nothing', async () => {
    const { id } = await api().createDraft();
    await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 1, document: withExtraParagraph('x-1', '新段落。') },
    });
    const before = await api().store.audit.list({ draftId: id });
    const stale = await api().as('drafter', 'POST', `/api/drafts/${id}/events`, {
      body: { baseVersion: 1, event: { type: 'markReady', part: 'deliberations' } },
    });
    expect(stale.status).toBe(409);
    expect(await api().store.audit.list({ draftId: id })).toEqual(before);
  });
});
