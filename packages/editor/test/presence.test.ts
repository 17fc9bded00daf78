import { TextSelection } from 'prosemirror-state';
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
