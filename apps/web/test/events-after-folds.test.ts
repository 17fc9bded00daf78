import { addendumSchema } from '@rapporteur/document';
import { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { FOLD_AFTER_STEPS } from '../server/collab-fold';
import { type Person, useApi } from './support/api-harness';
import { engines } from './support/databases';

describe.each(engines)('lifecycle events after co-editing folds on %s', (engine) => {
  const api = useApi(engine);

  /** Sends `count` steps typing digits at the start of the draft's first paragraph, 10 per request. */
  async function type(draftId: string, count: number, person: Person = 'drafter') {
    const start = await api().as(person, 'GET', `/api/drafts/${draftId}/steps`);
    let doc = Node.fromJSON(addendumSchema, start.body.document);
    let version = start.body.version as number;
    for (let sent = 0; sent < count; sent += 10) {
      const transform = new Transform(doc);
      for (let i = 0; i < Math.min(10, count - sent); i++)
        transform.insert(2, addendumSchema.text(String(i)));
      const reply = await api().as(person, 'POST', `/api/drafts/${draftId}/steps`, {
        body: { version, clientId: `${person}-tab`, steps: transform.steps.map((s) => s.toJSON()) },
      });
      expect(reply.status).toBe(200);
      doc = transform.doc;
      version = reply.body.version;
    }
    return doc;
  }

  async function markReady(person: Person, draftId: string, baseVersion: number, part: string) {
    return api().as(person, 'POST', `/api/drafts/${draftId}/events`, {
      body: { baseVersion, event: { type: 'markReady', part } },
    });
  }

  it('takes an event based on the version before periodic folds: a fold is nobody acting', async () => {
    const { id } = await api().createDraft();
    // The first step records Amina among the round's editors (a move every page hears of); the
    // lifecycle panel then holds that version.
    await type(id, 1);
    const seen = (await api().as('drafter', 'GET', `/api/drafts/${id}`)).body.draft.version as number;
    const typed = await type(id, 2 * FOLD_AFTER_STEPS + 30);
    const folded = await api().store.drafts.get(id);
    expect(folded.version).toBeGreaterThanOrEqual(seen + 2);
    const reply = await markReady('drafter', id, seen, 'deliberations');
    expect(reply.status).toBe(200);
    expect(reply.body.draft.version).toBeGreaterThan(folded.version);
    // Decided on the text with every accepted step, the steps after the last fold included.
    expect(Node.fromJSON(addendumSchema, (await api().store.drafts.get(id)).document).eq(typed)).toBe(true);
  });

  it('refuses as stale an event based on a version before someone acted, with folds before and after', async () => {
    const { id } = await api().createDraft();
    await type(id, 1);
    await type(id, 1, 'drafter2');
    const seen = (await api().store.drafts.get(id)).version;
    await type(id, FOLD_AFTER_STEPS + 10);
    const acted = await markReady('drafter2', id, (await api().store.drafts.get(id)).version, 'actionTaken');
    expect(acted.status).toBe(200);
    await type(id, FOLD_AFTER_STEPS + 10);
    const before = await api().store.drafts.get(id);
    const stale = await markReady('drafter', id, seen, 'deliberations');
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version-conflict');
    const after = await api().store.drafts.get(id);
    expect(after.version).toBe(before.version);
    expect(after.lifecycle).toEqual(before.lifecycle);
    // Seen after Chen's act, only folds follow: taken.
    expect((await markReady('drafter', id, acted.body.draft.version, 'deliberations')).status).toBe(200);
  });
});
