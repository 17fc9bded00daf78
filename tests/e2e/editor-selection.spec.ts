import { expect, type Page, test } from '@playwright/test';
import { build } from 'esbuild';

// A real browser is needed: the race is between the browser moving its selection on a click and
// ProseMirror reading it on the selectionchange event. The page is served by the test itself.
const origin = 'http://selection-race.test';
let script = '';

test.beforeAll(async () => {
  const bundle = await build({
    entryPoints: [new URL('../e2e-support/selection-race.page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  script = bundle.outputFiles[0]!.text;
});

/** Serves the race page and opens it. */
async function openRacePage(page: Page): Promise<void> {
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/race.js') {
      return route.fulfill({ contentType: 'text/javascript', body: script });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><div id="editor"></div><script type="module" src="/race.js"></script>',
    });
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'selectionRace' in window);
}

test('a click keeps its caret when a transaction arrives before the editor has read the click', async ({
  page,
}) => {
  await openRacePage(page);
  await page.evaluate(() => window.selectionRace.armReadyPartsOnNextSelectionChange());
  const target = page.locator('p.rp-paragraph', { hasText: 'Speakers noted the progress made.' });
  await target.click({ position: { x: 40, y: 8 } });
  await expect.poll(() => page.evaluate(() => window.selectionRace.fired())).toBe(true);
  await expect(page.locator('section.rp-section[data-part="actionTaken"]')).toHaveClass(/rp-read-only/);
  await expect
    .poll(() => page.evaluate(() => window.selectionRace.caret().text))
    .toBe('Speakers noted the progress made.');
  const domCaretInTarget = await target.evaluate((paragraph) =>
    paragraph.contains(document.getSelection()?.focusNode ?? null),
  );
  expect(domCaretInTarget).toBe(true);
});

test('a key pressed before the editor has read the browser\u2019s new caret acts where the caret is shown', async ({
  page,
}) => {
  await openRacePage(page);
  const title = 'Integrating and coordinating efforts';
  await page.locator('h1.rp-title').click();
  await expect.poll(() => page.evaluate(() => window.selectionRace.caret().text)).toBe(title);
  // As Home then Enter on a busy machine: Enter arrives before the selectionchange of Home.
  await page.evaluate(() => window.selectionRace.enterAtStartOf('No action was taken.'));
  expect(await page.evaluate(() => window.selectionRace.blocks())).toEqual([
    title,
    'The Commission considered item 6 at its 8th meeting.',
    'A. Deliberations',
    'Crime prevention',
    'Speakers noted the progress made.',
    'B. Action taken',
    '',
    'No action was taken.',
  ]);
  expect(await page.evaluate(() => window.selectionRace.caret())).toEqual({
    text: 'No action was taken.',
    offset: 0,
  });
});
