import { describe, expect, it } from 'vitest';
import { InvalidInput, NotFound, type Store, VersionConflict } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import {
  commissionFacts,
  lifecycleEnvelope,
  newAddendumDraft,
  seedDocument,
  twentyEighthSessionFacts,
} from './support/fixtures.js';

const SYMBOL = 'E/CN.15/2019/L.1/Add.6';
const CORRIGENDUM = `${SYMBOL}/Corr.1`;

/** An issued addendum of the twenty-eighth session, at version 2, as the corrigendum's original. */
async function issuedAddendum(store: Store) {
  const body = await store.bodies.create({ code: 'CCPCJ', facts: commissionFacts });
  const session = await store.sessions.create({
    bodyId: body.id,
    code: '28',
    facts: twentyEighthSessionFacts,
  });
  const draft = await store.drafts.create({ ...newAddendumDraft(), sessionId: session.id });
  const { draft: issued } = await store.published.issue({
    draftId: draft.id,
    baseVersion: 1,
    symbol: SYMBOL,
    language: 'zh',
    actor: 'documents-officer',
    lifecycle: lifecycleEnvelope('issued'),
    audit: { action: 'issue', from: 'issuance.checked', to: 'issued' },
  });
  return issued;
}

/** What the drafter asks of the store to open Corr.1 of an issued draft at a version. */
function opening(original: { id: string; sessionId: string | null; document: unknown }, baseVersion: number) {
  return {
    draftId: original.id,
    baseVersion,
    actor: 'drafter-1',
    lifecycle: { ...lifecycleEnvelope('issued'), corrigendaOpened: 1 },
    audit: { action: 'openCorrigendum', from: 'issued', to: 'issued' },
    corrigendum: {
      sessionId: original.sessionId,
      symbol: CORRIGENDUM,
      language: 'zh',
      title: '增编：议程项目 6 更正',
      metadata: { distribution: 'Limited', symbol: CORRIGENDUM },
      document: original.document,
      lifecycle: lifecycleEnvelope({ drafting: { deliberations: 'editing', actionTaken: 'editing' } }),
      audit: { action: 'create', to: 'drafting', data: { corrigendumOf: { symbol: SYMBOL, number: 1 } } },
    },
  };
}

/** Everything opening a corrigendum may write, to compare before and after a refusal. */
async function snapshot(store: Store, draftId: string) {
  return {
    drafts: await store.drafts.list(),
    original: await store.drafts.get(draftId),
    versions: await store.documentVersions.list(draftId),
    audit: await store.audit.list(),
  };
}

describe.each(engines)('opening corrigenda on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('saves the original’s envelope and audit entry and creates the corrigendum with its own, together', async () => {
    const { store } = fresh();
    const original = await issuedAddendum(store);
    const request = opening(original, 2);
    const opened = await store.drafts.openCorrigendum(request);
    expect(opened.original).toMatchObject({
      id: original.id,
      version: 3,
      lifecycle: request.lifecycle,
      document: original.document,
      updatedBy: 'drafter-1',
    });
    expect(opened.corrigendum).toMatchObject({
      sessionId: original.sessionId,
      correctsDraftId: original.id,
      symbol: CORRIGENDUM,
      version: 1,
      document: original.document,
      metadata: request.corrigendum.metadata,
      lifecycle: request.corrigendum.lifecycle,
      createdBy: 'drafter-1',
    });
    expect(await store.drafts.get(original.id)).toEqual(opened.original);
    expect(await store.drafts.get(opened.corrigendum.id)).toEqual(opened.corrigendum);
    expect((await store.documentVersions.list(original.id)).map((v) => v.version)).toEqual([1, 2, 3]);
    expect((await store.documentVersions.get(opened.corrigendum.id, 1)).document).toEqual(original.document);
    const audit = await store.audit.list();
    expect(audit.map((e) => [e.action, e.draftId, e.actor])).toEqual([
      ['issue', original.id, 'documents-officer'],
      ['openCorrigendum', original.id, 'drafter-1'],
      ['create', opened.corrigendum.id, 'drafter-1'],
    ]);
    expect(audit.at(-1)?.data).toEqual(request.corrigendum.audit.data);
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 3 });
  });

  it('refuses to open a corrigendum from a version the original has moved past, and writes nothing', async () => {
    const { store } = fresh();
    const original = await issuedAddendum(store);
    const before = await snapshot(store, original.id);
    const refusal = await store.drafts.openCorrigendum(opening(original, 1)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(VersionConflict);
    expect((refusal as VersionConflict).currentVersion).toBe(2);
    expect((refusal as VersionConflict<{ version: number }>).current.version).toBe(2);
    expect(await snapshot(store, original.id)).toEqual(before);
  });

  it('rolls back the original’s envelope and audit entry when the corrigendum cannot be inserted', async () => {
    const { store } = fresh();
    const original = await issuedAddendum(store);
    const before = await snapshot(store, original.id);
    const request = opening(original, 2);
    const unknownSession = {
      ...request,
      corrigendum: { ...request.corrigendum, sessionId: 'no-such-session' },
    };
    const refusal = await store.drafts.openCorrigendum(unknownSession).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(NotFound);
    expect((refusal as Error).message).toContain('no-such-session');
    expect(await snapshot(store, original.id)).toEqual(before);
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 1 });
    expect((await store.drafts.openCorrigendum(request)).original.version).toBe(3);
  });

  it('rolls back the original and the inserted corrigendum when the corrigendum’s audit entry fails', async () => {
    const { store } = fresh();
    const original = await issuedAddendum(store);
    const before = await snapshot(store, original.id);
    const request = opening(original, 2);
    const badAudit = {
      ...request,
      corrigendum: { ...request.corrigendum, audit: { action: 'create', data: { at: Number.NaN } } },
    };
    await expect(store.drafts.openCorrigendum(badAudit)).rejects.toBeInstanceOf(InvalidInput);
    expect(await snapshot(store, original.id)).toEqual(before);
    expect((await store.drafts.openCorrigendum(request)).corrigendum.version).toBe(1);
  });

  it('lets exactly one of two concurrent openings from the same version create a corrigendum', async () => {
    const { store } = fresh();
    const original = await issuedAddendum(store);
    const outcomes = await Promise.allSettled([
      store.drafts.openCorrigendum(opening(original, 2)),
      store.drafts.openCorrigendum(opening(original, 2)),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(VersionConflict);
    const corrigenda = (await store.drafts.list()).filter((d) => d.correctsDraftId === original.id);
    expect(corrigenda).toHaveLength(1);
    expect((await store.drafts.get(original.id)).version).toBe(3);
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 3 });
  });

  it('reports an unknown original as not found and writes nothing', async () => {
    const { store } = fresh();
    const request = opening({ id: 'no-such-draft', sessionId: null, document: seedDocument() }, 1);
    await expect(store.drafts.openCorrigendum(request)).rejects.toBeInstanceOf(NotFound);
    expect(await store.drafts.list()).toEqual([]);
    expect(await store.audit.list()).toEqual([]);
  });
});
