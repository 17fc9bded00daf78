import { describe, expect, it } from 'vitest';
import { NotFound } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import { lifecycleEnvelope, newAddendumDraft, seedDocument } from './support/fixtures.js';

describe.each(engines)('document versions on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('keeps the document of every saved version, with who saved it and when', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft('drafter-1'));
    const second = seedDocument('委员会第 7 次会议听取了发言。');
    const third = seedDocument('委员会第 7 次会议听取了发言。', '下列国家代表作了发言：中国、法国和墨西哥。');
    await store.drafts.save(draft.id, 1, { actor: 'drafter-2', document: second });
    await store.drafts.save(draft.id, 2, { actor: 'drafter-1', document: third });

    const history = await store.documentVersions.list(draft.id);
    expect(history.map((v) => [v.version, v.savedBy])).toEqual([
      [1, 'drafter-1'],
      [2, 'drafter-2'],
      [3, 'drafter-1'],
    ]);
    expect(history.map((v) => v.savedAt)).toEqual([...history.map((v) => v.savedAt)].sort());
    expect((await store.documentVersions.get(draft.id, 1)).document).toEqual(draft.document);
    expect((await store.documentVersions.get(draft.id, 2)).document).toEqual(second);
    expect((await store.documentVersions.get(draft.id, 3)).document).toEqual(third);
  });

  it('records the unchanged document when a save changes only the lifecycle', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await store.drafts.save(draft.id, 1, { actor: 'drafter-1', lifecycle: lifecycleEnvelope('review') });
    expect((await store.documentVersions.get(draft.id, 2)).document).toEqual(draft.document);
  });

  it('reports a version that was never saved as not found', async () => {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    await expect(store.documentVersions.get(draft.id, 2)).rejects.toBeInstanceOf(NotFound);
    expect(await store.documentVersions.list('no-such-draft')).toEqual([]);
  });
});
