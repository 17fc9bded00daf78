import { parseSymbol } from '@rapporteur/symbols';
import { type IssuanceChecks, validateIssuanceChecks } from './issuance-checks.js';
import { isPart, type Part } from './parts.js';
import { type Route, validateRoute } from './route.js';

/**
 * Everything a user (or the server on their behalf) can ask of a draft. Events never carry
 * their actor: the server passes the actor from the login session alongside.
 */
export type DraftEvent =
  | { readonly type: 'edit'; readonly part: Part }
  | { readonly type: 'markReady'; readonly part: Part }
  | { readonly type: 'reopen'; readonly part: Part }
  | { readonly type: 'markNoActionTaken' }
  | { readonly type: 'changeRoute'; readonly route: Route }
  | { readonly type: 'submit' }
  | { readonly type: 'approve'; readonly comment?: string }
  | { readonly type: 'return'; readonly reason: string }
  | { readonly type: 'assignSymbol'; readonly symbol: string }
  | { readonly type: 'recordChecks'; readonly checks: IssuanceChecks }
  | { readonly type: 'issue' }
  | { readonly type: 'withdraw'; readonly reason?: string }
  | { readonly type: 'openCorrigendum' };

/** The type of a {@link DraftEvent}. */
export type DraftEventType = DraftEvent['type'];

/** The fields each event type may carry besides `type`, and whether each is required. */
const FIELDS: Readonly<Record<DraftEventType, Readonly<Record<string, 'required' | 'optional'>>>> = {
  edit: { part: 'required' },
  markReady: { part: 'required' },
  reopen: { part: 'required' },
  markNoActionTaken: {},
  changeRoute: { route: 'required' },
  submit: {},
  approve: { comment: 'optional' },
  return: { reason: 'required' },
  assignSymbol: { symbol: 'required' },
  recordChecks: { checks: 'required' },
  issue: {},
  withdraw: { reason: 'optional' },
  openCorrigendum: {},
};

/** Every event type, in the order the UI lists them. */
export const DRAFT_EVENT_TYPES = Object.keys(FIELDS) as readonly DraftEventType[];

/** The outcome of {@link parseDraftEvent}: a clean event, or what is wrong with the input. */
export type DraftEventParse = { ok: true; event: DraftEvent } | { ok: false; message: string };

/**
 * Validates an event as it arrives from a request and returns a clean copy: known type, no
 * unknown fields, no actor, a real part, a valid route, a non-empty reason for a return and a
 * valid UN document symbol for `assignSymbol`.
 */
export function parseDraftEvent(input: unknown): DraftEventParse {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: 'An event must be an object with a "type".' };
  }
  const record = input as Record<string, unknown>;
  const { type } = record;
  if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) {
    return { ok: false, message: `"${String(type)}" is not an event a draft understands.` };
  }
  const fields = FIELDS[type as DraftEventType];
  for (const key of Object.keys(record)) {
    if (key === 'type') continue;
    if (key === 'actor') {
      return { ok: false, message: 'An event must not name its actor; it is taken from your session.' };
    }
    if (!Object.hasOwn(fields, key)) return { ok: false, message: `A ${type} event has no field "${key}".` };
  }
  for (const [key, presence] of Object.entries(fields)) {
    if (presence === 'required' && record[key] === undefined) {
      return { ok: false, message: `A ${type} event needs a "${key}".` };
    }
  }
  return parseFields(type as DraftEventType, record);
}

function parseFields(type: DraftEventType, record: Record<string, unknown>): DraftEventParse {
  switch (type) {
    case 'edit':
    case 'markReady':
    case 'reopen':
      return isPart(record.part)
        ? { ok: true, event: { type, part: record.part } }
        : {
            ok: false,
            message: `"${String(record.part)}" is not a part of the draft (deliberations, actionTaken).`,
          };
    case 'changeRoute': {
      const validation = validateRoute(record.route);
      return validation.ok ? { ok: true, event: { type, route: validation.route } } : validation;
    }
    case 'approve':
      if (record.comment === undefined) return { ok: true, event: { type } };
      return typeof record.comment === 'string'
        ? { ok: true, event: { type, comment: record.comment } }
        : { ok: false, message: 'The comment on an approval must be text.' };
    case 'return': {
      const reason = typeof record.reason === 'string' ? record.reason.trim() : '';
      return reason === ''
        ? { ok: false, message: 'Say why the draft is returned: the reason must not be empty.' }
        : { ok: true, event: { type, reason } };
    }
    case 'withdraw':
      if (record.reason === undefined) return { ok: true, event: { type } };
      return typeof record.reason === 'string'
        ? { ok: true, event: { type, reason: record.reason } }
        : { ok: false, message: 'The reason for withdrawing must be text.' };
    case 'assignSymbol':
      return parseSymbolEvent(record.symbol);
    case 'recordChecks': {
      const validation = validateIssuanceChecks(record.checks);
      return validation.ok ? { ok: true, event: { type, checks: validation.checks } } : validation;
    }
    case 'markNoActionTaken':
    case 'submit':
    case 'issue':
    case 'openCorrigendum':
      return { ok: true, event: { type } };
  }
}

function parseSymbolEvent(symbol: unknown): DraftEventParse {
  if (typeof symbol !== 'string') return { ok: false, message: 'The symbol must be text.' };
  const trimmed = symbol.trim();
  const parsed = parseSymbol(trimmed);
  if (!parsed.ok) {
    return {
      ok: false,
      message: `"${trimmed}" is not a valid UN document symbol: ${parsed.error.message}.`,
    };
  }
  return { ok: true, event: { type: 'assignSymbol', symbol: trimmed } };
}
