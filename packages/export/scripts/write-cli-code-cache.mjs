// Makes the code cache of the CLI bundle given as argument (see bundle-cli.mjs): compiles the
// bundle, exports a sample draft in every format that needs no browser so that V8 compiles the
// code exports run, and writes what V8 compiled beside the bundle. The sample is written first by
// another process, so the cache, which every export reads whole, holds no code of `sample`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  codeCachePath,
  compileCodeCachedScript,
  evaluateBundle,
  writeCodeCache,
} from '../dist/cli/code-cached-script.mjs';

const bundlePath = process.argv[2];
const cachePath = codeCachePath(bundlePath);
rmSync(cachePath, { force: true });
const work = mkdtempSync(join(tmpdir(), 'rapporteur-code-cache-'));
try {
  const draft = join(work, 'sample.json');
  const cli = join(dirname(bundlePath), '..', 'rapporteur.js');
  const sample = spawnSync(
    process.execPath,
    [cli, 'sample', '--paragraphs', '200', '--lang', 'en', '--out', draft],
    {
      stdio: 'inherit',
    },
  );
  if (sample.status !== 0) throw new Error(`rapporteur sample exited with ${sample.status}`);
  const { script } = compileCodeCachedScript(bundlePath, cachePath);
  const { runRapporteur } = evaluateBundle(script, bundlePath);
  for (const format of ['html', 'docx', 'akn', 'txt']) {
    const argv = ['export', draft, '--format', format, '--out', join(work, `out.${format}`)];
    const code = await runRapporteur(argv);
    if (code !== 0) throw new Error(`rapporteur ${argv.join(' ')} exited with ${code}`);
  }
  writeCodeCache(script, cachePath);
} finally {
  rmSync(work, { recursive: true, force: true });
}
