/**
 * The row shapes of every table, as Kysely sees them. Column names are snake_case; JSON values are
 * stored as text (the same on SQLite and PostgreSQL) and timestamps as ISO 8601 text, so one set of
 * queries and migrations serves both engines. Repositories map rows to the camelCase records they export.
 */

/** A person who signs in; the password is kept only as a scrypt hash. */
export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  disabled_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One role held by one user (drafter, reviewer, documents officer, …). */
export interface UserRolesTable {
  user_id: string;
  role: string;
}

/** A sign-in: the id is the SHA-256 of the bearer token, so a leaked table cannot be replayed. */
export interface LoginSessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** Failed sign-ins for one account (a normalised e-mail address) from one client address. */
export interface LoginAttemptsTable {
  account: string;
  address: string;
  failures: number;
  last_failed_at: string;
}

/** An intergovernmental body (e.g. the Commission on Crime Prevention and Criminal Justice) and its facts. */
export interface BodiesTable {
  id: string;
  code: string;
  facts: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One session of a body (e.g. the twenty-eighth, 2019) and its facts: agenda, dates, documents. */
export interface SessionsTable {
  id: string;
  body_id: string;
  code: string;
  facts: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A draft addendum: its metadata, current document and lifecycle envelope, at one version. */
export interface DraftsTable {
  id: string;
  session_id: string | null;
  corrects_draft_id: string | null;
  symbol: string;
  language: string;
  title: string;
  metadata: string;
  document: string;
  lifecycle: string;
  /** JSON array of the ids of the blocks the draft's template locks (migration 0005). */
  locked_ids: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

/** The document of a draft as saved at one version; the key (draft_id, version) is unique. */
export interface DocumentVersionsTable {
  draft_id: string;
  version: number;
  document: string;
  saved_by: string;
  saved_at: string;
}

/** A comment on a draft: a thread root anchored to a paragraph and a text range, or a reply to one. */
export interface CommentsTable {
  id: string;
  draft_id: string;
  parent_id: string | null;
  author: string;
  body: string;
  paragraph_id: string | null;
  range_from: number | null;
  range_to: number | null;
  quote: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** An issued text: frozen copy of a draft's document at the version that was published. */
export interface PublishedTable {
  id: string;
  draft_id: string;
  draft_version: number;
  symbol: string;
  language: string;
  metadata: string;
  document: string;
  published_by: string;
  published_at: string;
}

/** One entry of the append-only audit log, chained to the one before by its hash. */
export interface AuditLogTable {
  seq: number;
  id: string;
  draft_id: string | null;
  actor: string;
  at: string;
  action: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  data: string;
  prev_hash: string;
  hash: string;
}

/** One collaborative-editing step accepted by the authority; (draft_id, version) is unique. */
export interface StepsTable {
  draft_id: string;
  version: number;
  client_id: string;
  step: string;
  created_at: string;
}

/**
 * Where a draft's step log starts: draft version `draft_version` holds every step up to
 * `step_version` (one row per draft, replaced by each fold or whole-document save).
 */
export interface StepFoldsTable {
  draft_id: string;
  step_version: number;
  draft_version: number;
  recorded_at: string;
}

/** A draft version made by folding co-editing steps (text only); (draft_id, draft_version) is unique. */
export interface FoldedVersionsTable {
  draft_id: string;
  draft_version: number;
}

/** Who has a draft open in an editor, and where their selection is; (draft_id, client_id) is unique. */
export interface PresenceTable {
  draft_id: string;
  client_id: string;
  user_id: string;
  anchor: number;
  head: number;
  /** The step version anchor and head were made at; null when the client did not say (or before migration 0006). */
  version: number | null;
  /** When the client last told where it is (ISO 8601); the entry expires some time after. */
  at: string;
}

/** The whole database as Kysely's type parameter. */
export interface Database {
  users: UsersTable;
  user_roles: UserRolesTable;
  login_sessions: LoginSessionsTable;
  login_attempts: LoginAttemptsTable;
  bodies: BodiesTable;
  sessions: SessionsTable;
  drafts: DraftsTable;
  document_versions: DocumentVersionsTable;
  comments: CommentsTable;
  published: PublishedTable;
  audit_log: AuditLogTable;
  steps: StepsTable;
  step_folds: StepFoldsTable;
  folded_versions: FoldedVersionsTable;
  presence: PresenceTable;
}
