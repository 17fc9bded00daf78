import type { StateValue } from 'xstate';

/** Where each part stands while drafting: being drafted, marked ready, or (action taken) none. */
export interface PartStates {
  readonly deliberations: 'drafting' | 'ready';
  readonly actionTaken: 'drafting' | 'ready' | 'none';
}

/**
 * The machine's state value read as data: which phase the draft is in, and the detail that
 * matters in that phase. Policy, summaries and the audit trail all read states through this.
 */
export type Standing =
  | { readonly phase: 'drafting'; readonly parts: PartStates }
  | { readonly phase: 'review' }
  | { readonly phase: 'approved' }
  | { readonly phase: 'issuance'; readonly step: 'awaitingChecks' | 'readyToIssue' }
  | { readonly phase: 'issued' }
  | { readonly phase: 'withdrawn' };

/** The phases of a draft's life, in order. */
export type Phase = Standing['phase'];

/** Reads a state value of the draft machine; throws when it is not one the machine can be in. */
export function standingOf(value: StateValue): Standing {
  if (typeof value === 'string') {
    if (value === 'review' || value === 'approved' || value === 'issued' || value === 'withdrawn') {
      return { phase: value };
    }
  } else if ('drafting' in value) {
    const parts = value.drafting;
    if (typeof parts === 'object' && parts !== null) {
      const { deliberations, actionTaken } = parts as Record<string, unknown>;
      if (
        (deliberations === 'drafting' || deliberations === 'ready') &&
        (actionTaken === 'drafting' || actionTaken === 'ready' || actionTaken === 'none')
      ) {
        return { phase: 'drafting', parts: { deliberations, actionTaken } };
      }
    }
  } else if ('issuance' in value) {
    const step = value.issuance;
    if (step === 'awaitingChecks' || step === 'readyToIssue') return { phase: 'issuance', step };
  }
  throw new TypeError(`${JSON.stringify(value)} is not a state of the draft lifecycle.`);
}

/**
 * A stable name for a state, used as `from` and `to` in audit entries: the dotted paths of its
 * active leaves, e.g. "drafting.deliberations.ready, drafting.actionTaken.none" or "review".
 */
export function stateName(standing: Standing): string {
  switch (standing.phase) {
    case 'drafting':
      return `drafting.deliberations.${standing.parts.deliberations}, drafting.actionTaken.${standing.parts.actionTaken}`;
    case 'issuance':
      return `issuance.${standing.step}`;
    default:
      return standing.phase;
  }
}

/** Whether both parts are ready for submission: deliberations ready, action taken ready or none. */
export function partsReadyForSubmission(parts: PartStates): boolean {
  return parts.deliberations === 'ready' && parts.actionTaken !== 'drafting';
}
