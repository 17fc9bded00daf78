import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFound, openStore, type Store } from '../src/index.js';
import { engines, type FreshDatabase, freshDatabase } from './support/engines.js';

const HOUR = 3_600_000;

describe.each(engines)('login sessions on %s', (engine) => {
  let database: FreshDatabase;
  let store: Store;
  let now: number;

  beforeEach(async () => {
    database = await freshDatabase(engine);
    now = Date.parse('2019-05-20T09:00:00.000Z');
    store = await openStore({ ...database.options, now: () => new Date(now) });
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  async function signedIn() {
    const user = await store.users.create({
      email: 'editor@un.org',
      displayName: 'Editor',
      password: 'pw',
      roles: ['editor'],
    });
    return { user, issued: await store.loginSessions.create(user.id, 8 * HOUR) };
  }

  it('resolves a token to its session and user until it expires', async () => {
    const { user, issued } = await signedIn();
    expect(issued.session.expiresAt).toBe('2019-05-20T17:00:00.000Z');
    expect(await store.loginSessions.resolve(issued.token)).toEqual({ session: issued.session, user });
    now += 8 * HOUR - 1;
    expect(await store.loginSessions.resolve(issued.token)).toBeDefined();
    now += 1;
    expect(await store.loginSessions.resolve(issued.token)).toBeUndefined();
  });

  it('resolves the user with every role they hold, sorted, and with none when they hold none', async () => {
    const several = await store.users.create({
      email: 'several@un.org',
      displayName: 'Several',
      password: 'pw',
      roles: ['secretary', 'drafter', 'reviewer'],
    });
    const none = await store.users.create({ email: 'none@un.org', displayName: 'None', password: 'pw' });
    const forSeveral = await store.loginSessions.create(several.id, HOUR);
    const forNone = await store.loginSessions.create(none.id, HOUR);
    expect((await store.loginSessions.resolve(forSeveral.token))?.user).toEqual(several);
    expect(several.roles).toEqual(['drafter', 'reviewer', 'secretary']);
    expect((await store.loginSessions.resolve(forNone.token))?.user).toEqual({ ...none, roles: [] });
  });

  it('stores only the hash of the token', async () => {
    const { issued } = await signedIn();
    expect(issued.session.id).toBe(createHash('sha256').update(issued.token).digest('hex'));
    expect(issued.session.id).not.toContain(issued.token);
    expect(await store.loginSessions.resolve(issued.session.id)).toBeUndefined();
  });

  it('ends a session at sign-out and all of a user’s sessions on demand', async () => {
    const { user, issued } = await signedIn();
    await store.loginSessions.revoke(issued.token);
    expect(await store.loginSessions.resolve(issued.token)).toBeUndefined();
    const a = await store.loginSessions.create(user.id, HOUR);
    const b = await store.loginSessions.create(user.id, HOUR);
    expect(await store.loginSessions.revokeAllForUser(user.id)).toBe(2);
    expect(await store.loginSessions.resolve(a.token)).toBeUndefined();
    expect(await store.loginSessions.resolve(b.token)).toBeUndefined();
  });

  it('stops resolving the sessions of a disabled user', async () => {
    const { user, issued } = await signedIn();
    await store.users.update(user.id, 1, { disabled: true });
    expect(await store.loginSessions.resolve(issued.token)).toBeUndefined();
  });

  it('deletes expired sessions and keeps live ones', async () => {
    const { user, issued } = await signedIn();
    const short = await store.loginSessions.create(user.id, HOUR);
    now += 2 * HOUR;
    expect(await store.loginSessions.deleteExpired()).toBe(1);
    expect(await store.loginSessions.resolve(short.token)).toBeUndefined();
    expect(await store.loginSessions.resolve(issued.token)).toBeDefined();
  });

  it('refuses a session for an unknown user', async () => {
    await expect(store.loginSessions.create('no-such-user', HOUR)).rejects.toBeInstanceOf(NotFound);
  });
});
