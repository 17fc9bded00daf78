import { describe, expect, it } from 'vitest';
import { InvalidInput, NotFound, VersionConflict } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import { lifecycleEnvelope, newAddendumDraft, seedDocument } from './support/fixtures.js';

/** A ProseMirror replace step inserting text at a position, as `Step.toJSON()` writes it. */
function insertText(pos: number, text: string) {
  return { stepType: 'replace', from: pos, to: pos, slice: { content: [{ type: 'text', text }] } };
}

describe.each(engines)('collaborative steps on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('accepts steps on top of the latest version and numbers them consecutively', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    expect(await store.steps.latestVersion(draft.id)).toBe(0);
    expect(
      await store.steps.appendSteps(draft.id, 0, 'client-a', [insertText(5, '第'), insertText(6, '6')]),
    ).toBe(2);
    expect(await store.steps.appendSteps(draft.id, 2, 'client-b', [insertText(1, '。')])).toBe(3);
    expect(await store.steps.stepsSince(draft.id, 0)).toEqual([
      { version: 1, clientId: 'client-a', step: insertText(5, '第') },
      { version: 2, clientId: 'client-a', step: insertText(6, '6') },
      { version: 3, clientId: 'client-b', step: insertText(1, '。') },
    ]);
    expect((await store.steps.stepsSince(draft.id, 2)).map((s) => s.version)).toEqual([3]);
    expect((await store.steps.stepsSince(draft.id, 0, 2)).map((s) => s.version)).toEqual([1, 2]);
    expect(await store.steps.stepsSince(draft.id, 3)).toEqual([]);
  });

  it('refuses steps made on a stale version and tells the client the latest one', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await store.steps.appendSteps(draft.id, 0, 'client-a', [insertText(5, '甲'), insertText(6, '乙')]);
    const refusal = await store.steps
      .appendSteps(draft.id, 1, 'client-b', [insertText(1, '丙')])
      .catch((e) => e);
    expect(refusal).toBeInstanceOf(VersionConflict);
    expect(refusal.currentVersion).toBe(2);
    await expect(
      store.steps.appendSteps(draft.id, 3, 'client-b', [insertText(1, '丙')]),
    ).rejects.toMatchObject({
      currentVersion: 2,
    });
    expect(await store.steps.latestVersion(draft.id)).toBe(2);
    expect((await store.steps.stepsSince(draft.id, 0)).every((s) => s.clientId === 'client-a')).toBe(true);
  });

  it('accepts exactly one of two clients racing from the same version', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const outcomes = await Promise.allSettled(
      ['client-a', 'client-b'].map((client) =>
        store.steps.appendSteps(draft.id, 0, client, [insertText(1, client), insertText(2, client)]),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const steps = await store.steps.stepsSince(draft.id, 0);
    expect(steps).toHaveLength(2);
    expect(new Set(steps.map((s) => s.clientId)).size).toBe(1);
  });

  it('keeps each draft’s steps apart', async () => {
    const { store } = fresh();
    const a = await store.drafts.create(newAddendumDraft());
    const b = await store.drafts.create({ ...newAddendumDraft(), symbol: 'E/CN.15/2019/L.1/Add.5' });
    await store.steps.appendSteps(a.id, 0, 'client-a', [insertText(1, 'a')]);
    expect(await store.steps.appendSteps(b.id, 0, 'client-b', [insertText(1, 'b')])).toBe(1);
    expect(await store.steps.stepsSince(a.id, 0)).toHaveLength(1);
  });

  it('refuses an empty batch and steps for an unknown draft', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await expect(store.steps.appendSteps(draft.id, 0, 'client-a', [])).rejects.toBeInstanceOf(InvalidInput);
    await expect(
      store.steps.appendSteps('no-such-draft', 0, 'client-a', [insertText(1, 'x')]),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it('folds the log into the draft’s next version and records that version as where the log starts', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await store.steps.appendSteps(draft.id, 0, 'client-a', [insertText(1, '一'), insertText(2, '二')]);
    expect(await store.steps.foldPoint(draft.id)).toBeUndefined();
    const folded = await store.steps.fold(draft.id, {
      baseVersion: 1,
      stepVersion: 2,
      document: seedDocument('一二'),
      title: '议程项目 6',
      actor: 'drafter-1',
    });
    expect(folded.version).toBe(2);
    expect(folded.document).toEqual(seedDocument('一二'));
    expect(await store.steps.foldPoint(draft.id)).toEqual({ stepVersion: 2, draftVersion: 2 });
    expect((await store.documentVersions.get(draft.id, 2)).document).toEqual(seedDocument('一二'));
    // The steps stay for clients that are behind.
    expect((await store.steps.stepsSince(draft.id, 0)).map((s) => s.version)).toEqual([1, 2]);
    expect(await store.steps.appendSteps(draft.id, 2, 'client-b', [insertText(3, '三')])).toBe(3);
  });

  it('says whether steps lie after the log’s start: none at first, some after appending, none once folded', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const other = await store.drafts.create(newAddendumDraft());
    expect(await store.steps.hasUnfoldedSteps(draft.id)).toBe(false);
    await store.steps.appendSteps(draft.id, 0, 'client-a', [insertText(1, '一'), insertText(2, '二')]);
    expect(await store.steps.hasUnfoldedSteps(draft.id)).toBe(true);
    expect(await store.steps.hasUnfoldedSteps(other.id)).toBe(false);
    await store.steps.fold(draft.id, {
      baseVersion: 1,
      stepVersion: 2,
      document: seedDocument('一二'),
      title: '议程项目 6',
      actor: 'drafter-1',
    });
    expect(await store.steps.hasUnfoldedSteps(draft.id)).toBe(false);
    await store.steps.appendSteps(draft.id, 2, 'client-b', [insertText(3, '三')]);
    expect(await store.steps.hasUnfoldedSteps(draft.id)).toBe(true);
  });

  it('reads a draft with whether steps lie after its log’s start, in agreement with hasUnfoldedSteps', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const other = await store.drafts.create(newAddendumDraft());
    const read = async (id: string) => {
      const { draft: found, stepsPending } = await store.steps.draftWithPendingSteps(id);
      expect(found).toEqual(await store.drafts.get(id));
      expect(stepsPending).toBe(await store.steps.hasUnfoldedSteps(id));
      return stepsPending;
    };
    expect(await read(draft.id)).toBe(false);
    await store.steps.appendSteps(draft.id, 0, 'client-a', [insertText(1, '一'), insertText(2, '二')]);
    expect(await read(draft.id)).toBe(true);
    expect(await read(other.id)).toBe(false);
    await store.steps.fold(draft.id, {
      baseVersion: 1,
      stepVersion: 2,
      document: seedDocument('一二'),
      title: '议程项目 6',
      actor: 'drafter-1',
    });
    expect(await read(draft.id)).toBe(false);
    expect((await store.steps.draftWithPendingSteps(draft.id)).draft.document).toEqual(seedDocument('一二'));
    await store.steps.appendSteps(draft.id, 2, 'client-b', [insertText(3, '三')]);
    expect(await read(draft.id)).toBe(true);
    await expect(store.steps.draftWithPendingSteps('no-such-draft')).rejects.toThrow(NotFound);
  });

  it('folds nothing when the draft has moved since the fold was computed', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await store.steps.appendSteps(draft.id, 0, 'client-a', [insertText(1, '一')]);
    await store.drafts.save(draft.id, 1, { actor: 'drafter-1', title: '新标题' });
    const refusal = await store.steps
      .fold(draft.id, {
        baseVersion: 1,
        stepVersion: 1,
        document: seedDocument('一'),
        title: 'x',
        actor: 'a',
      })
      .catch((e) => e);
    expect(refusal).toBeInstanceOf(VersionConflict);
    expect(refusal.entity).toBe('draft');
    expect(await store.steps.foldPoint(draft.id)).toBeUndefined();
    expect((await store.drafts.get(draft.id)).version).toBe(2);
  });

  it('refuses steps checked against a draft version the draft has since moved from, and stores none', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    expect(await store.steps.appendSteps(draft.id, 0, 'a', [insertText(1, '甲')], { draftVersion: 1 })).toBe(
      1,
    );
    await store.drafts.save(draft.id, 1, { actor: 'drafter-1', lifecycle: lifecycleEnvelope('review') });
    const refusal = await store.steps
      .appendSteps(draft.id, 1, 'a', [insertText(2, '乙')], { draftVersion: 1 })
      .catch((e) => e);
    expect(refusal).toBeInstanceOf(VersionConflict);
    expect(refusal).toMatchObject({ entity: 'draft', baseVersion: 1, currentVersion: 2 });
    expect(await store.steps.latestVersion(draft.id)).toBe(1);
  });

  it('saves a whole document through the log: the draft moves, its step follows the latest, the log restarts there', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await store.steps.appendSteps(draft.id, 0, 'a', [insertText(1, '甲')]);
    await store.steps.fold(draft.id, {
      baseVersion: 1,
      stepVersion: 1,
      document: seedDocument('甲'),
      title: 't',
      actor: 'drafter-1',
    });
    const saved = await store.steps.saveDocument(draft.id, {
      actor: 'drafter-2',
      baseVersion: 2,
      stepVersion: 1,
      document: seedDocument('甲乙'),
      step: { clientId: 'save:drafter-2', step: insertText(2, '乙') },
    });
    expect(saved.stepVersion).toBe(2);
    expect(saved.draft).toMatchObject({ version: 3, updatedBy: 'drafter-2', document: seedDocument('甲乙') });
    expect(await store.steps.foldPoint(draft.id)).toEqual({ stepVersion: 2, draftVersion: 3 });
    expect(await store.steps.stepsSince(draft.id, 1)).toEqual([
      { version: 2, clientId: 'save:drafter-2', step: insertText(2, '乙') },
    ]);
    // A save that changes no text appends no step, and the log restarts at the same step.
    const metadataOnly = await store.steps.saveDocument(draft.id, {
      actor: 'drafter-2',
      baseVersion: 3,
      stepVersion: 2,
      title: '议程项目 6',
    });
    expect(metadataOnly.stepVersion).toBe(2);
    expect(await store.steps.foldPoint(draft.id)).toEqual({ stepVersion: 2, draftVersion: 4 });
  });

  it('refuses a whole-document save when steps were accepted after the text it was made on, writing nothing', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await store.steps.appendSteps(draft.id, 0, 'a', [insertText(1, '甲')]);
    const refusal = await store.steps
      .saveDocument(draft.id, {
        actor: 'drafter-1',
        baseVersion: 1,
        stepVersion: 0,
        document: seedDocument('乙'),
        step: { clientId: 'save:drafter-1', step: insertText(1, '乙') },
      })
      .catch((e) => e);
    expect(refusal).toBeInstanceOf(VersionConflict);
    expect(refusal).toMatchObject({ entity: 'steps', currentVersion: 1 });
    expect((await store.drafts.get(draft.id)).version).toBe(1);
    expect(await store.steps.latestVersion(draft.id)).toBe(1);
    expect(await store.steps.foldPoint(draft.id)).toBeUndefined();
    const stale = await store.steps
      .saveDocument(draft.id, { actor: 'drafter-1', baseVersion: 7, stepVersion: 1, title: 'x' })
      .catch((e) => e);
    expect(stale).toMatchObject({ entity: 'draft', currentVersion: 1 });
  });

  it('refuses a fold at a step version that is not one, and a client without an id', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await expect(
      store.steps.fold(draft.id, {
        baseVersion: 1,
        stepVersion: -1,
        document: seedDocument(),
        title: 't',
        actor: 'a',
      }),
    ).rejects.toBeInstanceOf(InvalidInput);
    await expect(store.steps.appendSteps(draft.id, 0, '', [insertText(1, 'x')])).rejects.toBeInstanceOf(
      InvalidInput,
    );
    expect(await store.steps.foldPoint(draft.id)).toBeUndefined();
  });
});
