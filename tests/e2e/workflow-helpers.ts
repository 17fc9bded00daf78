import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The demo's accounts by role: e-mail and this run's password. */
export type DemoAccounts = Record<string, { email: string; password: string }>;

const DEMO_EMAILS: Readonly<Record<string, string>> = {
  drafter: 'drafter@rapporteur.demo',
  reviewer: 'reviewer@rapporteur.demo',
  secretary: 'secretary@rapporteur.demo',
  'documents-officer': 'documents@rapporteur.demo',
  administrator: 'admin@rapporteur.demo',
};

/** The run's known demo password (the configuration seeds every demo account with it). */
function demoPassword(): string {
  const password = process.env.RAPPORTEUR_E2E_PASSWORD;
  if (!password)
    throw new Error('RAPPORTEUR_E2E_PASSWORD is not set; run through tests/playwright.config.ts');
  return password;
}

/** The metadata of the short English, unissued addenda the editor tests draft (CCPCJ 2019, item 6). */
export const englishAddendumMetadata = {
  symbol: null,
  language: 'en',
  originalLanguage: 'en',
  distribution: 'limited',
  date: '2019-05-23',
  body: 'Commission on Crime Prevention and Criminal Justice',
  session: 'Twenty-eighth session',
  agendaItem: '6',
  template: 'agenda-item-addendum',
} as const;

/** The demo accounts of this run, one per role. */
export function demoAccounts(): DemoAccounts {
  const password = demoPassword();
  return Object.fromEntries(Object.entries(DEMO_EMAILS).map(([role, email]) => [role, { email, password }]));
}

/** A server of the built app of this run's own, on its own store, seeded without the issued Add.6. */
export interface OwnServer {
  readonly baseURL: string;
  readonly accounts: DemoAccounts;
  stop(): void;
}

/**
 * Starts `scripts/serve.sh` on another port with a fresh store in which E/CN.15/2019/L.1/Add.6 is
 * not yet issued (RAPPORTEUR_DEMO_SKIP_SEED_ADDENDUM=1), for a test that issues it, with the run's
 * demo password; waits until it answers.
 */
export async function startOwnServer(port: number): Promise<OwnServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-e2e-workflow-'));
  const child: ChildProcess = spawn('bash', ['scripts/serve.sh', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      RAPPORTEUR_DATA_DIR: dataDir,
      DATABASE_URL: '',
      RAPPORTEUR_DEMO_SKIP_SEED_ADDENDUM: '1',
      RAPPORTEUR_DEMO_PASSWORD: demoPassword(),
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
    // What the server said, for reading after a failed run.
    mkdirSync(join(root, 'tests/test-results'), { recursive: true });
    writeFileSync(join(root, 'tests/test-results/workflow-server.log'), output);
  };
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const up = await fetch(`${baseURL}/login`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { baseURL, accounts: demoAccounts(), stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`the server on port ${port} did not start:\n${output}`);
}

/** Signs in through the sign-in page, as a user would, and waits for the dashboard. */
export async function signInWithForm(
  page: Page,
  account: { email: string; password: string },
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

/** Signs in through the API; the cookie lands in the page's browser context. */
export async function signInWithApi(
  request: APIRequestContext,
  account: { email: string; password: string },
): Promise<void> {
  const login = await request.post('/api/auth/login', { data: account });
  expect(login.status(), await login.text()).toBe(200);
}

/** Selects characters `from`–`to` of a rendered block's text, as a mouse selection would, and lets go. */
export async function selectText(block: Locator, from: number, to: number): Promise<void> {
  await block.evaluate(
    (element, [start, end]) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      let started = false;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (!started && start! <= offset + length) {
          range.setStart(node, start! - offset);
          started = true;
        }
        if (started && end! <= offset + length) {
          range.setEnd(node, end! - offset);
          break;
        }
        offset += length;
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [from, to],
  );
}

/** Asserts that axe-core finds no serious or critical accessibility violation on the page. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    );
  expect(serious, `on ${page.url()}`).toEqual([]);
}

/** Creates a draft of item 6 from the template through the API (as the signed-in drafter); returns its id. */
export async function draftItem6(request: APIRequestContext, language = 'en'): Promise<string> {
  const bodies = (await (await request.get('/api/bodies')).json()) as {
    bodies: Array<{ id: string; code: string }>;
  };
  const body = bodies.bodies.find((candidate) => candidate.code === 'CCPCJ')!;
  const sessions = (await (await request.get(`/api/bodies/${body.id}/sessions`)).json()) as {
    sessions: Array<{ id: string }>;
  };
  const created = await request.post('/api/drafts', {
    data: { sessionId: sessions.sessions[0]!.id, item: 6, language, template: 'agenda-item-addendum' },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { draft: { id: string } }).draft.id;
}

/** Sends lifecycle events through the API at the draft's current version, each expected to pass. */
export async function sendEvents(request: APIRequestContext, id: string, events: object[]): Promise<void> {
  for (const event of events) {
    const read = (await (await request.get(`/api/drafts/${id}`)).json()) as { draft: { version: number } };
    const sent = await request.post(`/api/drafts/${id}/events`, {
      data: { baseVersion: read.draft.version, event },
    });
    expect(sent.status(), await sent.text()).toBe(200);
  }
}
