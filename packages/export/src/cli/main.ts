#!/usr/bin/env node
// The `rapporteur` command-line tool: `pnpm rapporteur <command>` from the repository's root.
//
// Every command lives in one bundle (scripts/bundle-cli.mjs) in bundle/ beside this file, a script
// named after a hash of its contents, compiled here with the V8 code cache the build made beside
// it by running the exports once: a whole-process export then skips parsing and compiling the
// code it runs. Without a usable cache (missing, damaged, made by another Node) the bundle is
// compiled from its text as usual.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCachePath, compileCodeCachedScript, evaluateBundle } from './code-cached-script.js';
import { optimiseOnlyLastingHotCode } from './optimising-compiler.js';
import { growYoungGenerationAtOnce } from './young-generation.js';

const bundleFolder = join(dirname(fileURLToPath(import.meta.url)), 'bundle');
const bundleName = readdirSync(bundleFolder).find((name) => name.endsWith('.cjs'));
if (!bundleName) throw new Error(`no CLI bundle in ${bundleFolder}: build @rapporteur/export`);
const bundlePath = join(bundleFolder, bundleName);
const { script } = compileCodeCachedScript(bundlePath, codeCachePath(bundlePath));
growYoungGenerationAtOnce();
optimiseOnlyLastingHotCode();
const { runRapporteur, standardStreamsWritten } = evaluateBundle(script, bundlePath) as {
  runRapporteur: (argv: string[]) => Promise<number>;
  standardStreamsWritten: () => boolean;
};
// No top-level await: the build makes this file a CommonJS script (Node starts one without its
// ES module loader, several milliseconds sooner).
runRapporteur(process.argv.slice(2)).then((code) => {
  // A command that printed nothing (an export to --out) has nothing left to flush: ending the
  // process here skips Node's orderly teardown of the heap and its background tasks (~1 ms of a
  // 2,000-paragraph export). Otherwise Node exits by itself once standard output has drained.
  if (!standardStreamsWritten()) process.exit(code);
  process.exitCode = code;
});
