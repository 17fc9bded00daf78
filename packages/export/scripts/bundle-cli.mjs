// Bundles the `rapporteur` command-line tool into dist/cli/rapporteur.js: one ES module for the
// start-up path (arguments, command lookup) and one chunk per command and per export format,
// loaded by the dynamic imports of the command and format registries. A whole-process export
// then resolves and compiles a handful of files instead of a hundred modules; tsc still writes
// dist/ for the library and its type declarations.
//
// @rapporteur/templates stays external (it is loaded from node_modules by `rapporteur new` only):
// bundled, its full zod would share a chunk with the document reader that every export loads.
// Chunks go to dist/cli/chunks/, the same depth as src/cli/commands/, from where `rapporteur new`
// finds the repository's templates/ folder.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}/dist/cli/chunks`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { rapporteur: 'src/cli/main.ts' },
  outdir: 'dist/cli',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@rapporteur/templates'],
  logLevel: 'warning',
});
