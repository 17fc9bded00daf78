import { expect, test } from '@playwright/test';

const seedPath = '/documents/E/CN.15/2019/L.1/Add.6';

test('the home page leads to the published seed addendum', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /E\/CN\.15\/2019\/L\.1\/Add\.6/ }).click();
  await expect(page).toHaveURL(new RegExp(`${seedPath.replaceAll('.', '\\.')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '统一并协调联合国毒品和犯罪问题办公室与会员国在预防犯罪和刑事司法领域的工作',
  );
});

test('the seed addendum shows paragraphs 1 to 24 numbered consecutively, each with its anchor', async ({
  page,
}) => {
  await page.goto(seedPath);
  for (let n = 1; n <= 24; n += 1) {
    const paragraph = page.locator(`#para-${n}`);
    await expect(paragraph).toHaveCount(1);
    await expect(paragraph).toContainText(`${n}.`);
  }
  await expect(page.locator('[id^="para-"]')).toHaveCount(24);
  await expect(page.locator('#para-23')).toContainText('委员会决定向经济及社会理事会转交');
});

test('every symbol of the seed is a link to its Chinese text, a joint symbol linking each part', async ({
  page,
}) => {
  await page.goto(seedPath);
  const hrefs = await page
    .locator('a[href^="http://undocs.org/"]')
    .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
  const targets = hrefs.map(([, href]) => href);
  for (const symbol of [
    'E/CN.7/2019/2',
    'E/CN.15/2019/2',
    'E/CN.15/2019/4',
    'E/CN.15/2019/5',
    'E/CN.15/2019/7',
    'E/CN.15/2019/7/Corr.1',
    'E/CN.15/2019/8',
    'E/CN.15/2019/14',
  ]) {
    expect(targets).toContain(`http://undocs.org/ch/${symbol}`);
  }
  expect(hrefs).toContainEqual(['E/CN.7/2019/2', 'http://undocs.org/ch/E/CN.7/2019/2']);
  expect(hrefs).toContainEqual(['E/CN.15/2019/2', 'http://undocs.org/ch/E/CN.15/2019/2']);
});

test('a paragraph link opens the page at that paragraph', async ({ page }) => {
  await page.goto(`${seedPath}#para-14`);
  await expect(page.locator('#para-14')).toBeInViewport();
});

test('an unknown symbol is a clear 404, and a string that is not a symbol is refused', async ({ page }) => {
  const missing = await page.goto('/documents/E/CN.15/2099/L.1');
  expect(missing?.status()).toBe(404);
  await expect(
    page.getByText(/No document has been published under the symbol E\/CN\.15\/2099\/L\.1/),
  ).toBeVisible();
  const invalid = await page.goto('/documents/E/%3Cscript%3E');
  expect(invalid?.status()).toBe(404);
  await expect(page.getByText(/is not a UN document symbol/)).toBeVisible();
});

test('the seed addendum can be downloaded in every format', async ({ page, request }) => {
  await page.goto(seedPath);
  const links = page.locator('.downloads a');
  await expect(links).toHaveText(['PDF', 'Word (DOCX)', 'HTML', 'Akoma Ntoso XML', 'Text']);
  const expected: Record<string, RegExp> = {
    pdf: /^application\/pdf/,
    docx: /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/,
    html: /^text\/html/,
    akn: /xml/,
    txt: /^text\/plain/,
  };
  for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))) {
    const format = new URL(href, 'http://x').searchParams.get('format') ?? '';
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toMatch(expected[format]!);
    const body = await response.body();
    if (format === 'docx') expect(body.subarray(0, 2).toString()).toBe('PK');
    if (format === 'pdf') expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    if (format === 'txt') expect(body.toString()).toContain('24. 在这次会议上');
  }
});
