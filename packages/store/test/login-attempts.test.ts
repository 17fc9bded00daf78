import { describe, expect, it } from 'vitest';
import { InvalidInput, openStore } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const ACCOUNT = 'amina.drafter@un.example';
const ADDRESS = '203.0.113.7';

/** The window of an attempt `minutes` after the opening of the 2019 session. */
function at(minutes: number) {
  return { at: new Date(Date.parse('2019-05-20T10:00:00Z') + minutes * 60_000), windowMs: FIFTEEN_MINUTES };
}

describe.each(engines)('login attempts on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('counts failures per account and address, whatever the case of the e-mail address', async () => {
    const { store } = fresh();
    await store.loginAttempts.recordFailure(ACCOUNT, ADDRESS, at(0));
    const second = await store.loginAttempts.recordFailure(` ${ACCOUNT.toUpperCase()} `, ADDRESS, at(1));
    expect(second).toEqual({ failures: 2, lastFailedAt: '2019-05-20T10:01:00.000Z' });
    await store.loginAttempts.recordFailure(ACCOUNT, '198.51.100.1', at(1));
    expect(await store.loginAttempts.get(ACCOUNT, ADDRESS, at(2))).toMatchObject({ failures: 2 });
    expect(await store.loginAttempts.get(ACCOUNT, '198.51.100.1', at(2))).toMatchObject({ failures: 1 });
    expect(await store.loginAttempts.get('chen.drafter@un.example', ADDRESS, at(2))).toBeUndefined();
  });

  it('forgets failures once the window after the last one has passed, and starts counting again', async () => {
    const { store } = fresh();
    for (let minute = 0; minute < 3; minute += 1)
      await store.loginAttempts.recordFailure(ACCOUNT, ADDRESS, at(minute));
    expect(await store.loginAttempts.get(ACCOUNT, ADDRESS, at(16))).toMatchObject({ failures: 3 });
    expect(await store.loginAttempts.get(ACCOUNT, ADDRESS, at(17))).toBeUndefined();
    expect(await store.loginAttempts.recordFailure(ACCOUNT, ADDRESS, at(18))).toMatchObject({ failures: 1 });
  });

  it('clears an account’s failures from an address after a success, and only those', async () => {
    const { store } = fresh();
    await store.loginAttempts.recordFailure(ACCOUNT, ADDRESS, at(0));
    await store.loginAttempts.recordFailure(ACCOUNT, '198.51.100.1', at(0));
    await store.loginAttempts.clear(ACCOUNT.toUpperCase(), ADDRESS);
    expect(await store.loginAttempts.get(ACCOUNT, ADDRESS, at(1))).toBeUndefined();
    expect(await store.loginAttempts.get(ACCOUNT, '198.51.100.1', at(1))).toMatchObject({ failures: 1 });
  });

  it('counts every one of failures recorded at once', async () => {
    const { store } = fresh();
    await Promise.all(
      Array.from({ length: 12 }, () => store.loginAttempts.recordFailure(ACCOUNT, ADDRESS, at(0))),
    );
    expect(await store.loginAttempts.get(ACCOUNT, ADDRESS, at(1))).toMatchObject({ failures: 12 });
  });

  it('remembers failures in the database: another store opened on it afterwards sees and adds to them', async () => {
    const { store, database } = fresh();
    for (let i = 0; i < 5; i += 1) await store.loginAttempts.recordFailure(ACCOUNT, ADDRESS, at(0));
    const other = await openStore(database.options);
    try {
      expect(await other.loginAttempts.get(ACCOUNT, ADDRESS, at(1))).toMatchObject({ failures: 5 });
      await other.loginAttempts.recordFailure(ACCOUNT, ADDRESS, at(1));
    } finally {
      await other.close();
    }
    expect(await store.loginAttempts.get(ACCOUNT, ADDRESS, at(2))).toMatchObject({ failures: 6 });
  });

  it('deletes records gone stale for any account when a failure is recorded', async () => {
    const { store } = fresh();
    await store.loginAttempts.recordFailure('chen.drafter@un.example', ADDRESS, at(0));
    await store.loginAttempts.recordFailure(ACCOUNT, ADDRESS, at(30));
    expect(
      await store.loginAttempts.get('chen.drafter@un.example', ADDRESS, {
        at: at(1).at,
        windowMs: 10 * FIFTEEN_MINUTES,
      }),
    ).toBeUndefined();
  });

  it('refuses a window that is not a positive duration', async () => {
    const { store } = fresh();
    await expect(
      store.loginAttempts.recordFailure(ACCOUNT, ADDRESS, { at: new Date(), windowMs: 0 }),
    ).rejects.toBeInstanceOf(InvalidInput);
  });
});
