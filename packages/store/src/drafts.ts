import { randomUUID } from 'node:crypto';
import { type Kysely, type QueryCreator, type Selectable, sql } from 'kysely';
import { appendAuditEntry, type NewAuditEntry } from './audit-log.js';
import { compiledOnce, compiledPerShape } from './compiled-once.js';
import type { Engine, StoreContext } from './context.js';
import {
  InvalidInput,
  isForeignKeyViolation,
  isUniqueViolation,
  NotFound,
  VersionConflict,
} from './errors.js';
import { decodeJson, encodeJson, type JsonValue } from './json.js';
import type { Database, DraftsTable } from './tables.js';

/**
 * A draft addendum at its current version: metadata, the current document (ProseMirror JSON) and
 * the lifecycle envelope `{machine, version, snapshot}`, kept as JSON values. The document and
 * lifecycle packages validate them at the API; the store keeps them exactly as given.
 */
export interface Draft {
  readonly id: string;
  readonly sessionId: string | null;
  /** The issued draft this one corrects (a corrigendum), if any. */
  readonly correctsDraftId: string | null;
  readonly symbol: string;
  readonly language: string;
  readonly title: string;
  readonly metadata: JsonValue;
  readonly document: JsonValue;
  readonly lifecycle: JsonValue;
  /**
   * Ids of the blocks the draft's template locks (required headings, generated blocks), fixed when
   * the draft is created; the editor enforces them. Empty for a draft no template shaped.
   */
  readonly lockedIds: readonly string[];
  /** 1 at creation, +1 at every save; every write names the version it is based on. */
  readonly version: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** A draft without its document (nor the locks that go with the document), for lists. */
export type DraftSummary = Omit<Draft, 'document' | 'lockedIds'>;

/** An audit entry to write in the same transaction as a draft write; its draft and actor are filled in. */
export type DraftAuditEntry = Omit<NewAuditEntry, 'draftId' | 'actor'>;

/** What it takes to create a draft. */
export interface NewDraft {
  readonly sessionId?: string | null;
  readonly correctsDraftId?: string | null;
  readonly symbol: string;
  readonly language: string;
  readonly title: string;
  readonly metadata?: unknown;
  readonly document: unknown;
  readonly lifecycle: unknown;
  /** Ids of the blocks the draft's template locks (none by default). */
  readonly lockedIds?: readonly string[];
  /** Who creates it. */
  readonly actor: string;
  /** An audit entry to append atomically with the creation. */
  readonly audit?: DraftAuditEntry;
}

/** One save of a draft: who saves, what changes (absent fields stay), and optionally its audit entry. */
export interface DraftSave {
  readonly actor: string;
  readonly symbol?: string;
  readonly title?: string;
  readonly metadata?: unknown;
  readonly document?: unknown;
  readonly lifecycle?: unknown;
  /** An audit entry (e.g. a lifecycle transition) to append atomically with the save. */
  readonly audit?: DraftAuditEntry;
}

/**
 * Opening a corrigendum of an issued draft: the original's next lifecycle envelope (saved at
 * `baseVersion` with the audit entry of the transition) and the corrigendum draft to create, which
 * corrects the original and is written by the same actor with its own creation audit entry.
 */
export interface CorrigendumOpening {
  /** The issued draft being corrected. */
  readonly draftId: string;
  /** The original's version the decision was made on; refused with VersionConflict if it has moved on. */
  readonly baseVersion: number;
  /** Who opens the corrigendum (and so creates the corrigendum draft). */
  readonly actor: string;
  /** The original's lifecycle envelope once the corrigendum is counted, saved as its next version. */
  readonly lifecycle: unknown;
  /** The audit entry of the original's transition. */
  readonly audit: DraftAuditEntry;
  /** The corrigendum draft, created at version 1 with its creation audit entry. */
  readonly corrigendum: Omit<NewDraft, 'actor' | 'correctsDraftId' | 'audit'> & {
    readonly audit: DraftAuditEntry;
  };
}

/** What opening a corrigendum wrote: the original at its next version and the new corrigendum draft. */
export interface OpenedCorrigendum {
  readonly original: Draft;
  readonly corrigendum: Draft;
}

/** Drafts: created once, then saved version after version with optimistic concurrency. */
export interface Drafts {
  /** Creates a draft at version 1 and records its document as version 1. */
  create(draft: NewDraft): Promise<Draft>;
  /** The draft with this id at its current version; NotFound otherwise. */
  get(id: string): Promise<Draft>;
  /** Drafts without their documents, newest first, optionally of one session only. */
  list(filter?: { sessionId?: string }): Promise<DraftSummary[]>;
  /**
   * Saves changes on top of `baseVersion`: the draft moves to baseVersion + 1 and its document at
   * that version joins the history, in one transaction. If the draft is no longer at `baseVersion`,
   * nothing is written and VersionConflict carries the current draft (never last-write-wins).
   */
  save(id: string, baseVersion: number, save: DraftSave): Promise<Draft>;
  /**
   * Opens a corrigendum, all in one transaction: the original moves to baseVersion + 1 with the new
   * lifecycle envelope (its document joins the history at that version), its audit entry is
   * appended, and the corrigendum draft is created at version 1 with its document as version 1 and
   * its creation audit entry. If any part fails nothing is written: VersionConflict (with the current
   * original) if the original has moved on, NotFound for an unknown original or session.
   */
  openCorrigendum(opening: CorrigendumOpening): Promise<OpenedCorrigendum>;
}

/**
 * A row of the drafts table as the store reads it: the document as text, or — where the hot reads
 * select it so (draftColumns) — as the UTF-8 bytes of that text.
 */
export type DraftRow = Omit<Selectable<DraftsTable>, 'document'> & { readonly document: string | Uint8Array };

/**
 * Where a draft built from a row keeps its document's stored JSON text and, once read, the decoded
 * document: a property that is not enumerable, so a copy made by spreading (whose document may be
 * replaced) does not carry it (see storedDocumentJson).
 */
const STORED = Symbol('stored document');

/** A draft as toDraft builds it: its stored text, and its document once decoded. */
type StoredDraft = Draft & { readonly [STORED]: { readonly text: string | Uint8Array; decoded?: JsonValue } };

/** The `document` of every draft toDraft builds: its stored text, decoded the first time it is read. */
function decodedDocument(this: StoredDraft): JsonValue {
  const stored = this[STORED];
  stored.decoded ??= decodeJson(stored.text);
  return stored.decoded;
}

/**
 * The draft a row of the drafts table holds. Its document (the largest part of a draft, ~15 KiB for
 * the seed addendum) is decoded the first time it is used, not before: a save's answer and a read
 * that sends the stored text as it is (storedDocumentJson) never decode it. The document is one
 * getter shared by all drafts, defined on each. A getter written in the object literal is a new
 * closure per draft, and V8 then gives each draft a hidden class of its own; hidden classes live in
 * the old generation, and through the closure every draft's row, with its 15–30 KB of document text,
 * survived the young-generation collection and waited for a full one (measured in process: 4.8 MB
 * promoted per scavenge under the save load, against 0.7 MB with the shared getter).
 */
export function toDraft(row: DraftRow): Draft {
  const draft = toDraftSummary(row) as DraftSummary & { document?: JsonValue; lockedIds?: string[] };
  Object.defineProperty(draft, 'document', { get: decodedDocument, enumerable: true, configurable: true });
  Object.defineProperty(draft, STORED, { value: { text: row.document } });
  draft.lockedIds = decodeJson(row.locked_ids) as string[];
  return draft as Draft;
}

/**
 * The JSON text a draft's document is stored as, when the store read or wrote that draft (else
 * undefined), as text or as its UTF-8 bytes (as it was read): the text `encodeJson` made of a
 * document the API had validated, so an answer may embed it as it is instead of decoding it and
 * encoding it again.
 */
export function storedDocumentJson(draft: Draft): string | Uint8Array | undefined {
  return (draft as Partial<StoredDraft>)[STORED]?.text;
}

/** The columns of a draft as lists show it: every column but the document and the locks that go with it. */
const DRAFT_SUMMARY_COLUMNS = [
  'id',
  'session_id',
  'corrects_draft_id',
  'symbol',
  'language',
  'title',
  'metadata',
  'lifecycle',
  'version',
  'created_by',
  'created_at',
  'updated_by',
  'updated_at',
] as const satisfies readonly Exclude<keyof DraftsTable, 'document' | 'locked_ids'>[];

/** Every column of the drafts table but the document: what a move that wrote the document reads back. */
export const DRAFT_COLUMNS_BUT_DOCUMENT = [...DRAFT_SUMMARY_COLUMNS, 'locked_ids'] as const;

/**
 * The drafts table's columns as the hot reads (a draft by id, a draft with its pending steps) select
 * them: every column, the document on SQLite as the UTF-8 bytes it is stored in (`cast(… as blob)`,
 * copied out, never decoded into a JavaScript string: ~60 µs for the seed addendum, then as long
 * again to encode it for the answer, which embeds the bytes as they are); as text on PostgreSQL.
 */
export function draftColumns(engine: Engine) {
  return [
    ...DRAFT_COLUMNS_BUT_DOCUMENT.map((column) => `drafts.${column}` as const),
    engine === 'sqlite'
      ? sql<Uint8Array>`cast(drafts.document as blob)`.as('document')
      : sql<string>`drafts.document`.as('document'),
  ];
}

function toDraftSummary(row: Omit<DraftRow, 'document' | 'locked_ids'>): DraftSummary {
  return {
    id: row.id,
    sessionId: row.session_id,
    correctsDraftId: row.corrects_draft_id,
    symbol: row.symbol,
    language: row.language,
    title: row.title,
    metadata: decodeJson(row.metadata),
    lifecycle: decodeJson(row.lifecycle),
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

/** Reads a draft by id; NotFound if there is none. */
export async function readDraft(ctx: Pick<StoreContext, 'db' | 'engine'>, id: string): Promise<Draft> {
  const [row] = await draftById[ctx.engine](ctx.db, id);
  if (!row) throw new NotFound('draft', id);
  return toDraft(row);
}

/** The row of a draft, by id, per engine (compiled once: every read and every save reads it). */
const draftById = {
  sqlite: compiledOnce(['\u0000id'], (db, id) =>
    db.selectFrom('drafts').select(draftColumns('sqlite')).where('drafts.id', '=', id!),
  ),
  postgres: compiledOnce(['\u0000id'], (db, id) =>
    db.selectFrom('drafts').select(draftColumns('postgres')).where('drafts.id', '=', id!),
  ),
} as const;

/** The row a new draft is stored as at version 1; its JSON is encoded before any transaction starts. */
function newDraftRow(draft: NewDraft, now: string): Selectable<DraftsTable> {
  return {
    id: randomUUID(),
    session_id: draft.sessionId ?? null,
    corrects_draft_id: draft.correctsDraftId ?? null,
    symbol: draft.symbol,
    language: draft.language,
    title: draft.title,
    metadata: encodeJson('metadata', draft.metadata ?? {}),
    document: encodeJson('document', draft.document),
    lifecycle: encodeJson('lifecycle', draft.lifecycle),
    locked_ids: encodeJson('lockedIds', lockedIdsOf(draft.lockedIds ?? [])),
    version: 1,
    created_by: draft.actor,
    created_at: now,
    updated_by: draft.actor,
    updated_at: now,
  };
}

/** The locked ids as given, refused (InvalidInput) unless they are a list of non-empty strings. */
function lockedIdsOf(ids: readonly unknown[]): readonly string[] {
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && id !== '')) {
    throw new InvalidInput('lockedIds', 'must be a list of block ids (non-empty strings)');
  }
  return ids as readonly string[];
}

/** Inserts a new draft, its document as version 1 and its audit entry inside the caller's transaction. */
async function insertDraft(
  trx: Kysely<Database>,
  engine: Engine,
  row: Selectable<DraftsTable>,
  audit: DraftAuditEntry | undefined,
): Promise<void> {
  await trx.insertInto('drafts').values(row).execute();
  await trx
    .insertInto('document_versions')
    .values({
      draft_id: row.id,
      version: 1,
      document: row.document,
      saved_by: row.created_by,
      saved_at: row.created_at,
    })
    .execute();
  if (audit) {
    await appendAuditEntry(trx, engine, row.created_at, { ...audit, draftId: row.id, actor: row.created_by });
  }
}

/** The NotFound a foreign-key violation on creating a draft means: its session or corrected draft is missing. */
function missingReference(draft: { sessionId?: string | null; correctsDraftId?: string | null }): NotFound {
  return new NotFound(
    'session or corrected draft',
    `${draft.sessionId ?? '-'} / ${draft.correctsDraftId ?? '-'}`,
  );
}

/** Who moves a draft, its audit entry, and whether the move is announced (a fold is not: nothing a reader sees changed). */
export interface DraftMove {
  readonly actor: string;
  readonly audit?: DraftAuditEntry | undefined;
  /**
   * True for a move not announced here: the step log's fold (app servers are not told of it: it
   * keeps the same text), or a move whose caller announces it itself with its other notices.
   */
  readonly quiet?: boolean;
  /**
   * For a whole-document save: the step version the draft's co-editing log must still be at (its
   * latest step), checked in the move's own statement; otherwise nothing moves.
   */
  readonly logAt?: number | undefined;
}

/**
 * The drafts table's columns a save changes, encoded for storage: only the fields the save names
 * (absent ones stay as they are). Shared by a plain save and a document saved through the step log,
 * so both store the same fields the same way.
 */
export function columnsToSet(save: DraftSave) {
  return {
    ...(save.symbol === undefined ? {} : { symbol: save.symbol }),
    ...(save.title === undefined ? {} : { title: save.title }),
    ...(save.metadata === undefined ? {} : { metadata: encodeJson('metadata', save.metadata) }),
    ...(save.document === undefined ? {} : { document: encodeJson('document', save.document) }),
    ...(save.lifecycle === undefined ? {} : { lifecycle: encodeJson('lifecycle', save.lifecycle) }),
  };
}

/** The columns a draft's move sets. */
export type DraftMoveValues = Partial<Selectable<DraftsTable>> &
  Pick<DraftsTable, 'version' | 'updated_by' | 'updated_at'>;

/** The columns a move from `baseVersion` sets: the changed ones, the next version, who and when. */
export function moveValues(
  set: Partial<Selectable<DraftsTable>>,
  baseVersion: number,
  actor: string,
  now: string,
): DraftMoveValues {
  return { ...set, version: baseVersion + 1, updated_by: actor, updated_at: now };
}

/** A draft's row once moved: every column, the document only when the move did not write one. */
export type MovedRow = Omit<Selectable<DraftsTable>, 'document'> & { document?: string };

/** The draft a move left, from its row as read back and the values the move set (its document, if written). */
export function movedDraft(found: MovedRow, values: DraftMoveValues): Draft {
  return toDraft({ ...found, document: values.document ?? found.document! });
}

/** The columns a move sets, in order: which statement moves the draft (see moveStatement). */
type MovedColumns = readonly (keyof DraftMoveValues)[];

/**
 * The update that moves a draft (where it is still at the base version and, if `logAt` is given,
 * its co-editing log's latest step is that version), returning its row — without the document when
 * the move writes one (it is the text just written) — and, on PostgreSQL, copying its document into
 * the history in the same statement (a data-modifying WITH; on SQLite that copy is a statement of
 * its own, copyToHistoryOnSqlite).
 */
function buildMove(db: Kysely<Database>, engine: Engine, columns: MovedColumns, placeholders: string[]) {
  const values = Object.fromEntries(
    columns.map((column, i) => [column, placeholders[i]]),
  ) as unknown as DraftMoveValues;
  const [id, baseVersion, logAt] = placeholders.slice(columns.length) as [string, string, string?];
  const returned = columns.includes('document') ? DRAFT_COLUMNS_BUT_DOCUMENT : undefined;
  const update = (db: QueryCreator<Database>) => {
    const moved = db
      .updateTable('drafts')
      .set(values)
      .where('id', '=', id)
      .where('version', '=', baseVersion as unknown as number);
    return logAt === undefined
      ? moved
      : moved.where(
          sql<boolean>`(select coalesce(max(steps.version), 0) from steps where steps.draft_id = ${id}) = ${logAt}`,
        );
  };
  if (engine === 'sqlite') {
    const moved = update(db);
    return returned === undefined ? moved.returningAll() : moved.returning(returned);
  }
  const statement = db
    .with('moved', (db) => update(db).returningAll())
    .with('kept', (db) =>
      db
        .insertInto('document_versions')
        .columns(['draft_id', 'version', 'document', 'saved_by', 'saved_at'])
        .expression(
          db
            .selectFrom('moved')
            .select((eb) => [
              'id',
              'version',
              'document',
              eb.ref('updated_by').as('saved_by'),
              eb.ref('updated_at').as('saved_at'),
            ]),
        )
        .returning('draft_id'),
    )
    .selectFrom('moved');
  return returned === undefined ? statement.selectAll() : statement.select(returned);
}

/** Which move statement: the engine, the columns it sets (in order) and whether it checks the log. */
interface MoveShape {
  readonly engine: Engine;
  readonly columns: MovedColumns;
  readonly checksLog: boolean;
}

/**
 * The move statements (see buildMove), compiled once per engine, set of columns (a save changes only
 * a few of five) and whether they check the log. Each runs with each set column's value, then the id,
 * the base version and, when it checks the log, the step version the log must be at.
 */
const moveStatement = compiledPerShape<MoveShape, MovedRow>(
  ({ engine, columns, checksLog }) => `${engine} ${columns.join(' ')}${checksLog ? ' log' : ''}`,
  ({ columns, checksLog }) => [
    ...columns.map((column) => `\u0000${column}`),
    '\u0000id',
    '\u0000base',
    ...(checksLog ? ['\u0000log'] : []),
  ],
  (db, { engine, columns }, placeholders) => buildMove(db, engine, columns, placeholders),
);

/** Copies a moved draft's document into the history, inside the database (SQLite; compiled once). */
const copyToHistoryOnSqlite = compiledOnce(['\u0000id'], (db, id) =>
  db
    .insertInto('document_versions')
    .columns(['draft_id', 'version', 'document', 'saved_by', 'saved_at'])
    .expression(
      db
        .selectFrom('drafts')
        .select(['id', 'version', 'document', 'updated_by', 'updated_at'])
        .where('id', '=', id!),
    ),
);

/**
 * Moves a draft from `baseVersion` to the next version inside the caller's transaction: the row is
 * updated, its document joins the history, the audit entry is appended and (unless quiet) the move is
 * announced. Undefined (nothing written) if the draft is not at `baseVersion`, or its log not at
 * `save.logAt` when that is given.
 */
export async function moveDraft(
  ctx: StoreContext,
  trx: Kysely<Database>,
  id: string,
  baseVersion: number,
  set: Partial<Selectable<DraftsTable>>,
  save: DraftMove,
  now: string,
): Promise<Draft | undefined> {
  const values = moveValues(set, baseVersion, save.actor, now);
  // The draft moves and its document joins the history by a copy made inside the database, so the
  // text is not sent to it a second time; a new document is not read back either (it is the text
  // just written). On PostgreSQL both happen in one statement (one round trip), on SQLite in two.
  const columns = Object.keys(values) as (keyof DraftMoveValues)[];
  const checksLog = save.logAt !== undefined;
  const move = moveStatement({ engine: ctx.engine, columns, checksLog });
  const [found] = await move(
    trx,
    ...columns.map((column) => values[column]),
    id,
    baseVersion,
    ...(checksLog ? [save.logAt] : []),
  );
  if (found === undefined) return undefined;
  if (ctx.engine === 'sqlite') await copyToHistoryOnSqlite(trx, id);
  if (save.audit) {
    await appendAuditEntry(trx, ctx.engine, now, { ...save.audit, draftId: id, actor: save.actor });
  }
  if (!save.quiet) await ctx.notifier.announce(trx, { kind: 'draft', draftId: id, version: values.version });
  return movedDraft(found, values);
}

/** Builds the drafts repository over a store context. */
export function createDrafts(ctx: StoreContext): Drafts {
  const { db } = ctx;

  /** Throws the conflict a refused save means; `cause` is rethrown if the draft has not moved after all. */
  async function conflict(id: string, baseVersion: number, cause?: unknown): Promise<never> {
    const current = await readDraft(ctx, id);
    if (cause !== undefined && current.version === baseVersion) throw cause;
    throw new VersionConflict<Draft>('draft', id, baseVersion, current.version, current);
  }

  return {
    async create(draft) {
      const row = newDraftRow(draft, ctx.now());
      try {
        await db.transaction().execute((trx) => insertDraft(trx, ctx.engine, row, draft.audit));
      } catch (error) {
        if (isForeignKeyViolation(error)) throw missingReference(draft);
        throw error;
      }
      return toDraft(row);
    },

    get: (id) => readDraft(ctx, id),

    async list(filter = {}) {
      let query = db
        .selectFrom('drafts')
        .select(DRAFT_SUMMARY_COLUMNS)
        .orderBy('created_at', 'desc')
        .orderBy('id');
      if (filter.sessionId !== undefined) query = query.where('session_id', '=', filter.sessionId);
      return (await query.execute()).map(toDraftSummary);
    },

    async save(id, baseVersion, save) {
      const set = columnsToSet(save);
      if (Object.keys(set).length === 0) {
        throw new InvalidInput(
          'save',
          'names nothing to change (symbol, title, metadata, document or lifecycle)',
        );
      }
      const now = ctx.now();
      let saved: Draft | undefined;
      let lostRace: unknown;
      try {
        saved = await db.transaction().execute((trx) => moveDraft(ctx, trx, id, baseVersion, set, save, now));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        lostRace = error;
      }
      return saved ?? conflict(id, baseVersion, lostRace);
    },

    async openCorrigendum(opening) {
      const now = ctx.now();
      const lifecycle = encodeJson('lifecycle', opening.lifecycle);
      const corrigendum = newDraftRow(
        { ...opening.corrigendum, correctsDraftId: opening.draftId, actor: opening.actor },
        now,
      );
      let opened: OpenedCorrigendum | undefined;
      let lostRace: unknown;
      try {
        opened = await db.transaction().execute(async (trx) => {
          const original = await moveDraft(
            ctx,
            trx,
            opening.draftId,
            opening.baseVersion,
            { lifecycle },
            opening,
            now,
          );
          if (original === undefined) return undefined;
          await insertDraft(trx, ctx.engine, corrigendum, opening.corrigendum.audit);
          return { original, corrigendum: toDraft(corrigendum) };
        });
      } catch (error) {
        if (isForeignKeyViolation(error)) {
          throw missingReference({
            sessionId: opening.corrigendum.sessionId,
            correctsDraftId: opening.draftId,
          });
        }
        if (!isUniqueViolation(error)) throw error;
        lostRace = error;
      }
      return opened ?? conflict(opening.draftId, opening.baseVersion, lostRace);
    },
  };
}
