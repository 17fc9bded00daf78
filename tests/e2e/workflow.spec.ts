import { expect, type Page, test } from '@playwright/test';
import {
  demoAccounts,
  draftItem6,
  expectNoSeriousViolations,
  selectText,
  sendEvents,
  signInWithApi,
  signInWithForm,
} from './workflow-helpers.js';

const accounts = demoAccounts();

test('a drafter who also reviews cannot approve their own draft: no button, and the API refuses', async ({
  page,
}) => {
  await signInWithApi(page.request, accounts.administrator!);
  const email = `drafter-reviewer-${Date.now()}@rapporteur.demo`;
  const password = 'both-roles-password-1';
  const added = await page.request.post('/api/users', {
    data: { email, displayName: 'Drafter and Reviewer', password, roles: ['drafter', 'reviewer'] },
  });
  expect(added.status(), await added.text()).toBe(201);
  await signInWithApi(page.request, { email, password });
  const id = await draftItem6(page.request);
  await sendEvents(page.request, id, [
    { type: 'markReady', part: 'deliberations' },
    { type: 'markReady', part: 'actionTaken' },
    { type: 'submit' },
  ]);

  await page.goto(`/drafts/${id}/review`);
  const panel = page.getByRole('region', { name: 'Lifecycle' });
  await expect(panel.locator('.standing')).toContainText('In review');
  await expect(panel.getByRole('button', { name: 'Withdraw the draft' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);

  const read = (await (await page.request.get(`/api/drafts/${id}`)).json()) as { draft: { version: number } };
  const refused = await page.request.post(`/api/drafts/${id}/events`, {
    data: { baseVersion: read.draft.version, event: { type: 'approve' } },
  });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
});

test("a session's facts with an error show it at the field", async ({ page }) => {
  await signInWithForm(page, accounts.drafter!);
  await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Sessions' }).click();
  await page.getByRole('link', { name: /CCPCJ 28 \(2019\)/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facts of CCPCJ 28 (2019)');
  const date = page.locator('#fact-meetings-1-date');
  await expect(date).toHaveValue('2019-05-23');
  await date.fill('2019-02-30');
  await page.getByRole('button', { name: 'Save the facts' }).click();

  await expect(date).toHaveAttribute('aria-invalid', 'true');
  const error = page.locator('#fact-meetings-1-date-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText(/date/i);
  await expect(date).toHaveAttribute('aria-describedby', 'fact-meetings-1-date-error');
  await expect(page.locator('.error-summary')).toContainText('meetings[1].date');
  await expectNoSeriousViolations(page);

  // Nothing was stored: the page read again shows the date as it was.
  await page.reload();
  await expect(page.locator('#fact-meetings-1-date')).toHaveValue('2019-05-23');
});

test("a session's sub-items and speakers are edited as rows, saved, and an empty name is shown at its field", async ({
  page,
}) => {
  const institute = {
    ar: 'معهد الأمم المتحدة الأفريقي لمنع الجريمة ومعاملة المجرمين',
    zh: '联合国非洲预防犯罪和罪犯待遇研究所',
    en: 'the United Nations African Institute for the Prevention of Crime and the Treatment of Offenders',
    es: 'el Instituto Africano de las Naciones Unidas para la Prevención del Delito y el Tratamiento del Delincuente',
    fr: 'l’Institut africain des Nations Unies pour la prévention du crime et le traitement des délinquants',
    ru: 'Африканского института Организации Объединенных Наций по предупреждению преступности и обращению с правонарушителями',
  };
  const subItem = {
    ar: 'مسائل أخرى',
    zh: '其他事项',
    en: 'Other matters',
    es: 'Otros asuntos',
    fr: 'Questions diverses',
    ru: 'Прочие вопросы',
  };
  await signInWithForm(page, accounts.secretary!);
  await page.goto('/sessions');
  await page.getByRole('link', { name: /CCPCJ 28 \(2019\)/ }).click();
  const item = page.getByRole('group', { name: 'Agenda item 6' });
  await expect(item.locator('#fact-agenda-0-statements-institutes-0-en')).toHaveValue(/Asia and Far East/);
  await expect(item.locator('#fact-agenda-0-subItems-4-title-en')).toHaveValue(/^Other activities/);

  await item.getByRole('button', { name: 'Add an institute' }).click();
  await item.getByRole('button', { name: 'Add a sub-item' }).click();
  for (const [lang, name] of Object.entries(institute)) {
    await page.locator(`#fact-agenda-0-statements-institutes-1-${lang}`).fill(name);
  }
  for (const [lang, title] of Object.entries(subItem)) {
    await page.locator(`#fact-agenda-0-subItems-5-title-${lang}`).fill(title);
  }
  await expect(page.getByLabel('Sub-item (f) title (English)')).toHaveValue('Other matters');
  await page.getByRole('button', { name: 'Save the facts' }).click();
  await expect(page.getByRole('status')).toHaveText('The facts were saved.');

  await page.reload();
  await expect(page.getByLabel('Institute 2 (Chinese)')).toHaveValue(institute.zh);
  await expect(page.getByLabel('Sub-item (f) title (Russian)')).toHaveValue(subItem.ru);
  const stored = (await (
    await page.request.get(page.url().replace('/sessions/', '/api/sessions/'))
  ).json()) as {
    session: { facts: { agenda: Array<{ subItems: unknown[]; statements: { institutes: unknown[] } }> } };
  };
  expect(stored.session.facts.agenda[0]!.statements.institutes[1]).toEqual(institute);
  expect(stored.session.facts.agenda[0]!.subItems[5]).toEqual({ title: subItem });

  // A special rapporteur added without an English name: the API's problem is shown at that field, nothing is stored.
  await item.getByRole('button', { name: 'Add a special rapporteur' }).click();
  for (const lang of ['ar', 'zh', 'es', 'fr', 'ru']) {
    await page.locator(`#fact-agenda-0-statements-specialRapporteurs-1-${lang}`).fill(`rapporteur (${lang})`);
  }
  await page.getByRole('button', { name: 'Save the facts' }).click();
  const empty = page.locator('#fact-agenda-0-statements-specialRapporteurs-1-en');
  await expect(empty).toHaveAttribute('aria-invalid', 'true');
  await expect(empty).toHaveAttribute(
    'aria-describedby',
    'fact-agenda-0-statements-specialRapporteurs-1-en-error',
  );
  await expect(page.locator('#fact-agenda-0-statements-specialRapporteurs-1-en-error')).toContainText(
    'empty',
  );
  await expect(page.locator('.error-summary')).toContainText('agenda[0].statements.specialRapporteurs[1].en');
  await expectNoSeriousViolations(page);

  // Removing the rows again restores the session the other tests draft from.
  await item.getByRole('button', { name: 'Remove special rapporteur 2' }).click();
  await item.getByRole('button', { name: 'Remove institute 2' }).click();
  await item.getByRole('button', { name: 'Remove sub-item 6' }).click();
  await page.getByRole('button', { name: 'Save the facts' }).click();
  await expect(page.getByRole('status')).toHaveText('The facts were saved.');
  await page.reload();
  await expect(page.locator('#fact-agenda-0-statements-institutes-1-en')).toHaveCount(0);
  await expect(page.locator('#fact-agenda-0-subItems-5-title-en')).toHaveCount(0);
  await expect(page.locator('#fact-agenda-0-subItems-4-title-en')).toHaveValue(/^Other activities/);
});

test("a returned draft shows the reviewer's comment where it was made", async ({ page }) => {
  await signInWithApi(page.request, accounts.drafter!);
  const id = await draftItem6(page.request);
  await sendEvents(page.request, id, [
    { type: 'markReady', part: 'deliberations' },
    { type: 'markReady', part: 'actionTaken' },
    { type: 'submit' },
  ]);

  await signInWithForm(page, accounts.reviewer!);
  await expect(
    page.getByRole('region', { name: 'Waiting for my step' }).locator(`a[href="/drafts/${id}/review"]`),
  ).toHaveCount(1);
  await page.goto(`/drafts/${id}/review`);
  const firstParagraph = page.locator('.text-paragraph').first();
  const words = firstParagraph.locator('[data-block-text]');
  await expect(words).toContainText('At its 6th and 7th meetings');
  await selectText(words, 3, 20);
  await expect(page.locator('.new-comment .comment-quote')).toHaveText('On “its 6th and 7th m”');
  await page.getByLabel('Comment on the selection').fill('Say which meetings were held on which day.');
  await page.getByRole('button', { name: 'Add the comment' }).click();
  await expect(firstParagraph.locator('.comment-thread')).toContainText(
    'Say which meetings were held on which day.',
  );

  await page.getByRole('button', { name: 'Return to drafting' }).click();
  await page.getByLabel('Reason').fill('See my comment on paragraph 1.');
  await page.locator('.event-form').getByRole('button', { name: 'Return to drafting' }).click();
  await expect(page.locator('.lifecycle-panel .standing')).toContainText('Drafting');

  await signInWithForm(page, accounts.drafter!);
  await page.goto(`/drafts/${id}/review`);
  await expect(page.locator('.lifecycle-panel')).toContainText('Returned: See my comment on paragraph 1.');
  const thread = page.locator('.text-paragraph').first().locator('.comment-thread');
  await expect(thread).toContainText('Say which meetings were held on which day.');
  await expect(thread).toContainText('On “its 6th and 7th m”');
  await expect(thread).toContainText('Demo Reviewer (Editor)');
});

/** Presses Tab until the focused element is the one named `name` (as a keyboard user would look for it). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('a reviewer comments on paragraph 2 with the keyboard alone, on the whole paragraph or on typed words', async ({
  page,
}) => {
  await signInWithApi(page.request, accounts.drafter!);
  const id = await draftItem6(page.request);
  await signInWithForm(page, accounts.reviewer!);
  await page.goto(`/drafts/${id}/review`);
  const button = page.getByRole('button', { name: 'Comment on paragraph 2' });
  const block = page.locator('.text-block', { has: button });
  const text = (await block.locator('[data-block-text]').textContent()) ?? '';
  expect(text.length).toBeGreaterThan(20);

  await tabTo(page, 'Comment on paragraph 2');
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(block.getByLabel('Comment on the selection')).toBeFocused();
  await page.keyboard.type('Check the order of the introductory statements.');
  await tabTo(page, 'Add the comment');
  await page.keyboard.press('Enter');
  const threads = block.locator('.comment-thread');
  await expect(threads).toHaveCount(1);
  await expect(threads.first()).toContainText('Check the order of the introductory statements.');
  await expect(threads.first()).toContainText(`On “${text}”`);
  await expect(button).toBeFocused();

  // The same from the keyboard, narrowed to words typed from the paragraph; words not in it are refused at the field.
  const words = text.split(' ').slice(3, 7).join(' ');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Is this wording agreed?');
  await page.keyboard.press('Tab');
  await expect(block.getByLabel('Only these words (optional)')).toBeFocused();
  await page.keyboard.type('words that are nowhere');
  await page.keyboard.press('Enter');
  const wordsField = block.getByLabel('Only these words (optional)');
  await expect(wordsField).toHaveAttribute('aria-invalid', 'true');
  await expect(block.locator('.new-comment .field-error')).toContainText('is not in this paragraph');
  await wordsField.press('ControlOrMeta+a');
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
  await expect(threads).toHaveCount(2);
  await expect(block).toContainText(`On “${words}”`);
  await expectNoSeriousViolations(page);
});

test("the owner changes a draft's route while drafting: a preset, then steps reordered, added and removed", async ({
  page,
}) => {
  await signInWithApi(page.request, accounts.drafter!);
  const id = await draftItem6(page.request);
  await signInWithForm(page, accounts.drafter!);
  await page.goto(`/drafts/${id}/review`);
  const panel = page.getByRole('region', { name: 'Lifecycle' });
  await expect(panel.locator('.route li')).toHaveCount(2);
  await panel.getByRole('button', { name: 'Change the route' }).click();
  await expect(panel.getByLabel('Step 2: name in the office (optional)')).toHaveValue(
    'Secretary of the Commission',
  );

  await panel.getByRole('button', { name: /^Use: Editor, section chief/ }).click();
  await expect(panel.getByLabel('Step 3: name in the office (optional)')).toHaveValue(
    'Secretary of the Commission',
  );
  await panel.getByRole('button', { name: 'Remove step 2' }).click();
  await panel.getByRole('button', { name: 'Add a step' }).click();
  await panel.getByLabel('Step 3: who approves').selectOption('secretary');
  await panel.getByLabel('Step 3: name in the office (optional)').fill('Chief of the Secretariat');
  await panel.getByRole('button', { name: 'Move step 3 up' }).click();
  await expect(panel.getByLabel('Step 2: name in the office (optional)')).toHaveValue(
    'Chief of the Secretariat',
  );
  await expectNoSeriousViolations(page);
  await panel.getByRole('button', { name: 'Save the route' }).click();

  await expect(panel.locator('.route li')).toHaveText([
    /^Editor/,
    /^Chief of the Secretariat/,
    /^Secretary of the Commission/,
  ]);
  await expect(panel.getByRole('button', { name: 'Save the route' })).toHaveCount(0);
  const read = (await (await page.request.get(`/api/drafts/${id}`)).json()) as {
    draft: { lifecycle: { route: Array<{ step: unknown }> } };
  };
  expect(read.draft.lifecycle.route.map((progress) => progress.step)).toEqual([
    { kind: 'role', role: 'reviewer', title: 'Editor' },
    { kind: 'role', role: 'secretary', title: 'Chief of the Secretariat' },
    { kind: 'role', role: 'secretary', title: 'Secretary of the Commission' },
  ]);

  // A route with no step is refused at the form, before anything is sent.
  await panel.getByRole('button', { name: 'Change the route' }).click();
  for (const _ of [1, 2, 3]) await panel.getByRole('button', { name: 'Remove step 1' }).click();
  await panel.getByRole('button', { name: 'Save the route' }).click();
  await expect(panel.getByRole('alert')).toHaveText('A route needs at least one step.');

  // Someone who does not own the draft is not offered the change.
  await signInWithForm(page, accounts.reviewer!);
  await page.goto(`/drafts/${id}/review`);
  await expect(page.locator('.lifecycle-panel .standing')).toContainText('Drafting');
  await expect(page.getByRole('button', { name: 'Change the route' })).toHaveCount(0);
});

test('the main pages have no serious accessibility violation', async ({ page }) => {
  await page.goto('/login');
  await expectNoSeriousViolations(page);
  await signInWithForm(page, accounts.drafter!);
  await expectNoSeriousViolations(page);
  await page.goto('/sessions');
  await expectNoSeriousViolations(page);
  await page.goto('/drafts/new');
  await expectNoSeriousViolations(page);
  const id = await draftItem6(page.request);
  await page.goto(`/drafts/${id}/review`);
  await expect(page.locator('.lifecycle-panel .standing')).toContainText('Drafting');
  await expectNoSeriousViolations(page);
  await page.goto(`/drafts/${id}`);
  await expect(page.locator('.rp-status')).toHaveAttribute('data-status', 'saved');
  await expectNoSeriousViolations(page);
  await page.goto('/sessions');
  await page.getByRole('link', { name: 'CCPCJ 28 (2019)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CCPCJ');
  await expectNoSeriousViolations(page);
  await page.goto('/documents/E/CN.15/2019/L.1/Add.6');
  await expectNoSeriousViolations(page);
});

test('the dashboard finds drafts by symbol or title, session and state, with the keyboard alone', async ({
  page,
}) => {
  await signInWithForm(page, accounts.drafter!);
  await page.getByLabel('Symbol or title').focus();
  await page.keyboard.type('Add.6');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=Add\.6/);
  const all = page.getByRole('region', { name: 'All drafts' });
  await expect(all.locator('tbody tr').first()).toContainText('E/CN.15/2019/L.1/Add.6');
  await page.getByLabel('State').selectOption('withdrawn');
  await page.getByRole('button', { name: 'Show' }).press('Enter');
  await expect(all.getByText('No draft matches.')).toBeVisible();
});
