import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumFlags, defaultChromiumPath, htmlPage, sampleDraft } from '../src/index.js';
import { inputOf, seedDraft } from './helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'rapporteur-chromium-test-'));
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: defaultChromiumPath,
    args: [...chromiumFlags],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function open(name: string, html: string) {
  const file = join(folder, name);
  writeFileSync(file, html);
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).href);
  return page;
}

describe('the HTML export in Chromium', () => {
  it('has paragraph 14 as #para-14, and symbol links with the right href', async () => {
    const page = await open('seed.html', htmlPage(inputOf(seedDraft())));
    expect(await page.locator('#para-14 .num').textContent()).toBe('14.');
    expect(await page.locator('.para').count()).toBe(24);
    const symbol = page.locator('a.symbol', { hasText: 'E/CN.15/2019/4' }).first();
    expect(await symbol.getAttribute('href')).toBe('http://undocs.org/ch/E/CN.15/2019/4');
    const hrefs = await page
      .locator('a.symbol')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('http://undocs.org/ch/E/CN.7/2019/2');
    expect(hrefs).toContain('http://undocs.org/ch/E/CN.15/2019/2');
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });

  it('follows a cross-reference to the paragraph it names, and lays Arabic out right to left', async () => {
    const draft = sampleDraft({ paragraphs: 80, language: 'ar' });
    const page = await open('ar.html', htmlPage(inputOf(draft)));
    const xref = page.locator('a.xref').first();
    const href = await xref.getAttribute('href');
    expect(href).toMatch(/^#para-\d+$/);
    expect(await xref.textContent()).toBe(`الفقرة ${href!.slice('#para-'.length)}`);
    expect(await page.locator(href!).count()).toBe(1);
    const direction = await page.evaluate("getComputedStyle(document.querySelector('.para')).direction");
    expect(direction).toBe('rtl');
    const number = await page.locator('.para .num').first().boundingBox();
    const text = await page.locator('.para').first().boundingBox();
    expect(number!.x + number!.width).toBeGreaterThan(text!.x + text!.width - 5);
    await page.close();
  });
});
