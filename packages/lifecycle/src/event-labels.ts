import type { DraftEvent } from './events.js';
import { PART_LABELS, type Part } from './parts.js';

/** The parts of an event that decide how it is named: its type, and its part when it has one. */
export type EventKind = { readonly type: DraftEvent['type']; readonly part?: Part };

/**
 * What an event does, as a phrase that completes "you cannot …" ("edit the deliberations",
 * "assign the symbol"); the single source of event wording for messages and labels.
 */
export function eventPhrase(event: EventKind): string {
  const part = event.part === undefined ? 'the draft' : `the ${PART_LABELS[event.part]}`;
  switch (event.type) {
    case 'edit':
      return `edit ${part}`;
    case 'markReady':
      return `mark ${part} ready`;
    case 'reopen':
      return `reopen ${part}`;
    case 'markNoActionTaken':
      return 'mark that no action was taken';
    case 'changeRoute':
      return 'change the route';
    case 'submit':
      return 'submit the draft for review';
    case 'approve':
      return 'approve this step of the route';
    case 'return':
      return 'return the draft to drafting';
    case 'assignSymbol':
      return 'assign the symbol';
    case 'recordChecks':
      return 'record the issuance checks';
    case 'issue':
      return 'issue the text';
    case 'withdraw':
      return 'withdraw the draft';
    case 'openCorrigendum':
      return 'open a corrigendum';
  }
}

/** An event's label for a button or menu: its phrase with a capital letter ("Assign the symbol"). */
export function eventLabel(event: EventKind): string {
  const phrase = eventPhrase(event);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
