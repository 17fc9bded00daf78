import { randomBytes } from 'node:crypto';
import { type Browser, type BrowserContext, expect, type Page, type Route, test } from '@playwright/test';
import { createBuilders, draftToJson } from '@rapporteur/document';
import { demoAccounts, englishAddendumMetadata, sendEvents, signInWithApi } from './workflow-helpers.js';

/** A short English addendum whose first paragraph both people type into. */
function sharedDraft() {
  const b = createBuilders('c');
  return draftToJson({
    metadata: englishAddendumMetadata,
    doc: b.doc(
      b.title('Crime prevention and criminal justice'),
      b.paragraph('The Commission considered item 6.'),
      b.section('deliberations', 'Deliberations', b.paragraph('Speakers noted the reports.')),
      b.section('actionTaken', 'Action taken', b.paragraph('No action was taken.')),
    ),
  });
}

const editor = (page: Page) => page.locator('.rp-editor');
const shared = (page: Page) => editor(page).locator('p.rp-paragraph').first();
const status = (page: Page) => page.locator('.rp-status');

/** A second drafter with a name of their own, added by the administrator; signed in in a new context. */
async function secondDrafter(browser: Browser): Promise<{ context: BrowserContext; name: string }> {
  const accounts = demoAccounts();
  const admin = await browser.newContext();
  await signInWithApi(admin.request, accounts.administrator!);
  const suffix = randomBytes(4).toString('hex');
  const account = {
    email: `second-${suffix}@rapporteur.demo`,
    password: `second-drafter-${suffix}`,
  };
  const name = `Second Drafter ${suffix}`;
  const created = await admin.request.post('/api/users', {
    data: { ...account, displayName: name, roles: ['drafter'] },
  });
  expect(created.status(), await created.text()).toBe(201);
  await admin.close();
  const context = await browser.newContext();
  await signInWithApi(context.request, account);
  return { context, name };
}

/** Opens the draft and waits until the editor shows its text. */
async function openDraft(page: Page, id: string): Promise<void> {
  await page.goto(`/drafts/${id}`);
  await expect(shared(page)).toHaveAttribute('data-number', '1.');
}

/**
 * Puts the caret in a paragraph (the shared one by default) after its first `offset` characters, through the DOM
 * selection as a click would (the editor reads it on selectionchange).
 */
async function placeCaret(page: Page, offset: number, block = shared(page)): Promise<void> {
  await block.evaluate((paragraph, at) => {
    const editable = paragraph.closest<HTMLElement>('.ProseMirror')!;
    editable.focus();
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (seen + length >= at) {
        const range = document.createRange();
        range.setStart(node, at - seen);
        range.collapse(true);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      seen += length;
    }
  }, offset);
}

/** The text of the shared paragraph before another person's caret, as this page draws it. */
function textBeforeCaret(page: Page, name: string): Promise<string | null> {
  return shared(page).evaluate((paragraph, who) => {
    const caret = Array.from(paragraph.querySelectorAll<HTMLElement>('.rp-remote-caret')).find(
      (element) => element.dataset.name === who,
    );
    if (!caret) return null;
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEndBefore(caret);
    return range.toString();
  }, name);
}

/** The name drawn beside another person's caret (the caret's ::after content). */
function caretLabel(page: Page, name: string): Promise<string | null> {
  return page.evaluate((who) => {
    const caret = Array.from(document.querySelectorAll<HTMLElement>('.rp-editor .rp-remote-caret')).find(
      (element) => element.dataset.name === who,
    );
    return caret ? getComputedStyle(caret, '::after').content : null;
  }, name);
}

test('two people typing into the same paragraph at once end with the same text, both edits kept, each seeing the other', async ({
  browser,
}) => {
  const first = await browser.newContext();
  await signInWithApi(first.request, demoAccounts().drafter!);
  const created = await first.request.post('/api/drafts', { data: { draft: sharedDraft() } });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { draft: { id: string } }).draft.id;
  const second = await secondDrafter(browser);

  const a = await first.newPage();
  const b = await second.context.newPage();
  await openDraft(a, id);
  await openDraft(b, id);

  // Each sees the other in the lifecycle panel.
  await expect(a.getByRole('list', { name: 'In the draft now' })).toContainText(second.name);
  await expect(b.getByRole('list', { name: 'In the draft now' })).toContainText('Demo Drafter');

  // a's caret at the end of the paragraph, b's after "The Commission"; each sees the other's, named.
  const start = 'The Commission considered item 6.';
  await placeCaret(a, start.length);
  await placeCaret(b, 'The Commission'.length);
  await expect.poll(() => textBeforeCaret(b, 'Demo Drafter')).toBe(start);
  await expect.poll(() => textBeforeCaret(a, second.name)).toBe('The Commission');
  expect(await caretLabel(a, second.name)).toBe(`"${second.name}"`);
  expect(await caretLabel(b, 'Demo Drafter')).toBe('"Demo Drafter"');

  await Promise.all([
    a.keyboard.type(' Alpha, typed by the first drafter.', { delay: 15 }),
    b.keyboard.type(' Beta, typed by the second drafter.', { delay: 15 }),
  ]);

  const expected =
    'The Commission Beta, typed by the second drafter. considered item 6. Alpha, typed by the first drafter.';
  for (const page of [a, b]) {
    await expect(status(page)).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
    await expect(shared(page)).toHaveText(expected);
  }

  // What both see is what the server holds.
  const stored = await first.request.get(`/api/drafts/${id}/steps`);
  expect(JSON.stringify(((await stored.json()) as { document: unknown }).document)).toContain(expected);

  // The second drafter marks the action taken ready: it turns read-only in the first one's editor
  // without a reload.
  const actionTaken = editor(a).locator('section.rp-section[data-part="actionTaken"]');
  await expect(actionTaken).not.toHaveClass(/rp-read-only/);
  await sendEvents(second.context.request, id, [{ type: 'markReady', part: 'actionTaken' }]);
  await expect(actionTaken).toHaveClass(/rp-read-only/);

  // Leaving the draft takes a person off the other's list.
  await b.goto('/');
  await expect(a.getByRole('list', { name: 'In the draft now' })).toHaveCount(0);
  await first.close();
  await second.context.close();
});

test('an edit the lifecycle refuses stays on the page with the reason and its text to copy, until discarded', async ({
  page,
}) => {
  await signInWithApi(page.request, demoAccounts().drafter!);
  const created = await page.request.post('/api/drafts', { data: { draft: sharedDraft() } });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { draft: { id: string } }).draft.id;
  await openDraft(page, id);
  const actionTaken = editor(page).locator('section.rp-section[data-part="actionTaken"]');
  const decision = actionTaken.locator('p.rp-paragraph');

  // The steps are held on their way until the action taken has been marked ready.
  let letThrough!: () => void;
  const marked = new Promise<void>((resolve) => {
    letThrough = resolve;
  });
  const holdSteps = async (route: Route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    await marked;
    return route.continue();
  };
  await page.route('**/api/drafts/*/steps', holdSteps);
  await placeCaret(page, 'No action was taken.'.length, decision);
  await page.keyboard.type(' Adopted by consensus.');
  await expect(status(page)).toHaveAttribute('data-status', 'saving');
  await sendEvents(page.request, id, [{ type: 'markReady', part: 'actionTaken' }]);
  await expect(actionTaken).toHaveClass(/rp-read-only/);
  letThrough();

  await expect(status(page)).toHaveAttribute('data-status', 'refused');
  const refusal = page.getByRole('region', { name: 'Edits not saved' });
  await expect(refusal).toContainText('The server refused your latest edits');
  await expect(refusal).not.toContainText('no reason given');
  await expect(refusal.getByRole('textbox', { name: 'Your unsaved text' })).toHaveValue(
    'No action was taken. Adopted by consensus.',
  );
  await expect(decision).toHaveText('No action was taken. Adopted by consensus.');

  await refusal.getByRole('button', { name: 'Discard the unsaved edits' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'saved');
  await expect(decision).toHaveText('No action was taken.');
  await expect(refusal).toHaveCount(0);
  await page.unroute('**/api/drafts/*/steps', holdSteps);
});
