import {
  type JointSymbol,
  type JointSymbolPartRange,
  jointSymbolOf,
  lineBreakRunEnd,
} from './joint-symbol.js';
import { parseSymbol } from './parse-symbol.js';
import type { ParsedSymbol } from './parsed-symbol.js';
import type { SymbolError } from './symbol-error.js';

/**
 * A valid (possibly joint) symbol found in running text: its UTF-16 range `[start, end)` in the
 * text, the text as written there (a joint symbol's separator may be an en dash or a wrapped
 * line), the parsed symbol in normal form, and the range of each part, so each can be linked.
 */
export interface SymbolMatch {
  start: number;
  end: number;
  text: string;
  symbol: JointSymbol;
  partRanges: JointSymbolPartRange[];
}

/**
 * Something in running text that looks like a symbol — it starts with an upper-case letter at a
 * word boundary and contains a '/' and a digit — with its range. A valid one carries the parsed
 * symbol; an invalid one carries the parser's error, whose index is relative to `text` (add
 * `start` for an index into the whole text), so an editor can flag it with the parser's message.
 */
export type SymbolCandidate =
  | (SymbolMatch & { valid: true })
  | { valid: false; start: number; end: number; text: string; error: SymbolError };

const symbolCharacter = /[A-Za-z0-9./()]/;
const wordCharacterBefore = /[A-Za-z0-9./_@=&?#%\\]/;
const urlAt = /[A-Za-z][A-Za-z0-9+.-]*:\/\/\S*/y;

/**
 * Finds the valid UN document symbols in running text (English, Chinese or any other language),
 * joining parts written with '-' or '–' (also across a wrapped line) into one joint symbol.
 * A sentence's final full stop and an unmatched closing bracket are not part of a symbol;
 * full-width brackets and CJK punctuation end one; symbols inside URLs are left alone; parts on
 * separate lines without a dash are separate symbols (in running text a line break ends a paragraph).
 */
export function findSymbols(text: string): SymbolMatch[] {
  return findSymbolCandidates(text)
    .filter((candidate) => candidate.valid)
    .map(({ start, end, text: written, symbol, partRanges }) => ({
      start,
      end,
      text: written,
      symbol,
      partRanges,
    }));
}

/**
 * Like {@link findSymbols}, but also reports the symbol-like strings that are not valid symbols
 * (E//CN.15, E/CN.15/2019/add.1), each with the parser's error, in text order.
 */
export function findSymbolCandidates(text: string): SymbolCandidate[] {
  const candidates: SymbolCandidate[] = [];
  let i = 0;
  while (i < text.length) {
    const url = urlLengthAt(text, i);
    if (url > 0) {
      i += url;
      continue;
    }
    if (!startsCandidate(text, i)) {
      i++;
      continue;
    }
    const end = candidateEnd(text, i);
    const written = text.slice(i, end);
    if (!written.includes('/') || !/\d/.test(written)) {
      i = Math.max(end, i + 1);
      continue;
    }
    const first = parseSymbol(written);
    if (!first.ok) {
      candidates.push({ valid: false, start: i, end, text: written, error: first.error });
      i = end;
      continue;
    }
    const parts: ParsedSymbol[] = [first.symbol];
    const partRanges: JointSymbolPartRange[] = [{ start: i, end }];
    let matchEnd = end;
    for (;;) {
      const next = nextJointPart(text, matchEnd);
      if (!next) break;
      parts.push(next.symbol);
      partRanges.push({ start: next.start, end: next.end });
      matchEnd = next.end;
    }
    candidates.push({
      valid: true,
      start: i,
      end: matchEnd,
      text: text.slice(i, matchEnd),
      symbol: jointSymbolOf(parts),
      partRanges,
    });
    i = matchEnd;
  }
  return candidates;
}

/** The length of a URL (scheme://…, up to whitespace) starting at a word boundary at `i`, or 0. */
function urlLengthAt(text: string, i: number): number {
  if (!/[A-Za-z]/.test(text[i]!) || (i > 0 && /[A-Za-z0-9]/.test(text[i - 1]!))) return 0;
  urlAt.lastIndex = i;
  return urlAt.exec(text)?.[0].length ?? 0;
}

function startsCandidate(text: string, i: number): boolean {
  const c = text[i]!;
  if (c < 'A' || c > 'Z') return false;
  return i === 0 || !wordCharacterBefore.test(text[i - 1]!);
}

/**
 * The end of the symbol-like run starting at `start`: symbol characters, and hyphens followed by
 * a digit (special sessions), without a final full stop or unmatched closing brackets.
 */
function candidateEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    const c = text[end]!;
    if (symbolCharacter.test(c) || (c === '-' && /\d/.test(text[end + 1] ?? ''))) end++;
    else break;
  }
  let opening = 0;
  let closing = 0;
  for (let i = start; i < end; i++) {
    if (text[i] === '(') opening++;
    else if (text[i] === ')') closing++;
  }
  for (;;) {
    const last = text[end - 1];
    if (last === '.') {
      end--;
    } else if (last === ')' && closing > opening) {
      closing--;
      end--;
    } else {
      return end;
    }
  }
}

/** A valid symbol joined to the one ending at `end` by '-' or '–' (optionally followed by a line break). */
function nextJointPart(
  text: string,
  end: number,
): { start: number; end: number; symbol: ParsedSymbol } | undefined {
  const dash = text[end];
  if (dash !== '-' && dash !== '\u2013') return undefined;
  const start = lineBreakRunEnd(text, end + 1) ?? end + 1;
  const c = text[start];
  if (c === undefined || c < 'A' || c > 'Z') return undefined;
  const partEnd = candidateEnd(text, start);
  const parsed = parseSymbol(text.slice(start, partEnd));
  return parsed.ok ? { start, end: partEnd, symbol: parsed.symbol } : undefined;
}
