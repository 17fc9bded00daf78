import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'rapporteur-cli-v8-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const mainJs = new URL('../dist/cli/rapporteur.js', import.meta.url).pathname;
const draft = join(work, 'sample.json');

beforeAll(() => {
  spawnSync(process.execPath, [mainJs, 'sample', '--paragraphs', '2000', '--lang', 'en', '--out', draft]);
});

/**
 * Exports the 2,000-paragraph sample to HTML with the built CLI under a V8 tracing flag, and counts
 * the lines of the trace that `counts` picks.
 */
function tracedExport(flag: string, counts: (line: string) => boolean): number {
  const args = [flag, mainJs, 'export', draft, '--format', 'html', '--out', join(work, 'out.html')];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.split('\n').filter(counts).length;
}

describe("the CLI's V8 settings for one short export", () => {
  it('grow the young generation at once, so a 2,000-paragraph export scavenges only a few times', () => {
    // Doubling from 1 MB, the same export scavenged 5 times.
    expect(tracedExport('--trace-gc', (line) => line.includes('Scavenge'))).toBeLessThanOrEqual(3);
  });

  it('optimise only a few functions, since the export ends before most code stays hot', () => {
    // With V8's default budget the same export optimised 27 functions.
    expect(tracedExport('--trace-opt', (line) => line.startsWith('[compiling method'))).toBeLessThanOrEqual(
      10,
    );
  });
});
