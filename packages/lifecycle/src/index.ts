export type { Actor } from './actor.js';
export type { AuditEntry } from './audit.js';
export { type AvailableEvent, availableEvents } from './available-events.js';
export { canEdit, type EditPermission } from './can-edit.js';
export type { Approval, CorrigendumLink, DraftContext, ReturnNote } from './context.js';
export { corrigendumSymbol } from './context.js';
export { type Decision, decide } from './decide.js';
export type { Effect } from './effects.js';
export {
  CURRENT_VERSION,
  createDraftEnvelope,
  type DraftEnvelope,
  type DraftSnapshot,
  type NewDraft,
  restoreSnapshot,
} from './envelope.js';
export { type EventKind, eventLabel } from './event-labels.js';
export { DRAFT_EVENT_TYPES, type DraftEvent, type DraftEventType, parseDraftEvent } from './events.js';
export {
  ISSUANCE_CHECKS,
  type IssuanceCheckName,
  type IssuanceCheckResult,
  type IssuanceChecks,
} from './issuance-checks.js';
export { DRAFT_MACHINE_ID, type DraftMachineEvent, draftMachine } from './machine.js';
export { migrate } from './migrate.js';
export type { DraftEnvelopeV1 } from './migrations/v1-to-v2.js';
export { PART_LABELS, PARTS, type Part } from './parts.js';
export type { Refusal, RefusalCode } from './refusal.js';
export { ROLE_LABELS, ROLES, type Role } from './roles.js';
export { type Route, type RouteStep, type RouteValidation, validateRoute } from './route.js';
export { type PartStates, type Phase, type Standing, standingOf, stateName } from './standing.js';
export { type DraftSummary, type Responsible, type RouteProgress, summarize } from './summary.js';
