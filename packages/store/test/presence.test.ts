import { describe, expect, it } from 'vitest';
import { InvalidInput, NotFound, type Store } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import { newAddendumDraft } from './support/fixtures.js';

async function twoDrafters(store: Store) {
  const amina = await store.users.create({
    email: 'amina.drafter@un.example',
    displayName: 'Amina Drafter',
    password: 'correct horse battery staple',
    roles: ['drafter'],
  });
  const chen = await store.users.create({
    email: 'chen.drafter@un.example',
    displayName: 'Chen Drafter',
    password: 'correct horse battery staple',
    roles: ['drafter'],
  });
  return { amina, chen };
}

const LONG_AGO = '2000-01-01T00:00:00.000Z';

/** Report times a second apart, from the opening of the Commission's twenty-eighth session. */
let reported = Date.parse('2019-05-20T10:00:00.000Z');
function at(): string {
  reported += 1000;
  return new Date(reported).toISOString();
}

describe.each(engines)('presence in drafts on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('lists each client’s latest selection with its user’s name', async () => {
    const { store } = fresh();
    const { amina, chen } = await twoDrafters(store);
    const draft = await store.drafts.create(newAddendumDraft());
    await store.presence.report(
      { draftId: draft.id, clientId: 'tab-a', userId: amina.id, anchor: 5, head: 9, version: 3, at: at() },
      LONG_AGO,
    );
    await store.presence.report(
      { draftId: draft.id, clientId: 'tab-c', userId: chen.id, anchor: 2, head: 2, version: 0, at: at() },
      LONG_AGO,
    );
    await store.presence.report(
      { draftId: draft.id, clientId: 'tab-a', userId: amina.id, anchor: 7, head: 7, version: 12, at: at() },
      LONG_AGO,
    );
    const people = await store.presence.list(draft.id, LONG_AGO);
    expect(people.map(({ at: _at, ...rest }) => rest)).toEqual([
      { clientId: 'tab-a', userId: amina.id, name: 'Amina Drafter', anchor: 7, head: 7, version: 12 },
      { clientId: 'tab-c', userId: chen.id, name: 'Chen Drafter', anchor: 2, head: 2, version: 0 },
    ]);
    // Reports are a second apart: the second is older than the third.
    expect(people[0]!.at > people[1]!.at).toBe(true);
    expect(await store.presence.list('another-draft', LONG_AGO)).toEqual([]);
  });

  it('keeps no version for a report that gives none, and drops an earlier one when a report stops giving it', async () => {
    const { store } = fresh();
    const { amina } = await twoDrafters(store);
    const draft = await store.drafts.create(newAddendumDraft());
    await store.presence.report(
      { draftId: draft.id, clientId: 'tab-a', userId: amina.id, anchor: 4, head: 4, version: 9, at: at() },
      LONG_AGO,
    );
    expect((await store.presence.list(draft.id, LONG_AGO))[0]!.version).toBe(9);
    // The positions of a report without a version are not at version 9 any more.
    await store.presence.report(
      { draftId: draft.id, clientId: 'tab-a', userId: amina.id, anchor: 6, head: 6, at: at() },
      LONG_AGO,
    );
    expect(await store.presence.list(draft.id, LONG_AGO)).toMatchObject([
      { anchor: 6, head: 6, version: null },
    ]);
  });

  it('leaves out entries reported before a moment, and clears them at the next report', async () => {
    const { store } = fresh();
    const { amina, chen } = await twoDrafters(store);
    const draft = await store.drafts.create(newAddendumDraft());
    await store.presence.report(
      { draftId: draft.id, clientId: 'tab-a', userId: amina.id, anchor: 1, head: 1, at: at() },
      LONG_AGO,
    );
    const [first] = await store.presence.list(draft.id, LONG_AGO);
    await store.presence.report(
      { draftId: draft.id, clientId: 'tab-c', userId: chen.id, anchor: 1, head: 1, at: at() },
      LONG_AGO,
    );
    const [, second] = await store.presence.list(draft.id, LONG_AGO);
    expect((await store.presence.list(draft.id, second!.at)).map((p) => p.clientId)).toEqual(['tab-c']);
    // A report expiring everything before Chen's removes Amina's entry for good.
    await store.presence.report(
      { draftId: draft.id, clientId: 'tab-c', userId: chen.id, anchor: 2, head: 2, at: at() },
      second!.at,
    );
    expect((await store.presence.list(draft.id, first!.at)).map((p) => p.clientId)).toEqual(['tab-c']);
  });

  it('removes a client’s entry only for its own user', async () => {
    const { store } = fresh();
    const { amina, chen } = await twoDrafters(store);
    const draft = await store.drafts.create(newAddendumDraft());
    await store.presence.report(
      { draftId: draft.id, clientId: 'tab-a', userId: amina.id, anchor: 1, head: 1, at: at() },
      LONG_AGO,
    );
    expect(await store.presence.remove(draft.id, 'tab-a', chen.id)).toBe(false);
    expect(await store.presence.list(draft.id, LONG_AGO)).toHaveLength(1);
    expect(await store.presence.remove(draft.id, 'tab-a', amina.id)).toBe(true);
    expect(await store.presence.list(draft.id, LONG_AGO)).toEqual([]);
  });

  it('refuses positions that are not positions, and an unknown draft', async () => {
    const { store } = fresh();
    const { amina } = await twoDrafters(store);
    const draft = await store.drafts.create(newAddendumDraft());
    await expect(
      store.presence.report(
        { draftId: draft.id, clientId: 'tab-a', userId: amina.id, anchor: -1, head: 1, at: at() },
        LONG_AGO,
      ),
    ).rejects.toBeInstanceOf(InvalidInput);
    await expect(
      store.presence.report(
        { draftId: draft.id, clientId: 'tab-a', userId: amina.id, anchor: 1, head: 1.5, at: at() },
        LONG_AGO,
      ),
    ).rejects.toBeInstanceOf(InvalidInput);
    await expect(
      store.presence.report(
        { draftId: draft.id, clientId: 'tab-a', userId: amina.id, anchor: 1, head: 1, version: -1, at: at() },
        LONG_AGO,
      ),
    ).rejects.toThrow(/version/);
    await expect(
      store.presence.report(
        {
          draftId: draft.id,
          clientId: 'tab-a',
          userId: amina.id,
          anchor: 1,
          head: 1,
          version: 2.5,
          at: at(),
        },
        LONG_AGO,
      ),
    ).rejects.toBeInstanceOf(InvalidInput);
    await expect(
      store.presence.report(
        { draftId: 'no-such-draft', clientId: 'tab-a', userId: amina.id, anchor: 1, head: 1, at: at() },
        LONG_AGO,
      ),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await store.presence.list(draft.id, LONG_AGO)).toEqual([]);
  });
});
