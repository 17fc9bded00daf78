import { addendumSchema } from '@rapporteur/document';
import { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { useApi } from './support/api-harness';
import { engines } from './support/databases';

describe.each(engines)('reading a draft being co-edited on %s', (engine) => {
  const api = useApi(engine);

  it('gives the text with the steps accepted since the stored document, as the editors see it', async () => {
    const { id } = await api().createDraft();
    const start = await api().as('drafter', 'GET', `/api/drafts/${id}/steps`);
    const doc = Node.fromJSON(addendumSchema, start.body.document);
    const steps = new Transform(doc).insert(2, addendumSchema.text('增补：')).steps.map((s) => s.toJSON());
    const sent = await api().as('drafter', 'POST', `/api/drafts/${id}/steps`, {
      body: { version: start.body.version, clientId: 'editor-tab', steps },
    });
    expect(sent.status).toBe(200);
    const read = await api().as('drafter2', 'GET', `/api/drafts/${id}`);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body.draft.document)).toContain('增补：');
  });

  it('gives the stored text when every step is folded into it: after a whole-document save', async () => {
    const { id } = await api().createDraft();
    const start = await api().as('drafter', 'GET', `/api/drafts/${id}/steps`);
    const doc = Node.fromJSON(addendumSchema, start.body.document);
    const edited = new Transform(doc).insert(2, addendumSchema.text('整篇保存：')).doc.toJSON();
    const saved = await api().as('drafter', 'PUT', `/api/drafts/${id}/document`, {
      body: { baseVersion: 1, document: edited },
    });
    expect(saved.status).toBe(200);
    const read = await api().as('drafter2', 'GET', `/api/drafts/${id}`);
    expect(read.body.draft.version).toBe(saved.body.draft.version);
    expect(read.body.draft.document).toEqual(edited);
  });
});
