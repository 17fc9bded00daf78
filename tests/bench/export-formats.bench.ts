// Export of a 2,000-paragraph sample in every format, each as a whole process (issue 4), compared
// with pandoc converting the same content (our HTML) to DOCX. Goals: DOCX at most 0.2× pandoc's
// time, HTML at most 0.1×. Each export is `pnpm rapporteur export …` minus pnpm's own start-up:
// the bundled CLI, `node packages/export/dist/cli/rapporteur.js export …`, is spawned directly.
// Every command runs once untimed (files into the page cache), then times are the median of a few
// rounds, each round running every format, pandoc and a bare `node -e ''` (Node's own start-up, which
// every export pays) in turn so that a change in the machine's load weighs on all of them alike;
// the fastest run is printed too. Peak memory (maximum resident set size) comes from Debian's
// /usr/bin/time when it is installed, otherwise it is printed as n/a. The load average is printed
// before and after, since other work on the machine slows every figure. Fails when a goal is
// missed by more than twice.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExportFormatName, exportFormatNames } from '@rapporteur/export';

const paragraphs = 2_000;
const rounds = 7;
const goals: Partial<Record<ExportFormatName, number>> = { docx: 0.2, html: 0.1 };
const cli = fileURLToPath(new URL('../../packages/export/dist/cli/rapporteur.js', import.meta.url));
const timeTool = '/usr/bin/time';
const work = mkdtempSync(join(tmpdir(), 'rapporteur-bench-'));

interface Measure {
  readonly ms: number;
  readonly peakKb: number | null;
}

/** What a command measured over the rounds: its median and fastest wall time, and its largest peak memory. */
interface Summary extends Measure {
  readonly minMs: number;
}

/** A command to time: the program and its arguments. */
type Command = readonly [command: string, args: string[]];

/** Runs a command to completion once: its wall time and, with /usr/bin/time, its peak memory. */
function runOnce([command, args]: Command): Measure {
  const memoryFile = join(work, 'peak-memory');
  const withTime = existsSync(timeTool);
  const [file, argv] = withTime
    ? [timeTool, ['-f', '%M', '-o', memoryFile, command, ...args]]
    : [command, args];
  const start = process.hrtime.bigint();
  const run = spawnSync(file, argv, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stderr}`);
  const peakKb = withTime ? Number(readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1)) : null;
  return { ms, peakKb };
}

/**
 * Runs every command once untimed, then `rounds` times, taking them in turn in each round so that a
 * change in the machine's load slows all of them alike; for each, the median and fastest wall time
 * and the largest peak memory.
 */
function measureInTurn<K extends string>(commands: ReadonlyMap<K, Command>): Map<K, Summary> {
  for (const command of commands.values()) runOnce(command);
  const runs = new Map<K, Measure[]>([...commands.keys()].map((name) => [name, []]));
  for (let i = 0; i < rounds; i += 1) {
    for (const [name, command] of commands) runs.get(name)!.push(runOnce(command));
  }
  return new Map(
    [...runs].map(([name, measures]) => {
      const times = measures.map((m) => m.ms).sort((a, b) => a - b);
      const peaks = measures.flatMap((m) => (m.peakKb === null ? [] : [m.peakKb]));
      return [
        name,
        {
          ms: times[Math.floor(times.length / 2)]!,
          minMs: times[0]!,
          peakKb: peaks.length ? Math.max(...peaks) : null,
        },
      ];
    }),
  );
}

const memory = (kb: number | null) => (kb === null ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(`load average (1, 5, 15 min) before: ${load()}`);
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

  const exportOf = (format: ExportFormatName): Command => [
    process.execPath,
    [cli, 'export', draft, '--format', format, '--out', join(work, `out.${format}`)],
  ];
  // pandoc converts our HTML, so the HTML is written once before the timed rounds.
  runOnce(exportOf('html'));
  const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
  const commands = new Map<ExportFormatName | 'pandoc' | 'node', Command>(
    exportFormatNames.map((format) => [format, exportOf(format)]),
  );
  commands.set('node', [process.execPath, ['-e', '']]);
  if (hasPandoc) {
    commands.set('pandoc', [
      'pandoc',
      ['--from', 'html', '--to', 'docx', join(work, 'out.html'), '-o', join(work, 'pandoc.docx')],
    ]);
  }
  const measured = measureInTurn(commands);
  const pandoc = measured.get('pandoc') ?? null;
  const node = measured.get('node')!;
  const results = new Map(exportFormatNames.map((format) => [format, measured.get(format)!]));
  console.log(
    `pandoc HTML → DOCX: ${pandoc ? `${pandoc.ms.toFixed(0)} ms (fastest ${pandoc.minMs.toFixed(0)}), peak ${memory(pandoc.peakKb)}` : 'n/a (pandoc is not installed)'}`,
  );
  console.log(
    `node -e '' (start-up alone): ${node.ms.toFixed(0)} ms (fastest ${node.minMs.toFixed(0)}), peak ${memory(node.peakKb)}`,
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
      `${format.padEnd(4)} ${result.ms.toFixed(0).padStart(6)} ms (fastest ${result.minMs.toFixed(0).padStart(4)})  ${ratio === null ? 'n/a' : `${ratio.toFixed(3)}× pandoc`}${goal === undefined ? '' : ` (goal ≤ ${goal}×)`}${verdict}  peak ${memory(result.peakKb)}`,
    );
  }
  console.log(`load average (1, 5, 15 min) after: ${load()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
