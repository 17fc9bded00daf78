// Bundles the `rapporteur` command-line tool and makes its V8 code cache (tsc builds the rest of
// dist/, the library and its type declarations; dist/cli/ is made here alone):
//
// 1. dist/cli/bundle/rapporteur-<hash>.cjs: every command in one CommonJS script, wrapped as one
//    function expression `(function (exports, require, module, __filename, __dirname) { … })` so
//    it can be compiled with node:vm and a code cache. Each command's and each format's module is
//    still evaluated only when used (esbuild defers the modules reached by dynamic imports). The
//    hash in the name changes with the contents: V8 checks only a text's length against a cache,
//    so a cache can never meet another build's text. The bundle sits at the same depth as
//    src/cli/commands/, from where `rapporteur new` finds the repository's templates/ folder; the
//    templates package itself is required from node_modules by that command alone.
// 2. dist/cli/rapporteur.js: the small script `pnpm rapporteur` runs (src/cli/main.ts, which finds
//    the bundle in bundle/), made a CommonJS script by dist/cli/package.json: Node starts it without
//    loading its ES module loader, which costs every export several milliseconds. dist/cli/main.js
//    is the same script under the name tsc used to give it.
// 3. dist/cli/code-cached-script.mjs: the code cache loader as an ES module, for the cache writer
//    below and the tests.
// 4. dist/cli/bundle/rapporteur-<hash>.cjs.v8-cache: the code V8 compiled while a fresh Node process
//    exported a small sample in every format but PDF (scripts/write-cli-code-cache.mjs), so later
//    runs skip parsing and compiling. It is made without NODE_OPTIONS, since V8 refuses a cache
//    made under other V8 flags (it is then ignored, never wrong).
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}/dist/cli`, { recursive: true, force: true });

const bundled = await build({
  absWorkingDir: root,
  entryPoints: { rapporteur: 'src/cli/cli-bundle.ts' },
  outdir: 'dist/cli/bundle',
  entryNames: '[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The bundle is a script, so `import.meta.url` (where `rapporteur new` looks for templates/) is
  // the bundle file's URL, computed once at its start.
  define: { 'import.meta.url': '__bundleFileUrl' },
  // Required by `rapporteur new` alone, from node_modules (an ES module: Node 20.19 and later
  // require it); bundled, its full zod would be most of the bundle's text.
  external: ['@rapporteur/templates'],
  banner: {
    js: '(function (exports, require, module, __filename, __dirname) {\nconst __bundleFileUrl = require("node:url").pathToFileURL(__filename).href;',
  },
  footer: { js: '})' },
  metafile: true,
  logLevel: 'warning',
});
const bundleFile = Object.keys(bundled.metafile.outputs).find((path) => path.endsWith('.cjs'));
if (!bundleFile) throw new Error('esbuild wrote no CLI bundle');

await build({
  absWorkingDir: root,
  // main.js too, the name tsc gave it before (tests/integration runs it).
  entryPoints: { rapporteur: 'src/cli/main.ts', main: 'src/cli/main.ts' },
  outdir: 'dist/cli',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': '__mainFileUrl' },
  banner: { js: 'const __mainFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
});
writeFileSync(`${root}/dist/cli/package.json`, `${JSON.stringify({ type: 'commonjs' })}\n`);

await build({
  absWorkingDir: root,
  entryPoints: { 'code-cached-script': 'src/cli/code-cached-script.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});

const { NODE_OPTIONS: _ignored, ...env } = process.env;
const cache = spawnSync(
  process.execPath,
  [fileURLToPath(new URL('write-cli-code-cache.mjs', import.meta.url)), `${root}/${bundleFile}`],
  { env, stdio: 'inherit' },
);
if (cache.status !== 0) throw new Error('could not make the CLI code cache');
