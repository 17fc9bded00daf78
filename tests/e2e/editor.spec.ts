import { expect, type Locator, type Page, type Route, test } from '@playwright/test';
import { createBuilders, draftToJson } from '@rapporteur/document';
import { demoAccounts, englishAddendumMetadata, signInWithApi } from './workflow-helpers.js';

/** A short English addendum: paragraphs 1–6 (6 cites paragraph 5), items (a)–(b), sections A and B. */
function englishDraft() {
  const b = createBuilders('e');
  const fifth = b.withId(b.paragraph('Fifth paragraph.'), 'fifth');
  const doc = b.doc(
    b.title('Crime prevention and criminal justice'),
    b.paragraph('First paragraph.'),
    b.paragraph('Second paragraph:'),
    b.items('first item', 'second item'),
    b.section(
      'deliberations',
      'Deliberations',
      b.paragraph('Third paragraph.'),
      b.subsection('Crime prevention', b.paragraph('Fourth paragraph.'), fifth),
    ),
    b.section(
      'actionTaken',
      'Action taken',
      b.paragraph('As stated in ', b.crossReference('fifth'), ', it decided.'),
    ),
  );
  return draftToJson({
    metadata: englishAddendumMetadata,
    doc,
  });
}

/** Signs in and creates a fresh draft; returns its id. */
async function newDraft(page: Page): Promise<string> {
  await signInWithApi(page.request, demoAccounts().drafter!);
  const created = await page.request.post('/api/drafts', { data: { draft: englishDraft() } });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { draft: { id: string } }).draft.id;
}

const editor = (page: Page) => page.locator('.rp-editor');
const paragraph = (page: Page, text: string) => editor(page).locator('p.rp-paragraph', { hasText: text });
const status = (page: Page) => page.locator('.rp-status');

/**
 * Clicks into the editor and waits until the editor has taken the click's selection, as it does
 * between a drafter's click and their next key (ProseMirror reads the DOM selection after mouseup).
 */
async function clickInto(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  await target.click();
  await page.waitForTimeout(150);
}

async function openDraft(page: Page, id: string): Promise<void> {
  await page.goto(`/drafts/${id}`);
  await expect(paragraph(page, 'First paragraph.')).toHaveAttribute('data-number', '1.');
}

async function paste(page: Page, text: string): Promise<void> {
  await editor(page).evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** Fails every step sent, as an unreachable server would (reading the draft still works). */
const refuseSteps = (route: Route) =>
  route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback();

test('typing is saved and still there after a reload', async ({ page }) => {
  const id = await newDraft(page);
  await openDraft(page, id);
  await paragraph(page, 'First paragraph.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed by the drafter.');
  await expect(status(page)).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
  await page.reload();
  await expect(paragraph(page, 'Typed by the drafter.')).toHaveAttribute('data-number', '1.');
});

test('Tab and Shift-Tab move an item a level down and back up', async ({ page }) => {
  const id = await newDraft(page);
  await openDraft(page, id);
  const second = editor(page).locator('p.rp-item-text', { hasText: 'second item' });
  await expect(second).toHaveAttribute('data-number', '(b)');
  await clickInto(page, second);
  await page.keyboard.press('Tab');
  await expect(second).toHaveAttribute('data-number', '(i)');
  await page.keyboard.press('Shift+Tab');
  await expect(second).toHaveAttribute('data-number', '(b)');
});

test('deleting a required heading is refused and the drafter is told why', async ({ page }) => {
  const id = await newDraft(page);
  await openDraft(page, id);
  const heading = editor(page).locator('h2.rp-section-heading', { hasText: 'Action taken' });
  await clickInto(page, heading);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expect(page.locator('.rp-notice').first()).toContainText(
    /required by the template|cannot be changed/,
  );
  await expect(heading).toHaveAttribute('data-number', 'B.');
  await expect(heading).toHaveText('Action taken');
  await expect(paragraph(page, 'First paragraph.')).toBeVisible();
});

/**
 * Opens a fresh draft and pastes "see E/CN.15/2019/8" at the end of paragraph 3; returns the symbol
 * as assistive technology finds it: a link (though not one the browser follows on a click).
 */
async function pasteSymbol(page: Page): Promise<Locator> {
  const id = await newDraft(page);
  await openDraft(page, id);
  await paragraph(page, 'Third paragraph.').click();
  await page.keyboard.press('End');
  await paste(page, ' see E/CN.15/2019/8');
  const link = editor(page).getByRole('link', { name: 'E/CN.15/2019/8' });
  await expect(link).toHaveAttribute('data-href', 'http://undocs.org/en/E/CN.15/2019/8');
  return link;
}

test('pasted text links a valid symbol and flags an invalid one with the parser message', async ({
  page,
}) => {
  await pasteSymbol(page);
  await paste(page, ' and E//CN.15');
  const flagged = editor(page).locator('.rp-symbol-invalid', { hasText: 'E//CN.15' });
  await expect(flagged).toHaveAttribute('title', /at character \d+/);
});

test('a symbol opens its document on Ctrl-click, not on a plain click, and is copied as a link', async ({
  page,
}) => {
  const link = await pasteSymbol(page);
  // The Documents System is not reachable from the tests: the new tab gets a page of our own.
  await page
    .context()
    .route('http://undocs.org/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>E/CN.15/2019/8</title>' }),
    );

  // A plain click selects the symbol, as a click on any word would put the caret there.
  await link.click();
  await expect(link).toHaveClass(/ProseMirror-selectednode/);

  const opened = page.context().waitForEvent('page');
  await link.click({ modifiers: ['ControlOrMeta'] });
  const tab = await opened;
  await tab.waitForURL('http://undocs.org/en/E/CN.15/2019/8');
  // One tab opened (by the Ctrl-click), without a way back into the editor's page.
  expect(page.context().pages()).toHaveLength(2);
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  await tab.close();

  // Copied, the symbol is a link any reader follows. (Clicked again, a selected symbol gives the
  // selection to its paragraph, as ProseMirror does: either way the symbol is copied.)
  await link.click();
  await expect(editor(page).locator('.ProseMirror-selectednode')).toContainText('E/CN.15/2019/8');
  const copied = await editor(page).evaluate((element) => {
    const data = new DataTransfer();
    element.dispatchEvent(
      new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    return data.getData('text/html');
  });
  expect(copied).toContain('href="http://undocs.org/en/E/CN.15/2019/8"');
});

test('a paragraph inserted before paragraph 3 moves every later number and cross-reference', async ({
  page,
}) => {
  const id = await newDraft(page);
  await openDraft(page, id);
  const reference = editor(page).locator('.rp-cross-reference');
  await expect(reference).toHaveText('paragraph 5');
  await expect(paragraph(page, 'Third paragraph.')).toHaveAttribute('data-number', '3.');
  await clickInto(page, paragraph(page, 'Third paragraph.'));
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('Inserted paragraph.');
  await expect(paragraph(page, 'Inserted paragraph.')).toHaveAttribute('data-number', '3.');
  await expect(paragraph(page, 'Third paragraph.')).toHaveAttribute('data-number', '4.');
  await expect(paragraph(page, 'Fourth paragraph.')).toHaveAttribute('data-number', '5.');
  await expect(paragraph(page, 'Fifth paragraph.')).toHaveAttribute('data-number', '6.');
  await expect(paragraph(page, 'it decided')).toHaveAttribute('data-number', '7.');
  await expect(reference).toHaveText('paragraph 6');
});

test('the paragraph Enter opens can be reached with ArrowUp before the browser draws again', async ({
  page,
}) => {
  // Blocks are drawn lazily (content-visibility); a block just inserted must not be skipped by the
  // caret when keys come faster than frames, as on a busy machine.
  const id = await newDraft(page);
  await openDraft(page, id);
  await clickInto(page, paragraph(page, 'Third paragraph.'));
  await page.keyboard.press('Home');
  const landed = await editor(page).evaluate((element) => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    const selection = document.getSelection()!;
    selection.modify('move', 'backward', 'line');
    const node = selection.focusNode!;
    const block = (node instanceof Element ? node : node.parentElement)!.closest('p, h1, h2, h3, h4, li');
    return { tag: block?.tagName, className: block?.className, text: block?.textContent };
  });
  expect(landed).toEqual({ tag: 'P', className: expect.stringContaining('rp-paragraph'), text: '' });
});

test('a reload during unsaved typing loses nothing', async ({ page }) => {
  const id = await newDraft(page);
  await openDraft(page, id);
  await paragraph(page, 'Second paragraph:').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' words not yet sent');
  await page.reload();
  await expect(paragraph(page, 'words not yet sent')).toBeVisible();
  await expect(status(page)).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
  await page.reload();
  await expect(paragraph(page, 'words not yet sent')).toBeVisible();
});

test('edits typed while the server cannot be reached survive a reload and are sent once it answers', async ({
  page,
}) => {
  const id = await newDraft(page);
  await openDraft(page, id);
  await page.route('**/api/drafts/*/steps', refuseSteps);
  await clickInto(page, paragraph(page, 'Third paragraph.'));
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed while offline.');
  await expect(status(page)).toHaveAttribute('data-status', 'offline');
  await page.reload();
  await expect(paragraph(page, 'Typed while offline.')).toBeVisible();
  await expect(page.locator('.rp-notice', { hasText: 'Restored edits kept in this browser' })).toBeVisible();
  await expect(status(page)).toHaveAttribute('data-status', 'offline');
  await page.unroute('**/api/drafts/*/steps', refuseSteps);
  await expect(status(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(paragraph(page, 'Typed while offline.')).toHaveAttribute('data-number', '3.');
});

test('a drafter whose browser refuses to keep unsaved edits is told so until the server has them', async ({
  page,
}) => {
  const id = await newDraft(page);
  await openDraft(page, id);
  // The site's browser storage filled to its last bytes.
  await page.evaluate(() => {
    let size = 1 << 20;
    for (let i = 0; size >= 1; i += 1) {
      try {
        localStorage.setItem(`filler:${i}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
  await page.route('**/api/drafts/*/steps', refuseSteps);
  await clickInto(page, paragraph(page, 'Third paragraph.'));
  await page.keyboard.press('End');
  await page.keyboard.type(' Not kept anywhere yet.');
  await expect(status(page)).toHaveAttribute('data-status', 'offline');
  const warning = page
    .getByRole('alert')
    .filter({ hasText: 'This browser refused to keep your unsaved edits' });
  await expect(warning).toBeVisible();
  await page.unroute('**/api/drafts/*/steps', refuseSteps);
  await expect(status(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await expect(warning).toBeHidden();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(paragraph(page, 'Not kept anywhere yet.')).toHaveAttribute('data-number', '3.');
});

test('two tabs editing from the same version keep both texts, each seeing the other\u2019s at once', async ({
  page,
  context,
}) => {
  const id = await newDraft(page);
  const other = await context.newPage();
  await openDraft(page, id);
  await openDraft(other, id);

  await paragraph(page, 'First paragraph.').click();
  await page.keyboard.press('End');
  await paragraph(other, 'Fourth paragraph.').click();
  await other.keyboard.press('End');
  await Promise.all([
    page.keyboard.type(' Alpha from the first tab.'),
    other.keyboard.type(' Beta from the second tab.'),
  ]);
  await expect(status(page)).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
  await expect(status(other)).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
  // Both texts reach both tabs without a reload, with no merge to make.
  for (const tab of [page, other]) {
    await expect(paragraph(tab, 'Alpha from the first tab.')).toBeVisible();
    await expect(paragraph(tab, 'Beta from the second tab.')).toBeVisible();
    await expect(tab.getByRole('region', { name: /Merge your edits/ })).toHaveCount(0);
  }

  await page.reload();
  await expect(paragraph(page, 'Alpha from the first tab.')).toBeVisible();
  await expect(paragraph(page, 'Beta from the second tab.')).toBeVisible();
});

test('opening the editor without signing in goes to the sign-in page, which leads back', async ({ page }) => {
  await page.goto('/drafts/any-draft');
  await expect(page).toHaveURL(/\/login\?next=%2Fdrafts%2Fany-draft$/);
});

test('a part marked ready beside the editor is read-only until reopened, without a reload', async ({
  page,
}) => {
  const id = await newDraft(page);
  await openDraft(page, id);
  const actionTaken = editor(page).locator('section.rp-section[data-part="actionTaken"]');
  await expect(actionTaken).not.toHaveClass(/rp-read-only/);
  await page.getByRole('button', { name: 'Mark the action taken ready' }).click();
  await expect(actionTaken).toHaveClass(/rp-read-only/);
  await expect(page.getByRole('button', { name: 'Reopen the action taken' })).toBeVisible();

  await clickInto(page, paragraph(page, 'it decided'));
  await page.keyboard.press('End');
  await page.keyboard.type(' Refused');
  await expect(paragraph(page, 'it decided')).not.toContainText('Refused');

  await clickInto(page, paragraph(page, 'First paragraph.'));
  await page.keyboard.press('End');
  await page.keyboard.type(' Still open.');
  await expect(status(page)).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });

  await page.getByRole('button', { name: 'Reopen the action taken' }).click();
  await expect(actionTaken).not.toHaveClass(/rp-read-only/);
  await clickInto(page, paragraph(page, 'it decided'));
  await page.keyboard.press('End');
  await page.keyboard.type(' Reopened.');
  await expect(status(page)).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
  await page.reload();
  await expect(paragraph(page, 'Still open.')).toBeVisible();
  await expect(paragraph(page, 'Reopened.')).toBeVisible();
});
