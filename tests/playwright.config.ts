import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumFlags, defaultChromiumPath } from '@rapporteur/export';

const port = Number(process.env.E2E_PORT ?? 3100);
// Each run gets its own store, seeded with the demo, so tests never touch ./data. The folder's path
// is shared with the tests (they may need to read the demo's printed passwords).
process.env.RAPPORTEUR_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'rapporteur-e2e-'));
const dataDir = process.env.RAPPORTEUR_E2E_DATA_DIR;
// One known password for every demo account of this run, so specs can sign in as any role.
process.env.RAPPORTEUR_E2E_PASSWORD ??= `e2e-${randomBytes(9).toString('base64url')}`;

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against `next start` of the
 * built app on loopback, which Playwright starts before the tests and stops after them.
 */
export default defineConfig({
  testDir: './e2e',
  globalTeardown: './e2e-support/global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // A page's first load (the editor's chunks, the draft) can take seconds on a busy two-core machine.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'e2e-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: defaultChromiumPath,
      args: [...chromiumFlags],
    },
  },
  webServer: {
    command: `bash ../scripts/serve.sh ${port}`,
    env: {
      RAPPORTEUR_DATA_DIR: dataDir,
      DATABASE_URL: '',
      RAPPORTEUR_DEMO_PASSWORD: process.env.RAPPORTEUR_E2E_PASSWORD,
    },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
