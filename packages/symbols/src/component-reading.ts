import { type SymbolError, symbolError } from './symbol-error.js';
import { type FixedCaseWord, fixedCaseWords } from './symbol-vocabulary.js';

/** The shape of one '/'-separated component, before its kind is decided from its position. */
export type ComponentShape =
  | { shape: 'digits' }
  | { shape: 'special-session' }
  | { shape: 'letters'; word: string }
  | { shape: 'dotted'; word: string }
  | { shape: 'fixed'; entry: FixedCaseWord };

/** One '/'-separated component read and checked character by character, not yet classified. */
export interface ComponentReading {
  /** The component without its bracketed part. */
  core: string;
  shape: ComponentShape;
  /** The bracketed part written straight after the core, brackets included, if any. */
  parenthetical?: string;
}

/** The result of reading one component: its reading, or the first thing wrong with it. */
export type ComponentRead = { ok: true; reading: ComponentReading } | { ok: false; error: SymbolError };

const allowedCharacter = /[A-Za-z0-9.()-]/;
const hyphenProblem =
  "Unexpected '-' (a hyphen belongs only in a special session such as 'S-26' or 'ES-10', or between the parts of a joint symbol)";

/**
 * Reads the component `raw`, which starts at `offset` in the symbol, checking its characters,
 * brackets, casing and shape (letters, LETTERS.N, digits, S-N, or a fixed-case word such as Add.N).
 */
export function readComponent(raw: string, offset: number): ComponentRead {
  const fail = (problem: string, index: number): ComponentRead => ({
    ok: false,
    error: symbolError(`${problem} in component ${quote(raw)}`, index, raw),
  });
  if (raw === '') return { ok: false, error: symbolError('Empty component', offset) };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (!allowedCharacter.test(c)) return fail(describeForbiddenCharacter(raw.codePointAt(i)!), offset + i);
  }
  const open = raw.indexOf('(');
  const close = raw.indexOf(')');
  let core = raw;
  let parenthetical: string | undefined;
  if (open === -1) {
    if (close !== -1) return fail("Unexpected ')' without '('", offset + close);
  } else {
    if (close !== -1 && close < open) return fail("Unexpected ')' without '('", offset + close);
    if (open === 0) return fail('A bracketed part must follow a component', offset);
    if (close === -1) return fail("Unclosed '('", offset + open);
    const secondOpen = raw.indexOf('(', open + 1);
    if (secondOpen !== -1 && secondOpen < close)
      return fail("Unexpected '(' inside brackets", offset + secondOpen);
    if (close !== raw.length - 1) return fail("Unexpected text after ')'", offset + close + 1);
    const problem = checkBracketContent(raw.slice(open + 1, close));
    if (problem) return fail(problem.problem, offset + open + 1 + problem.at);
    core = raw.slice(0, open);
    parenthetical = raw.slice(open);
  }
  const shape = readCoreShape(core);
  if ('problem' in shape) return fail(shape.problem, offset + shape.at);
  const reading: ComponentReading = { core, shape };
  if (parenthetical !== undefined) reading.parenthetical = parenthetical;
  return { ok: true, reading };
}

/** Quotes a component for an error message, shortening very long ones. */
export function quote(text: string): string {
  return `'${text.length > 40 ? `${text.slice(0, 39)}…` : text}'`;
}

/** Names a character that may not appear in a symbol, so that invisible ones can be told apart. */
function describeForbiddenCharacter(codePoint: number): string {
  const c = String.fromCodePoint(codePoint);
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c === ' ') return 'Unexpected space';
  if (c === '\n' || c === '\r') return 'Unexpected line break';
  if (c === '\u2013') return "Unexpected en dash '–' (allowed only between the parts of a joint symbol)";
  if (/\s/u.test(c)) return `Unexpected whitespace (${hex})`;
  if (/[\p{L}\p{N}\p{P}\p{S}]/u.test(c)) return `Unexpected character '${c}'`;
  return `Unexpected character ${hex}`;
}

interface Problem {
  problem: string;
  at: number;
}

function checkBracketContent(content: string): Problem | undefined {
  if (content === '') return { problem: 'Empty brackets', at: 0 };
  if (/^vol\./i.test(content)) {
    if (!content.startsWith('Vol.')) {
      return { problem: `'${content.slice(0, 3)}' must be written 'Vol'`, at: 0 };
    }
    const volume = content.slice(4);
    if (!/^(?:[IVXLCDM]+|\d+)$/.test(volume)) {
      return { problem: 'A volume number must be digits or upper-case Roman numerals', at: 4 };
    }
    return undefined;
  }
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (/[a-z]/.test(c)) return { problem: `Lower-case letter '${c}' in brackets`, at: i };
    if (!/[A-Z0-9]/.test(c)) return { problem: `Unexpected '${c}' in brackets`, at: i };
  }
  return undefined;
}

function readCoreShape(core: string): ComponentShape | Problem {
  if (/^\d+$/.test(core)) return { shape: 'digits' };
  const word = /^[A-Za-z]*/.exec(core)![0];
  const rest = core.slice(word.length);
  if (word === '') return readLeadingNonLetter(core);
  const fixed = fixedCaseWords.get(word.toLowerCase());
  if (fixed && !(word === 'RES' && rest === '')) return readFixedCaseWord(core, word, fixed);
  const lower = /[a-z]/.exec(word);
  if (lower) return { problem: `Lower-case letter '${lower[0]}'`, at: lower.index };
  if (rest === '') return { shape: 'letters', word };
  const next = rest[0]!;
  if (next === '-') {
    if (!/^E?S$/.test(word)) return { problem: hyphenProblem, at: word.length };
    const session = rest.slice(1);
    if (session === '') return { problem: "Missing session number after '-'", at: core.length };
    const bad = /\D/.exec(session);
    if (bad) return unexpectedAt(core, word.length + 1 + bad.index);
    return { shape: 'special-session' };
  }
  if (next === '.') {
    const after = rest.slice(1);
    if (after === '') return { problem: "Missing number after '.'", at: core.length };
    if (/^(?:\d+|[A-Z]+)$/.test(after)) return { shape: 'dotted', word };
    const lowerAfter = /[a-z]/.exec(after);
    const at = word.length + 1;
    if (/^\d/.test(after)) {
      const bad = /\D/.exec(after)!;
      return unexpectedAt(core, at + bad.index);
    }
    if (lowerAfter && /^[A-Za-z]+$/.test(after)) {
      return { problem: `Lower-case letter '${lowerAfter[0]}'`, at: at + lowerAfter.index };
    }
    const bad = /[^A-Z]/.exec(after)!;
    return unexpectedAt(core, at + bad.index);
  }
  if (/\d/.test(next)) {
    return { problem: "Letters and digits must be separated by '.' (as in 'CN.15')", at: word.length };
  }
  return unexpectedAt(core, word.length);
}

function readLeadingNonLetter(core: string): Problem {
  if (core === '') return { problem: 'Empty component', at: 0 };
  if (core[0] === '.') return { problem: "Missing letters before '.'", at: 0 };
  if (core[0] === '-') return { problem: hyphenProblem, at: 0 };
  const digits = /^\d*/.exec(core)![0];
  return unexpectedAt(core, digits.length);
}

function readFixedCaseWord(core: string, word: string, entry: FixedCaseWord): ComponentShape | Problem {
  const rest = core.slice(word.length);
  if (word !== entry.word) return { problem: `'${word}' must be written '${entry.word}'`, at: 0 };
  if (entry.role === 'volume') {
    return { problem: "A volume is written in brackets after the number, as in 'A/69/49(Vol.III)'", at: 0 };
  }
  if (!entry.numbered) {
    return rest === '' ? { shape: 'fixed', entry } : unexpectedAt(core, word.length);
  }
  if (rest === '') return { problem: `Missing '.' and number after '${word}'`, at: word.length };
  if (rest[0] !== '.') return { problem: `Expected '.' after '${word}'`, at: word.length };
  const digits = rest.slice(1);
  if (digits === '') return { problem: `Missing number after '${word}.'`, at: word.length + 1 };
  const bad = /\D/.exec(digits);
  if (bad) return unexpectedAt(core, word.length + 1 + bad.index);
  return { shape: 'fixed', entry };
}

/** The problem of an unexpected character at `at` in `core`, naming what comes before it. */
function unexpectedAt(core: string, at: number): Problem {
  const c = core[at]!;
  if (c === '-') return { problem: hyphenProblem, at };
  return { problem: `Unexpected '${c}' after '${core.slice(0, at)}'`, at };
}
