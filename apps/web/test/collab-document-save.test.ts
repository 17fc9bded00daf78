import { addendumSchema } from '@rapporteur/document';
import { Node } from 'prosemirror-model';
import { Step, Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { replaceStepBetween } from '../server/collab-document-save';
import { call, cookieFrom, ORIGIN } from './support/api-client';
import { PASSWORD, PEOPLE, type Person, seedDraftFile, useApi } from './support/api-harness';
import { engines } from './support/databases';
import { SseReader } from './support/sse-reader';

const seedDoc = Node.fromJSON(addendumSchema, seedDraftFile.document);

/** The seed document with `text` inserted at the start of the first paragraph's text. */
function withInsertion(doc: Node, text: string): Node {
  let at = 0;
  doc.descendants((node, pos) => {
    if (at === 0 && node.type.name === 'paragraph') at = pos + 1;
    return at === 0;
  });
  return new Transform(doc).insert(at, addendumSchema.text(text)).doc;
}

describe('the step between two versions of a document', () => {
  it('is nothing when they are equal', () => {
    expect(
      replaceStepBetween(seedDoc, Node.fromJSON(addendumSchema, seedDraftFile.document)),
    ).toBeUndefined();
  });

  it('replaces only the range that differs, and turns one text into the other', () => {
    const edited = withInsertion(seedDoc, '增补：');
    const step = replaceStepBetween(seedDoc, edited)!;
    expect(step.apply(seedDoc).doc!.eq(edited)).toBe(true);
    expect(JSON.stringify(step.toJSON()).length).toBeLessThan(200);
  });

  it('turns a text into one with whole blocks removed', () => {
    const shorter = seedDoc.copy(
      seedDoc.content.cut(0, seedDoc.child(0).nodeSize + seedDoc.child(1).nodeSize),
    );
    const step = replaceStepBetween(seedDoc, shorter)!;
    expect(step.apply(seedDoc).doc!.eq(shorter)).toBe(true);
  });
});

describe.each(engines)('whole-document saves beside the step log on %s', (engine) => {
  const api = useApi(engine);

  it('reaches open editors as one step, so their text becomes the saved one', async () => {
    const draft = await api().createDraft();
    const stream = await api().handle(
      new Request(`${ORIGIN}/api/drafts/${draft.id}/events?since=0`, {
        headers: { host: '127.0.0.1:3000', cookie: await cookieOf('drafter2') },
      }),
    );
    const events = new SseReader(stream.body!);
    const edited = withInsertion(seedDoc, '整份保存：');
    const saved = await api().as('drafter', 'PUT', `/api/drafts/${draft.id}/document`, {
      body: { baseVersion: draft.version, document: edited.toJSON() },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const batch = JSON.parse((await events.next('steps')).data);
    expect(batch.version).toBe(1);
    expect(batch.steps[0].clientId).toBe(`save:${api().users.drafter.id}`);
    const received = Step.fromJSON(addendumSchema, batch.steps[0].step).apply(seedDoc).doc!;
    expect(received.eq(edited)).toBe(true);
    const text = await api().as('drafter2', 'GET', `/api/drafts/${draft.id}/steps`);
    expect(text.body.version).toBe(1);
    expect(Node.fromJSON(addendumSchema, text.body.document).eq(edited)).toBe(true);
    expect(JSON.parse((await events.next('lifecycle')).data)).toEqual({ version: saved.body.draft.version });
    await events.cancel();
  });

  it('is refused when steps were accepted after the text it was made on, and the rebased save keeps them', async () => {
    const draft = await api().createDraft();
    const start = await api().as('drafter2', 'GET', `/api/drafts/${draft.id}/steps`);
    const doc = Node.fromJSON(addendumSchema, start.body.document);
    const typed = withInsertion(doc, '协作：');
    const steps = [replaceStepBetween(doc, typed)!.toJSON()];
    const sent = await api().as('drafter2', 'POST', `/api/drafts/${draft.id}/steps`, {
      body: { version: 0, clientId: 'chen-1', steps },
    });
    expect(sent.status).toBe(200);
    // Amina saves the whole text she loaded before Chen's step: it would drop his edit.
    const stale = await api().as('drafter', 'PUT', `/api/drafts/${draft.id}/document`, {
      body: { baseVersion: draft.version, document: withInsertion(seedDoc, '整份：').toJSON() },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version-conflict');
    const current = stale.body.error.current;
    expect(JSON.stringify(current.document)).toContain('协作：');
    expect(await api().store.steps.latestVersion(draft.id)).toBe(1);
    // Rebased on the current draft, her save goes through, after Chen's step.
    const rebased = withInsertion(Node.fromJSON(addendumSchema, current.document), '整份：');
    const saved = await api().as('drafter', 'PUT', `/api/drafts/${draft.id}/document`, {
      body: { baseVersion: current.version, document: rebased.toJSON() },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const text = await api().as('drafter2', 'GET', `/api/drafts/${draft.id}/steps`);
    expect(text.body.version).toBe(2);
    const final = Node.fromJSON(addendumSchema, text.body.document);
    expect(final.eq(rebased)).toBe(true);
    expect(final.textContent).toContain('协作：');
  });

  it('is refused when another server accepted steps after this server’s own last save of the text', async () => {
    const draft = await api().createDraft();
    const first = withInsertion(seedDoc, '第一稿：');
    const saved = await api().as('drafter', 'PUT', `/api/drafts/${draft.id}/document`, {
      body: { baseVersion: draft.version, document: first.toJSON() },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const stepVersion = await api().store.steps.latestVersion(draft.id);
    // Another server (straight to the store, unseen by this one) accepts Chen's step on that text.
    const typed = withInsertion(first, '协作：');
    await api().store.steps.appendSteps(draft.id, stepVersion, 'chen-1', [
      replaceStepBetween(first, typed)!.toJSON(),
    ]);
    const stale = await api().as('drafter', 'PUT', `/api/drafts/${draft.id}/document`, {
      body: { baseVersion: saved.body.draft.version, document: withInsertion(first, '整份：').toJSON() },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version-conflict');
    expect(JSON.stringify(stale.body.error.current.document)).toContain('协作：');
    expect(JSON.stringify(stale.body.error.current.document)).not.toContain('整份：');
    expect(await api().store.steps.latestVersion(draft.id)).toBe(stepVersion + 1);
  });

  it('exports, checks and issues the text with every accepted step, folded in before each lifecycle event', async () => {
    const draft = await api().createDraft();
    const start = await api().as('drafter', 'GET', `/api/drafts/${draft.id}/steps`);
    const doc = Node.fromJSON(addendumSchema, start.body.document);
    const typed = withInsertion(doc, '最后一刻：');
    const sent = await api().as('drafter2', 'POST', `/api/drafts/${draft.id}/steps`, {
      body: { version: 0, clientId: 'chen-1', steps: [replaceStepBetween(doc, typed)!.toJSON()] },
    });
    expect(sent.status).toBe(200);
    // Far fewer steps than a periodic fold needs: the stored document does not hold it yet.
    expect(JSON.stringify((await api().store.drafts.get(draft.id)).document)).not.toContain('最后一刻：');
    const exported = await api().as('drafter', 'GET', `/api/drafts/${draft.id}/export/txt?force=true`);
    expect(exported.body).toContain('最后一刻：');
    // The client saw the draft at its version before the fold: its event still applies.
    const seen = (await api().as('drafter', 'GET', `/api/drafts/${draft.id}`)).body.draft.version;
    const ready = await api().as('drafter', 'POST', `/api/drafts/${draft.id}/events`, {
      body: { baseVersion: seen, event: { type: 'markReady', part: 'deliberations' } },
    });
    expect(ready.body.draft.version).toBe(seen + 2);
    expect(ready.status, JSON.stringify(ready.body)).toBe(200);
    expect(JSON.stringify(ready.body.draft.document)).toContain('最后一刻：');
    const rest: Array<[Person, Record<string, unknown>]> = [
      ['drafter', { type: 'markReady', part: 'actionTaken' }],
      ['drafter', { type: 'submit' }],
      ['reviewer', { type: 'approve' }],
      ['secretary', { type: 'approve' }],
      ['documentsOfficer', { type: 'assignSymbol', symbol: 'E/CN.15/2019/L.1/Add.6' }],
      ['documentsOfficer', { type: 'recordChecks' }],
      ['documentsOfficer', { type: 'issue' }],
    ];
    for (const [person, event] of rest) expect((await api().event(person, draft.id, event)).status).toBe(200);
    const published = await api().as(null, 'GET', `/api/published/E/CN.15/2019/L.1/Add.6?lang=zh`);
    expect(JSON.stringify(published.body.document)).toContain('最后一刻：');
  });

  /** A session cookie for a test person, signed in for this test. */
  async function cookieOf(person: 'drafter2'): Promise<string> {
    const login = await call(api().handle, 'POST', '/api/auth/login', {
      body: { email: PEOPLE[person].email, password: PASSWORD },
    });
    return cookieFrom(login);
  }
});
