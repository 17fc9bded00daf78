import { describe, expect, it } from 'vitest';
import { sessionFactsFile, useApi } from './support/api-harness';
import { engines } from './support/databases';

/** The 2019 facts with one change made by `edit` on a copy. */
function factsWith(edit: (facts: typeof sessionFactsFile) => void): typeof sessionFactsFile {
  const copy = structuredClone(sessionFactsFile);
  edit(copy);
  return copy;
}

describe.each(engines)('session facts on %s', (engine) => {
  const api = useApi(engine);

  it('keeps the facts of the twenty-eighth session exactly as sent', async () => {
    const body = await api().store.bodies.create({ code: `CCPCJ-${engine}`, facts: {} });
    const created = await api().as('secretary', 'POST', '/api/sessions', {
      body: { bodyId: body.id, code: '28', facts: sessionFactsFile },
    });
    expect(created.status).toBe(201);
    const read = await api().as('drafter', 'GET', `/api/sessions/${created.body.session.id}`);
    expect(read.body.session.facts).toEqual(sessionFactsFile);
  });

  it('refuses facts that are not session facts with every problem and its JSON path, and stores nothing', async () => {
    const body = await api().store.bodies.create({ code: `BAD-${engine}`, facts: {} });
    const facts = factsWith((f) => {
      f.agenda[0]!.number = 0;
      (f.session as { endDate: string }).endDate = '2019-5-24';
    });
    const reply = await api().as('secretary', 'POST', '/api/sessions', {
      body: { bodyId: body.id, code: '28', facts },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('invalid-facts');
    const paths = reply.body.error.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['facts.session.endDate', 'facts.agenda[0].number']));
    expect(paths).toContain(reply.body.error.path);
    expect(reply.body.error.message).toContain(reply.body.error.path);
    expect(await api().store.sessions.listForBody(body.id)).toEqual([]);
  });

  it('refuses a file that is not session facts at all, naming the format', async () => {
    const body = await api().store.bodies.create({ code: `OLD-${engine}`, facts: {} });
    const reply = await api().as('drafter', 'POST', '/api/sessions', {
      body: { bodyId: body.id, code: '28', facts: { year: 2019, reportSymbol: 'E/CN.15/2019/L.1' } },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error.problems.map((p: { path: string }) => p.path)).toContain('facts.format');
  });

  it('refuses new facts for a session that break the schema and keeps the old ones', async () => {
    const body = await api().store.bodies.create({ code: `UPD-${engine}`, facts: {} });
    const session = (
      await api().as('secretary', 'POST', '/api/sessions', {
        body: { bodyId: body.id, code: '28', facts: sessionFactsFile },
      })
    ).body.session;
    const unknownState = factsWith((f) => {
      const statements = f.agenda[0]!.statements as { states: string[] };
      statements.states[2] = 'XYZ';
    });
    const refused = await api().as('secretary', 'PUT', `/api/sessions/${session.id}/facts`, {
      body: { version: session.version, facts: unknownState },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'invalid-facts',
      path: 'facts.agenda[0].statements.states[2]',
    });
    expect(refused.body.error.message).toContain('XYZ');
    const stored = await api().store.sessions.get(session.id);
    expect(stored).toMatchObject({ version: session.version, facts: sessionFactsFile });
    const renamed = factsWith((f) => {
      (f.session as { title: { en: string } }).title.en = 'Twenty-eighth session (resumed)';
    });
    const accepted = await api().as('secretary', 'PUT', `/api/sessions/${session.id}/facts`, {
      body: { version: session.version, facts: renamed },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.session.facts).toEqual(renamed);
  });
});
