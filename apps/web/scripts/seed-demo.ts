/**
 * Seeds the demo into the app's store (the same one `next start` opens, see server/store-location.ts)
 * and prints how to sign in. Safe to run at every start:
 * - one user per role (drafter, reviewer, secretary, documents officer, administrator), created the
 *   first time and given a new random password every run, printed once here (hashes only are kept);
 * - the Commission on Crime Prevention and Criminal Justice and its 2019 session, with the facts of
 *   demo/ccpcj-2019.json (checked as session facts);
 * - the seed addendum (demo/addendum-item6.zh.json, the reference text) drafted,
 *   approved along its route and issued as E/CN.15/2019/L.1/Add.6 through the API itself, once, so
 *   the public page shows it (not with RAPPORTEUR_DEMO_SKIP_SEED_ADDENDUM=1, for end-to-end tests
 *   that draft and issue Add.6 themselves);
 * - the English addendum of the same item drafted from the agenda-item-addendum template and the
 *   session's facts through the API, once, left in drafting for the editor.
 *
 * Run from the repository root: `node --import tsx apps/web/scripts/seed-demo.ts`.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@rapporteur/lifecycle';
import { openStore, type Store } from '@rapporteur/store';
import { readSessionFacts } from '@rapporteur/templates';
import { createApi } from '../server/api';
import { repositoryRoot, storeOptionsFromEnv } from '../server/store-location';

const SYMBOL = 'E/CN.15/2019/L.1/Add.6';

const DEMO_USERS: ReadonlyArray<{ role: Role; email: string; name: string }> = [
  { role: 'drafter', email: 'drafter@rapporteur.demo', name: 'Demo Drafter' },
  { role: 'reviewer', email: 'reviewer@rapporteur.demo', name: 'Demo Reviewer (Editor)' },
  { role: 'secretary', email: 'secretary@rapporteur.demo', name: 'Demo Secretary of the Commission' },
  { role: 'documents-officer', email: 'documents@rapporteur.demo', name: 'Demo Documents Officer' },
  { role: 'administrator', email: 'admin@rapporteur.demo', name: 'Demo Administrator' },
];

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Creates each demo user or gives the existing one a new password; returns the passwords by e-mail. */
async function seedUsers(store: Store): Promise<Map<string, string>> {
  const passwords = new Map<string, string>();
  for (const demo of DEMO_USERS) {
    // Tests set one known password for every demo account; a person starting the app gets new ones.
    const password = process.env.RAPPORTEUR_DEMO_PASSWORD || randomBytes(12).toString('base64url');
    const existing = await store.users.findByEmail(demo.email);
    if (existing === undefined) {
      await store.users.create({ email: demo.email, displayName: demo.name, password, roles: [demo.role] });
    } else {
      await store.users.update(existing.id, existing.version, {
        password,
        roles: [demo.role],
        disabled: false,
      });
    }
    passwords.set(demo.email, password);
  }
  return passwords;
}

/** The CCPCJ and its 2019 session with the demo's facts; returns the session id. */
async function seedSession(store: Store, root: string): Promise<string> {
  const body =
    (await store.bodies.findByCode('CCPCJ')) ??
    (await store.bodies.create({
      code: 'CCPCJ',
      facts: {
        symbolStem: 'E/CN.15',
        names: { en: 'Commission on Crime Prevention and Criminal Justice', zh: '预防犯罪和刑事司法委员会' },
      },
    }));
  const factsFile = join(root, 'demo/ccpcj-2019.json');
  const facts = readJson(factsFile);
  const read = readSessionFacts(facts);
  if (!read.ok) {
    const problems = read.problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
    throw new Error(`${factsFile} is not valid session facts:\n${problems}`);
  }
  const existing = (await store.sessions.listForBody(body.id)).find((session) => session.code === '28');
  if (existing === undefined) return (await store.sessions.create({ bodyId: body.id, code: '28', facts })).id;
  if (JSON.stringify(existing.facts) !== JSON.stringify(facts)) {
    await store.sessions.update(existing.id, existing.version, { facts });
  }
  return existing.id;
}

/** Calls the in-process API as a signed-in demo user (cookie from a fresh sign-in). */
async function signedInCaller(api: (request: Request) => Promise<Response>, email: string, password: string) {
  const login = await api(
    new Request('http://127.0.0.1/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }),
  );
  if (login.status !== 200) throw new Error(`signing in as ${email} failed: ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async (method: string, path: string, body: unknown) => {
    const response = await api(
      new Request(`http://127.0.0.1${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      }),
    );
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${path} failed: ${JSON.stringify(json)}`);
    return json;
  };
}

/** Drafts, approves and issues the seed addendum through the API, unless it is already published. */
async function seedAddendum(store: Store, root: string, sessionId: string, passwords: Map<string, string>) {
  const issued = await store.published.list({ symbol: SYMBOL });
  if (issued.some((text) => text.language === 'zh')) return false;
  const api = createApi(store);
  const as = async (role: Role) => {
    const demo = DEMO_USERS.find((user) => user.role === role)!;
    return signedInCaller(api, demo.email, passwords.get(demo.email)!);
  };
  const drafter = await as('drafter');
  const created = (await drafter('POST', '/api/drafts', {
    sessionId,
    draft: readJson(join(root, 'demo/addendum-item6.zh.json')),
  })) as { draft: { id: string; version: number } };
  let version = created.draft.version;
  const send = async (caller: Awaited<ReturnType<typeof as>>, event: Record<string, unknown>) => {
    const reply = (await caller('POST', `/api/drafts/${created.draft.id}/events`, {
      baseVersion: version,
      event,
    })) as {
      draft: { version: number };
    };
    version = reply.draft.version;
  };
  await send(drafter, { type: 'markReady', part: 'deliberations' });
  await send(drafter, { type: 'markReady', part: 'actionTaken' });
  await send(drafter, { type: 'submit' });
  await send(await as('reviewer'), { type: 'approve' });
  await send(await as('secretary'), { type: 'approve' });
  const officer = await as('documents-officer');
  await send(officer, { type: 'assignSymbol', symbol: SYMBOL });
  await send(officer, { type: 'recordChecks' });
  await send(officer, { type: 'issue' });
  return true;
}

/** Drafts the English addendum of item 6 from the template and the session's facts, unless there is one. */
async function seedTemplateDraft(store: Store, sessionId: string, passwords: Map<string, string>) {
  const drafts = await store.drafts.list({ sessionId });
  if (drafts.some((draft) => draft.language === 'en')) return false;
  const demo = DEMO_USERS.find((user) => user.role === 'drafter')!;
  const drafter = await signedInCaller(createApi(store), demo.email, passwords.get(demo.email)!);
  await drafter('POST', '/api/drafts', {
    sessionId,
    item: 6,
    language: 'en',
    template: 'agenda-item-addendum',
  });
  return true;
}

async function main(): Promise<void> {
  const root = repositoryRoot();
  const options = storeOptionsFromEnv();
  const store = await openStore(options);
  try {
    const passwords = await seedUsers(store);
    const sessionId = await seedSession(store, root);
    const skipAddendum = process.env.RAPPORTEUR_DEMO_SKIP_SEED_ADDENDUM === '1';
    const issuedNow = skipAddendum ? false : await seedAddendum(store, root, sessionId, passwords);
    const draftedNow = await seedTemplateDraft(store, sessionId, passwords);
    const where = options.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : options.sqlitePath;
    console.log(`Rapporteur demo store: ${where}`);
    console.log(
      skipAddendum
        ? `The seed addendum ${SYMBOL} is not issued (RAPPORTEUR_DEMO_SKIP_SEED_ADDENDUM=1).`
        : issuedNow
          ? `Issued the seed addendum as ${SYMBOL} (Chinese).`
          : `The seed addendum ${SYMBOL} (Chinese) is already issued.`,
    );
    if (draftedNow) console.log('Drafted agenda item 6 in English from the agenda-item-addendum template.');
    console.log('Demo accounts (e-mail and password; new passwords at every start):');
    for (const demo of DEMO_USERS) {
      console.log(`  ${demo.role.padEnd(18)} ${demo.email.padEnd(28)} ${passwords.get(demo.email)}`);
    }
  } finally {
    await store.close();
  }
}

await main();
