import { describe, expect, it } from 'vitest';
import { actorOf } from '../server/context';
import { draftJson } from '../server/draft-json';
import { advance, seedDraftFile, useApi } from './support/api-harness';
import { engines } from './support/databases';

/** The seed document with the text of one numbered paragraph (by id) replaced. */
function withParagraph(document: unknown, id: string, text: string): unknown {
  const copy = structuredClone(document) as { content: unknown[] };
  const visit = (node: { attrs?: { id?: string }; content?: unknown[] }) => {
    if (node.attrs?.id === id) node.content = [{ type: 'text', text }];
    for (const child of node.content ?? []) visit(child as typeof node);
  };
  visit(copy as never);
  return copy;
}

describe.each(engines)('drafts on %s', (engine) => {
  const api = useApi(engine);

  it('creates a draft from a draft file, owned by the drafter, in drafting', async () => {
    const draft = await api().createDraft();
    expect(draft).toMatchObject({
      language: 'zh',
      version: 1,
      symbol: 'E/CN.15/2019/L.1/Add.6',
      createdBy: api().users.drafter.id,
      lifecycle: { phase: 'drafting', owner: api().users.drafter.id },
    });
    expect(draft.title).toContain('统一并协调');
    expect(draft.availableEvents.map((e: { type: string }) => e.type)).toContain('markReady');
  });

  it('reads a draft with its document and the events the reader may perform', async () => {
    const { id } = await api().createDraft();
    const reply = await api().as('reviewer', 'GET', `/api/drafts/${id}`);
    expect(reply.status).toBe(200);
    expect(reply.body.draft.document).toEqual(seedDraftFile.document);
    expect(reply.body.draft.availableEvents).toEqual([]);
  });

  it('answers a read as the draft and its events for the reader, as the lifecycle moves on', async () => {
    const { id } = await api().createDraft();
    const read = async (person: 'drafter' | 'reviewer') => {
      const reply = await api().as(person, 'GET', `/api/drafts/${id}`);
      const stored = await api().store.drafts.get(id);
      const expected = JSON.parse(JSON.stringify({ draft: draftJson(stored, actorOf(api().users[person])) }));
      expect(reply.body).toEqual(expected);
      return reply.body.draft;
    };
    for (const stage of ['drafting', 'again', 'submitted'] as const) {
      if (stage === 'submitted') await advance(api(), id, 'submitted');
      const byDrafter = await read('drafter');
      const byReviewer = await read('reviewer');
      expect(byDrafter.lifecycle.phase).toBe(stage === 'submitted' ? 'review' : 'drafting');
      expect(byReviewer.availableEvents.length > 0).toBe(stage === 'submitted');
    }
  });

  it('saves the document on top of its version and records the editor', async () => {
    const { id } = await api().createDraft();
    const document = withParagraph(seedDraftFile.document, 'zh6-45', '委员会未采取任何行动。');
    const reply = await api().as('drafter2', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 1, document },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.draft).toMatchObject({ version: 2, updatedBy: api().users.drafter2.id });
    const stored = await api().store.drafts.get(id);
    expect(stored.document).toEqual(document);
    const lifecycle = stored.lifecycle as { snapshot: { context: { editors: string[] } } };
    expect(lifecycle.snapshot.context.editors).toContain(api().users.drafter2.id);
  });

  it('keeps the lifecycle as it was when an editor already recorded saves again', async () => {
    const { id } = await api().createDraft();
    const first = withParagraph(seedDraftFile.document, 'zh6-45', '委员会未采取任何行动。');
    await api().as('drafter2', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 1, document: first },
    });
    const recorded = (await api().store.drafts.get(id)).lifecycle;
    const second = withParagraph(seedDraftFile.document, 'zh6-45', '委员会没有采取任何行动。');
    const reply = await api().as('drafter2', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 2, document: second },
    });
    expect(reply.status).toBe(200);
    const stored = await api().store.drafts.get(id);
    expect(stored.version).toBe(3);
    expect(stored.document).toEqual(second);
    expect(stored.lifecycle).toEqual(recorded);
  });

  it('refuses a save to a part marked ready but takes one to the other part', async () => {
    const { id } = await api().createDraft();
    expect((await api().event('drafter', id, { type: 'markReady', part: 'actionTaken' })).status).toBe(200);
    const version = (await api().store.drafts.get(id)).version;
    const actionEdit = withParagraph(seedDraftFile.document, 'zh6-45', '委员会未采取任何行动。');
    const refused = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: version, document: actionEdit },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('not-allowed-now');
    expect(refused.body.error.message).toContain('marked ready');
    const deliberationsEdit = withParagraph(
      seedDraftFile.document,
      'zh6-1',
      '在 2019 年 5 月 22 日的会议上。',
    );
    const accepted = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: version, document: deliberationsEdit },
    });
    expect(accepted.status).toBe(200);
  });

  it('refuses with 409 a save based on the version this server last saved once another server moved the draft', async () => {
    const { id } = await api().createDraft();
    const first = withParagraph(seedDraftFile.document, 'zh6-1', '在 2019 年 5 月 22 日的会议上。');
    const saved = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 1, document: first },
    });
    expect(saved.body.draft.version).toBe(2);
    // Another app server on the same database retitles the draft (version 3); this one is not told.
    await api().store.drafts.save(id, 2, { actor: saved.body.draft.updatedBy, title: '另一服务器改的标题' });
    const stale = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 2, document: withParagraph(first, 'zh6-1', '在 2019 年 5 月 23 日的会议上。') },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version-conflict', currentVersion: 3 });
    expect(stale.body.error.current.title).toBe('另一服务器改的标题');
    const stored = await api().store.drafts.get(id);
    expect(stored).toMatchObject({ version: 3, title: '另一服务器改的标题' });
    expect(stored.document).toEqual(first);
    expect((await api().store.documentVersions.list(id)).map((v) => v.version)).toEqual([1, 2, 3]);
  });

  it('decides a save on the lifecycle of the version it is based on, whether read or kept from the last save', async () => {
    const { id } = await api().createDraft();
    expect((await api().event('drafter', id, { type: 'markReady', part: 'actionTaken' })).status).toBe(200);
    const actionEdit = (document: unknown) => withParagraph(document, 'zh6-45', '委员会未采取任何行动。');
    const read = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 2, document: actionEdit(seedDraftFile.document) },
    });
    expect(read.status).toBe(409);
    expect(read.body.error.code).toBe('not-allowed-now');
    const deliberations = withParagraph(seedDraftFile.document, 'zh6-1', '在 2019 年 5 月 22 日的会议上。');
    const saved = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 2, document: deliberations },
    });
    expect(saved.body.draft.version).toBe(3);
    // Based on the version this server just saved, the part marked ready stays closed.
    const kept = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 3, document: actionEdit(deliberations) },
    });
    expect(kept.status).toBe(409);
    expect(kept.body.error.code).toBe('not-allowed-now');
    expect((await api().store.drafts.get(id)).document).toEqual(deliberations);
  });

  it('refuses a document that breaks the schema with the JSON path of the problem', async () => {
    const { id } = await api().createDraft();
    const document = structuredClone(seedDraftFile.document) as { content: Array<{ type: string }> };
    document.content[1]!.type = 'tabel';
    const reply = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 1, document },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatchObject({ code: 'invalid-document', path: 'document.content[1].type' });
    expect((await api().store.drafts.get(id)).version).toBe(1);
  });

  it('lists drafts by session, by state and those waiting for me', async () => {
    const body = await api().store.bodies.create({ code: `CCPCJ-${engine}`, facts: {} });
    const session = await api().store.sessions.create({ bodyId: body.id, code: '28', facts: {} });
    const inSession = (
      await api().as('drafter', 'POST', '/api/drafts', {
        body: { draft: seedDraftFile, sessionId: session.id },
      })
    ).body.draft;
    const submitted = await api().createDraft();
    await advance(api(), submitted.id, 'submitted');

    const bySession = await api().as('reviewer', 'GET', `/api/drafts?session=${session.id}`);
    expect(bySession.body.drafts.map((d: { id: string }) => d.id)).toEqual([inSession.id]);
    const inReview = await api().as('reviewer', 'GET', '/api/drafts?state=review');
    expect(inReview.body.drafts.map((d: { id: string }) => d.id)).toContain(submitted.id);
    expect(
      inReview.body.drafts.every((d: { lifecycle: { phase: string } }) => d.lifecycle.phase === 'review'),
    ).toBe(true);
    const reviewerWaits = await api().as('reviewer', 'GET', '/api/drafts?waiting=me');
    expect(reviewerWaits.body.drafts.map((d: { id: string }) => d.id)).toContain(submitted.id);
    const secretaryWaits = await api().as('secretary', 'GET', '/api/drafts?waiting=me');
    expect(secretaryWaits.body.drafts.map((d: { id: string }) => d.id)).not.toContain(submitted.id);
    const badState = await api().as('reviewer', 'GET', '/api/drafts?state=lost');
    expect(badState.status).toBe(400);
    expect(badState.body.error.path).toBe('state');
  });

  it('keeps the history of versions and lifecycle events', async () => {
    const { id } = await api().createDraft();
    await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 1, document: withParagraph(seedDraftFile.document, 'zh6-1', '第一次修改。') },
    });
    await api().event('drafter', id, { type: 'markReady', part: 'deliberations' });
    const reply = await api().as('reviewer', 'GET', `/api/drafts/${id}/history`);
    expect(reply.status).toBe(200);
    expect(reply.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
    expect(reply.body.events.map((e: { action: string }) => e.action)).toEqual(['create', 'markReady']);
    expect(reply.body.events[1]).toMatchObject({
      actor: api().users.drafter.id,
      from: 'drafting.deliberations.drafting, drafting.actionTaken.drafting',
      to: 'drafting.deliberations.ready, drafting.actionTaken.drafting',
    });
  });

  it('compares two versions paragraph by paragraph with the changed words', async () => {
    const { id } = await api().createDraft();
    const document = structuredClone(
      withParagraph(seedDraftFile.document, 'zh6-9', '为审议项目 6，委员会收到了下列两份文件：'),
    ) as { content: unknown[] };
    document.content.splice(2, 0, {
      type: 'paragraph',
      attrs: { id: 'new-1', numbered: true },
      content: [{ type: 'text', text: '新增的段落。' }],
    });
    document.content = document.content.filter(
      (block) => (block as { attrs?: { id?: string } }).attrs?.id !== 'zh6-20',
    );
    await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, { body: { baseVersion: 1, document } });
    const reply = await api().as('reviewer', 'GET', `/api/drafts/${id}/compare?from=1&to=2`);
    expect(reply.status).toBe(200);
    const byId = Object.fromEntries(reply.body.changes.map((c: { id: string }) => [c.id, c]));
    expect(byId['new-1']).toMatchObject({ change: 'added', after: '新增的段落。' });
    expect(byId['zh6-20']).toMatchObject({ change: 'removed' });
    expect(byId['zh6-9'].change).toBe('changed');
    expect(byId['zh6-9'].words).toContainEqual({ op: 'added', text: '两份' });
    expect(reply.body.changes).toHaveLength(3);
    expect((await api().as('reviewer', 'GET', `/api/drafts/${id}/compare?from=1&to=9`)).status).toBe(404);
    expect((await api().as('reviewer', 'GET', `/api/drafts/${id}/compare?from=x&to=2`)).status).toBe(400);
  });

  it('takes a draft through review to issue and publishes it under its symbol for everyone', async () => {
    const { id } = await api().createDraft();
    await advance(api(), id, 'issued');
    const draft = await api().as('drafter', 'GET', `/api/drafts/${id}`);
    expect(draft.body.draft.lifecycle).toMatchObject({ phase: 'issued', symbol: 'E/CN.15/2019/L.1/Add.6' });

    const published = await api().as(null, 'GET', '/api/published/E/CN.15/2019/L.1/Add.6');
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      symbol: 'E/CN.15/2019/L.1/Add.6',
      language: 'zh',
      languages: ['zh'],
    });
    expect(published.body.document).toEqual(seedDraftFile.document);
    const html = await api().as(null, 'GET', '/api/published/E/CN.15/2019/L.1/Add.6?lang=zh&format=html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.body).toContain('id="para-1"');

    const frozen = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: draft.body.draft.version, document: seedDraftFile.document },
    });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.message).toContain('frozen');

    const stale = await api().as('drafter', 'POST', `/api/drafts/${id}/events`, {
      body: { baseVersion: draft.body.draft.version - 1, event: { type: 'openCorrigendum' } },
    });
    expect(stale.status).toBe(409);
    expect((await api().store.drafts.list()).filter((d) => d.correctsDraftId === id)).toEqual([]);

    const corrigendum = await api().event('drafter', id, { type: 'openCorrigendum' });
    expect(corrigendum.status).toBe(200);
    expect(corrigendum.body.corrigendum).toMatchObject({
      symbol: 'E/CN.15/2019/L.1/Add.6/Corr.1',
      correctsDraftId: id,
      lifecycle: { phase: 'drafting' },
    });
    expect((await api().store.audit.list({ draftId: id })).at(-1)).toMatchObject({
      action: 'openCorrigendum',
    });
    const corrigendumId = corrigendum.body.corrigendum.id;
    expect(await api().store.audit.list({ draftId: corrigendumId })).toMatchObject([{ action: 'create' }]);
  });

  it('issues two drafts racing for one symbol: one is published, the other keeps nothing of its issue', async () => {
    const drafts = [await api().createDraft(), await api().createDraft()];
    const symbol = 'E/CN.15/2019/L.1/Add.16';
    for (const { id } of drafts) {
      await advance(api(), id, 'approved');
      expect((await api().event('documentsOfficer', id, { type: 'assignSymbol', symbol })).status).toBe(200);
      expect((await api().event('documentsOfficer', id, { type: 'recordChecks' })).status).toBe(200);
    }
    const before = await Promise.all(drafts.map(({ id }) => api().store.drafts.get(id)));
    const replies = await Promise.all(
      drafts.map(({ id }) => api().event('documentsOfficer', id, { type: 'issue' })),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = replies.findIndex((r) => r.status === 200);
    const loser = 1 - winner;
    expect(replies[loser]!.body.error.code).toBe('already-exists');
    const published = await api().store.published.get(symbol, 'zh');
    const issued = await api().store.drafts.get(drafts[winner]!.id);
    expect(published).toMatchObject({ draftId: issued.id, draftVersion: issued.version });
    expect((await api().store.audit.list({ draftId: issued.id })).at(-1)).toMatchObject({ action: 'issue' });
    expect(await api().store.drafts.get(drafts[loser]!.id)).toEqual(before[loser]);
    const loserAudit = await api().store.audit.list({ draftId: drafts[loser]!.id });
    expect(loserAudit.map((e) => e.action)).not.toContain('issue');
    expect((await api().store.audit.verify()).ok).toBe(true);
  });

  it('answers 404 for an unknown published symbol and 400 for a string that is not a symbol', async () => {
    expect((await api().as(null, 'GET', '/api/published/E/CN.15/2030/L.9')).status).toBe(404);
    const bad = await api().as(null, 'GET', '/api/published/not%20a%20symbol');
    expect(bad.status).toBe(400);
    expect(bad.body.error.path).toBe('symbol');
  });

  it('exports a draft in each text format with its media type and file name', async () => {
    const { id } = await api().createDraft();
    const expected: Record<string, [RegExp, string]> = {
      html: [/^text\/html/, 'html'],
      txt: [/^text\/plain/, 'txt'],
      akn: [/^application\/akn\+xml/, 'xml'],
      docx: [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/, 'docx'],
    };
    for (const [format, [type, extension]] of Object.entries(expected)) {
      const reply = await api().as('reviewer', 'GET', `/api/drafts/${id}/export/${format}`);
      expect(reply.status, format).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(type);
      expect(reply.headers.get('content-disposition')).toContain(`E-CN.15-2019-L.1-Add.6.zh.${extension}`);
    }
    const unknown = await api().as('reviewer', 'GET', `/api/drafts/${id}/export/rtf`);
    expect(unknown.status).toBe(400);
  });

  it('keeps comment threads with replies and resolution', async () => {
    const { id } = await api().createDraft();
    const created = await api().as('reviewer', 'POST', `/api/drafts/${id}/comments`, {
      body: { body: '请核对会议日期。', anchor: { paragraphId: 'zh6-1', from: 2, to: 6, quote: '2019' } },
    });
    expect(created.status).toBe(201);
    const thread = created.body.comment;
    const reply = await api().as('drafter', 'POST', `/api/comments/${thread.id}/replies`, {
      body: { body: '已核对。' },
    });
    expect(reply.status).toBe(201);
    const resolved = await api().as('reviewer', 'POST', `/api/comments/${thread.id}/resolve`, {
      body: { version: thread.version },
    });
    expect(resolved.status).toBe(200);
    const open = await api().as('drafter', 'GET', `/api/drafts/${id}/comments`);
    expect(open.body.threads).toEqual([]);
    const all = await api().as('drafter', 'GET', `/api/drafts/${id}/comments?resolved=include`);
    expect(all.body.threads[0].replies[0].body).toBe('已核对。');
    const stale = await api().as('reviewer', 'POST', `/api/comments/${thread.id}/reopen`, {
      body: { version: thread.version },
    });
    expect(stale.status).toBe(409);
  });
});
