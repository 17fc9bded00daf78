import type { Run } from '../runs.js';

/**
 * Joins items with one separator between all but the last two and another before the last
 * ("A, B and C"): the shape of lists in every official language, each with its own words.
 */
export function joinList<T extends Run>(
  items: ReadonlyArray<readonly T[]>,
  separator: string,
  lastSeparator: string,
): Run[] {
  const out: Run[] = [];
  items.forEach((item, index) => {
    if (index > 0) out.push(index === items.length - 1 ? lastSeparator : separator);
    out.push(...item);
  });
  return out;
}

/** Joins plain strings as a list with the given separators. */
export function joinText(items: readonly string[], separator: string, lastSeparator: string): string {
  return items.reduce(
    (out, item, index) =>
      index === 0 ? item : `${out}${index === items.length - 1 ? lastSeparator : separator}${item}`,
    '',
  );
}

/** Upper-cases the first letter of the first text run, for languages whose script has cases. */
export function capitaliseFirst(runs: readonly Run[]): Run[] {
  const [first, ...rest] = runs;
  if (typeof first !== 'string' || first === '') return [...runs];
  const head = first.codePointAt(0)!;
  const letter = String.fromCodePoint(head);
  return [letter.toLocaleUpperCase() + first.slice(letter.length), ...rest];
}

/** The count category of languages with singular and plural only. */
export function singularOrPlural(n: number): 'one' | 'other' {
  return n === 1 ? 'one' : 'other';
}
