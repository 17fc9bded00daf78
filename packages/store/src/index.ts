export type { AuditEntry, AuditLog, AuditVerification, NewAuditEntry } from './audit-log.js';
export { auditEntryHash, GENESIS_HASH } from './audit-log.js';
export type { Bodies, Body } from './bodies.js';
export { canonicalJson } from './canonical-json.js';
export type { Comment, Comments, CommentThread, TextAnchor } from './comments.js';
export type { ConnectionOptions, SqliteSynchronous } from './connection.js';
export { DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_SQLITE_PATH } from './connection.js';
export type { Engine } from './context.js';
export type { DocumentVersion, DocumentVersionInfo, DocumentVersions } from './document-versions.js';
export type {
  CorrigendumOpening,
  Draft,
  DraftAuditEntry,
  DraftSave,
  DraftSummary,
  Drafts,
  NewDraft,
  OpenedCorrigendum,
} from './drafts.js';
export { storedDocumentJson } from './drafts.js';
export { AlreadyExists, InvalidInput, NotFound, StoreError, VersionConflict } from './errors.js';
export type { JsonValue } from './json.js';
export type { AttemptWindow, FailedLogins, LoginAttempts } from './login-attempts.js';
export type { IssuedLoginSession, LoginSession, LoginSessions } from './login-sessions.js';
export { migrations } from './migrations.js';
export type { NoticeListener, Notifier, StoreNotice } from './notices.js';
export type { Store, StoreOptions } from './open-store.js';
export { openStore } from './open-store.js';
export { hashPassword, verifyPassword } from './passwords.js';
export type { Presence, PresenceEntry, PresenceReport } from './presence.js';
export type { Issued, IssueRequest, PublishedText, PublishedTexts } from './published.js';
export type { Session, Sessions } from './sessions.js';
export type {
  AcceptedStep,
  AppendConditions,
  DocumentSave,
  Fold,
  FoldPoint,
  SavedDocument,
  Steps,
} from './steps.js';
export type { NewUser, User, UserChanges, Users } from './users.js';
