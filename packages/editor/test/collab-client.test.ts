import { addendumSchema } from '@rapporteur/document';
import { getVersion, sendableSteps } from 'prosemirror-collab';
import { Step, Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { KeptStepsStore, planCollabStart, restoreTransaction } from '../src/index.js';
import { testEditor } from './collab-editor.js';
import { FakeAuthority, settle } from './fake-authority.js';
import { FakeStorage } from './fake-storage.js';
import { smallDoc } from './fixtures.js';

describe('collab client', () => {
  it('sends local steps, confirms them when the authority accepts them and forgets the kept copy', async () => {
    const authority = new FakeAuthority(smallDoc());
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    a.type('considered item 6', ' at length');
    await settle();
    expect(authority.doc.textContent).toContain('considered item 6 at length');
    expect(getVersion(a.state)).toBe(authority.version);
    expect(sendableSteps(a.state)).toBeNull();
    expect(a.statuses).toEqual(['saving', 'saved']);
    await a.timers.tick(10_000);
    expect(new KeptStepsStore(a.storage).list('d1')).toEqual([]);
  });

  it('sends one request at a time and sends what was typed meanwhile right after the answer', async () => {
    const authority = new FakeAuthority(smallDoc());
    authority.holdAnswers = true;
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    a.type('considered item 6', ' A');
    a.type('considered item 6 A', 'B');
    await settle();
    expect(authority.sends).toBe(1);
    await authority.release();
    expect(authority.sends).toBe(2);
    await authority.release();
    expect(authority.doc.textContent).toContain('considered item 6 AB');
    expect(a.client.status).toBe('saved');
  });

  it('rebases on a version conflict: fetches the missed steps, rebases its own and sends them again, keeping both texts', async () => {
    const authority = new FakeAuthority(smallDoc());
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    const b = testEditor({ clientId: 'b', doc: smallDoc(), server: authority.server() });
    a.type('considered item 6', ' (Alpha)');
    await settle();
    b.type('considered item 6', ' (Beta)');
    await settle();
    expect(authority.sends).toBe(3);
    expect(authority.doc.textContent).toContain('(Alpha)');
    expect(authority.doc.textContent).toContain('(Beta)');
    expect(b.state.doc.eq(authority.doc)).toBe(true);
    expect(b.client.status).toBe('saved');
  });

  it('takes in steps pushed by the stream, ignores those it already holds and catches up on a gap', async () => {
    const authority = new FakeAuthority(smallDoc());
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    const b = testEditor({ clientId: 'b', doc: smallDoc(), server: authority.server() });
    a.type('considered item 6', ' one');
    await settle();
    a.type('considered item 6 one', ' two');
    await settle();
    // b heard only the second batch: a gap, so it fetches everything since its version.
    b.client.receive({ version: 2, steps: authority.log.slice(1) });
    await settle();
    expect(b.state.doc.eq(authority.doc)).toBe(true);
    // The first batch arriving late is already held and changes nothing.
    b.client.receive({ version: 1, steps: authority.log.slice(0, 1) });
    expect(b.state.doc.eq(authority.doc)).toBe(true);
    expect(getVersion(b.state)).toBe(2);
  });

  it('recognises its own steps coming back on the stream by client id, before or after the answer', async () => {
    const authority = new FakeAuthority(smallDoc());
    authority.holdAnswers = true;
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server(), authority });
    a.type('considered item 6', ' echoed');
    a.type('considered item 6 echoed', ' more');
    await settle();
    // The stream brought the first batch back while its answer is still held and more was typed.
    expect(getVersion(a.state)).toBe(1);
    expect(sendableSteps(a.state)?.steps).toHaveLength(1);
    await authority.release();
    await authority.release();
    expect(getVersion(a.state)).toBe(authority.version);
    expect(sendableSteps(a.state)).toBeNull();
    expect(a.lost).toEqual([]);
    expect(a.state.doc.eq(authority.doc)).toBe(true);
    expect(a.client.status).toBe('saved');
  });

  it('two editors typing into the same paragraph at once end on the same text with both edits', async () => {
    const authority = new FakeAuthority(smallDoc());
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server(), authority });
    const b = testEditor({ clientId: 'b', doc: smallDoc(), server: authority.server(), authority });
    for (const [i, word] of ['red', 'green', 'blue'].entries()) {
      a.type('considered item 6', ` A${i}${word}`);
      b.type('The Commission', ` B${i}${word}`);
    }
    await settle();
    await a.timers.tick(0);
    await b.timers.tick(0);
    expect(a.state.doc.eq(authority.doc)).toBe(true);
    expect(b.state.doc.eq(authority.doc)).toBe(true);
    for (const word of ['A0red', 'A1green', 'A2blue', 'B0red', 'B1green', 'B2blue']) {
      expect(authority.doc.textContent).toContain(word);
    }
  });

  it('takes in the authority\u2019s steps even where this editor keeps a part read-only or a heading locked', async () => {
    const authority = new FakeAuthority(smallDoc());
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    const b = testEditor({
      clientId: 'b',
      doc: smallDoc(),
      server: authority.server(),
      authority,
      readyParts: ['actionTaken'],
    });
    a.type('Adopted', ' by consensus');
    await settle();
    // Someone else's client (without the template lock) renamed the heading.
    const at = posOfText(authority.doc, 'B. Action', 9);
    const heading = new Transform(authority.doc).insert(at, authority.doc.type.schema.text(' now'));
    await authority.server().sendSteps(authority.version, 'z', [heading.steps[0]!.toJSON()]);
    await settle();
    expect(authority.doc.textContent).toContain('B. Action now');
    expect(b.state.doc.eq(authority.doc)).toBe(true);
    // b's own typing there is still refused by its guards.
    const before = b.state.doc;
    b.type('Adopted by consensus', ' (b)');
    expect(b.state.doc.eq(before)).toBe(true);
  });

  it('holds other people\u2019s steps while the drafter composes (CJK input) and takes them in once it ends', async () => {
    const authority = new FakeAuthority(smallDoc());
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    const b = testEditor({ clientId: 'b', doc: smallDoc(), server: authority.server(), authority });
    b.composing = true;
    a.type('considered item 6', ' meanwhile');
    await settle();
    await b.timers.tick(200);
    expect(b.text()).not.toContain('meanwhile');
    b.type('The Commission', ' 委员会');
    await settle();
    expect(authority.sends).toBe(1);
    b.composing = false;
    await b.timers.tick(50);
    await settle();
    expect(b.state.doc.eq(authority.doc)).toBe(true);
    expect(authority.doc.textContent).toContain('The Commission 委员会 considered item 6 meanwhile.');
  });

  it('offline, keeps the unconfirmed steps in browser storage and retries with growing pauses until the server answers', async () => {
    const authority = new FakeAuthority(smallDoc());
    authority.offline = true;
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    a.type('considered item 6', ' offline words');
    await settle();
    expect(a.client.status).toBe('offline');
    const kept = new KeptStepsStore(a.storage).list('d1');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ clientId: 'a', version: 0 });
    expect(kept[0]!.steps.length).toBeGreaterThan(0);
    expect(authority.sends).toBe(1);
    await a.timers.tick(1000);
    expect(authority.sends).toBe(2);
    await a.timers.tick(1000);
    expect(authority.sends).toBe(2);
    await a.timers.tick(1000);
    expect(authority.sends).toBe(3);
    authority.offline = false;
    await a.timers.tick(4000);
    expect(authority.sends).toBe(4);
    expect(authority.doc.textContent).toContain('offline words');
    expect(a.client.status).toBe('saved');
    expect(new KeptStepsStore(a.storage).list('d1')).toEqual([]);
  });

  it('offline with the browser refusing to keep the edits, says so, keeps retrying and keeps them once it can', async () => {
    const authority = new FakeAuthority(smallDoc());
    authority.offline = true;
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    a.storage.refuses = true;
    a.type('considered item 6', ' unkept words');
    await settle();
    expect(a.client.status).toBe('offline');
    expect(a.keptLocally).toEqual([false]);
    expect(a.storage.items.size).toBe(0);
    // The retries go on although nothing could be kept, and each tries to keep the edits again.
    await a.timers.tick(1000);
    expect(authority.sends).toBe(2);
    a.storage.refuses = false;
    await a.timers.tick(2000);
    expect(authority.sends).toBe(3);
    expect(a.keptLocally).toEqual([false, true]);
    expect(new KeptStepsStore(a.storage).list('d1')[0]!.steps.length).toBeGreaterThan(0);
    authority.offline = false;
    await a.timers.tick(4000);
    expect(authority.doc.textContent).toContain('unkept words');
    expect(a.client.status).toBe('saved');
  });

  it('edits the browser refused to keep are safe again once the server confirms them', async () => {
    const authority = new FakeAuthority(smallDoc());
    authority.holdAnswers = true;
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    a.storage.refuses = true;
    a.type('considered item 6', ' pending');
    await a.timers.tick(600);
    expect(a.keptLocally).toEqual([false]);
    await authority.release();
    expect(authority.doc.textContent).toContain('pending');
    expect(a.keptLocally).toEqual([false, true]);
  });

  it('a refused edit keeps the text and the reason, sends nothing more until retried, and can be discarded', async () => {
    const authority = new FakeAuthority(smallDoc());
    authority.refusal = 'The action taken is marked ready; reopen it to edit.';
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    a.type('Adopted', ' without a vote');
    await settle();
    expect(a.client.status).toBe('refused');
    expect(a.messages).toEqual(['The action taken is marked ready; reopen it to edit.']);
    expect(a.text()).toContain('Adopted without a vote');
    expect(new KeptStepsStore(a.storage).list('d1')).toHaveLength(1);
    a.type('considered item 6', ' more');
    await settle();
    expect(authority.sends).toBe(1);

    authority.refusal = null;
    a.client.retry();
    await settle();
    expect(a.client.status).toBe('saved');
    expect(authority.doc.textContent).toContain('Adopted without a vote');

    authority.refusal = 'Frozen.';
    a.type('Adopted without a vote', ' again');
    await settle();
    expect(a.client.status).toBe('refused');
    a.client.discard();
    expect(a.text()).not.toContain(' again');
    expect(a.state.doc.eq(authority.doc)).toBe(true);
    expect(a.client.status).toBe('saved');
    expect(new KeptStepsStore(a.storage).list('d1')).toEqual([]);
  });

  it('reports local edits that no longer apply after other people\u2019s steps, with both texts', async () => {
    const authority = new FakeAuthority(smallDoc());
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    authority.offline = true;
    a.type('considered item 6', ' Ours.');
    await settle();
    // Meanwhile someone deletes the paragraph a typed into.
    const inside = authority.doc.resolve(posOfText(authority.doc, 'considered item 6'));
    const from = inside.before();
    const to = inside.after();
    authority.offline = false;
    await authority.server().sendSteps(0, 'z', [deleteStep(from, to)]);
    a.client.catchUp();
    await settle();
    expect(a.lost).toHaveLength(1);
    expect(a.lost[0]!.ours.textContent).toContain('considered item 6 Ours.');
    expect(a.lost[0]!.theirs.textContent).not.toContain('considered item 6');
    expect(a.lost[0]!.base.textContent).toContain('considered item 6.');
    expect(a.state.doc.eq(authority.doc)).toBe(true);
  });
});

describe('kept steps across a reload', () => {
  it('a reloaded editor takes its kept steps over: those already accepted are recognised, the rest sent once', async () => {
    const authority = new FakeAuthority(smallDoc());
    authority.holdAnswers = true;
    const storage = new FakeStorage();
    const first = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server(), storage });
    first.type('considered item 6', ' sent');
    await settle();
    first.type('considered item 6 sent', ' unsent');
    first.client.dispose();
    // The page went away with the first batch accepted but its answer never read.
    expect(authority.doc.textContent).toContain('sent');
    expect(authority.doc.textContent).not.toContain('unsent');
    authority.holdAnswers = false;

    const kept = new KeptStepsStore(storage).list('d1')[0];
    const plan = planCollabStart(
      { version: authority.version, document: authority.doc.toJSON() },
      kept,
      () => 'new',
    );
    expect(plan).toMatchObject({ clientId: 'a', version: 0, behind: true });
    const second = testEditor({
      clientId: plan.clientId,
      doc: plan.doc,
      version: plan.version,
      server: authority.server(),
      storage,
    });
    second.state = second.state.apply(restoreTransaction(second.state, plan.steps));
    second.client.update();
    second.client.catchUp();
    await settle();
    expect(authority.doc.textContent).toContain('considered item 6 sent unsent.');
    expect(second.state.doc.eq(authority.doc)).toBe(true);
    expect(new KeptStepsStore(storage).list('d1')).toEqual([]);
  });

  it('kept edits made on a text the authority no longer continues from go to the merge with both texts', () => {
    const doc = smallDoc();
    const tr = restoreTransaction(
      testEditor({ clientId: 'x', doc, server: new FakeAuthority(doc).server() }).state,
      [],
    );
    const typed = tr.insertText(' kept', posOfText(doc, 'Adopted', 7)).doc;
    const replaced = smallDoc().replace(
      posOfText(doc, 'The Commission'),
      posOfText(doc, 'The Commission', 3),
      doc.slice(0, 0),
    );
    const plan = planCollabStart(
      { version: 0, document: replaced.toJSON() },
      {
        draftId: 'd1',
        clientId: 'old',
        version: 0,
        baseDocument: doc.toJSON(),
        steps: tr.steps.map((step) => step.toJSON()),
        keptAt: '2019-05-23T10:00:00Z',
      },
      () => 'new',
    );
    expect(plan.clientId).toBe('new');
    expect(plan.steps).toEqual([]);
    expect(plan.doc.eq(replaced)).toBe(true);
    expect(plan.merge?.ours.eq(typed)).toBe(true);
    expect(plan.merge?.theirs.eq(replaced)).toBe(true);
    expect(plan.merge?.clientId).toBe('old');
  });

  it('opens on the authority\u2019s text with a new client id when nothing is kept', () => {
    const doc = smallDoc();
    const plan = planCollabStart({ version: 7, document: doc.toJSON() }, undefined, () => 'new');
    expect(plan).toMatchObject({ version: 7, clientId: 'new', steps: [], behind: false });
    expect(plan.doc.eq(doc)).toBe(true);
  });

  it('keeps one entry per editor, so two tabs of a draft never overwrite each other', () => {
    const storage = new FakeStorage();
    const kept = new KeptStepsStore(storage);
    const entry = {
      draftId: 'd1',
      version: 3,
      baseDocument: {},
      steps: [{}],
      keptAt: '2019-05-23T10:00:00Z',
    };
    kept.write({ ...entry, clientId: 'a' });
    kept.write({ ...entry, clientId: 'b', keptAt: '2019-05-23T10:05:00Z' });
    kept.write({ ...entry, draftId: 'd2', clientId: 'c' });
    expect(kept.list('d1').map((e) => e.clientId)).toEqual(['b', 'a']);
    kept.remove('d1', 'b');
    expect(kept.list('d1').map((e) => e.clientId)).toEqual(['a']);
    storage.setItem('rapporteur:collab:d1:broken', '{');
    expect(kept.list('d1').map((e) => e.clientId)).toEqual(['a']);
  });
});

function posOfText(doc: ReturnType<typeof smallDoc>, text: string, offset = 0): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text!.includes(text))
      found = pos + node.text!.indexOf(text) + offset;
    return found < 0;
  });
  return found;
}

function deleteStep(from: number, to: number): unknown {
  return Step.fromJSON(addendumSchema, { stepType: 'replace', from, to }).toJSON();
}
