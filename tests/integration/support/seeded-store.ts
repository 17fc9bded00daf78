import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDraftEnvelope } from '@rapporteur/lifecycle';
import { openStore, type StoreOptions } from '@rapporteur/store';
import { repositoryRoot } from './app-server.js';

/** The seed addendum (E/CN.15/2019/L.1/Add.6, Chinese) as a draft file. */
export const seedDraft = JSON.parse(
  readFileSync(join(repositoryRoot, 'demo/addendum-item6.zh.json'), 'utf8'),
) as { metadata: { symbol: string; language: string }; document: { type: string; content: unknown[] } };

/** The drafter the seeded store holds. */
export const DRAFTER = { email: 'amina.drafter@un.example', password: 'correct horse battery staple' };

/**
 * Prepares a store for a server test: a drafter and `drafts` copies of the seed addendum in drafting,
 * owned by the drafter; returns the draft ids.
 */
export async function seedStore(options: StoreOptions, drafts: number): Promise<string[]> {
  const store = await openStore(options);
  try {
    const user = await store.users.create({
      email: DRAFTER.email,
      displayName: 'Amina Drafter',
      password: DRAFTER.password,
      roles: ['drafter'],
    });
    const ids: string[] = [];
    const route = [{ kind: 'role', role: 'reviewer' }];
    for (let i = 0; i < drafts; i += 1) {
      const lifecycle = createDraftEnvelope({ owner: user.id, route, now: new Date().toISOString() });
      const draft = await store.drafts.create({
        symbol: seedDraft.metadata.symbol,
        language: seedDraft.metadata.language,
        title: `议程项目 6 (${i + 1})`,
        metadata: seedDraft.metadata,
        document: seedDraft.document,
        lifecycle,
        actor: user.id,
      });
      ids.push(draft.id);
    }
    return ids;
  } finally {
    await store.close();
  }
}

/** The seed document with one more numbered paragraph holding `text`, after the title. */
export function documentWith(text: string, id = 'marker') {
  const document = structuredClone(seedDraft.document);
  document.content.splice(1, 0, {
    type: 'paragraph',
    attrs: { id, numbered: true },
    content: [{ type: 'text', text }],
  });
  return document;
}
