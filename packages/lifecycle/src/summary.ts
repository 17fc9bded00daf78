import type { Approval, CorrigendumLink, DraftContext, ReturnNote } from './context.js';
import { type DraftEnvelope, restoreSnapshot } from './envelope.js';
import { describeFailedChecks } from './issuance-checks.js';
import { PART_LABELS } from './parts.js';
import type { Role } from './roles.js';
import { describeStep, type RouteStep, whoFillsStep } from './route.js';
import { type PartStates, type Phase, type Standing, standingOf, stateName } from './standing.js';

/** Someone who must act next: anyone holding a role, or one person. */
export type Responsible =
  | { readonly kind: 'role'; readonly role: Role }
  | { readonly kind: 'person'; readonly userId: string };

/** One step of the route and how far the draft has come along it. */
export interface RouteProgress {
  readonly step: RouteStep;
  /** The step's name for users ("Section chief"). */
  readonly label: string;
  /** Approved in the current round, waiting for its decision now, or still to come. */
  readonly status: 'approved' | 'current' | 'pending';
  /** The approval, when the step is approved. */
  readonly approval?: Approval;
}

/** Where a draft stands, for lists and the draft's page: state, route progress and who must act. */
export interface DraftSummary {
  /** The stable state name (as in audit entries). */
  readonly state: string;
  /** The phase of the draft's life. */
  readonly phase: Phase;
  /** Where each part stands, while drafting. */
  readonly parts: PartStates | null;
  /** The route, step by step. */
  readonly route: readonly RouteProgress[];
  /** Who must act next; empty once the text is issued or the draft withdrawn. */
  readonly nextActors: readonly Responsible[];
  /** One sentence saying where the draft stands and what must happen next. */
  readonly description: string;
  readonly owner: string;
  readonly round: number;
  readonly symbol: string | null;
  readonly issuedAt: string | null;
  readonly corrigendumOf: CorrigendumLink | null;
  /** Why the draft was last returned, until it is resubmitted. */
  readonly lastReturn: ReturnNote | null;
}

/** Summarises where a draft stands: its state, its progress along the route and who must act next. */
export function summarize(envelope: DraftEnvelope): DraftSummary {
  const { value, context } = restoreSnapshot(envelope);
  const standing = standingOf(value);
  return {
    state: stateName(standing),
    phase: standing.phase,
    parts: standing.phase === 'drafting' ? standing.parts : null,
    route: context.route.map((step, index) => {
      const approval = context.approvals.find((given) => given.stepIndex === index);
      const status = approval
        ? 'approved'
        : standing.phase === 'review' && index === context.stepIndex
          ? 'current'
          : 'pending';
      return approval
        ? { step, label: describeStep(step), status, approval }
        : { step, label: describeStep(step), status };
    }),
    nextActors: nextActors(standing, context),
    description: describe(standing, context),
    owner: context.owner,
    round: context.round,
    symbol: context.symbol,
    issuedAt: context.issuedAt,
    corrigendumOf: context.corrigendumOf,
    lastReturn: context.lastReturn,
  };
}

function nextActors(standing: Standing, context: DraftContext): Responsible[] {
  switch (standing.phase) {
    case 'drafting':
      return [
        { kind: 'person', userId: context.owner },
        { kind: 'role', role: 'drafter' },
      ];
    case 'review': {
      const step = context.route[context.stepIndex]!;
      return [
        step.kind === 'role' ? { kind: 'role', role: step.role } : { kind: 'person', userId: step.userId },
      ];
    }
    case 'approved':
    case 'issuance':
      return [{ kind: 'role', role: 'documents-officer' }];
    case 'issued':
    case 'withdrawn':
      return [];
  }
}

function describe(standing: Standing, context: DraftContext): string {
  switch (standing.phase) {
    case 'drafting': {
      const { deliberations, actionTaken } = standing.parts;
      const action = actionTaken === 'none' ? 'marked "no action taken"' : partState(actionTaken);
      const returned = context.lastReturn === null ? '' : ` Returned: ${context.lastReturn.reason}`;
      return `Drafting: ${PART_LABELS.deliberations} ${partState(deliberations)}, ${PART_LABELS.actionTaken} ${action}.${returned}`;
    }
    case 'review': {
      const step = context.route[context.stepIndex]!;
      return `In review, step ${context.stepIndex + 1} of ${context.route.length} (${describeStep(step)}): waiting for ${whoFillsStep(step)} to approve or return it.`;
    }
    case 'approved':
      return 'Approved: waiting for a documents officer to assign the symbol.';
    case 'issuance':
      if (standing.step === 'readyToIssue')
        return `${context.symbol}: checks passed, waiting for a documents officer to issue it.`;
      return context.checks === null
        ? `${context.symbol}: waiting for the issuance checks.`
        : `${context.symbol}: the issuance checks failed (${describeFailedChecks(context.checks)}).`;
    case 'issued':
      return `Issued as ${context.symbol} on ${context.issuedAt}; the text is frozen.`;
    case 'withdrawn':
      return 'Withdrawn.';
  }
}

function partState(state: 'drafting' | 'ready'): string {
  return state === 'ready' ? 'ready' : 'being drafted';
}
