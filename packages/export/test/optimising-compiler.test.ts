import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'rapporteur-optimising-compiler-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const mainJs = new URL('../dist/cli/rapporteur.js', import.meta.url).pathname;

/** Runs the built CLI with V8 tracing its optimisations: the number of functions it optimised. */
function optimisedFunctions(...args: string[]): number {
  const run = spawnSync(process.execPath, ['--trace-opt', mainJs, ...args], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.split('\n').filter((line) => line.startsWith('[compiling method')).length;
}

describe('the CLI optimising compiler', () => {
  it('optimises only a few functions of a 2,000-paragraph export, which ends before most code stays hot', () => {
    const draft = join(work, 'sample.json');
    spawnSync(process.execPath, [mainJs, 'sample', '--paragraphs', '2000', '--lang', 'en', '--out', draft]);
    // With V8's default budget the same export optimised 27 functions.
    expect(
      optimisedFunctions('export', draft, '--format', 'html', '--out', join(work, 'out.html')),
    ).toBeLessThanOrEqual(10);
  });
});
