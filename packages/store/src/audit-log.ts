import { createHash, randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import { canonicalJson } from './canonical-json.js';
import type { Engine, StoreContext } from './context.js';
import { decodeJson, encodeJson, type JsonValue } from './json.js';
import type { AuditLogTable, Database } from './tables.js';

/** The `prevHash` of the first entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** An arbitrary constant naming the audit log's PostgreSQL advisory lock. */
const AUDIT_LOCK_KEY = 7_246_151_902_331;

/**
 * One entry of the append-only audit log: who did what, when, to which draft, from which lifecycle
 * state to which, and why. `hash` is the SHA-256 of the canonical JSON of every other field including
 * `prevHash`, the hash of the entry before; so changing any past entry breaks the chain after it.
 */
export interface AuditEntry {
  /** Position in the log, from 1, without gaps. */
  readonly seq: number;
  readonly id: string;
  readonly draftId: string | null;
  readonly actor: string;
  readonly at: string;
  readonly action: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly reason: string | null;
  readonly data: JsonValue;
  readonly prevHash: string;
  readonly hash: string;
}

/** What a caller says about an event; the store adds the id, time, position and hashes. */
export interface NewAuditEntry {
  readonly draftId?: string | null;
  readonly actor: string;
  readonly action: string;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly reason?: string | null;
  /** Anything else worth keeping, as JSON (default `{}`). */
  readonly data?: unknown;
}

/** The verdict of `verify`: the whole chain holds, or where it first breaks and why. */
export type AuditVerification =
  | { readonly ok: true; readonly count: number; readonly lastHash: string | null }
  | { readonly ok: false; readonly brokenAt: string; readonly reason: string };

/** The audit log: append, read, verify. */
export interface AuditLog {
  /** Appends an entry after the current last one (under a lock, so the chain never forks). */
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Entries in log order, optionally only one draft's and/or only after a position. */
  list(filter?: { draftId?: string; afterSeq?: number; limit?: number }): Promise<AuditEntry[]>;
  /**
   * Recomputes every hash from the first entry on and checks each entry points at the one before.
   * Finds any change to, insertion into or removal from the past; removing the newest entries leaves
   * a shorter valid chain, which `lastHash` (kept elsewhere) exposes.
   */
  verify(): Promise<AuditVerification>;
}

/** The hash an entry must carry, given all its other fields. */
export function auditEntryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const hashed: JsonValue = {
    seq: entry.seq,
    id: entry.id,
    draftId: entry.draftId,
    actor: entry.actor,
    at: entry.at,
    action: entry.action,
    from: entry.from,
    to: entry.to,
    reason: entry.reason,
    data: entry.data,
    prevHash: entry.prevHash,
  };
  return createHash('sha256').update(canonicalJson(hashed)).digest('hex');
}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: row.seq,
    id: row.id,
    draftId: row.draft_id,
    actor: row.actor,
    at: row.at,
    action: row.action,
    from: row.from_state,
    to: row.to_state,
    reason: row.reason,
    data: decodeJson(row.data),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Appends an entry inside the caller's transaction, so a lifecycle change and its audit entry commit
 * together. Serialised by PostgreSQL's transaction-scoped advisory lock, or on SQLite by the write
 * lock every store transaction takes at its start; the unique key on `prev_hash` makes a fork
 * impossible even if that were bypassed.
 */
export async function appendAuditEntry(
  trx: Kysely<Database>,
  engine: Engine,
  at: string,
  entry: NewAuditEntry,
): Promise<AuditEntry> {
  if (engine === 'postgres') {
    await sql`select pg_advisory_xact_lock(${sql.lit(AUDIT_LOCK_KEY)})`.execute(trx);
  }
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const dataText = encodeJson('data', entry.data ?? {});
  const unhashed = {
    seq: (last?.seq ?? 0) + 1,
    id: randomUUID(),
    draftId: entry.draftId ?? null,
    actor: entry.actor,
    at,
    action: entry.action,
    from: entry.from ?? null,
    to: entry.to ?? null,
    reason: entry.reason ?? null,
    data: decodeJson(dataText),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const appended: AuditEntry = { ...unhashed, hash: auditEntryHash(unhashed) };
  await trx
    .insertInto('audit_log')
    .values({
      seq: appended.seq,
      id: appended.id,
      draft_id: appended.draftId,
      actor: appended.actor,
      at: appended.at,
      action: appended.action,
      from_state: appended.from,
      to_state: appended.to,
      reason: appended.reason,
      data: dataText,
      prev_hash: appended.prevHash,
      hash: appended.hash,
    })
    .execute();
  return appended;
}

const VERIFY_PAGE = 500;

/** Builds the audit-log repository over a store context. */
export function createAuditLog(ctx: StoreContext): AuditLog {
  const { db } = ctx;
  return {
    async append(entry) {
      return db.transaction().execute((trx) => appendAuditEntry(trx, ctx.engine, ctx.now(), entry));
    },

    async list(filter = {}) {
      let query = db.selectFrom('audit_log').selectAll().orderBy('seq');
      if (filter.draftId !== undefined) query = query.where('draft_id', '=', filter.draftId);
      if (filter.afterSeq !== undefined) query = query.where('seq', '>', filter.afterSeq);
      if (filter.limit !== undefined) query = query.limit(filter.limit);
      return (await query.execute()).map(toEntry);
    },

    async verify() {
      let previous: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH };
      let count = 0;
      for (;;) {
        const rows = await db
          .selectFrom('audit_log')
          .selectAll()
          .where('seq', '>', previous.seq)
          .orderBy('seq')
          .limit(VERIFY_PAGE)
          .execute();
        for (const row of rows) {
          let entry: AuditEntry;
          try {
            entry = toEntry(row);
          } catch {
            return { ok: false, brokenAt: row.id, reason: `entry ${row.seq} has data that is not JSON` };
          }
          if (entry.seq !== previous.seq + 1) {
            return {
              ok: false,
              brokenAt: entry.id,
              reason: `entry ${previous.seq + 1} is missing before ${entry.seq}`,
            };
          }
          if (entry.prevHash !== previous.hash) {
            return {
              ok: false,
              brokenAt: entry.id,
              reason: `entry ${entry.seq} does not point at the entry before it`,
            };
          }
          const { hash, ...rest } = entry;
          if (auditEntryHash(rest) !== hash) {
            return {
              ok: false,
              brokenAt: entry.id,
              reason: `entry ${entry.seq} was changed after it was written`,
            };
          }
          previous = { seq: entry.seq, hash };
          count += 1;
        }
        if (rows.length < VERIFY_PAGE) break;
      }
      return { ok: true, count, lastHash: count === 0 ? null : previous.hash };
    },
  };
}
