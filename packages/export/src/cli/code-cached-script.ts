import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * A script compiled from a bundle whose text is one function expression,
 * `(function (exports, require, module, __filename, __dirname) { … })`, with V8's code cache
 * when a valid one was given.
 */
export interface CodeCachedScript {
  readonly script: Script;
  /** Whether V8 took its compiled code from the cache instead of parsing and compiling the text. */
  readonly fromCache: boolean;
}

/** Where the code cache of a bundle is kept: beside it, named after it. */
export const codeCachePath = (bundlePath: string): string => `${bundlePath}.v8-cache`;

/**
 * Runs `compile` with V8 checksumming code caches. V8 trusts a code cache's contents once its
 * header matches (version, flags, source length), and a cache with damaged contents crashes the
 * process; with this flag V8 writes a checksum into the caches it makes and refuses a cache whose
 * checksum is wrong. The flag is part of what V8 compares in the header, so caches are made and
 * read with it set, and it is unset again at once so that nothing else (Node's own built-in
 * modules, which carry caches made without it) is compiled under it.
 */
function withCheckedCodeCaches<T>(compile: () => T): T {
  setFlagsFromString('--verify-snapshot-checksum');
  try {
    return compile();
  } finally {
    setFlagsFromString('--no-verify-snapshot-checksum');
  }
}

/**
 * Compiles a function-wrapped bundle, using the code cache at `cachePath` when there is one that
 * V8 accepts. A missing, stale (made from another text), damaged or foreign (another Node or V8
 * flags) cache is refused and the text is compiled as usual, so a cache can only save time, never
 * change what runs. The cache's name should change with the bundle's contents (V8 itself checks
 * only the text's length).
 */
export function compileCodeCachedScript(bundlePath: string, cachePath: string): CodeCachedScript {
  const source = readFileSync(bundlePath, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = withCheckedCodeCaches(() => new Script(source, { filename: bundlePath, cachedData }));
  return { script, fromCache: cachedData !== undefined && script.cachedDataRejected === false };
}

/**
 * Evaluates a compiled function-wrapped bundle as a CommonJS module of `bundlePath` (its `require`
 * resolves from there) and gives its exports.
 */
export function evaluateBundle(script: Script, bundlePath: string): Record<string, unknown> {
  const wrapper = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: Record<string, unknown> },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} as Record<string, unknown> };
  wrapper(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return module.exports;
}

/**
 * Writes the code cache of a script: everything V8 has compiled in it so far (the functions a
 * workload ran), checksummed, through a temporary file and a rename so a reader never sees half
 * a cache.
 */
export function writeCodeCache(script: Script, cachePath: string): void {
  const data = withCheckedCodeCaches(() => script.createCachedData());
  const temporary = `${cachePath}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, cachePath);
  } finally {
    rmSync(temporary, { force: true });
  }
}
