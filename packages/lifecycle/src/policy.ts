import { type Actor, hasRole } from './actor.js';
import { corrigendumSymbol, type DraftContext } from './context.js';
import { type EventKind, eventPhrase } from './event-labels.js';
import { describeFailedChecks } from './issuance-checks.js';
import { PART_LABELS, type Part } from './parts.js';
import { forbidden, invalidEvent, notAllowedNow, type Refusal } from './refusal.js';
import { actorFillsStep, describeStep, whoFillsStep } from './route.js';
import { type PartStates, partsReadyForSubmission, type Standing } from './standing.js';

/** Whether `actor` may work on the text: the draft's owner, or anyone holding the drafter role. */
export function mayDraft(context: DraftContext, actor: Actor): boolean {
  return actor.id === context.owner || hasRole(actor, 'drafter');
}

/** Whether `actor` owns the draft (and so may change its route). */
export function ownsDraft(context: DraftContext, actor: Actor): boolean {
  return actor.id === context.owner;
}

/** Whether `actor` may withdraw the draft: its owner or an administrator. */
export function mayWithdraw(context: DraftContext, actor: Actor): boolean {
  return actor.id === context.owner || hasRole(actor, 'administrator');
}

/** Whether `actor` is a documents officer, the only role that assigns symbols and issues texts. */
export function isDocumentsOfficer(actor: Actor): boolean {
  return hasRole(actor, 'documents-officer');
}

/** Why `actor` may not act for the current route step (approve or return), or null if they may. */
export function currentStepRefusal(context: DraftContext, actor: Actor): Refusal | null {
  const step = context.route[context.stepIndex];
  if (step === undefined) return notAllowedNow('The route has no step waiting for a decision.');
  if (actorFillsStep(actor, step)) return null;
  const position = `step ${context.stepIndex + 1} of ${context.route.length} of the route (${describeStep(step)})`;
  return forbidden(`Only ${whoFillsStep(step)} can approve or return ${position}.`);
}

/**
 * Why `actor` may not approve the current route step, or null if they may: they must fill the
 * step, and must be neither the draft's author nor anyone who edited it since the last submission.
 */
export function approvalRefusal(context: DraftContext, actor: Actor): Refusal | null {
  const stepRefusal = currentStepRefusal(context, actor);
  if (stepRefusal !== null) return stepRefusal;
  if (actor.id === context.owner)
    return forbidden('You are the author of this draft, so you may not approve it.');
  if (context.editors.includes(actor.id)) {
    return forbidden('You edited this draft since it was last submitted, so you may not approve it.');
  }
  return null;
}

/** Why `symbol` does not fit the draft (a corrigendum must carry its …/Corr.N), or null if it fits. */
export function symbolFitRefusal(context: DraftContext, symbol: string): Refusal | null {
  if (context.corrigendumOf === null) return null;
  const expected = corrigendumSymbol(context.corrigendumOf);
  return symbol === expected
    ? null
    : invalidEvent(
        `This draft is corrigendum ${context.corrigendumOf.number} of ${context.corrigendumOf.symbol}, so its symbol must be ${expected}.`,
      );
}

/**
 * Why `actor` may not perform an event of this kind on a draft standing where it stands, or null
 * if they may. It looks at the event's type and part only; the one rule about an event's payload
 * is {@link symbolFitRefusal}.
 * Role rules come first (`forbidden`: the actor may never do this here), then the draft's state
 * and preconditions (`not-allowed-now`), then the rules that depend on who the actor is relative
 * to this draft's route and history. The machine's guards call the same rules, and the tests
 * check that the two always agree.
 */
export function refusalFor(
  standing: Standing,
  context: DraftContext,
  event: EventKind,
  actor: Actor,
): Refusal | null {
  const phrase = eventPhrase(event);
  switch (event.type) {
    case 'edit':
    case 'markReady':
    case 'reopen':
    case 'markNoActionTaken':
      if (!mayDraft(context, actor))
        return forbidden(`Only the owner of the draft or a drafter can ${phrase}.`);
      if (standing.phase !== 'drafting') {
        return event.type === 'edit' && standing.phase === 'issued'
          ? notAllowedNow('The text has been issued and is frozen; open a corrigendum to change it.')
          : notNow(standing, phrase);
      }
      return partRefusal(standing.parts, event);
    case 'changeRoute':
      if (!ownsDraft(context, actor)) return forbidden('Only the owner of the draft can change its route.');
      return standing.phase === 'drafting' ? null : notNow(standing, phrase);
    case 'submit':
      if (!mayDraft(context, actor))
        return forbidden(`Only the owner of the draft or a drafter can ${phrase}.`);
      if (standing.phase !== 'drafting') return notNow(standing, phrase);
      return partsReadyForSubmission(standing.parts)
        ? null
        : notAllowedNow(unreadyPartsMessage(standing.parts));
    case 'approve':
      return standing.phase === 'review' ? approvalRefusal(context, actor) : notNow(standing, phrase);
    case 'return':
      return standing.phase === 'review' ? currentStepRefusal(context, actor) : notNow(standing, phrase);
    case 'assignSymbol':
      if (!isDocumentsOfficer(actor)) return forbidden('Only a documents officer can assign the symbol.');
      return standing.phase === 'approved' || standing.phase === 'issuance' ? null : notNow(standing, phrase);
    case 'recordChecks':
      if (!isDocumentsOfficer(actor))
        return forbidden('Only a documents officer can record the issuance checks.');
      if (standing.phase === 'issuance' && standing.step === 'readyToIssue') {
        return notAllowedNow(
          'The issuance checks have passed; issue the text, or assign a new symbol to check again.',
        );
      }
      return standing.phase === 'issuance' ? null : notNow(standing, phrase);
    case 'issue':
      if (!isDocumentsOfficer(actor)) return forbidden('Only a documents officer can issue the text.');
      if (standing.phase === 'approved') return notAllowedNow('Assign the symbol before issuing the text.');
      if (standing.phase === 'issuance' && standing.step === 'awaitingChecks') {
        return notAllowedNow(
          context.checks === null
            ? 'The issuance checks have not been run for this symbol yet.'
            : `The issuance checks have not passed: ${describeFailedChecks(context.checks)}.`,
        );
      }
      return standing.phase === 'issuance' ? null : notNow(standing, phrase);
    case 'withdraw':
      if (!mayWithdraw(context, actor)) {
        return forbidden('Only the owner of the draft or an administrator can withdraw it.');
      }
      if (standing.phase === 'issued') {
        return notAllowedNow(
          'The text has been issued and can no longer be withdrawn; open a corrigendum instead.',
        );
      }
      return standing.phase === 'withdrawn' ? notAllowedNow('The draft has already been withdrawn.') : null;
    case 'openCorrigendum':
      if (!mayDraft(context, actor))
        return forbidden(`Only the owner of the document or a drafter can ${phrase}.`);
      if (standing.phase !== 'issued') return notNow(standing, phrase);
      return context.corrigendumOf === null
        ? null
        : notAllowedNow(
            `This is itself a corrigendum; open further corrigenda from ${context.corrigendumOf.symbol}.`,
          );
  }
}

/** Why an event on one part is not possible given where the parts stand, or null. */
function partRefusal(parts: PartStates, event: EventKind): Refusal | null {
  const part: Part = event.part ?? 'actionTaken';
  const state = parts[part];
  const subject = part === 'deliberations' ? 'The deliberations are' : 'Action taken is';
  switch (event.type) {
    case 'edit':
    case 'markReady':
    case 'markNoActionTaken':
      if (state === 'drafting') return null;
      return notAllowedNow(
        state === 'ready'
          ? `${subject} marked ready; reopen ${pronoun(part)} first.`
          : `${subject} marked as "no action taken"; reopen it first.`,
      );
    default:
      return state === 'drafting'
        ? notAllowedNow(`${subject} still being drafted, so there is nothing to reopen.`)
        : null;
  }
}

function pronoun(part: Part): string {
  return part === 'deliberations' ? 'them' : 'it';
}

function unreadyPartsMessage(parts: PartStates): string {
  const unready = [
    parts.deliberations === 'drafting' ? PART_LABELS.deliberations : null,
    parts.actionTaken === 'drafting' ? PART_LABELS.actionTaken : null,
  ].filter((label) => label !== null);
  return `Both parts must be marked ready before submission (action taken may be marked as "no action taken"); still being drafted: ${unready.join(' and ')}.`;
}

/** The state a draft is in, as the opening of a "not now" message. */
function standingSentence(standing: Standing): string {
  switch (standing.phase) {
    case 'drafting':
      return 'The draft is being drafted';
    case 'review':
      return 'The draft is in review';
    case 'approved':
      return 'The draft is approved and awaits its symbol';
    case 'issuance':
      return standing.step === 'awaitingChecks'
        ? 'The draft awaits its issuance checks'
        : 'The draft has passed its issuance checks and awaits issue';
    case 'issued':
      return 'The text has been issued and is frozen';
    case 'withdrawn':
      return 'The draft has been withdrawn';
  }
}

function notNow(standing: Standing, phrase: string): Refusal {
  return notAllowedNow(`${standingSentence(standing)}; you cannot ${phrase} now.`);
}
