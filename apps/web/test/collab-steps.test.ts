import { addendumSchema } from '@rapporteur/document';
import { Node } from 'prosemirror-model';
import { Step, Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { FOLD_AFTER_STEPS } from '../server/collab-fold';
import { advance, type Person, useApi } from './support/api-harness';
import { engines } from './support/databases';
import { startOfText } from './support/document-positions';

describe.each(engines)('collaborative steps through the API on %s', (engine) => {
  const api = useApi(engine);

  async function current(draftId: string, person: Person = 'drafter') {
    const reply = await api().as(person, 'GET', `/api/drafts/${draftId}/steps`);
    expect(reply.status).toBe(200);
    return { version: reply.body.version as number, doc: Node.fromJSON(addendumSchema, reply.body.document) };
  }

  function insertion(doc: Node, blockId: string, text: string) {
    return new Transform(doc)
      .insert(startOfText(doc, blockId), addendumSchema.text(text))
      .steps.map((s) => s.toJSON());
  }

  it('accepts steps at the latest version, numbers them and hands them to a client catching up', async () => {
    const { id } = await api().createDraft();
    const start = await current(id);
    expect(start.version).toBe(0);
    const steps = insertion(start.doc, 'zh6-1', '增补：');
    const sent = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
      body: { version: 0, clientId: 'amina-tab-1', steps },
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ version: 1 });
    const caughtUp = await api().as('drafter2', 'GET', `/api/drafts/${id}/steps?since=0`);
    expect(caughtUp.body).toEqual({ version: 1, steps: [{ step: steps[0], clientId: 'amina-tab-1' }] });
    expect((await api().as('drafter2', 'GET', `/api/drafts/${id}/steps?since=1`)).body).toEqual({
      version: 1,
      steps: [],
    });
    const after = await current(id, 'drafter2');
    expect(after.version).toBe(1);
    expect(after.doc.child(1).textContent.startsWith('增补：')).toBe(true);
    // Chen's edit makes him an editor of this round (he may not approve it), as a save would.
    const theirs = insertion(after.doc, 'zh6-9', '另：');
    await api().as('drafter2', 'POST', `/api/drafts/${id}/steps`, {
      body: { version: 1, clientId: 'chen-tab-1', steps: theirs },
    });
    const stored = await api().store.drafts.get(id);
    expect(JSON.stringify(stored.lifecycle)).toContain(api().users.drafter2.id);
  });

  it('answers 409 with the current version to steps made on an older one, and stores nothing', async () => {
    const { id } = await api().createDraft();
    const { doc } = await current(id);
    const first = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
      body: { version: 0, clientId: 'a', steps: insertion(doc, 'zh6-1', '甲') },
    });
    expect(first.status).toBe(200);
    const stale = await api().as('drafter2', 'POST', `/api/drafts/${id}/steps`, {
      body: { version: 0, clientId: 'b', steps: insertion(doc, 'zh6-9', '乙') },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version-conflict', currentVersion: 1 });
    expect(await api().store.steps.latestVersion(id)).toBe(1);
    const ahead = await api().as('drafter', 'GET', `/api/drafts/${id}/steps?since=5`);
    expect(ahead.status).toBe(400);
  });

  it('refuses with 422 what is not a step of the schema or does not apply, naming the step', async () => {
    const { id } = await api().createDraft();
    const { doc } = await current(id);
    const good = insertion(doc, 'zh6-1', '好')[0];
    const notAStep = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
      body: { version: 0, clientId: 'a', steps: [good, { stepType: 'teleport', from: 1 }] },
    });
    expect(notAStep.status).toBe(422);
    expect(notAStep.body.error.path).toBe('steps[1]');
    const outside = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
      body: {
        version: 0,
        clientId: 'a',
        steps: [{ ...good, from: doc.content.size + 50, to: doc.content.size + 50 }],
      },
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.message).toContain('steps[0]: does not apply');
    const badContent = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
      body: {
        version: 0,
        clientId: 'a',
        steps: [{ stepType: 'replace', from: 0, to: doc.child(0).nodeSize, slice: { content: [] } }],
      },
    });
    expect(badContent.status).toBe(422);
    expect(await api().store.steps.latestVersion(id)).toBe(0);
  });

  it('refuses steps in a part marked ready and in a frozen text, but not in a part still drafted', async () => {
    const { id } = await api().createDraft();
    expect((await api().event('drafter', id, { type: 'markReady', part: 'deliberations' })).status).toBe(200);
    const { doc } = await current(id);
    const inReadyPart = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
      body: { version: 0, clientId: 'a', steps: insertion(doc, 'zh6-22', '迟到的修改') },
    });
    expect(inReadyPart.status).toBe(409);
    expect(inReadyPart.body.error.code).toBe('not-allowed-now');
    const inDraftedPart = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
      body: { version: 0, clientId: 'a', steps: insertion(doc, 'zh6-45', '补充') },
    });
    expect(inDraftedPart.status).toBe(200);

    const issued = await api().createDraft();
    await advance(api(), issued.id, 'issued');
    const frozen = await current(issued.id);
    const refused = await api().as('drafter', 'POST', `/api/drafts/${issued.id}/steps`, {
      body: { version: 0, clientId: 'a', steps: insertion(frozen.doc, 'zh6-45', '发布后') },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('not-allowed-now');
    expect(await api().store.steps.latestVersion(issued.id)).toBe(0);
  });

  it("refuses steps that break the draft's template, from any client, and keeps nothing of them", async () => {
    const { id } = await api().createDraft();
    const { doc } = await current(id);
    const reworded = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
      body: { version: 0, clientId: 'a', steps: insertion(doc, 'zh6-44', '改写') },
    });
    expect(reworded.status).toBe(422);
    expect(reworded.body.error).toMatchObject({ code: 'invalid-document', path: 'steps' });
    expect(reworded.body.error.message).toMatch(/heading comes from the template/);
    let end = -1;
    doc.forEach((node, pos) => {
      if (node.attrs.id === 'zh6-47') end = pos + node.nodeSize - 1;
    });
    const subsection = addendumSchema.nodes.subsection.create({ id: 'late' }, [
      addendumSchema.nodes.subsection_heading.create(null, addendumSchema.text('其他事项')),
      addendumSchema.nodes.paragraph.create({ id: 'late-1', numbered: true }, addendumSchema.text('无。')),
    ]);
    const misplaced = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
      body: {
        version: 0,
        clientId: 'a',
        steps: new Transform(doc).insert(end, subsection).steps.map((s) => s.toJSON()),
      },
    });
    expect(misplaced.status).toBe(422);
    expect(misplaced.body.error.message).toBe(
      'The template does not allow a subsection in the action taken.',
    );
    expect(await api().store.steps.latestVersion(id)).toBe(0);
  });

  it(`folds the steps into a stored document once more than ${FOLD_AFTER_STEPS} follow it`, async () => {
    const { id } = await api().createDraft();
    let { doc, version } = await current(id);
    const batches = Math.ceil((FOLD_AFTER_STEPS + 1) / 10) + 3;
    for (let batch = 0; batch < batches; batch++) {
      const transform = new Transform(doc);
      for (let i = 0; i < 10; i++)
        transform.insert(startOfText(transform.doc, 'zh6-9'), addendumSchema.text(String(i)));
      const reply = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
        body: { version, clientId: 'typist', steps: transform.steps.map((s) => s.toJSON()) },
      });
      expect(reply.status).toBe(200);
      doc = transform.doc;
      version = reply.body.version;
    }
    const fold = await api().store.steps.foldPoint(id);
    const foldAt = Math.ceil((FOLD_AFTER_STEPS + 1) / 10) * 10;
    expect(fold?.stepVersion).toBe(foldAt);
    const stored = await api().store.drafts.get(id);
    expect(stored.version).toBe(fold?.draftVersion);
    expect(stored.document).toEqual(
      (await api().store.documentVersions.get(id, fold!.draftVersion)).document,
    );
    // The stored document holds the text at the fold: the steps after it replay onto it.
    let replayed = Node.fromJSON(addendumSchema, stored.document);
    const later = await api().as('drafter', 'GET', `/api/drafts/${id}/steps?since=${foldAt}`);
    expect(later.body.steps).toHaveLength(version - foldAt);
    for (const { step } of later.body.steps) {
      replayed = new Transform(replayed).step(Step.fromJSON(addendumSchema, step)).doc;
    }
    expect(replayed.eq(doc)).toBe(true);
    const loaded = await current(id);
    expect(loaded.version).toBe(version);
    expect(loaded.doc.eq(doc)).toBe(true);
  });
});
