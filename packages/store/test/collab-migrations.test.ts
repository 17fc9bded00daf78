import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';
import { engines, type FreshDatabase, freshDatabase } from './support/engines.js';
import { newAddendumDraft } from './support/fixtures.js';
import { insertOldDraft, migrateBefore } from './support/migrate-before.js';

describe.each(engines)('the migration of fold points to their own table on %s', (engine) => {
  let database: FreshDatabase;
  beforeEach(async () => {
    database = await freshDatabase(engine);
  });
  afterEach(async () => {
    await database.drop();
  });

  it('moves each sentinel row of the step log into step_folds and leaves only steps in steps', async () => {
    const db = await migrateBefore(database, '0003');
    const draft = { id: 'draft-6', ...newAddendumDraft() };
    try {
      await insertOldDraft(db, draft, 3);
      const row = (version: number, clientId: string, step: unknown) => ({
        draft_id: draft.id,
        version,
        client_id: clientId,
        step: JSON.stringify(step),
        created_at: '2019-05-20T10:00:01.000Z',
      });
      await db
        .insertInto('steps')
        .values([
          row(0, '', { stepVersion: 1, draftVersion: 3 }),
          row(1, 'a', { stepType: 'replace', from: 1, to: 1 }),
          row(2, 'a', { stepType: 'replace', from: 2, to: 2 }),
        ])
        .execute();
    } finally {
      await db.destroy();
    }
    const store = await openStore(database.options);
    try {
      expect(await store.steps.foldPoint(draft.id)).toEqual({ stepVersion: 1, draftVersion: 3 });
      expect((await store.steps.stepsSince(draft.id, -1)).map((s) => s.version)).toEqual([1, 2]);
      expect(await store.steps.latestVersion(draft.id)).toBe(2);
    } finally {
      await store.close();
    }
  });
});

describe.each(engines)('the migration giving presence entries their step version on %s', (engine) => {
  let database: FreshDatabase;
  beforeEach(async () => {
    database = await freshDatabase(engine);
  });
  afterEach(async () => {
    await database.drop();
  });

  it('keeps entries reported before it, with no version, and takes versions after it', async () => {
    const db = await migrateBefore(database, '0006');
    const draft = { id: 'draft-7', ...newAddendumDraft() };
    const when = '2019-05-20T10:00:00.000Z';
    try {
      await db
        .insertInto('users')
        .values({
          id: 'drafter-1',
          email: 'amina.drafter@un.example',
          display_name: 'Amina Drafter',
          password_hash: 'not-a-real-hash',
          disabled_at: null,
          version: 1,
          created_at: when,
          updated_at: when,
        })
        .execute();
      await insertOldDraft(db, draft, 1, when, { locked_ids: '[]' });
      await db
        .insertInto('presence')
        .values({
          draft_id: draft.id,
          client_id: 'tab-a',
          user_id: 'drafter-1',
          anchor: 3,
          head: 5,
          at: when,
        })
        .execute();
    } finally {
      await db.destroy();
    }
    const store = await openStore(database.options);
    try {
      expect(await store.presence.list(draft.id, when)).toMatchObject([
        { clientId: 'tab-a', name: 'Amina Drafter', anchor: 3, head: 5, version: null },
      ]);
      await store.presence.report(
        {
          draftId: draft.id,
          clientId: 'tab-a',
          userId: 'drafter-1',
          anchor: 4,
          head: 4,
          version: 2,
          at: when,
        },
        when,
      );
      expect(await store.presence.list(draft.id, when)).toMatchObject([{ anchor: 4, head: 4, version: 2 }]);
    } finally {
      await store.close();
    }
  });
});
