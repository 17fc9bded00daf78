import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from './tables.js';

/**
 * A small message telling every app server that something of a draft changed, so servers holding
 * open editors read the change from the store. It never carries the change itself (PostgreSQL's
 * NOTIFY payloads are limited to 8,000 bytes): only what to read.
 * - `steps`: steps were accepted up to step `version`;
 * - `presence`: someone's presence in the draft changed (read the list again);
 * - `draft`: the draft moved to draft `version` (its lifecycle, metadata or document was saved).
 */
export type StoreNotice =
  | { readonly kind: 'steps'; readonly draftId: string; readonly version: number }
  | { readonly kind: 'presence'; readonly draftId: string }
  | { readonly kind: 'draft'; readonly draftId: string; readonly version: number };

/** What a subscriber to the store's notices is told. */
export interface NoticeListener {
  /** A change was committed (on this server or another). */
  notice(notice: StoreNotice): void;
  /**
   * Notices may have been missed (the connection they arrive on was lost and is back): read what
   * may have changed from the store again.
   */
  resync(): void;
}

/**
 * Tells app servers of changes in the store. Repositories announce inside the transaction that makes
 * the change; subscribers hear of it once it is committed, in commit order, from whichever server
 * made it. In-process (SQLite, one server) or through PostgreSQL LISTEN/NOTIFY (several servers).
 */
export interface Notifier {
  /**
   * Starts hearing notices; resolves once listening, so that a change committed after that is
   * heard (a subscriber reads the store's state only after this). Returns the unsubscribe function.
   */
  subscribe(listener: NoticeListener): Promise<() => void>;
}

/** The store's side of a notifier: announcing inside a write's transaction, and closing. */
export interface StoreNotifier extends Notifier {
  /**
   * Announces changes as part of the transaction `executor` runs (heard only if it commits), in the
   * order given; several at once cost one statement on PostgreSQL.
   */
  announce(executor: Kysely<Database>, ...notices: readonly StoreNotice[]): Promise<void>;
  /**
   * The announcement of notices, given as `encodeNotice` writes them, as SQL to evaluate in the
   * select list of a statement of the writing transaction, so that a write and its notices take one
   * round trip; absent for a notifier that does not announce through the database (then `announce`).
   * The texts are the statement's parameters, so a statement compiled once may be given placeholders
   * that stand for them.
   */
  inStatement?(encodedNotices: readonly string[]): RawBuilder<unknown>;
  /** Stops listening and releases the connection; nothing is heard afterwards. */
  close(): Promise<void>;
}

/** A notice as text (compact JSON, well under NOTIFY's 8,000 bytes: ids are at most a few hundred characters). */
export function encodeNotice(notice: StoreNotice): string {
  return JSON.stringify(notice);
}

/** Reads a notice's text back; undefined for anything that is not one (ignored by listeners). */
export function decodeNotice(text: string): StoreNotice | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, draftId, version } = value as Record<string, unknown>;
  if (typeof draftId !== 'string') return undefined;
  if (kind === 'presence') return { kind, draftId };
  if ((kind === 'steps' || kind === 'draft') && Number.isInteger(version)) {
    return { kind, draftId, version: version as number };
  }
  return undefined;
}

/** Hands a notice to every listener; one listener's failure does not keep it from the others. */
export function dispatchNotice(listeners: Iterable<NoticeListener>, notice: StoreNotice): void {
  for (const listener of [...listeners]) {
    try {
      listener.notice(notice);
    } catch (error) {
      console.error('a store notice listener failed:', error);
    }
  }
}
