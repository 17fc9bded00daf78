import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { auditEntryHash, GENESIS_HASH, type StoreOptions } from '../src/index.js';
import { engines, useFreshStore } from './support/engines.js';
import { newAddendumDraft } from './support/fixtures.js';

/** A raw connection to the store's database, bypassing the store — the way tampering would happen. */
function rawDatabase(options: StoreOptions): Kysely<Record<string, Record<string, unknown>>> {
  return options.databaseUrl
    ? new Kysely({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: options.databaseUrl }) }),
      })
    : new Kysely({ dialect: new SqliteDialect({ database: new Database(options.sqlitePath as string) }) });
}

async function tamper(options: StoreOptions, statement: ReturnType<typeof sql>): Promise<void> {
  const raw = rawDatabase(options);
  try {
    await statement.execute(raw);
  } finally {
    await raw.destroy();
  }
}

describe.each(engines)('audit log on %s', (engine) => {
  const fresh = useFreshStore(engine);

  async function writeHistory() {
    const { store } = fresh();
    const draft = await store.drafts.create(newAddendumDraft());
    const entries = [
      await store.audit.append({
        draftId: draft.id,
        actor: 'drafter-1',
        action: 'create',
        data: { symbol: draft.symbol },
      }),
      await store.audit.append({
        draftId: draft.id,
        actor: 'drafter-1',
        action: 'transition',
        from: 'drafting',
        to: 'review',
        reason: '审议情况和采取的行动两部分均已就绪',
      }),
      await store.audit.append({
        draftId: draft.id,
        actor: 'section-chief',
        action: 'transition',
        from: 'review',
        to: 'drafting',
        reason: 'returned with comments',
        data: { comments: 3 },
      }),
      await store.audit.append({
        actor: 'admin',
        action: 'grant-role',
        data: { user: 'u-7', role: 'editor' },
      }),
    ];
    return { store, draft, entries };
  }

  it('chains each entry to the one before by its hash', async () => {
    const { entries } = await writeHistory();
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < entries.length; i++) expect(entries[i]?.prevHash).toBe(entries[i - 1]?.hash);
    for (const entry of entries) {
      const { hash, ...rest } = entry;
      expect(auditEntryHash(rest)).toBe(hash);
    }
  });

  it('reads back entries exactly as appended, all or one draft’s', async () => {
    const { store, draft, entries } = await writeHistory();
    expect(await store.audit.list()).toEqual(entries);
    expect(await store.audit.list({ draftId: draft.id })).toEqual(entries.slice(0, 3));
    expect(await store.audit.list({ afterSeq: 2, limit: 1 })).toEqual(entries.slice(2, 3));
  });

  it('verifies an untouched log, and an empty one', async () => {
    const { store } = fresh();
    expect(await store.audit.verify()).toEqual({ ok: true, count: 0, lastHash: null });
    const { entries } = await writeHistory();
    expect(await store.audit.verify()).toEqual({ ok: true, count: 4, lastHash: entries[3]?.hash });
  });

  it('finds a past entry whose reason was rewritten by raw SQL', async () => {
    const { store, database } = fresh();
    const { entries } = await writeHistory();
    await tamper(database.options, sql`update audit_log set reason = ${'approved'} where seq = 3`);
    expect(await store.audit.verify()).toMatchObject({ ok: false, brokenAt: entries[2]?.id });
  });

  it('finds a past entry whose data was rewritten, even with its hash recomputed', async () => {
    const { store, database } = fresh();
    const { entries } = await writeHistory();
    const forged = { ...(entries[1] as (typeof entries)[number]), actor: 'someone-else' };
    const { hash: _old, ...unhashed } = forged;
    await tamper(
      database.options,
      sql`update audit_log set actor = ${forged.actor}, hash = ${auditEntryHash(unhashed)} where seq = 2`,
    );
    expect(await store.audit.verify()).toMatchObject({ ok: false, brokenAt: entries[2]?.id });
  });

  it('finds an entry removed from the middle of the log', async () => {
    const { store, database } = fresh();
    const { entries } = await writeHistory();
    await tamper(database.options, sql`delete from audit_log where seq = 2`);
    expect(await store.audit.verify()).toMatchObject({ ok: false, brokenAt: entries[2]?.id });
  });

  it('finds data that is no longer JSON', async () => {
    const { store, database } = fresh();
    const { entries } = await writeHistory();
    await tamper(database.options, sql`update audit_log set data = ${'{broken'} where seq = 1`);
    expect(await store.audit.verify()).toMatchObject({ ok: false, brokenAt: entries[0]?.id });
  });

  it('keeps one unforked chain when many entries are appended at once', async () => {
    const { store } = fresh();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.audit.append({ actor: `reviewer-${i}`, action: 'comment' })),
    );
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 20 });
  });
});
