import { describe, expect, it } from 'vitest';
import { DOCUMENT_BODY_LIMIT } from '../server/read-body';
import { seedDraftFile, useApi } from './support/api-harness';
import { engines } from './support/databases';

const MARKUP = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const SQL = "'; DROP TABLE drafts; --";

describe.each(engines)('hostile and malformed bodies on %s', (engine) => {
  const api = useApi(engine);

  it('refuses a body that is not JSON with 400 and changes nothing', async () => {
    const { id } = await api().createDraft();
    const reply = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      raw: '{"baseVersion": 1, "document": ',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: 'bad-request', path: '(root)' });
    expect((await api().store.drafts.get(id)).version).toBe(1);
  });

  it('refuses a body not sent as JSON with 415', async () => {
    const reply = await api().as('drafter', 'POST', '/api/drafts', {
      raw: JSON.stringify({ draft: seedDraftFile }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(reply.status).toBe(415);
    expect(reply.body.error.code).toBe('unsupported-media-type');
  });

  it.each([
    ['a string version', { baseVersion: '1', document: {} }, 'baseVersion'],
    ['a negative version', { baseVersion: -1, document: {} }, 'baseVersion'],
    ['a fractional version', { baseVersion: 1.5, document: {} }, 'baseVersion'],
    ['an unknown field', { baseVersion: 1, document: {}, actor: 'someone-else' }, '(root)'],
  ])('refuses a save with %s with 400 naming the field', async (_name, body, path) => {
    const { id } = await api().createDraft();
    const reply = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, { body });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: 'bad-request', path });
    expect(typeof reply.body.error.message).toBe('string');
  });

  it.each([
    ['an array', []],
    ['a number', 42],
    ['null', null],
  ])('refuses %s as the body of a sign-in with 400', async (_name, body) => {
    const reply = await api().as(null, 'POST', '/api/auth/login', { body });
    expect(reply.status).toBe(400);
  });

  it('refuses a document over the size limit with 413 and keeps the draft as it was', async () => {
    const { id } = await api().createDraft();
    const huge = structuredClone(seedDraftFile.document) as { content: unknown[] };
    huge.content.push({
      type: 'paragraph',
      attrs: { id: 'huge' },
      content: [{ type: 'text', text: '长'.repeat(DOCUMENT_BODY_LIMIT) }],
    });
    const reply = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 1, document: huge },
    });
    expect(reply.status).toBe(413);
    expect(reply.body.error.code).toBe('too-large');
    expect((await api().store.drafts.get(id)).version).toBe(1);
  });

  it('refuses a huge comment and a huge sign-in before doing any work', async () => {
    const { id } = await api().createDraft();
    const comment = await api().as('reviewer', 'POST', `/api/drafts/${id}/comments`, {
      body: { body: 'x'.repeat(100_000), anchor: { paragraphId: 'zh6-1', from: 0, to: 1 } },
    });
    expect(comment.status).toBe(413);
    const login = await api().as(null, 'POST', '/api/auth/login', {
      body: { email: 'a@b.c', password: 'p'.repeat(5000) },
    });
    expect(login.status).toBe(400);
    expect(login.body.error.path).toBe('password');
  });

  it('keeps markup and SQL-like text as plain data, never as code', async () => {
    const { id } = await api().createDraft();
    const document = structuredClone(seedDraftFile.document) as { content: Array<Record<string, unknown>> };
    document.content.splice(1, 0, {
      type: 'paragraph',
      attrs: { id: 'hostile', numbered: true },
      content: [{ type: 'text', text: `${MARKUP} ${SQL}` }],
    });
    const saved = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 1, document },
    });
    expect(saved.status).toBe(200);
    expect((await api().store.drafts.get(id)).document).toEqual(document);
    expect((await api().store.drafts.list()).length).toBeGreaterThan(0);

    const html = await api().as('reviewer', 'GET', `/api/drafts/${id}/export/html?force=true`);
    expect(html.status).toBe(200);
    expect(html.body).not.toContain('<script>alert(1)</script>');
    expect(html.body).toContain('&lt;script&gt;');

    const comment = await api().as('reviewer', 'POST', `/api/drafts/${id}/comments`, {
      body: { body: `${MARKUP}${SQL}`, anchor: { paragraphId: 'hostile', from: 0, to: 8, quote: SQL } },
    });
    expect(comment.status).toBe(201);
    expect(comment.body.comment.body).toBe(`${MARKUP}${SQL}`);
  });

  it('treats SQL-like and markup strings in ids, queries and sign-ins as unknown values', async () => {
    expect((await api().as('reviewer', 'GET', `/api/drafts/${encodeURIComponent(SQL)}`)).status).toBe(404);
    const list = await api().as('reviewer', 'GET', `/api/drafts?session=${encodeURIComponent(SQL)}`);
    expect(list.status).toBe(200);
    expect(list.body.drafts).toEqual([]);
    const login = await api().as(null, 'POST', '/api/auth/login', {
      body: { email: `admin' OR '1'='1`, password: `' OR '1'='1` },
    });
    expect(login.status).toBe(401);
    expect((await api().as(null, 'GET', `/api/published/${encodeURIComponent(MARKUP)}`)).status).toBe(400);
    expect((await api().as('reviewer', 'GET', '/api/drafts/%E0%A4%A')).status).toBe(400);
  });

  it('refuses an event that names its own actor, or a check result the server must compute', async () => {
    const { id } = await api().createDraft();
    const actor = await api().event('drafter', id, {
      type: 'markReady',
      part: 'deliberations',
      actor: 'someone',
    });
    expect(actor.status).toBe(422);
    expect(actor.body.error.code).toBe('invalid-event');
    const checks = await api().event('documentsOfficer', id, {
      type: 'recordChecks',
      checks: { numbering: { passed: true }, symbols: { passed: true }, languageParity: { passed: true } },
    });
    expect(checks.status).toBe(422);
    expect(checks.body.error.path).toBe('event.checks');
  });

  it('refuses session facts with control characters or deep nesting with 422', async () => {
    const body = await api().store.bodies.create({ code: `H${engine}`, facts: {} });
    const control = await api().as('secretary', 'POST', '/api/sessions', {
      body: { bodyId: body.id, code: '28', facts: { title: 'a\u0000b' } },
    });
    expect(control.status).toBe(422);
    expect(control.body.error).toMatchObject({ code: 'invalid-facts', path: 'facts.title' });
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20; i += 1) deep = { next: deep };
    const nested = await api().as('secretary', 'POST', '/api/sessions', {
      body: { bodyId: body.id, code: '28', facts: deep },
    });
    expect(nested.status).toBe(422);
    const badCode = await api().as('secretary', 'POST', '/api/sessions', {
      body: { bodyId: body.id, code: "28'; --", facts: {} },
    });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.path).toBe('code');
  });

  it('answers unknown routes with 404 and known routes with another method with 405', async () => {
    expect((await api().as('drafter', 'GET', '/api/nowhere')).status).toBe(404);
    const wrong = await api().as('drafter', 'DELETE', '/api/drafts');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
  });
});
