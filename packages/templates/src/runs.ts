/** A document symbol inside generated text; it becomes a `symbol` node, never plain text. */
export interface SymbolRun {
  readonly symbol: string;
}

/**
 * One run of generated inline content: plain text, or a document symbol. Phrases and language
 * rules build sequences of runs so that symbols stay symbols from the facts to the document.
 */
export type Run = string | SymbolRun;

/** The text of runs as a reader sees it (symbols as their symbol), for tests and messages. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : run.symbol)).join('');
}

/** Runs with adjacent texts merged and empty texts dropped, so equal content has one form. */
export function normaliseRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run === '') continue;
    const last = out[out.length - 1];
    if (typeof run === 'string' && typeof last === 'string') out[out.length - 1] = last + run;
    else out.push(run);
  }
  return out;
}
