import { describe, expect, it } from 'vitest';
import type { Store } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import { newAddendumDraft, seedDocument } from './support/fixtures.js';

/** A ProseMirror replace step inserting text at a position, as `Step.toJSON()` writes it. */
function insertText(pos: number, text: string) {
  return { stepType: 'replace', from: pos, to: pos, slice: { content: [{ type: 'text', text }] } };
}

/** Appends one step after `stepVersion` and folds the log into the draft's next version. */
async function typeAndFold(store: Store, draftId: string, stepVersion: number, text: string) {
  await store.steps.appendSteps(draftId, stepVersion, 'client-a', [insertText(1, text)]);
  const { version } = await store.drafts.get(draftId);
  return store.steps.fold(draftId, {
    baseVersion: version,
    stepVersion: stepVersion + 1,
    document: seedDocument(text),
    title: '议程项目 6',
    actor: 'drafter-1',
  });
}

describe.each(engines)('draft versions made by folds on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('says a view of an earlier version is current when only folds came after it', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    expect(await store.steps.onlyFoldsBetween(draft.id, 1, 1)).toBe(true);
    await typeAndFold(store, draft.id, 0, '一');
    const folded = await typeAndFold(store, draft.id, 1, '二');
    expect(folded.version).toBe(3);
    expect(await store.steps.onlyFoldsBetween(draft.id, 1, 3)).toBe(true);
    expect(await store.steps.onlyFoldsBetween(draft.id, 2, 3)).toBe(true);
    // A version ahead of the draft is not a view of it.
    expect(await store.steps.onlyFoldsBetween(draft.id, 4, 3)).toBe(false);
  });

  it('says a view is stale when anything but a fold came after it, before or after folds', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await typeAndFold(store, draft.id, 0, '一');
    // Version 3: someone saved the draft (as a lifecycle event or a metadata change does).
    await store.drafts.save(draft.id, 2, { actor: 'drafter-2', title: '新标题' });
    await typeAndFold(store, draft.id, 1, '二');
    expect(await store.steps.onlyFoldsBetween(draft.id, 1, 4)).toBe(false);
    expect(await store.steps.onlyFoldsBetween(draft.id, 2, 4)).toBe(false);
    expect(await store.steps.onlyFoldsBetween(draft.id, 3, 4)).toBe(true);
  });

  it('does not count a whole-document save, a person’s act, as a fold', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const saved = await store.steps.saveDocument(draft.id, {
      baseVersion: 1,
      stepVersion: 0,
      document: seedDocument('三'),
      actor: 'drafter-1',
    });
    expect(saved.draft.version).toBe(2);
    expect(await store.steps.onlyFoldsBetween(draft.id, 1, 2)).toBe(false);
  });

  it('keeps each draft’s folds apart', async () => {
    const { store } = fresh();
    const a = await store.drafts.create(newAddendumDraft());
    const b = await store.drafts.create({ ...newAddendumDraft(), symbol: 'E/CN.15/2019/L.1/Add.5' });
    await typeAndFold(store, a.id, 0, '一');
    await store.drafts.save(b.id, 1, { actor: 'drafter-2', title: '新标题' });
    expect(await store.steps.onlyFoldsBetween(b.id, 1, 2)).toBe(false);
  });
});
