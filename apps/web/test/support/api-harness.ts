import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@rapporteur/lifecycle';
import { openStore, type Store, type User } from '@rapporteur/store';
import { afterAll, beforeAll } from 'vitest';
import { createApi } from '../../server/api';
import type { ApiRequest } from '../../server/api-request';
import { repositoryRoot } from '../../server/store-location';
import { type ApiReply, type CallOptions, call, cookieFrom } from './api-client';
import { type FreshDatabase, freshDatabase, type TestEngine } from './databases';

/** The people of the tests: one per role, and a second drafter for concurrent writers. */
export const PEOPLE = {
  drafter: { role: 'drafter', email: 'amina.drafter@un.example', name: 'Amina Drafter' },
  drafter2: { role: 'drafter', email: 'chen.drafter@un.example', name: 'Chen Drafter' },
  reviewer: { role: 'reviewer', email: 'rita.reviewer@un.example', name: 'Rita Reviewer' },
  secretary: { role: 'secretary', email: 'sam.secretary@un.example', name: 'Sam Secretary' },
  documentsOfficer: { role: 'documents-officer', email: 'dora.docs@un.example', name: 'Dora Documents' },
  administrator: { role: 'administrator', email: 'adam.admin@un.example', name: 'Adam Administrator' },
} as const satisfies Record<string, { role: Role; email: string; name: string }>;

/** One of the test people. */
export type Person = keyof typeof PEOPLE;

/** The password every test person signs in with. */
export const PASSWORD = 'correct horse battery staple';

/** The seed addendum (E/CN.15/2019/L.1/Add.6, Chinese) as a draft file. */
export const seedDraftFile = JSON.parse(
  readFileSync(join(repositoryRoot(), 'demo/addendum-item6.zh.json'), 'utf8'),
) as {
  format: string;
  version: number;
  metadata: Record<string, unknown>;
  document: Record<string, unknown>;
};

/** The facts of the Commission's twenty-eighth session (2019), as `rapporteur new` reads them. */
export const sessionFactsFile = JSON.parse(
  readFileSync(join(repositoryRoot(), 'demo/ccpcj-2019.json'), 'utf8'),
) as Record<string, unknown> & { agenda: Array<Record<string, unknown>> };

/** A running API over a fresh database with every test person signed in. */
export interface ApiFixture {
  readonly store: Store;
  readonly database: FreshDatabase;
  readonly users: Readonly<Record<Person, User>>;
  readonly handle: (request: ApiRequest) => Promise<Response>;
  /** Calls the API as a signed-in person, or anonymously with `null`. */
  as(person: Person | null, method: string, path: string, options?: CallOptions): Promise<ApiReply>;
  /** Creates a draft of the seed addendum (owned by `owner`) and returns its JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: the draft JSON as the API answered it
  createDraft(owner?: Person): Promise<any>;
  /** Sends a lifecycle event at the draft's current version and returns the reply. */
  event(person: Person, draftId: string, event: Record<string, unknown>): Promise<ApiReply>;
}

/**
 * Registers hooks that open the API over a fresh database of `engine` for the test file, with one
 * user per role signed in, and close and drop it afterwards; returns a getter for the fixture.
 */
export function useApi(engine: TestEngine): () => ApiFixture {
  let fixture: ApiFixture | undefined;
  beforeAll(async () => {
    const database = await freshDatabase(engine);
    const store = await openStore(database.options);
    const handle = createApi(store);
    const users = {} as Record<Person, User>;
    const cookies = {} as Record<Person, string>;
    for (const [person, who] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
      users[person] = await store.users.create({
        email: who.email,
        displayName: who.name,
        password: PASSWORD,
        roles: [who.role],
      });
      const login = await call(handle, 'POST', '/api/auth/login', {
        body: { email: who.email, password: PASSWORD },
      });
      cookies[person] = cookieFrom(login);
    }
    const as: ApiFixture['as'] = (person, method, path, options = {}) =>
      call(handle, method, path, person === null ? options : { cookie: cookies[person], ...options });
    fixture = {
      store,
      database,
      users,
      handle,
      as,
      async createDraft(owner = 'drafter') {
        const reply = await as(owner, 'POST', '/api/drafts', { body: { draft: seedDraftFile } });
        if (reply.status !== 201) throw new Error(`creating a draft failed: ${JSON.stringify(reply.body)}`);
        return reply.body.draft;
      },
      async event(person, draftId, event) {
        const { version } = await store.drafts.get(draftId);
        return as(person, 'POST', `/api/drafts/${draftId}/events`, { body: { baseVersion: version, event } });
      },
    };
  });
  afterAll(async () => {
    if (!fixture) return;
    await fixture.store.close();
    await fixture.database.drop();
  });
  return () => {
    if (!fixture) throw new Error('the API is opened before the tests');
    return fixture;
  };
}

/** Walks a draft through drafting, both review steps and the documents officer up to `until`. */
export async function advance(
  api: ApiFixture,
  draftId: string,
  until: 'submitted' | 'approved' | 'symbol' | 'checked' | 'issued',
): Promise<void> {
  const steps: Array<[Person, Record<string, unknown>, string]> = [
    ['drafter', { type: 'markReady', part: 'deliberations' }, ''],
    ['drafter', { type: 'markReady', part: 'actionTaken' }, ''],
    ['drafter', { type: 'submit' }, 'submitted'],
    ['reviewer', { type: 'approve', comment: '同意' }, ''],
    ['secretary', { type: 'approve' }, 'approved'],
    ['documentsOfficer', { type: 'assignSymbol', symbol: 'E/CN.15/2019/L.1/Add.6' }, 'symbol'],
    ['documentsOfficer', { type: 'recordChecks' }, 'checked'],
    ['documentsOfficer', { type: 'issue' }, 'issued'],
  ];
  for (const [person, event, stage] of steps) {
    const reply = await api.event(person, draftId, event);
    if (reply.status !== 200) throw new Error(`${String(event.type)} failed: ${JSON.stringify(reply.body)}`);
    if (stage === until) return;
  }
}
