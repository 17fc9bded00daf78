import { openStore } from '@rapporteur/store';
import { describe, expect, it } from 'vitest';
import { createApi } from '../server/api';
import { FREE_FAILURES } from '../server/login-throttle';
import { call, cookieFrom } from './support/api-client';
import { PASSWORD, PEOPLE, useApi } from './support/api-harness';
import { engines } from './support/databases';

describe.each(engines)('signing in and out on %s', (engine) => {
  const api = useApi(engine);

  it('sets an HttpOnly, SameSite session cookie that identifies the user, and never returns the hash', async () => {
    const login = await api().as(null, 'POST', '/api/auth/login', {
      body: { email: PEOPLE.reviewer.email.toUpperCase(), password: PASSWORD },
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^rapporteur_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(JSON.stringify(login.body)).not.toMatch(/scrypt|hash/i);
    const me = await api().as(null, 'GET', '/api/auth/me', { cookie: cookieFrom(login) });
    expect(me.body.user).toMatchObject({ email: PEOPLE.reviewer.email, roles: ['reviewer'] });
  });

  it('ends the session at sign-out: the same cookie is refused afterwards', async () => {
    const login = await api().as(null, 'POST', '/api/auth/login', {
      body: { email: PEOPLE.secretary.email, password: PASSWORD },
    });
    const cookie = cookieFrom(login);
    const logout = await api().as(null, 'POST', '/api/auth/logout', { cookie });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toContain('Max-Age=0');
    const after = await api().as(null, 'GET', '/api/auth/me', { cookie });
    expect(after.status).toBe(401);
  });

  it('refuses a wrong password, an unknown account and a forged cookie with 401', async () => {
    const wrong = await api().as(null, 'POST', '/api/auth/login', {
      body: { email: PEOPLE.drafter.email, password: 'not the password' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const unknown = await api().as(null, 'POST', '/api/auth/login', {
      body: { email: 'nobody@un.example', password: PASSWORD },
    });
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    const forged = await api().as(null, 'GET', '/api/auth/me', { cookie: 'rapporteur_session=forged-token' });
    expect(forged.status).toBe(401);
  });

  it('refuses state changes sent from another site, even with a valid cookie', async () => {
    const crossSite = await api().as('drafter', 'POST', '/api/auth/logout', {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.code).toBe('cross-origin');
    const otherOrigin = await api().as('drafter', 'POST', '/api/auth/logout', {
      headers: { 'sec-fetch-site': '', origin: 'https://evil.example' },
    });
    expect(otherOrigin.status).toBe(403);
    const sameOrigin = await api().as('drafter', 'GET', '/api/auth/me', {
      headers: { origin: 'https://evil.example' },
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('lets an administrator add a user and change their roles; a disabled user can no longer sign in', async () => {
    const created = await api().as('administrator', 'POST', '/api/users', {
      body: {
        email: 'li.editor@un.example',
        displayName: 'Li Editor',
        password: 'another long password',
        roles: ['reviewer'],
      },
    });
    expect(created.status).toBe(201);
    const user = created.body.user;
    const duplicate = await api().as('administrator', 'POST', '/api/users', {
      body: { email: 'LI.editor@un.example', displayName: 'Li Again', password: 'another long password' },
    });
    expect(duplicate.status).toBe(409);
    const login = await api().as(null, 'POST', '/api/auth/login', {
      body: { email: 'li.editor@un.example', password: 'another long password' },
    });
    const cookie = cookieFrom(login);
    const promoted = await api().as('administrator', 'PATCH', `/api/users/${user.id}`, {
      body: { version: user.version, roles: ['reviewer', 'secretary'] },
    });
    expect(promoted.body.user.roles).toEqual(['reviewer', 'secretary']);
    expect((await api().as(null, 'GET', '/api/auth/me', { cookie })).body.user.roles).toEqual([
      'reviewer',
      'secretary',
    ]);
    const disabled = await api().as('administrator', 'PATCH', `/api/users/${user.id}`, {
      body: { version: promoted.body.user.version, disabled: true },
    });
    expect(disabled.body.user.disabled).toBe(true);
    expect((await api().as(null, 'GET', '/api/auth/me', { cookie })).status).toBe(401);
    const again = await api().as(null, 'POST', '/api/auth/login', {
      body: { email: 'li.editor@un.example', password: 'another long password' },
    });
    expect(again.status).toBe(401);
    const badRole = await api().as('administrator', 'POST', '/api/users', {
      body: {
        email: 'x@un.example',
        displayName: 'X',
        password: 'another long password',
        roles: ['superuser'],
      },
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.path).toBe('roles[0]');
  });

  it('slows repeated failed sign-ins for an account from an address, then lets the right password in after the wait', async () => {
    let now = Date.parse('2019-05-20T10:00:00Z');
    const handle = createApi(api().store, { now: () => new Date(now) });
    const attempt = (password: string, address = '203.0.113.7') =>
      call(handle, 'POST', '/api/auth/login', {
        body: { email: PEOPLE.drafter.email, password },
        headers: { 'x-forwarded-for': address },
      });
    for (let i = 0; i < FREE_FAILURES; i += 1) expect((await attempt('guess')).status).toBe(401);
    const slowed = await attempt(PASSWORD);
    expect(slowed.status).toBe(429);
    expect(slowed.body.error.code).toBe('too-many-attempts');
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await attempt(PASSWORD, '198.51.100.1')).status).toBe(200);
    now += 1000;
    expect((await attempt('guess')).status).toBe(401);
    expect((await attempt(PASSWORD)).status).toBe(429);
    now += 2000;
    expect((await attempt(PASSWORD)).status).toBe(200);
    expect((await attempt('guess')).status).toBe(401);
  });

  it('slows guesses spread over two servers sharing the database, and still after a restart', async () => {
    const now = Date.parse('2019-05-21T09:00:00Z');
    const clock = { now: () => new Date(now) };
    const stores = [await openStore(api().database.options), await openStore(api().database.options)];
    try {
      const servers = stores.map((store) => createApi(store, clock));
      const attempt = (server: number, password: string) =>
        call(servers[server]!, 'POST', '/api/auth/login', {
          body: { email: PEOPLE.reviewer.email, password },
          headers: { 'x-forwarded-for': '192.0.2.44' },
        });
      for (let i = 0; i < FREE_FAILURES; i += 1) expect((await attempt(i % 2, 'guess')).status).toBe(401);
      expect((await attempt(0, PASSWORD)).status).toBe(429);
      expect((await attempt(1, PASSWORD)).status).toBe(429);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
    const restarted = await openStore(api().database.options);
    try {
      const reply = await call(createApi(restarted, clock), 'POST', '/api/auth/login', {
        body: { email: PEOPLE.reviewer.email, password: PASSWORD },
        headers: { 'x-forwarded-for': '192.0.2.44' },
      });
      expect(reply.status).toBe(429);
      expect(reply.headers.get('retry-after')).toBe('1');
    } finally {
      await restarted.close();
    }
  });
});
