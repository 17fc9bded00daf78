// Export of a 2,000-paragraph sample in every format, each as a whole process (issue 4), compared
// with pandoc converting the same content (our HTML) to DOCX. Goals: DOCX at most 0.2× pandoc's
// time, HTML at most 0.1×. Each export is `pnpm rapporteur export …` minus pnpm's own start-up:
// `node packages/export/dist/cli/rapporteur.js export …` (the bundled CLI) is spawned directly. Times are the median of a
// few runs; peak memory (maximum resident set size) comes from Debian's /usr/bin/time when it is
// installed, otherwise it is printed as n/a. Fails when a goal is missed by more than twice.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExportFormatName, exportFormatNames } from '@rapporteur/export';

const paragraphs = 2_000;
const rounds = 5;
const goals: Partial<Record<ExportFormatName, number>> = { docx: 0.2, html: 0.1 };
const cli = fileURLToPath(new URL('../../packages/export/dist/cli/rapporteur.js', import.meta.url));
const timeTool = '/usr/bin/time';
const work = mkdtempSync(join(tmpdir(), 'rapporteur-bench-'));

interface Measure {
  readonly ms: number;
  readonly peakKb: number | null;
}

/** Runs a command to completion `rounds` times; the median wall time and the largest peak memory. */
function measure(command: string, args: string[]): Measure {
  const times: number[] = [];
  let peakKb: number | null = null;
  const memoryFile = join(work, 'peak-memory');
  for (let i = 0; i < rounds; i += 1) {
    const withTime = existsSync(timeTool);
    const [file, argv] = withTime
      ? [timeTool, ['-f', '%M', '-o', memoryFile, command, ...args]]
      : [command, args];
    const start = process.hrtime.bigint();
    const run = spawnSync(file, argv, { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stderr}`);
    if (withTime)
      peakKb = Math.max(peakKb ?? 0, Number(readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1)));
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, peakKb };
}

const memory = (kb: number | null) => (kb === null ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
let failed = false;
try {
  const draft = join(work, 'sample.json');
  const sample = spawnSync(process.execPath, [
    cli,
    'sample',
    '--paragraphs',
    String(paragraphs),
    '--lang',
    'en',
    '--out',
    draft,
  ]);
  if (sample.status !== 0) throw new Error(`could not write the sample: ${sample.stderr}`);
  console.log(
    `sample: ${paragraphs} paragraphs, ${(statSync(draft).size / 1024).toFixed(0)} KB of draft JSON`,
  );

  const results = new Map<ExportFormatName, Measure>();
  for (const format of exportFormatNames) {
    results.set(
      format,
      measure(process.execPath, [
        cli,
        'export',
        draft,
        '--format',
        format,
        '--out',
        join(work, `out.${format}`),
      ]),
    );
  }
  const pandoc =
    spawnSync('pandoc', ['--version']).status === 0
      ? measure('pandoc', [
          '--from',
          'html',
          '--to',
          'docx',
          join(work, 'out.html'),
          '-o',
          join(work, 'pandoc.docx'),
        ])
      : null;
  console.log(
    `pandoc HTML → DOCX: ${pandoc ? `${pandoc.ms.toFixed(0)} ms, peak ${memory(pandoc.peakKb)}` : 'n/a (pandoc is not installed)'}`,
  );
  for (const [format, result] of results) {
    const ratio = pandoc ? result.ms / pandoc.ms : null;
    const goal = goals[format];
    const verdict =
      goal === undefined || ratio === null
        ? ''
        : ratio <= goal
          ? ' OK'
          : ratio <= 2 * goal
            ? ' MISSED'
            : ' FAILED';
    if (verdict === ' FAILED') failed = true;
    console.log(
      `${format.padEnd(4)} ${result.ms.toFixed(0).padStart(6)} ms  ${ratio === null ? 'n/a' : `${ratio.toFixed(3)}× pandoc`}${goal === undefined ? '' : ` (goal ≤ ${goal}×)`}${verdict}  peak ${memory(result.peakKb)}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
