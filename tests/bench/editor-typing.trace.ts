// Where a key press's main-thread time goes in Chromium, for editor-typing.bench.ts run with
// EDITOR_TRACE=1: the key presses are traced (CDP tracing, the DevTools timeline categories) and
// each phase's own CPU time on the page's main thread (style, layout, pre-paint, paint, script, the
// browser's text insertion…) is summed over the measured keys and divided by their number.

/** One event of a Chromium trace, as much of it as the breakdown reads. */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** CPU time of the thread (the wall time `dur` also counts waiting for a busy machine's cores). */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly data?: { readonly type?: string; readonly functionName?: string } };
}

/** A traced run's main-thread CPU per key press: in all, and by phase (largest first). */
export interface KeyCpu {
  readonly perKeyMs: number;
  readonly phases: ReadonlyArray<readonly [phase: string, perKeyMs: number]>;
}

/** The categories to trace: the DevTools timeline's, enough to name each phase of a frame. */
export const traceCategories = ['devtools.timeline', 'toplevel'];

/** Phase names as DevTools shows them, for the events whose trace names say little. */
const phaseNames: Record<string, string> = {
  UpdateLayoutTree: 'Recalculate style',
  'ThreadControllerImpl::RunTask': 'Task (outside named phases)',
  'IntersectionObserverController::computeIntersections': 'Intersections (content-visibility)',
};

function phaseOf(event: TraceEvent): string {
  if (event.name === 'EventDispatch') return `Event ${event.args?.data?.type ?? '?'}`;
  if (event.name === 'FunctionCall') return 'Script';
  return phaseNames[event.name] ?? event.name;
}

/**
 * The main-thread CPU per key press of a traced run: the page's main thread is the one that
 * dispatched the keydown events; its events from the first key after `warmUp` on are nested by
 * time, and each phase is charged its own CPU time (its children's taken out).
 */
export function keyCpu(events: readonly TraceEvent[], warmUp: number): KeyCpu {
  const keydowns = events
    .filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts);
  const first = keydowns[warmUp];
  if (!first) return { perKeyMs: 0, phases: [] };
  const keys = keydowns.length - warmUp;
  const cpu = (event: TraceEvent) => event.tdur ?? event.dur ?? 0;
  const onMain = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.dur !== undefined &&
        event.pid === first.pid &&
        event.tid === first.tid &&
        event.ts >= first.ts,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const phases = new Map<string, number>();
  let total = 0;
  const open: Array<{ event: TraceEvent; children: number }> = [];
  const close = () => {
    const { event, children } = open.pop()!;
    const own = cpu(event) - children;
    phases.set(phaseOf(event), (phases.get(phaseOf(event)) ?? 0) + own);
    if (open.length === 0) total += cpu(event);
  };
  for (const event of onMain) {
    while (open.length > 0) {
      const top = open[open.length - 1]!.event;
      if (top.ts + (top.dur ?? 0) > event.ts) break;
      close();
    }
    if (open.length > 0) open[open.length - 1]!.children += cpu(event);
    open.push({ event, children: 0 });
  }
  while (open.length > 0) close();
  const perKey = (microseconds: number) => microseconds / 1000 / keys;
  return {
    perKeyMs: perKey(total),
    phases: [...phases]
      .map(([phase, microseconds]) => [phase, perKey(microseconds)] as const)
      .sort((a, b) => b[1] - a[1]),
  };
}

/** Prints two runs' breakdowns side by side: the phases that cost either of them most. */
export function printKeyCpu(runs: Record<string, KeyCpu>, top = 14): void {
  const names = Object.keys(runs);
  const cost = (run: KeyCpu, phase: string) => run.phases.find(([name]) => name === phase)?.[1] ?? 0;
  const phases = [...new Set(names.flatMap((name) => runs[name]!.phases.map(([phase]) => phase)))]
    .sort(
      (a, b) =>
        Math.max(...names.map((n) => cost(runs[n]!, b))) - Math.max(...names.map((n) => cost(runs[n]!, a))),
    )
    .slice(0, top);
  const cell = (ms: number) => `${ms.toFixed(2)} ms`.padStart(10);
  console.log(`  main-thread CPU per key (traced run):${names.map((name) => name.padStart(12)).join('')}`);
  console.log(
    `    ${'all'.padEnd(40)}${names.map((name) => cell(runs[name]!.perKeyMs).padStart(12)).join('')}`,
  );
  for (const phase of phases) {
    console.log(
      `    ${phase.padEnd(40)}${names.map((name) => cell(cost(runs[name]!, phase)).padStart(12)).join('')}`,
    );
  }
}
