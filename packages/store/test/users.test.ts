import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { AlreadyExists, InvalidInput, NotFound, VersionConflict } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';

const drafter = {
  email: 'Li.Wei@un.org',
  displayName: '李伟',
  password: 'correct horse battery staple',
  roles: ['drafter'],
};

describe.each(engines)('users on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('creates a user with roles and finds them by id and by e-mail in any case', async () => {
    const { store } = fresh();
    const user = await store.users.create({ ...drafter, roles: ['reviewer', 'drafter', 'drafter'] });
    expect(user).toMatchObject({
      email: 'li.wei@un.org',
      displayName: '李伟',
      roles: ['drafter', 'reviewer'],
      version: 1,
    });
    expect(await store.users.get(user.id)).toEqual(user);
    expect(await store.users.findByEmail(' LI.WEI@UN.ORG ')).toEqual(user);
    expect(user).not.toHaveProperty('passwordHash');
    expect(user).not.toHaveProperty('password');
  });

  it('keeps no password in clear', async () => {
    const { store, database } = fresh();
    await store.users.create(drafter);
    let hashes: string[];
    if (database.options.databaseUrl) {
      const client = new pg.Client({ connectionString: database.options.databaseUrl });
      await client.connect();
      hashes = (await client.query('select password_hash from users')).rows.map((r) => r.password_hash);
      await client.end();
    } else {
      const db = new Database(database.options.sqlitePath as string, { readonly: true });
      hashes = (db.prepare('select password_hash from users').all() as { password_hash: string }[]).map(
        (r) => r.password_hash,
      );
      db.close();
    }
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).toMatch(/^scrypt\$/);
    expect(hashes[0]).not.toContain(drafter.password);
  });

  it('authenticates the right password only, and never a disabled user', async () => {
    const { store } = fresh();
    const user = await store.users.create(drafter);
    expect((await store.users.authenticate('li.wei@un.org', drafter.password))?.id).toBe(user.id);
    expect(await store.users.authenticate('li.wei@un.org', 'Correct horse battery staple')).toBeUndefined();
    expect(await store.users.authenticate('nobody@un.org', drafter.password)).toBeUndefined();
    await store.users.update(user.id, 1, { disabled: true });
    expect(await store.users.authenticate('li.wei@un.org', drafter.password)).toBeUndefined();
  });

  it('refuses a second user with the same e-mail address', async () => {
    const { store } = fresh();
    await store.users.create(drafter);
    await expect(store.users.create({ ...drafter, email: 'li.wei@UN.org' })).rejects.toBeInstanceOf(
      AlreadyExists,
    );
    expect(await store.users.list()).toHaveLength(1);
  });

  it('refuses an address that is not an e-mail address', async () => {
    const { store } = fresh();
    await expect(store.users.create({ ...drafter, email: 'li wei' })).rejects.toBeInstanceOf(InvalidInput);
  });

  it('changes roles, name and password at the current version only', async () => {
    const { store } = fresh();
    const user = await store.users.create(drafter);
    const updated = await store.users.update(user.id, 1, {
      roles: ['editor'],
      displayName: 'Li Wei',
      password: 'a new passphrase',
    });
    expect(updated).toMatchObject({ roles: ['editor'], displayName: 'Li Wei', version: 2 });
    expect(await store.users.authenticate(user.email, 'a new passphrase')).toBeDefined();
    expect(await store.users.authenticate(user.email, drafter.password)).toBeUndefined();
    const refusal = await store.users.update(user.id, 1, { roles: ['documents-officer'] }).catch((e) => e);
    expect(refusal).toBeInstanceOf(VersionConflict);
    expect(refusal.current.roles).toEqual(['editor']);
    expect((await store.users.get(user.id)).roles).toEqual(['editor']);
  });

  it('disables and enables an account', async () => {
    const { store } = fresh();
    const user = await store.users.create(drafter);
    const disabled = await store.users.update(user.id, 1, { disabled: true });
    expect(disabled.disabledAt).not.toBeNull();
    expect((await store.users.update(user.id, 2, { disabled: false })).disabledAt).toBeNull();
  });

  it('lists users by e-mail address and reports an unknown id as not found', async () => {
    const { store } = fresh();
    await store.users.create({ ...drafter, email: 'zhang.min@un.org' });
    await store.users.create({ ...drafter, email: 'ana.garcia@un.org' });
    expect((await store.users.list()).map((u) => u.email)).toEqual(['ana.garcia@un.org', 'zhang.min@un.org']);
    await expect(store.users.get('no-such-user')).rejects.toBeInstanceOf(NotFound);
  });
});
