import { parseSymbol } from './parse-symbol.js';
import type { ParsedSymbol } from './parsed-symbol.js';
import { type SymbolError, shiftSymbolError, symbolError } from './symbol-error.js';

/**
 * A joint symbol: the two or more symbols one document carries (E/CN.7/2019/2-E/CN.15/2019/2),
 * or a single symbol as a joint of one part. `text` is the normal form, the parts' normal forms
 * joined with '-'; each part is linked on its own.
 */
export interface JointSymbol {
  text: string;
  parts: ParsedSymbol[];
}

/** The outcome of parsing a joint symbol: the symbol, or the first error, indexed into the whole input. */
export type JointSymbolParse = { ok: true; symbol: JointSymbol } | { ok: false; error: SymbolError };

/** Where one part of a joint symbol lies in the parsed input: UTF-16 range `[start, end)`. */
export interface JointSymbolPartRange {
  start: number;
  end: number;
}

/**
 * Parses one or more symbols joined as one document's symbols. Parts are separated by a hyphen
 * '-', an en dash '–' or a line break; a dash may itself be followed by a line break (text wrapped
 * after the dash, as in the seed), and spaces or tabs are allowed only next to a line break. A
 * hyphen followed by a digit belongs to a special session (S-26, ES-10), not to a separator.
 * Everything else is as strict as {@link parseSymbol}; error indexes point into the whole input.
 */
export function parseJointSymbol(input: string): JointSymbolParse {
  const split = splitJointSymbol(input);
  if (!split.ok) return split;
  const parts: ParsedSymbol[] = [];
  for (const range of split.ranges) {
    const parsed = parseSymbol(input.slice(range.start, range.end));
    if (!parsed.ok) return { ok: false, error: shiftSymbolError(parsed.error, range.start) };
    parts.push(parsed.symbol);
  }
  return { ok: true, symbol: jointSymbolOf(parts) };
}

/** Joins already parsed symbols into a joint symbol in normal form. */
export function jointSymbolOf(parts: ParsedSymbol[]): JointSymbol {
  return { text: parts.map((part) => part.text).join('-'), parts };
}

/** The result of splitting a joint symbol at its separators: the parts' ranges, or why it cannot be split. */
type JointSymbolSplit = { ok: true; ranges: JointSymbolPartRange[] } | { ok: false; error: SymbolError };

/**
 * Finds the parts of a joint symbol without parsing them: the ranges between separators
 * ('-' or '–', optionally followed by a line break; or a line break alone, with any spaces next to it).
 */
function splitJointSymbol(input: string): JointSymbolSplit {
  if (input === '') return { ok: false, error: symbolError('Empty symbol', 0) };
  const ranges: JointSymbolPartRange[] = [];
  let partStart = 0;
  let i = 0;
  while (i < input.length) {
    const separatorEnd = jointSeparatorEnd(input, i);
    if (separatorEnd === undefined) {
      i++;
      continue;
    }
    if (i === partStart) {
      const problem =
        partStart === 0
          ? 'A joint symbol cannot start with a separator'
          : 'Two separators without a symbol between them';
      return { ok: false, error: symbolError(problem, i) };
    }
    ranges.push({ start: partStart, end: i });
    partStart = separatorEnd;
    i = separatorEnd;
  }
  if (partStart === input.length) {
    return { ok: false, error: symbolError('A joint symbol cannot end with a separator', input.length) };
  }
  ranges.push({ start: partStart, end: input.length });
  return { ok: true, ranges };
}

/**
 * If a joint-symbol separator starts at `i`, returns where it ends: a dash ('-' not followed by a
 * digit, or '–') with an optional line-break run after it, or a run of whitespace that contains a
 * line break. Returns undefined when no separator starts there.
 */
function jointSeparatorEnd(text: string, i: number): number | undefined {
  const c = text[i];
  if (c === '\u2013' || (c === '-' && !/\d/.test(text[i + 1] ?? ''))) {
    return lineBreakRunEnd(text, i + 1) ?? i + 1;
  }
  return lineBreakRunEnd(text, i);
}

/** If a run of whitespace containing at least one line break starts at `i`, returns its end. */
export function lineBreakRunEnd(text: string, i: number): number | undefined {
  let j = i;
  let lineBreak = false;
  while (j < text.length && /[ \t\r\n]/.test(text[j]!)) {
    if (text[j] === '\n' || text[j] === '\r') lineBreak = true;
    j++;
  }
  return lineBreak ? j : undefined;
}
