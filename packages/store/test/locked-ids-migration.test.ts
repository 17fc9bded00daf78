import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';
import { engines, type FreshDatabase, freshDatabase } from './support/engines.js';
import { newAddendumDraft } from './support/fixtures.js';
import { insertOldDraft, migrateBefore } from './support/migrate-before.js';

describe.each(engines)('the migration that keeps locked ids with drafts on %s', (engine) => {
  let database: FreshDatabase;
  beforeEach(async () => {
    database = await freshDatabase(engine);
  });
  afterEach(async () => {
    await database.drop();
  });

  it('gives a draft made before it an empty list of locked ids, and later drafts their own', async () => {
    const db = await migrateBefore(database, '0005');
    const draft = { id: 'draft-6', ...newAddendumDraft() };
    try {
      await insertOldDraft(db, draft, 1);
    } finally {
      await db.destroy();
    }
    const store = await openStore(database.options);
    try {
      expect((await store.drafts.get(draft.id)).lockedIds).toEqual([]);
      const later = await store.drafts.create({ ...newAddendumDraft(), lockedIds: ['sec-a'] });
      expect((await store.drafts.get(later.id)).lockedIds).toEqual(['sec-a']);
    } finally {
      await store.close();
    }
  });
});
