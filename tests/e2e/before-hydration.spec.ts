import { expect, test } from '@playwright/test';
import { demoAccounts, signInWithApi } from './workflow-helpers.js';

// The pages as the server sends them, before (or without) their script: a click there would be
// lost, and a submitted form would be sent by the browser itself, its fields in the URL.
test.use({ javaScriptEnabled: false });

test('before its script runs, the sign-in form cannot be sent, so a password never reaches a URL', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  await expect(page.locator('form.stacked-form')).toHaveAttribute('method', 'post');
  await page.getByLabel('E-mail address').fill('drafter@rapporteur.demo');
  await page.getByLabel('Password').fill('not-to-be-seen');
  await page.getByLabel('Password').press('Enter');
  await expect(page).toHaveURL(/\/login$/);
});

test("before its script runs, a session's facts page offers no button that would do nothing", async ({
  page,
}) => {
  await signInWithApi(page.request, demoAccounts().secretary!);
  await page.goto('/sessions');
  await page.getByRole('link', { name: /CCPCJ 28 \(2019\)/ }).click();
  const item = page.getByRole('group', { name: 'Agenda item 6' });
  await expect(item.getByRole('button', { name: 'Add an institute' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save the facts' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeDisabled();
});
