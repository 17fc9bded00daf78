import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { StoreContext } from './context.js';
import { InvalidInput, isForeignKeyViolation, NotFound, VersionConflict } from './errors.js';
import type { CommentsTable } from './tables.js';

/**
 * Where a comment thread points: a paragraph by its stable id (which survives renumbering and
 * aligns across languages) and a range of character offsets in that paragraph's text, with the
 * text quoted when the comment was made so a moved anchor can be recognised.
 */
export interface TextAnchor {
  readonly paragraphId: string;
  /** Offset of the first character, from 0. */
  readonly from: number;
  /** Offset after the last character; equal to `from` for a point. */
  readonly to: number;
  readonly quote: string | null;
}

/** A comment: a thread root (with an anchor) or a reply (with a parent and no anchor). */
export interface Comment {
  readonly id: string;
  readonly draftId: string;
  readonly parentId: string | null;
  readonly author: string;
  readonly body: string;
  readonly anchor: TextAnchor | null;
  /** When the thread was resolved, or null while it is open; only thread roots are resolved. */
  readonly resolvedAt: string | null;
  readonly resolvedBy: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A thread root with its replies, oldest first. */
export interface CommentThread extends Comment {
  readonly replies: readonly Comment[];
}

/** Comments on drafts: threads anchored to text, replies, resolution. */
export interface Comments {
  /** Starts a thread on a draft at an anchor; NotFound if the draft does not exist. */
  create(comment: {
    draftId: string;
    author: string;
    body: string;
    anchor: { paragraphId: string; from: number; to: number; quote?: string | null };
  }): Promise<Comment>;
  /** Replies to a thread (a reply to a reply joins the same thread); NotFound if there is no such comment. */
  reply(parentId: string, reply: { author: string; body: string }): Promise<Comment>;
  /** The comment with this id; NotFound otherwise. */
  get(id: string): Promise<Comment>;
  /** A draft's threads with their replies, oldest first; resolved threads only if asked for. */
  threads(draftId: string, options?: { includeResolved?: boolean }): Promise<CommentThread[]>;
  /** Marks a thread resolved at `baseVersion`; VersionConflict (with the current comment) if stale. */
  resolve(id: string, baseVersion: number, actor: string): Promise<Comment>;
  /** Opens a resolved thread again at `baseVersion`; VersionConflict (with the current comment) if stale. */
  reopen(id: string, baseVersion: number, actor: string): Promise<Comment>;
}

function toComment(row: Selectable<CommentsTable>): Comment {
  const anchor =
    row.paragraph_id === null || row.range_from === null || row.range_to === null
      ? null
      : { paragraphId: row.paragraph_id, from: row.range_from, to: row.range_to, quote: row.quote };
  return {
    id: row.id,
    draftId: row.draft_id,
    parentId: row.parent_id,
    author: row.author,
    body: row.body,
    anchor,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function checkBody(body: string): void {
  if (body.trim() === '') throw new InvalidInput('body', 'a comment needs some text');
}

function checkAnchor(anchor: { paragraphId: string; from: number; to: number }): void {
  if (anchor.paragraphId.trim() === '') throw new InvalidInput('anchor.paragraphId', 'is empty');
  for (const [name, offset] of [
    ['from', anchor.from],
    ['to', anchor.to],
  ] as const) {
    if (!Number.isSafeInteger(offset) || offset < 0) {
      throw new InvalidInput(`anchor.${name}`, `${offset} is not a character offset (a whole number from 0)`);
    }
  }
  if (anchor.to < anchor.from) {
    throw new InvalidInput('anchor', `the range ends (${anchor.to}) before it starts (${anchor.from})`);
  }
}

/** Builds the comments repository over a store context. */
export function createComments(ctx: StoreContext): Comments {
  const { db } = ctx;

  async function get(id: string): Promise<Comment> {
    const row = await db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFound('comment', id);
    return toComment(row);
  }

  async function setResolution(id: string, baseVersion: number, actor: string, resolved: boolean) {
    const comment = await get(id);
    if (comment.parentId !== null)
      throw new InvalidInput('id', `comment ${id} is a reply; resolve its thread ${comment.parentId}`);
    const now = ctx.now();
    const result = await db
      .updateTable('comments')
      .set({
        resolved_at: resolved ? now : null,
        resolved_by: resolved ? actor : null,
        version: baseVersion + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', baseVersion)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) {
      const current = await get(id);
      throw new VersionConflict('comment', id, baseVersion, current.version, current);
    }
    return get(id);
  }

  return {
    async create(comment) {
      checkBody(comment.body);
      checkAnchor(comment.anchor);
      const now = ctx.now();
      const row = {
        id: randomUUID(),
        draft_id: comment.draftId,
        parent_id: null,
        author: comment.author,
        body: comment.body,
        paragraph_id: comment.anchor.paragraphId,
        range_from: comment.anchor.from,
        range_to: comment.anchor.to,
        quote: comment.anchor.quote ?? null,
        resolved_at: null,
        resolved_by: null,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      try {
        await db.insertInto('comments').values(row).execute();
      } catch (error) {
        if (isForeignKeyViolation(error)) throw new NotFound('draft', comment.draftId);
        throw error;
      }
      return toComment(row);
    },

    async reply(parentId, reply) {
      checkBody(reply.body);
      const parent = await get(parentId);
      const now = ctx.now();
      const row = {
        id: randomUUID(),
        draft_id: parent.draftId,
        parent_id: parent.parentId ?? parent.id,
        author: reply.author,
        body: reply.body,
        paragraph_id: null,
        range_from: null,
        range_to: null,
        quote: null,
        resolved_at: null,
        resolved_by: null,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await db.insertInto('comments').values(row).execute();
      return toComment(row);
    },

    get,

    async threads(draftId, options = {}) {
      const rows = await db
        .selectFrom('comments')
        .selectAll()
        .where('draft_id', '=', draftId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const comments = rows.map(toComment);
      const replies = new Map<string, Comment[]>();
      for (const c of comments) {
        if (c.parentId !== null) replies.set(c.parentId, [...(replies.get(c.parentId) ?? []), c]);
      }
      return comments
        .filter((c) => c.parentId === null && (options.includeResolved === true || c.resolvedAt === null))
        .map((root) => ({ ...root, replies: replies.get(root.id) ?? [] }));
    },

    resolve: (id, baseVersion, actor) => setResolution(id, baseVersion, actor, true),
    reopen: (id, baseVersion, actor) => setResolution(id, baseVersion, actor, false),
  };
}
