import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templateContainment, templateStructureSchema } from '@rapporteur/templates';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../server/api';
import { repositoryRoot } from '../server/store-location';
import { call, cookieFrom } from './support/api-client';
import { PASSWORD, PEOPLE, useApi } from './support/api-harness';

describe("a template's containment rules (GET /api/templates/:name)", () => {
  const api = useApi('sqlite');
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("gives which blocks each place may hold, from the template's structure.json", async () => {
    const reply = await api().as('drafter', 'GET', '/api/templates/agenda-item-addendum');
    expect(reply.status).toBe(200);
    const structure = templateStructureSchema.parse(
      JSON.parse(
        readFileSync(join(repositoryRoot(), 'templates/agenda-item-addendum/structure.json'), 'utf8'),
      ),
    );
    expect(reply.body).toEqual({ template: templateContainment(structure) });
    expect(reply.body.template.sections.map((section: { part: string }) => section.part)).toEqual([
      'deliberations',
      'actionTaken',
    ]);
  });

  it('answers 404 for a template that does not exist, and for a name that cannot be one', async () => {
    for (const name of ['minutes', '..%2F..%2Fetc', 'Agenda-Item-Addendum']) {
      const reply = await api().as('drafter', 'GET', `/api/templates/${name}`);
      expect(reply.status, name).toBe(404);
      expect(reply.body.error.code).toBe('not-found');
    }
  });

  it("refuses a whole-document save that rewords a heading the draft's template locks, and stores nothing", async () => {
    const draft = await api().createDraft();
    const document = structuredClone(draft.document) as {
      content: Array<{
        type: string;
        attrs: { id?: string };
        content: Array<{ content: Array<{ text: string }> }>;
      }>;
    };
    const deliberations = document.content.find((block) => block.attrs?.id === 'zh6-44')!;
    deliberations.content[0]!.content[0]!.text = 'A. 讨论摘要';
    const reply = await api().as('drafter', 'PUT', `/api/drafts/${draft.id}/document`, {
      body: { baseVersion: draft.version, document },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatchObject({ code: 'invalid-document', path: 'document' });
    expect(reply.body.error.message).toMatch(/heading comes from the template/);
    expect((await api().store.drafts.get(draft.id)).version).toBe(draft.version);
  });

  it('reads the rules from the templates folder, so a new template needs no new code', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rapporteur-templates-'));
    folders.push(folder);
    cpSync(join(repositoryRoot(), 'templates/agenda-item-addendum'), join(folder, 'short-addendum'), {
      recursive: true,
    });
    const structurePath = join(folder, 'short-addendum/structure.json');
    const structure = JSON.parse(readFileSync(structurePath, 'utf8')) as Record<string, unknown> & {
      sections: Array<Record<string, unknown>>;
    };
    structure.name = 'short-addendum';
    for (const section of structure.sections) section.contains = ['paragraph'];
    writeFileSync(structurePath, JSON.stringify(structure));
    const handle = createApi(api().store, { templatesFolder: folder });
    const login = await call(handle, 'POST', '/api/auth/login', {
      body: { email: PEOPLE.drafter.email, password: PASSWORD },
    });
    const reply = await call(handle, 'GET', '/api/templates/short-addendum', { cookie: cookieFrom(login) });
    expect(reply.status).toBe(200);
    expect(reply.body.template.sections.map((section: { contains: string[] }) => section.contains)).toEqual([
      ['paragraph'],
      ['paragraph'],
    ]);
  });
});
