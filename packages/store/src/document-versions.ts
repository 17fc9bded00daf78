import type { StoreContext } from './context.js';
import { NotFound } from './errors.js';
import { decodeJson, type JsonValue } from './json.js';

/** Who saved which version of a draft and when (without the document, for a history list). */
export interface DocumentVersionInfo {
  readonly draftId: string;
  readonly version: number;
  readonly savedBy: string;
  readonly savedAt: string;
}

/** A draft's document exactly as it was saved at one version, for history and comparison. */
export interface DocumentVersion extends DocumentVersionInfo {
  readonly document: JsonValue;
}

/** The history of every saved version of every draft's document (written by `drafts`, read here). */
export interface DocumentVersions {
  /** A draft's versions, oldest first (empty for an unknown draft). */
  list(draftId: string): Promise<DocumentVersionInfo[]>;
  /** The document of a draft at one version; NotFound if that version was never saved. */
  get(draftId: string, version: number): Promise<DocumentVersion>;
}

/** Builds the document-versions repository over a store context. */
export function createDocumentVersions(ctx: StoreContext): DocumentVersions {
  const { db } = ctx;
  return {
    async list(draftId) {
      const rows = await db
        .selectFrom('document_versions')
        .select(['draft_id', 'version', 'saved_by', 'saved_at'])
        .where('draft_id', '=', draftId)
        .orderBy('version')
        .execute();
      return rows.map((row) => ({
        draftId: row.draft_id,
        version: row.version,
        savedBy: row.saved_by,
        savedAt: row.saved_at,
      }));
    },

    async get(draftId, version) {
      const row = await db
        .selectFrom('document_versions')
        .selectAll()
        .where('draft_id', '=', draftId)
        .where('version', '=', version)
        .executeTakeFirst();
      if (!row) throw new NotFound('document version', `${draftId}@${version}`);
      return {
        draftId: row.draft_id,
        version: row.version,
        savedBy: row.saved_by,
        savedAt: row.saved_at,
        document: decodeJson(row.document),
      };
    },
  };
}
