import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDraftPath } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'rapporteur-code-cache-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The built loader (dist/, as the CLI runs it), used from fresh Node processes. */
const loader = new URL('../dist/cli/code-cached-script.mjs', import.meta.url).href;
const builtCli = new URL('../dist/cli/', import.meta.url).pathname;

/**
 * Runs, in a fresh Node process without NODE_OPTIONS (a code cache belongs to one process's V8 and
 * its flags), an ES module given as text; its standard output parsed as JSON.
 */
function inFreshNode(code: string): unknown {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`node exited with ${run.status} (${run.signal}):\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Compiles the bundle with the cache at `cachePath` in a fresh process: whether the cache was used, and what `sum` gave. */
function runBundle(bundlePath: string, cachePath: string): { fromCache: boolean; sum: number } {
  return inFreshNode(`
    import { compileCodeCachedScript, evaluateBundle } from ${JSON.stringify(loader)};
    const { script, fromCache } = compileCodeCachedScript(${JSON.stringify(bundlePath)}, ${JSON.stringify(cachePath)});
    const { sum } = evaluateBundle(script, ${JSON.stringify(bundlePath)});
    console.log(JSON.stringify({ fromCache, sum: sum(${JSON.stringify(bundlePath)}) }));
  `) as { fromCache: boolean; sum: number };
}

/** Compiles and runs the bundle once in a fresh process and writes its code cache to `cachePath`. */
function makeCache(bundlePath: string, cachePath: string): void {
  inFreshNode(`
    import { compileCodeCachedScript, evaluateBundle, writeCodeCache } from ${JSON.stringify(loader)};
    const { script } = compileCodeCachedScript(${JSON.stringify(bundlePath)}, '/nonexistent');
    evaluateBundle(script, ${JSON.stringify(bundlePath)}).sum(${JSON.stringify(bundlePath)});
    writeCodeCache(script, ${JSON.stringify(cachePath)});
    console.log('{}');
  `);
}

/** A function-wrapped bundle whose `sum` adds the character codes of a file's text (several functions to compile). */
function writeBundle(name: string, extra = ''): string {
  const path = join(work, name);
  writeFileSync(
    path,
    `(function (exports, require, module, __filename, __dirname) {
      const { readFileSync } = require('node:fs');
      const codes = (text) => Array.from(text, (c) => c.charCodeAt(0));
      exports.sum = (file) => codes(readFileSync(file, 'utf8')).reduce((a, b) => a + b, 0)${extra};
    })`,
  );
  return path;
}

/** A copy of a file with bytes past its header flipped here and there, as a damaged disk might leave it. */
function damage(from: string, to: string): void {
  const bytes = readFileSync(from);
  for (let i = 64; i < bytes.length; i += 97) bytes[i]! ^= 0x5a;
  writeFileSync(to, bytes);
}

describe('code-cached scripts', () => {
  it('runs a bundle from its code cache with the same result as from its text', () => {
    const bundle = writeBundle('plain.cjs');
    const cache = `${bundle}.v8-cache`;
    const fromText = runBundle(bundle, cache);
    expect(fromText.fromCache).toBe(false);
    makeCache(bundle, cache);
    const fromCache = runBundle(bundle, cache);
    expect(fromCache).toEqual({ fromCache: true, sum: fromText.sum });
  });

  it('refuses a damaged cache and runs the bundle from its text instead of crashing', () => {
    const bundle = writeBundle('damaged.cjs');
    makeCache(bundle, `${bundle}.good`);
    damage(`${bundle}.good`, `${bundle}.v8-cache`);
    const run = runBundle(bundle, `${bundle}.v8-cache`);
    expect(run.fromCache).toBe(false);
    expect(run.sum).toBe(runBundle(bundle, '/nonexistent').sum);
  });

  it('refuses the cache of another text and a file that is not a cache at all', () => {
    const bundle = writeBundle('other.cjs');
    const longer = writeBundle('longer.cjs', ' + 1');
    makeCache(longer, `${longer}.v8-cache`);
    expect(runBundle(bundle, `${longer}.v8-cache`).fromCache).toBe(false);
    writeFileSync(`${bundle}.v8-cache`, 'not a code cache');
    expect(runBundle(bundle, `${bundle}.v8-cache`).fromCache).toBe(false);
  });
});

describe('the built CLI bundle', () => {
  const bundleFolder = join(builtCli, 'bundle');
  const bundleName = readdirSync(bundleFolder).find((name) => name.endsWith('.cjs'))!;

  it('comes with a code cache that a fresh Node process uses', () => {
    const bundle = join(bundleFolder, bundleName);
    const used = inFreshNode(`
      import { codeCachePath, compileCodeCachedScript } from ${JSON.stringify(loader)};
      console.log(JSON.stringify(compileCodeCachedScript(${JSON.stringify(bundle)}, codeCachePath(${JSON.stringify(bundle)})).fromCache));
    `);
    expect(used).toBe(true);
  });

  it('exports the same bytes with its code cache, without it and with a damaged one', () => {
    const copy = join(work, 'cli');
    cpSync(builtCli, copy, { recursive: true });
    const cache = join(copy, 'bundle', `${bundleName}.v8-cache`);
    const exportHtml = (out: string) => {
      const run = spawnSync(
        process.execPath,
        [join(copy, 'rapporteur.js'), 'export', seedDraftPath, '--format', 'html', '--out', out],
        { encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      return readFileSync(out);
    };
    const withCache = exportHtml(join(work, 'with-cache.html'));
    damage(cache, `${cache}.damaged`);
    rmSync(cache);
    expect(exportHtml(join(work, 'without-cache.html'))).toEqual(withCache);
    cpSync(`${cache}.damaged`, cache);
    expect(exportHtml(join(work, 'damaged-cache.html'))).toEqual(withCache);
  });
});
