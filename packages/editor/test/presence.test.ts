import { addendumSchema } from '@rapporteur/document';
import { TextSelection } from 'prosemirror-state';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import {
  caretsFromPeople,
  type PresencePerson,
  type PresenceSelection,
  PresenceSender,
  personColour,
  personHue,
  remoteCarets,
  selectionAtConfirmed,
  setRemoteCarets,
} from '../src/index.js';
import { testEditor } from './collab-editor.js';
import { FakeAuthority, settle } from './fake-authority.js';
import { FakeTimers } from './fake-storage.js';
import { posOf, smallDoc } from './fixtures.js';

function person(overrides: Partial<PresencePerson>): PresencePerson {
  return {
    clientId: 'b',
    userId: 'u-b',
    name: 'Beatriz Ortega',
    anchor: 0,
    head: 0,
    at: '2019-05-23T10:00:00Z',
    ...overrides,
  };
}

describe('presence positions', () => {
  it('posts this editor\u2019s caret at its confirmed version, mapped back through unconfirmed typing', async () => {
    const authority = new FakeAuthority(smallDoc());
    authority.offline = true;
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    const before = posOf(a.state.doc, 'The Commission', 3);
    a.type('The', ' whole');
    await settle();
    const after = posOf(a.state.doc, 'considered');
    a.state = a.state.apply(a.state.tr.setSelection(TextSelection.create(a.state.doc, after)));
    const confirmed = selectionAtConfirmed(a.state);
    expect(confirmed.head).toBe(posOf(smallDoc(), 'considered'));
    expect(confirmed.anchor).toBe(confirmed.head);
    // A caret inside the unconfirmed words lands where they were inserted.
    a.state = a.state.apply(
      a.state.tr.setSelection(TextSelection.create(a.state.doc, posOf(a.state.doc, 'whole', 2))),
    );
    expect(selectionAtConfirmed(a.state).head).toBe(before);
  });

  it('shows another person\u2019s caret made at an older version where it now is, through confirmed and unconfirmed steps', async () => {
    const authority = new FakeAuthority(smallDoc());
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server() });
    const theirPos = posOf(smallDoc(), 'considered');
    // b's caret was posted at version 0; then a's confirmed words and unconfirmed words moved it.
    a.type('The', ' first');
    await settle();
    authority.offline = true;
    a.type('The first', ' second');
    await settle();
    const carets = caretsFromPeople(
      [person({ anchor: theirPos, head: theirPos, version: 0 }), person({ clientId: 'a', userId: 'u-a' })],
      a.state,
      { clientId: 'a', version: a.client.version, mapsSince: (v) => a.client.mapsSince(v) },
    );
    expect(carets).toHaveLength(1);
    expect(carets[0]).toMatchObject({ clientId: 'b', name: 'Beatriz Ortega' });
    expect(carets[0]!.head).toBe(posOf(a.state.doc, 'considered'));
  });

  it('maps a caret another editor posted to where it is here, through steps received from others since and local typing', async () => {
    const authority = new FakeAuthority(smallDoc());
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server(), authority });
    const b = testEditor({ clientId: 'b', doc: smallDoc(), server: authority.server(), authority });
    const c = testEditor({ clientId: 'c', doc: smallDoc(), server: authority.server(), authority });
    b.type('The', ' whole');
    await settle();
    b.state = b.state.apply(
      b.state.tr.setSelection(TextSelection.create(b.state.doc, posOf(b.state.doc, 'item 6'))),
    );
    // What b's page posts: its caret at its confirmed version (1).
    const posted = { ...selectionAtConfirmed(b.state), version: b.client.version };
    expect(posted.version).toBe(1);
    // Then, before the caret: c's words (received by a), a's confirmed words, a's words not yet confirmed.
    c.type('The whole', ' Economic');
    await settle();
    a.type('considered', ' carefully');
    await settle();
    authority.offline = true;
    a.type('Economic', ' and Social');
    await settle();
    expect(a.client.version).toBe(3);
    expect(a.text()).toContain('The whole Economic and Social Commission considered carefully item 6.');
    const carets = caretsFromPeople([person({ clientId: 'b', ...posted })], a.state, {
      clientId: 'a',
      version: a.client.version,
      mapsSince: (v) => a.client.mapsSince(v),
    });
    expect(carets[0]!.head).toBe(posOf(a.state.doc, 'item 6'));
    expect(carets[0]!.anchor).toBe(carets[0]!.head);
    // Taken as it stands, the position would have pointed into the words typed since.
    expect(posted.head).not.toBe(carets[0]!.head);
  });

  it('maps a caret through the last 1000 received steps and takes an older one as it stands, clamped', () => {
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: new FakeAuthority(smallDoc()).server() });
    const at = posOf(smallDoc(), 'item 6');
    const steps = [];
    let doc = smallDoc();
    for (let i = 0; i < 1001; i += 1) {
      const tr = new Transform(doc).insert(at, addendumSchema.text('x'));
      steps.push({ step: tr.steps[0]!.toJSON(), clientId: 'c' });
      doc = tr.doc;
    }
    a.client.receive({ version: 1001, steps });
    expect(a.client.version).toBe(1001);
    const mapping = { clientId: 'a', version: 1001, mapsSince: (v: number) => a.client.mapsSince(v) };
    // Posted at version 1 (one x before "item 6"): 1000 steps back, still remembered.
    const recent = caretsFromPeople([person({ anchor: at + 1, head: at + 1, version: 1 })], a.state, mapping);
    expect(recent[0]!.head).toBe(posOf(a.state.doc, 'item 6'));
    // Posted at version 0: 1001 steps back, beyond what is remembered.
    expect(a.client.mapsSince(0)).toBeNull();
    const old = caretsFromPeople([person({ anchor: at, head: 99_999, version: 0 })], a.state, mapping);
    expect(old[0]).toMatchObject({ anchor: at, head: a.state.doc.content.size });
  });

  it('takes a position with no version as being at this editor’s confirmed version', async () => {
    const authority = new FakeAuthority(smallDoc());
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: authority.server(), authority });
    a.type('The', ' whole');
    await settle();
    const here = posOf(a.state.doc, 'item 6');
    const carets = caretsFromPeople([person({ anchor: here, head: here, version: null })], a.state, {
      clientId: 'a',
      version: a.client.version,
      mapsSince: (v) => a.client.mapsSince(v),
    });
    expect(carets[0]).toMatchObject({ anchor: here, head: here });
  });

  it('clamps a position from a version it cannot map to the document', () => {
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: new FakeAuthority(smallDoc()).server() });
    const carets = caretsFromPeople([person({ anchor: 99_999, head: 5, version: 40 })], a.state, {
      clientId: 'a',
      version: 0,
      mapsSince: () => null,
    });
    expect(carets[0]).toMatchObject({ anchor: a.state.doc.content.size, head: 5 });
  });

  it('keeps remote carets in place as the document changes, until the next list replaces them', () => {
    const a = testEditor({ clientId: 'a', doc: smallDoc(), server: new FakeAuthority(smallDoc()).server() });
    const at = posOf(a.state.doc, 'considered');
    a.state = a.state.apply(
      setRemoteCarets(a.state, [
        { clientId: 'b', userId: 'u-b', name: 'Beatriz Ortega', anchor: at, head: at },
      ]),
    );
    a.state = a.state.apply(a.state.tr.insertText('Indeed, ', posOf(a.state.doc, 'The')));
    expect(remoteCarets(a.state)[0]!.head).toBe(posOf(a.state.doc, 'considered'));
    a.state = a.state.apply(setRemoteCarets(a.state, []));
    expect(remoteCarets(a.state)).toEqual([]);
  });

  it('gives each person one colour, the same every time', () => {
    expect(personHue('u-b')).toBe(personHue('u-b'));
    expect(personColour('u-a')).not.toBe(personColour('u-b'));
    expect(personHue('u-a')).toBeGreaterThanOrEqual(0);
    expect(personHue('u-a')).toBeLessThan(360);
  });
});

describe('presence sender', () => {
  it('posts at once, then at most once per pause while the caret moves, the last position always', async () => {
    const timers = new FakeTimers();
    const posted: PresenceSelection[] = [];
    let head = 1;
    const sender = new PresenceSender({
      selection: () => ({ clientId: 'a', anchor: head, head, version: 0 }),
      send: async (selection) => {
        posted.push(selection);
      },
      timers,
    });
    expect(posted.map((p) => p.head)).toEqual([1]);
    for (head = 2; head <= 5; head += 1) sender.changed();
    head = 5;
    await timers.tick(250);
    expect(posted.map((p) => p.head)).toEqual([1, 5]);
    sender.changed();
    await timers.tick(250);
    expect(posted).toHaveLength(2);
    sender.stop();
  });

  it('posts again for other people\u2019s steps only once its last post lags 200 steps behind', async () => {
    const timers = new FakeTimers();
    const posted: PresenceSelection[] = [];
    let version = 0;
    let head = 10;
    const sender = new PresenceSender({
      selection: () => ({ clientId: 'a', anchor: head, head, version }),
      send: async (selection) => {
        posted.push(selection);
      },
      timers,
    });
    // Others type before this reader's caret: it shifts with the text, which they map themselves.
    for (version = 1; version < 200; version += 1) {
      head += 1;
      sender.versionMoved(version);
      await timers.tick(20);
    }
    expect(posted.map((p) => p.version)).toEqual([0]);
    version = 200;
    sender.versionMoved(version);
    await timers.tick(250);
    expect(posted.map((p) => p.version)).toEqual([0, 200]);
    // The drafter's own move is posted at once, whatever the version.
    head = 3;
    sender.changed();
    await timers.tick(250);
    expect(posted.map((p) => p.head)).toEqual([10, 209, 3]);
    sender.stop();
  });

  it('posts again while the caret stays put so the entry does not expire, and stops when told', async () => {
    const timers = new FakeTimers();
    let posts = 0;
    const sender = new PresenceSender({
      selection: () => ({ clientId: 'a', anchor: 1, head: 1, version: 0 }),
      send: async () => {
        posts += 1;
      },
      timers,
    });
    await timers.tick(10_000);
    await timers.tick(10_000);
    expect(posts).toBe(3);
    sender.stop();
    await timers.tick(30_000);
    expect(posts).toBe(3);
  });
});
