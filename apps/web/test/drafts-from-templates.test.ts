import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocumentJson, validate } from '@rapporteur/document';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../server/api';
import { titleOf } from '../server/draft-content';
import { repositoryRoot } from '../server/store-location';
import { call, cookieFrom } from './support/api-client';
import {
  type ApiFixture,
  PASSWORD,
  PEOPLE,
  seedDraftFile,
  sessionFactsFile,
  useApi,
} from './support/api-harness';
import { engines } from './support/databases';

/** A session of a new body holding `facts`, written straight to the store (as older data may be). */
async function sessionWith(api: ApiFixture, facts: unknown): Promise<string> {
  const body = await api.store.bodies.create({
    code: `B${Math.random().toString(36).slice(2, 10)}`,
    facts: {},
  });
  return (await api.store.sessions.create({ bodyId: body.id, code: '28', facts })).id;
}

/** Asks for the addendum of `item` in `language` from the agenda-item-addendum template. */
function draftFrom(api: ApiFixture, sessionId: string, item: number, language: string) {
  return api.as('drafter', 'POST', '/api/drafts', {
    body: { sessionId, item, language, template: 'agenda-item-addendum' },
  });
}

/** The ids of the sub-sections of a document's sections, in document order. */
function subsectionIds(document: unknown): string[] {
  const ids: string[] = [];
  for (const block of (document as { content: Array<{ type: string; content?: unknown[] }> }).content) {
    if (block.type !== 'section') continue;
    for (const child of block.content as Array<{ type: string; attrs: { id: string } }>) {
      if (child.type === 'subsection') ids.push(child.attrs.id);
    }
  }
  return ids;
}

/** A copy of the repository's templates/ whose French phrases lack `documentsBefore`, thrown away after the run. */
const brokenTemplates = mkdtempSync(join(tmpdir(), 'rapporteur-templates-'));
afterAll(() => rmSync(brokenTemplates, { recursive: true, force: true }));
cpSync(join(repositoryRoot(), 'templates'), brokenTemplates, { recursive: true });
const frenchFile = join(brokenTemplates, 'agenda-item-addendum', 'phrases.fr.json');
const french = JSON.parse(readFileSync(frenchFile, 'utf8')) as { phrases: Record<string, unknown> };
const droppedPhrase = 'consideration';
delete french.phrases[droppedPhrase];
writeFileSync(frenchFile, JSON.stringify(french));

describe.each(engines)('drafts from a template and a session’s facts on %s', (engine) => {
  const api = useApi(engine);

  it('drafts item 6 of the 2019 session in Chinese as the seed addendum begins: symbol, title, metadata', async () => {
    const sessionId = await sessionWith(api(), sessionFactsFile);
    const reply = await draftFrom(api(), sessionId, 6, 'zh');
    expect(reply.status).toBe(201);
    const draft = reply.body.draft;
    expect(draft).toMatchObject({
      sessionId,
      symbol: 'E/CN.15/2019/L.1/Add.6',
      language: 'zh',
      version: 1,
      createdBy: api().users.drafter.id,
      title: titleOf(seedDraftFile.document),
      lifecycle: { phase: 'drafting', owner: api().users.drafter.id },
      metadata: {
        symbol: seedDraftFile.metadata.symbol,
        body: seedDraftFile.metadata.body,
        session: seedDraftFile.metadata.session,
        agendaItem: '议程项目6',
        template: 'agenda-item-addendum',
      },
    });
    const read = readDocumentJson(draft.document, 'document');
    expect(read.ok && validate(read.doc)).toEqual([]);
    const audit = await api().store.audit.list({ draftId: draft.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'create',
      actor: api().users.drafter.id,
      data: { language: 'zh', template: 'agenda-item-addendum', item: 6 },
    });
  });

  it.each(['ar', 'en', 'es', 'fr', 'ru'])(
    'drafts item 6 in %s too, with fresh block ids each time',
    async (lang) => {
      const sessionId = await sessionWith(api(), sessionFactsFile);
      const first = await draftFrom(api(), sessionId, 6, lang);
      const second = await draftFrom(api(), sessionId, 6, lang);
      expect([first.status, second.status]).toEqual([201, 201]);
      expect(first.body.draft.language).toBe(lang);
      const ids = (document: unknown) => JSON.stringify(document).match(/"id":"[0-9a-f-]{36}"/g) ?? [];
      expect(ids(first.body.draft.document).length).toBeGreaterThan(5);
      expect(ids(first.body.draft.document)).not.toEqual(ids(second.body.draft.document));
    },
  );

  it('keeps the ids of the blocks the template locks with the draft and serves them with it, not in lists', async () => {
    const sessionId = await sessionWith(api(), sessionFactsFile);
    const created = (await draftFrom(api(), sessionId, 6, 'en')).body.draft;
    const reply = await api().as('drafter', 'GET', `/api/drafts/${created.id}`);
    expect(reply.status).toBe(200);
    const { document, lockedIds } = reply.body.draft as {
      document: { content: Array<{ type: string; attrs?: { id?: string }; content?: unknown[] }> };
      lockedIds: string[];
    };
    const sections = document.content.filter((block) => block.type === 'section');
    const headingIds = sections.flatMap((section) => [
      section.attrs!.id!,
      ...(section.content as Array<{ type: string; attrs?: { id?: string } }>)
        .filter((child) => child.type === 'subsection')
        .map((child) => child.attrs!.id!),
    ]);
    expect(headingIds.length).toBeGreaterThan(2);
    expect(lockedIds).toEqual(expect.arrayContaining(headingIds));
    const introduction = document.content.filter(
      (block) => block.type !== 'section' && block.type !== 'title',
    );
    expect(lockedIds).toContain(introduction[0]!.attrs!.id);
    expect(lockedIds).toEqual((await api().store.drafts.get(created.id)).lockedIds);
    const listed = await api().as('drafter', 'GET', `/api/drafts?session=${sessionId}`);
    expect(listed.body.drafts[0]).not.toHaveProperty('lockedIds');
  });

  it('locks the template headings of an imported draft file that names the template, and nothing otherwise', async () => {
    const imported = await api().createDraft();
    expect(imported.lockedIds).toEqual(['zh6-44', ...subsectionIds(seedDraftFile.document), 'zh6-47']);
    const file = structuredClone(seedDraftFile);
    file.metadata.template = null;
    const untemplated = await api().as('drafter', 'POST', '/api/drafts', { body: { draft: file } });
    expect(untemplated.status).toBe(201);
    expect(untemplated.body.draft.lockedIds).toEqual([]);
  });

  it('refuses an item that is not on the agenda with 422 naming the item, and creates nothing', async () => {
    const sessionId = await sessionWith(api(), sessionFactsFile);
    const reply = await draftFrom(api(), sessionId, 7, 'en');
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatchObject({ code: 'cannot-draft', path: 'item' });
    expect(reply.body.error.message).toContain('items: 6');
    expect(await api().store.drafts.list({ sessionId })).toEqual([]);
  });

  it('refuses a session whose stored facts do not pass, with the JSON path of every problem', async () => {
    const facts = structuredClone(sessionFactsFile);
    (facts.agenda[0]!.statements as { states: string[] }).states[0] = 'XYZ';
    delete (facts.session as { title?: unknown }).title;
    const sessionId = await sessionWith(api(), facts);
    const reply = await draftFrom(api(), sessionId, 6, 'en');
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('invalid-facts');
    expect(reply.body.error.problems.map((p: { path: string }) => p.path)).toEqual(
      expect.arrayContaining(['facts.agenda[0].statements.states[0]', 'facts.session.title']),
    );
    expect(await api().store.drafts.list({ sessionId })).toEqual([]);
  });

  it('refuses facts that lack a text in the language asked for, naming where it is missing', async () => {
    const facts = structuredClone(sessionFactsFile);
    delete (facts.agenda[0]!.title as Record<string, string>).ru;
    const sessionId = await sessionWith(api(), facts);
    const reply = await draftFrom(api(), sessionId, 6, 'ru');
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatchObject({ code: 'cannot-draft', path: 'agenda[0].title.ru' });
    expect((await draftFrom(api(), sessionId, 6, 'en')).status).toBe(201);
  });

  it('refuses a template missing a phrase in the language, naming the file and phrase', async () => {
    const sessionId = await sessionWith(api(), sessionFactsFile);
    const handle = createApi(api().store, { templatesFolder: brokenTemplates });
    const login = await call(handle, 'POST', '/api/auth/login', {
      body: { email: PEOPLE.drafter.email, password: PASSWORD },
    });
    const ask = (language: string) =>
      call(handle, 'POST', '/api/drafts', {
        cookie: cookieFrom(login),
        body: { sessionId, item: 6, language, template: 'agenda-item-addendum' },
      });
    const reply = await ask('fr');
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatchObject({
      code: 'cannot-draft',
      path: `phrases.fr.json: phrases.${droppedPhrase}`,
    });
    expect((await ask('es')).status).toBe(201);
  });

  it('refuses an unknown template or session with 404 and a language that is not official with 400', async () => {
    const sessionId = await sessionWith(api(), sessionFactsFile);
    const template = await api().as('drafter', 'POST', '/api/drafts', {
      body: { sessionId, item: 6, language: 'en', template: 'annual-report' },
    });
    expect(template.status).toBe(404);
    expect(template.body.error.path).toBe('template');
    const traversal = await api().as('drafter', 'POST', '/api/drafts', {
      body: { sessionId, item: 6, language: 'en', template: '../templates' },
    });
    expect(traversal.status).toBe(400);
    expect(traversal.body.error.path).toBe('template');
    const session = await draftFrom(api(), 'no-such-session', 6, 'en');
    expect(session.status).toBe(404);
    const language = await draftFrom(api(), sessionId, 6, 'de');
    expect(language.status).toBe(400);
    expect(language.body.error.path).toBe('language');
    const reviewer = await api().as('reviewer', 'POST', '/api/drafts', {
      body: { sessionId, item: 6, language: 'en', template: 'agenda-item-addendum' },
    });
    expect(reviewer.status).toBe(403);
  });
});
