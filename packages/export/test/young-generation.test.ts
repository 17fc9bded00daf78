import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'rapporteur-young-generation-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const mainJs = new URL('../dist/cli/rapporteur.js', import.meta.url).pathname;

/** Runs the built CLI with V8 tracing its collections: the number of scavenges it printed. */
function scavenges(...args: string[]): number {
  const run = spawnSync(process.execPath, ['--trace-gc', mainJs, ...args], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.split('\n').filter((line) => line.includes('Scavenge')).length;
}

describe('the CLI young generation', () => {
  it('grows at once, so a 2,000-paragraph export scavenges only a few times', () => {
    const draft = join(work, 'sample.json');
    spawnSync(process.execPath, [mainJs, 'sample', '--paragraphs', '2000', '--lang', 'en', '--out', draft]);
    // Doubling from 1 MB, the same export scavenged 5 times.
    expect(
      scavenges('export', draft, '--format', 'html', '--out', join(work, 'out.html')),
    ).toBeLessThanOrEqual(3);
  });
});
