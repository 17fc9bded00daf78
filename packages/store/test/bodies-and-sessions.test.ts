import { describe, expect, it } from 'vitest';
import { AlreadyExists, NotFound, VersionConflict } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import { commissionFacts, twentyEighthSessionFacts } from './support/fixtures.js';

describe.each(engines)('bodies and sessions on %s', (engine) => {
  const fresh = useFreshStore(engine);

  it('keeps a body and its facts, found by id and by code', async () => {
    const { store } = fresh();
    const body = await store.bodies.create({ code: 'CCPCJ', facts: commissionFacts });
    expect(body).toMatchObject({ code: 'CCPCJ', facts: commissionFacts, version: 1 });
    expect(await store.bodies.get(body.id)).toEqual(body);
    expect(await store.bodies.findByCode('CCPCJ')).toEqual(body);
    expect(await store.bodies.findByCode('CND')).toBeUndefined();
    expect(await store.bodies.list()).toEqual([body]);
  });

  it('refuses a second body with the same code', async () => {
    const { store } = fresh();
    await store.bodies.create({ code: 'CCPCJ', facts: commissionFacts });
    await expect(store.bodies.create({ code: 'CCPCJ', facts: {} })).rejects.toBeInstanceOf(AlreadyExists);
  });

  it('updates a body’s facts at the current version and refuses a stale update', async () => {
    const { store } = fresh();
    const body = await store.bodies.create({ code: 'CCPCJ', facts: commissionFacts });
    const facts = {
      ...commissionFacts,
      names: { ...commissionFacts.names, fr: 'Commission pour la prévention du crime' },
    };
    expect(await store.bodies.update(body.id, 1, { facts })).toMatchObject({ facts, version: 2 });
    const refusal = await store.bodies.update(body.id, 1, { facts: commissionFacts }).catch((e) => e);
    expect(refusal).toBeInstanceOf(VersionConflict);
    expect(refusal.current.facts).toEqual(facts);
  });

  it('keeps sessions of a body with their facts, one per code', async () => {
    const { store } = fresh();
    const body = await store.bodies.create({ code: 'CCPCJ', facts: commissionFacts });
    const session = await store.sessions.create({
      bodyId: body.id,
      code: '28',
      facts: twentyEighthSessionFacts,
    });
    await store.sessions.create({ bodyId: body.id, code: '27', facts: { year: 2018 } });
    expect(await store.sessions.get(session.id)).toEqual(session);
    expect((await store.sessions.listForBody(body.id)).map((s) => s.code)).toEqual(['27', '28']);
    await expect(store.sessions.create({ bodyId: body.id, code: '28', facts: {} })).rejects.toBeInstanceOf(
      AlreadyExists,
    );
  });

  it('updates a session’s facts at the current version only', async () => {
    const { store } = fresh();
    const body = await store.bodies.create({ code: 'CCPCJ', facts: commissionFacts });
    const session = await store.sessions.create({
      bodyId: body.id,
      code: '28',
      facts: twentyEighthSessionFacts,
    });
    const facts = {
      ...twentyEighthSessionFacts,
      documents: [...twentyEighthSessionFacts.documents, 'E/CN.15/2019/5'],
    };
    await store.sessions.update(session.id, 1, { facts });
    await expect(store.sessions.update(session.id, 1, { facts: {} })).rejects.toMatchObject({
      name: 'VersionConflict',
      currentVersion: 2,
    });
    expect((await store.sessions.get(session.id)).facts).toEqual(facts);
  });

  it('reports unknown bodies and sessions as not found', async () => {
    const { store } = fresh();
    await expect(store.bodies.get('no-such-body')).rejects.toBeInstanceOf(NotFound);
    await expect(store.sessions.get('no-such-session')).rejects.toBeInstanceOf(NotFound);
    await expect(
      store.sessions.create({ bodyId: 'no-such-body', code: '28', facts: {} }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(store.bodies.update('no-such-body', 1, { facts: {} })).rejects.toBeInstanceOf(NotFound);
  });
});
