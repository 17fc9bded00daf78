import { describe, expect, it } from 'vitest';
import { InvalidInput, NotFound, VersionConflict } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import { newAddendumDraft } from './support/fixtures.js';

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

  it('remembers the latest fold point without showing it among the steps', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await store.steps.appendSteps(draft.id, 0, 'client-a', [insertText(1, '一'), insertText(2, '二')]);
    expect(await store.steps.foldPoint(draft.id)).toBeUndefined();
    await store.steps.recordFold(draft.id, { stepVersion: 0, draftVersion: 1 });
    expect(await store.steps.foldPoint(draft.id)).toEqual({ stepVersion: 0, draftVersion: 1 });
    await store.steps.recordFold(draft.id, { stepVersion: 1, draftVersion: 2 });
    await store.steps.recordFold(draft.id, { stepVersion: 2, draftVersion: 4 });
    await store.steps.recordFold(draft.id, { stepVersion: 1, draftVersion: 3 });
    expect(await store.steps.foldPoint(draft.id)).toEqual({ stepVersion: 2, draftVersion: 4 });
    expect((await store.steps.stepsSince(draft.id, 0)).map((s) => s.version)).toEqual([1, 2]);
    expect(await store.steps.latestVersion(draft.id)).toBe(2);
    expect(await store.steps.appendSteps(draft.id, 2, 'client-b', [insertText(3, '三')])).toBe(3);
  });

  it('refuses a fold point that is not a step and draft version, and a client without an id', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await expect(
      store.steps.recordFold(draft.id, { stepVersion: -1, draftVersion: 1 }),
    ).rejects.toBeInstanceOf(InvalidInput);
    await expect(
      store.steps.recordFold(draft.id, { stepVersion: 3, draftVersion: 0.5 }),
    ).rejects.toBeInstanceOf(InvalidInput);
    await expect(store.steps.appendSteps(draft.id, 0, '', [insertText(1, 'x')])).rejects.toBeInstanceOf(
      InvalidInput,
    );
    expect(await store.steps.foldPoint(draft.id)).toBeUndefined();
  });
});
