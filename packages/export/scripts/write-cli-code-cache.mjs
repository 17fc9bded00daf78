// Makes the code cache of the CLI bundle given as argument (see bundle-cli.mjs): compiles the
// bundle, runs the commands a user runs most (a sample draft, then its export in every format that
// needs no browser) so that V8 compiles their code, and writes what V8 compiled beside the bundle.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  codeCachePath,
  compileCodeCachedScript,
  evaluateBundle,
  writeCodeCache,
} from '../dist/cli/code-cached-script.js';

const bundlePath = process.argv[2];
const cachePath = codeCachePath(bundlePath);
rmSync(cachePath, { force: true });
const { script } = compileCodeCachedScript(bundlePath, cachePath);
const { runRapporteur } = evaluateBundle(script, bundlePath);
const work = mkdtempSync(join(tmpdir(), 'rapporteur-code-cache-'));
try {
  const draft = join(work, 'sample.json');
  const runs = [
    ['sample', '--paragraphs', '200', '--lang', 'en', '--out', draft],
    ...['html', 'docx', 'akn', 'txt'].map((format) => [
      'export',
      draft,
      '--format',
      format,
      '--out',
      join(work, `out.${format}`),
    ]),
  ];
  for (const argv of runs) {
    const code = await runRapporteur(argv);
    if (code !== 0) throw new Error(`rapporteur ${argv.join(' ')} exited with ${code}`);
  }
  writeCodeCache(script, cachePath);
} finally {
  rmSync(work, { recursive: true, force: true });
}
