import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { type OwnServer, selectText, signInWithForm, startOwnServer } from './workflow-helpers.js';

const SYMBOL = 'E/CN.15/2019/L.1/Add.6';
let server: OwnServer;

// This walk issues E/CN.15/2019/L.1/Add.6 in Chinese, which the shared demo store has already
// issued, so it runs against a server of its own whose demo leaves Add.6 unissued.
test.beforeAll(async () => {
  test.setTimeout(150_000);
  server = await startOwnServer(Number(process.env.E2E_WORKFLOW_PORT ?? 3101));
});

test.afterAll(() => {
  server?.stop();
});

test.use({ baseURL: process.env.E2E_WORKFLOW_BASE_URL ?? 'http://127.0.0.1:3101' });

const account = (role: string) => server.accounts[role]!;

/** Pastes plain text into the editor as a clipboard paste would. */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('.rp-editor').evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** Clicks one action of the lifecycle panel and waits for its entry in the history. */
async function act(page: Page, label: string): Promise<void> {
  const panel = page.locator('.lifecycle-panel');
  const before = await panel.locator('.history li').count();
  await panel.locator('.actions').getByRole('button', { name: label, exact: true }).click();
  await expect(panel.locator('.history li')).toHaveCount(before + 1);
}

test('the seed addendum lives its whole life: drafted, returned, answered, approved, issued and published', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // A drafter creates the Chinese addendum of item 6 of the 2019 session from the template.
  await signInWithForm(page, account('drafter'));
  await page.getByRole('link', { name: 'Create a new draft' }).click();
  await page.getByLabel('Session').selectOption({ label: 'CCPCJ 28 (2019)' });
  await page.getByLabel('Agenda item').selectOption('6');
  await page.getByLabel('Template').selectOption('agenda-item-addendum');
  await page.getByLabel('Language').selectOption('zh');
  await page.getByLabel('Editor, then the secretary of the commission').check();
  await page.getByRole('button', { name: 'Create the draft' }).click();
  await expect(page).toHaveURL(/\/drafts\/(?!new$)[^/]+$/);
  const id = page.url().split('/').at(-1)!;

  // In the editor: a deliberations paragraph under the first sub-heading, and a pasted symbol.
  const editor = page.locator('.rp-editor');
  const subheading = editor.locator('.rp-subsection-heading', {
    hasText: '批准并执行《联合国打击跨国有组织犯罪公约》',
  });
  // The editor may still be settling when it first shows; click until the caret is in the heading.
  await expect(async () => {
    await subheading.click();
    const inside = await subheading.evaluate((heading) => {
      const anchor = document.getSelection()?.anchorNode;
      return anchor !== null && anchor !== undefined && heading.contains(anchor);
    });
    expect(inside).toBe(true);
  }).toPass({ timeout: 15_000 });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('委员会审议了这一分项目。');
  await paste(page, '见E/CN.15/2019/8。');
  const link = editor
    .locator('p.rp-paragraph', { hasText: '委员会审议了这一分项目。' })
    .locator('a.rp-symbol', { hasText: 'E/CN.15/2019/8' });
  await expect(link).toHaveAttribute('data-href', `http://undocs.org/ch/E/CN.15/2019/8`);
  await expect(page.locator('.rp-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });

  // Both parts ready, then submitted, from the lifecycle panel.
  await page.goto(`/drafts/${id}/review`);
  await expect(page.locator('.draft-text')).toContainText('委员会审议了这一分项目。');
  await act(page, 'Mark the deliberations ready');
  await act(page, 'Mark the action taken ready');
  await act(page, 'Submit for review');
  await expect(page.locator('.lifecycle-panel .standing')).toContainText('In review');

  // The reviewer (the Editor step) comments on the new paragraph and returns the draft.
  await signInWithForm(page, account('reviewer'));
  await page.goto(`/drafts/${id}/review`);
  const written = page.locator('.text-paragraph', { hasText: '委员会审议了这一分项目。' });
  await selectText(written.locator('[data-block-text]'), 0, 3);
  await page.getByLabel('Comment on the selection').fill('请说明审议的是哪几次会议。');
  await page.getByRole('button', { name: 'Add the comment' }).click();
  await expect(written.locator('.comment-thread')).toContainText('请说明审议的是哪几次会议。');
  await page.locator('.lifecycle-panel .actions').getByRole('button', { name: 'Return to drafting' }).click();
  await page.getByLabel('Reason').fill('See the comment on the new paragraph.');
  await page.locator('.event-form').getByRole('button', { name: 'Return to drafting' }).click();
  await expect(page.locator('.lifecycle-panel .standing')).toContainText('Drafting');

  // The drafter sees the comment where it was made, answers it and resubmits.
  await signInWithForm(page, account('drafter'));
  await expect(page.getByRole('region', { name: 'Waiting for my step' })).toContainText(SYMBOL);
  await page.goto(`/drafts/${id}/review`);
  await expect(page.locator('.lifecycle-panel')).toContainText(
    'Returned: See the comment on the new paragraph.',
  );
  const thread = page
    .locator('.text-paragraph', { hasText: '委员会审议了这一分项目。' })
    .locator('.comment-thread');
  await expect(thread).toContainText('请说明审议的是哪几次会议。');
  await thread.getByLabel('Reply').fill('在第6和第7次会议上审议。');
  await thread.getByRole('button', { name: 'Send the reply' }).click();
  await expect(thread).toContainText('在第6和第7次会议上审议。');
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.locator('.comment-thread')).toHaveCount(0);
  const panelActions = page.locator('.lifecycle-panel .actions');
  for (const label of ['Mark the deliberations ready', 'Mark the action taken ready']) {
    if ((await panelActions.getByRole('button', { name: label, exact: true }).count()) > 0)
      await act(page, label);
  }
  await act(page, 'Submit for review');

  // The route approves: the Editor, then the secretary of the commission.
  for (const role of ['reviewer', 'secretary']) {
    await signInWithForm(page, account(role));
    await page.goto(`/drafts/${id}/review`);
    await page
      .locator('.lifecycle-panel .actions')
      .getByRole('button', { name: 'Approve', exact: true })
      .click();
    await page.locator('.event-form').getByRole('button', { name: 'Approve' }).click();
    await expect(page.locator('.lifecycle-panel .history')).toContainText('approve');
  }
  await expect(page.locator('.lifecycle-panel .standing')).toContainText('Approved');

  // The documents officer assigns the symbol, sees every check pass, and issues.
  await signInWithForm(page, account('documents-officer'));
  await page.goto(`/drafts/${id}/review`);
  const issuance = page.getByRole('region', { name: 'Issuance' });
  await issuance.getByLabel('Final symbol').fill(SYMBOL);
  await issuance.getByRole('button', { name: 'Assign the symbol' }).click();
  await issuance.getByRole('button', { name: 'Run the issuance checks' }).click();
  for (const check of ['numbering', 'symbols', 'languageParity']) {
    await expect(issuance.locator(`[data-check="${check}"]`)).toHaveAttribute('data-passed', 'true');
  }
  await issuance.getByRole('button', { name: 'Issue the text' }).click();
  await expect(issuance).toContainText(`Issued as ${SYMBOL}.`);

  // The DOCX download from the review page is a Word package.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Word (DOCX)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('E-CN.15-2019-L.1-Add.6.zh.docx');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);

  // The public page, without signing in: paragraphs numbered consecutively, symbol links that work.
  await page.context().clearCookies();
  await issuance.getByRole('link', { name: 'Open the public page' }).click();
  await expect(page).toHaveURL(/\/documents\/E\/CN\.15\/2019\/L\.1\/Add\.6$/);
  const paragraphs = page.locator('[id^="para-"]');
  const count = await paragraphs.count();
  expect(count).toBeGreaterThan(6);
  for (let n = 1; n <= count; n += 1) {
    await expect(page.locator(`#para-${n}`)).toContainText(`${n}.`);
  }
  await expect(page.locator('main')).toContainText('委员会审议了这一分项目。');
  const published = page.locator('a[href="http://undocs.org/ch/E/CN.15/2019/8"]');
  await expect(published.first()).toHaveText('E/CN.15/2019/8');
  await expect(page.locator('a[href="http://undocs.org/ch/E/CN.15/2019/4"]').first()).toBeVisible();

  // The issued DOCX is served publicly too, and it is a Word package.
  const docx = await page.request.get(`/api/published/${SYMBOL}?lang=zh&format=docx`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()['content-type']).toContain('wordprocessingml');
  const body = await docx.body();
  expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
});
