import { describe, expect, it } from 'vitest';
import {
  type ApiFixture,
  advance,
  type Person,
  seedDraftFile,
  sessionFactsFile,
  useApi,
} from './support/api-harness';
import { engines } from './support/databases';

type Who = Person | 'anonymous';

/** Everyone who can call the API: one user per role, and nobody signed in. */
const CALLERS: readonly Who[] = [
  'anonymous',
  'drafter',
  'reviewer',
  'secretary',
  'documentsOfficer',
  'administrator',
];

/**
 * One action of the API: how to set up a draft (or other record) in the right state, and the call.
 * `allowed` lists who succeeds; everyone else is refused with `refusedStatus` (401 for anonymous).
 */
interface Action {
  readonly name: string;
  readonly allowed: readonly Who[];
  readonly refusedStatus: number;
  /** Prepares the state the action needs and returns what the call needs (a draft id, …). */
  readonly setup?: (api: ApiFixture) => Promise<Record<string, string>>;
  readonly call: (
    api: ApiFixture,
    who: Who,
    ids: Record<string, string>,
  ) => Promise<{ status: number; body: unknown }>;
}

const signedIn: Who[] = ['drafter', 'reviewer', 'secretary', 'documentsOfficer', 'administrator'];

function as(api: ApiFixture, who: Who, method: string, path: string, body?: unknown) {
  return api.as(who === 'anonymous' ? null : who, method, path, body === undefined ? {} : { body });
}

async function draftIn(
  api: ApiFixture,
  stage: 'drafting' | 'submitted' | 'approved' | 'symbol' | 'checked' | 'issued',
) {
  const draft = await api.createDraft();
  if (stage !== 'drafting') await advance(api, draft.id, stage);
  const { version } = await api.store.drafts.get(draft.id);
  return { id: draft.id, version: String(version) };
}

function event(api: ApiFixture, who: Who, ids: Record<string, string>, body: Record<string, unknown>) {
  return as(api, who, 'POST', `/api/drafts/${ids.id}/events`, {
    baseVersion: Number(ids.version),
    event: body,
  });
}

const ACTIONS: readonly Action[] = [
  {
    name: 'check that the server is alive',
    allowed: CALLERS,
    refusedStatus: 401,
    call: (api, who) => as(api, who, 'GET', '/api/health'),
  },
  {
    name: 'read who they are',
    allowed: signedIn,
    refusedStatus: 401,
    call: (api, who) => as(api, who, 'GET', '/api/auth/me'),
  },
  {
    name: 'list users',
    allowed: ['administrator'],
    refusedStatus: 403,
    call: (api, who) => as(api, who, 'GET', '/api/users'),
  },
  {
    name: 'add a user',
    allowed: ['administrator'],
    refusedStatus: 403,
    call: (api, who) =>
      as(api, who, 'POST', '/api/users', {
        email: `new.${who}.${Math.random().toString(36).slice(2)}@un.example`,
        displayName: 'New Colleague',
        password: 'a long enough password',
        roles: ['reviewer'],
      }),
  },
  {
    name: "set a user's roles",
    allowed: ['administrator'],
    refusedStatus: 403,
    setup: async (api) => {
      const user = await api.store.users.create({
        email: `roles.${Math.random().toString(36).slice(2)}@un.example`,
        displayName: 'Role Holder',
        password: 'a long enough password',
      });
      return { id: user.id, version: String(user.version) };
    },
    call: (api, who, ids) =>
      as(api, who, 'PATCH', `/api/users/${ids.id}`, { version: Number(ids.version), roles: ['secretary'] }),
  },
  {
    name: "read a template's containment rules",
    allowed: signedIn,
    refusedStatus: 401,
    call: (api, who) => as(api, who, 'GET', '/api/templates/agenda-item-addendum'),
  },
  {
    name: 'add a session with its facts',
    allowed: ['drafter', 'secretary', 'administrator'],
    refusedStatus: 403,
    setup: async (api) => {
      const body = await api.store.bodies.create({
        code: `B${Math.random().toString(36).slice(2, 10)}`,
        facts: {},
      });
      return { bodyId: body.id };
    },
    call: (api, who, ids) =>
      as(api, who, 'POST', '/api/sessions', { bodyId: ids.bodyId, code: '28', facts: sessionFactsFile }),
  },
  {
    name: "update a session's facts",
    allowed: ['drafter', 'secretary', 'administrator'],
    refusedStatus: 403,
    setup: async (api) => {
      const body = await api.store.bodies.create({
        code: `B${Math.random().toString(36).slice(2, 10)}`,
        facts: {},
      });
      const session = await api.store.sessions.create({
        bodyId: body.id,
        code: '28',
        facts: sessionFactsFile,
      });
      return { id: session.id };
    },
    call: (api, who, ids) =>
      as(api, who, 'PUT', `/api/sessions/${ids.id}/facts`, {
        version: 1,
        facts: sessionFactsFile,
      }),
  },
  {
    name: 'list drafts',
    allowed: signedIn,
    refusedStatus: 401,
    call: (api, who) => as(api, who, 'GET', '/api/drafts?state=issued'),
  },
  {
    name: 'create a draft',
    allowed: ['drafter'],
    refusedStatus: 403,
    call: (api, who) => as(api, who, 'POST', '/api/drafts', { draft: seedDraftFile }),
  },
  {
    name: 'create a draft from a template',
    allowed: ['drafter'],
    refusedStatus: 403,
    setup: async (api) => {
      const body = await api.store.bodies.create({
        code: `B${Math.random().toString(36).slice(2, 10)}`,
        facts: {},
      });
      const session = await api.store.sessions.create({
        bodyId: body.id,
        code: '28',
        facts: sessionFactsFile,
      });
      return { sessionId: session.id };
    },
    call: (api, who, ids) =>
      as(api, who, 'POST', '/api/drafts', {
        sessionId: ids.sessionId,
        item: 6,
        language: 'en',
        template: 'agenda-item-addendum',
      }),
  },
  {
    name: 'read a draft',
    allowed: signedIn,
    refusedStatus: 401,
    setup: (api) => draftIn(api, 'drafting'),
    call: (api, who, ids) => as(api, who, 'GET', `/api/drafts/${ids.id}`),
  },
  {
    name: 'save the document of a draft being drafted',
    allowed: ['drafter'],
    refusedStatus: 403,
    setup: (api) => draftIn(api, 'drafting'),
    call: (api, who, ids) =>
      as(api, who, 'PUT', `/api/drafts/${ids.id}/document`, {
        baseVersion: Number(ids.version),
        document: seedDraftFile.document,
      }),
  },
  {
    name: 'mark the deliberations ready',
    allowed: ['drafter'],
    refusedStatus: 403,
    setup: (api) => draftIn(api, 'drafting'),
    call: (api, who, ids) => event(api, who, ids, { type: 'markReady', part: 'deliberations' }),
  },
  {
    name: 'approve the first step of review (reviewer)',
    allowed: ['reviewer'],
    refusedStatus: 403,
    setup: (api) => draftIn(api, 'submitted'),
    call: (api, who, ids) => event(api, who, ids, { type: 'approve' }),
  },
  {
    name: 'return a draft in review',
    allowed: ['reviewer'],
    refusedStatus: 403,
    setup: (api) => draftIn(api, 'submitted'),
    call: (api, who, ids) => event(api, who, ids, { type: 'return', reason: '请补充发言国家名单。' }),
  },
  {
    name: 'assign the symbol of an approved draft',
    allowed: ['documentsOfficer'],
    refusedStatus: 403,
    setup: (api) => draftIn(api, 'approved'),
    call: (api, who, ids) => event(api, who, ids, { type: 'assignSymbol', symbol: 'E/CN.15/2019/L.1/Add.6' }),
  },
  {
    name: 'withdraw a draft',
    allowed: ['drafter', 'administrator'],
    refusedStatus: 403,
    setup: (api) => draftIn(api, 'drafting'),
    call: (api, who, ids) => event(api, who, ids, { type: 'withdraw', reason: '重复' }),
  },
  {
    name: 'read the history of a draft',
    allowed: signedIn,
    refusedStatus: 401,
    setup: (api) => draftIn(api, 'drafting'),
    call: (api, who, ids) => as(api, who, 'GET', `/api/drafts/${ids.id}/history`),
  },
  {
    name: 'compare two versions',
    allowed: signedIn,
    refusedStatus: 401,
    setup: (api) => draftIn(api, 'drafting'),
    call: (api, who, ids) => as(api, who, 'GET', `/api/drafts/${ids.id}/compare?from=1&to=1`),
  },
  {
    name: 'comment on a draft',
    allowed: signedIn,
    refusedStatus: 401,
    setup: (api) => draftIn(api, 'drafting'),
    call: (api, who, ids) =>
      as(api, who, 'POST', `/api/drafts/${ids.id}/comments`, {
        body: '请核对。',
        anchor: { paragraphId: 'zh6-1', from: 0, to: 4 },
      }),
  },
  {
    name: 'export a draft as text',
    allowed: signedIn,
    refusedStatus: 401,
    setup: (api) => draftIn(api, 'drafting'),
    call: (api, who, ids) => as(api, who, 'GET', `/api/drafts/${ids.id}/export/txt`),
  },
  {
    name: 'verify the audit log',
    allowed: ['administrator'],
    refusedStatus: 403,
    call: (api, who) => as(api, who, 'GET', '/api/audit/verify'),
  },
];

describe.each(engines)('who may do what on %s', (engine) => {
  const api = useApi(engine);

  it('answers the published text to everyone, signed in or not', async () => {
    const { id } = await draftIn(api(), 'drafting');
    await advance(api(), id, 'issued');
    for (const who of CALLERS) {
      const reply = await as(api(), who, 'GET', '/api/published/E/CN.15/2019/L.1/Add.6?lang=zh');
      expect(reply.status, who).toBe(200);
    }
  });

  describe.each(ACTIONS)('$name', (action) => {
    it.each(CALLERS)('for %s', async (who) => {
      const ids = action.setup === undefined ? {} : await action.setup(api());
      const reply = await action.call(api(), who, ids);
      if (action.allowed.includes(who)) {
        expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(300);
      } else {
        expect(reply.status, JSON.stringify(reply.body)).toBe(
          who === 'anonymous' ? 401 : action.refusedStatus,
        );
        expect((reply.body as { error: { code: string } }).error.code).toBe(
          who === 'anonymous' ? 'unauthenticated' : 'forbidden',
        );
      }
    });
  });
});
