/// <reference lib="dom" />
// Typing latency of the addendum editor with a 2,000-paragraph draft open (issue 7), beside a bare
// ProseMirror editor (basic schema) holding the same text, in Debian's Chromium; and the time to
// open the draft. Goals: key press to updated text p95 ≤ 16 ms and ≤ 1.3× the bare editor's p95;
// opening under 1.5 s. Fails (exit 1) when a figure misses its goal by more than half.
// Method (editor-typing.page.tsx): the addendum editor is the page's React component with its
// toolbar, problems panel and co-editing client (steps sent to an in-page authority that accepts
// them 20 ms later, kept in localStorage when typing pauses); each key press is timed from the
// keydown event's timestamp to the end of the first frame drawn after the dispatch that puts the
// character in the document, in the page; the same hook times both editors. Keys are pressed at a fast
// typist's pace (one every ~70 ms), so work the editor defers (sends, confirmations, validation,
// re-renders) counts when it delays a key. The two editors take turns: 4 rounds each, the draft
// opened afresh in every round, 20 keys pressed unmeasured and then 50 measured, so load that drifts
// during the run (this machine is shared) weighs on both alike; opening is the median of the 4.
// EDITOR_TRACE=1 adds each editor's main-thread CPU per key by phase (editor-typing.trace.ts), from
// a Chromium trace of the same key presses.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainBlocks } from '@rapporteur/document';
import { chromiumFlags, defaultChromiumPath, sampleDraft } from '@rapporteur/export';
import { lockedHeadingIds, templateContainment, templateStructureSchema } from '@rapporteur/templates';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { keyCpu, printKeyCpu, type TraceEvent, traceCategories } from './editor-typing.trace.js';
import type { KeySample } from './editor-typing.window.js';

const presses = 200;
// Measured in rounds, each editor opened afresh for each (see the main loop).
const rounds = 4;
const warmUp = 20;
const pace = 60;
const goals = { p95: 16, ratio: 1.3, openMs: 1500 };
// EDITOR_TRACE=1 also traces the key presses and prints where each editor's main-thread time goes
// (tracing costs time itself: the goals are judged on runs without it).
const traced = process.env.EDITOR_TRACE === '1';

const draft = sampleDraft({ paragraphs: 2000, language: 'en' });
const draftJson = JSON.stringify(draft.doc.toJSON());
const plainJson = JSON.stringify(plainBlocks(draft.doc, 'en').map((block) => block.text));
// The locks the server keeps for this draft (a file naming the agenda-item-addendum template).
const structure = templateStructureSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../templates/agenda-item-addendum/structure.json', import.meta.url), 'utf8'),
  ),
);
const locksJson = JSON.stringify(lockedHeadingIds(draft.doc, structure));
// Where the template lets blocks go, as GET /api/templates/agenda-item-addendum serves it.
const containmentJson = JSON.stringify(templateContainment(structure));

const fromWeb = createRequire(fileURLToPath(new URL('../../apps/web/package.json', import.meta.url)));
function webPackage(name: string): string {
  return dirname(fromWeb.resolve(`${name}/package.json`));
}

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./editor-typing.page.tsx', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  write: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
  // React comes from the web app, which mounts the editor the same way.
  alias: { react: webPackage('react'), 'react-dom': webPackage('react-dom') },
  logLevel: 'error',
});
const script = bundle.outputFiles[0]!.text;
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Editor typing bench</title>
<style>body{margin:0;font:16px serif}#editor{width:800px;margin:auto} .ProseMirror{white-space:pre-wrap;outline:none}</style></head>
<body><div id="editor"></div><script type="module" src="/bundle.js"></script></body></html>`;

const files: Record<string, [string, string]> = {
  '/': ['text/html; charset=utf-8', html],
  '/bundle.js': ['text/javascript; charset=utf-8', script],
  '/draft.json': ['application/json', draftJson],
  '/plain.json': ['application/json', plainJson],
  '/locks.json': ['application/json', locksJson],
  '/containment.json': ['application/json', containmentJson],
};
const server = createServer((request, response) => {
  const file = files[request.url ?? ''];
  if (!file) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath: defaultChromiumPath,
  // Frames are drawn when asked for instead of on a 60 Hz clock, so a key's figure is the work it
  // causes, not that plus however long the page waited for the next display refresh.
  args: [...chromiumFlags, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const text = 'The Commission took note of the report. ';

/** Presses `count` keys of the sentence at the bench's pace. */
async function typeKeys(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const key = text[i % text.length]!;
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForTimeout(pace);
  }
}

/** What one round of one editor measured. */
interface Round {
  readonly openMs: number;
  readonly samples: KeySample[];
  readonly trace: TraceEvent[];
}

/**
 * One round of one editor: the draft opened afresh, the cursor placed, `warmUp` keys pressed and
 * dropped, then `presses / rounds` keys measured (and traced, with EDITOR_TRACE=1).
 */
async function round(page: Page, kind: 'addendum' | 'bare'): Promise<Round> {
  const openMs = await page.evaluate((k) => window.bench.open(k), kind);
  await page.evaluate(() => window.bench.placeCursor());
  await typeKeys(page, warmUp);
  await page.evaluate(() => window.bench.samples.splice(0));
  if (traced) await browser.startTracing(page, { categories: traceCategories });
  await typeKeys(page, presses / rounds);
  await page.waitForTimeout(1000);
  const trace = traced
    ? (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents
    : [];
  const samples = await page.evaluate(() => window.bench.samples.splice(0));
  return { openMs, samples, trace };
}

/** One editor's figures over all its rounds. */
function figures(runs: Round[]) {
  const samples = runs.flatMap((run) => run.samples);
  const sorted = samples.map((sample) => sample.total).sort((a, b) => a - b);
  const handling = samples.map((sample) => sample.handling).sort((a, b) => a - b);
  const openings = runs.map((run) => run.openMs).sort((a, b) => a - b);
  return {
    openMs: openings[Math.floor(openings.length / 2)]!,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    handlingP50: percentile(handling, 50),
    handlingP95: percentile(handling, 95),
    count: samples.length,
    cpu: traced
      ? keyCpu(
          runs.flatMap((run) => run.trace),
          0,
        )
      : null,
  };
}

let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'bench' in window);
  // The two editors take turns, so a machine whose load drifts during the run weighs on both alike.
  const runs: Record<'bare' | 'addendum', Round[]> = { bare: [], addendum: [] };
  for (let i = 0; i < rounds; i += 1) {
    runs.bare.push(await round(page, 'bare'));
    runs.addendum.push(await round(page, 'addendum'));
  }
  const bare = figures(runs.bare);
  const addendum = figures(runs.addendum);
  const ratio = addendum.p95 / bare.p95;
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `2,000-paragraph draft (${draft.doc.content.size.toLocaleString('en')} positions), ${presses} key presses each, Chromium:`,
  );
  const line = (name: string, r: typeof bare) =>
    console.log(
      `  ${name} p50 ${fmt(r.p50)}  p95 ${fmt(r.p95)}  (from keydown listener: p50 ${fmt(r.handlingP50)}  p95 ${fmt(r.handlingP95)})  open ${fmt(r.openMs)}`,
    );
  line('bare ProseMirror:', bare);
  line('addendum editor: ', addendum);
  console.log(`  goal: p95 ≤ ${goals.p95} ms → ${addendum.p95 <= goals.p95 ? 'met' : 'MISSED'}`);
  console.log(
    `  goal: p95 ≤ ${goals.ratio}× bare (${ratio.toFixed(2)}×) → ${ratio <= goals.ratio ? 'met' : 'MISSED'}`,
  );
  console.log(`  goal: open < ${goals.openMs} ms → ${addendum.openMs < goals.openMs ? 'met' : 'MISSED'}`);
  if (bare.cpu && addendum.cpu) printKeyCpu({ bare: bare.cpu, addendum: addendum.cpu });
  if (addendum.count !== presses || bare.count !== presses) {
    console.log(`  expected ${presses} samples, got ${addendum.count} and ${bare.count}`);
    failed = true;
  }
  failed ||=
    addendum.p95 > goals.p95 * 1.5 || ratio > goals.ratio * 1.5 || addendum.openMs > goals.openMs * 1.5;
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
