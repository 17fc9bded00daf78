import { type ComponentReading, quote, readComponent } from './component-reading.js';
import { formatComponents } from './format-symbol.js';
import type { ParsedSymbol } from './parsed-symbol.js';
import type { SymbolComponent, SymbolComponentKind } from './symbol-component.js';
import { type SymbolError, symbolError } from './symbol-error.js';
import {
  numberedNatureSymbols,
  principalOrganSymbols,
  standaloneNatureSymbols,
} from './symbol-vocabulary.js';

/** The outcome of parsing one symbol: the symbol, or the first error, with its character index. */
export type SymbolParse = { ok: true; symbol: ParsedSymbol } | { ok: false; error: SymbolError };

interface PlacedReading extends ComponentReading {
  raw: string;
  start: number;
}

/**
 * Parses one UN document symbol, strictly: the whole input must be exactly one symbol in normal
 * form (no surrounding spaces, no joint separators). Grammar: an organ or series in upper-case
 * letters, then '/'-separated components — bodies (CN.15, C.3, HRC), a session or year (74, 2019,
 * S-26, ES-10), a nature (L.1, RES, PV.8500), a number — then any suffixes (Add.N, Corr.N, Rev.N,
 * Amend.N, Summary) in any order and depth; any component may carry a bracketed part
 * ((2019), (III), (Vol.III)). Anything else — URLs, markup, spaces, empty components, miscased
 * words — is rejected with an error naming the component and the 0-based character index, because
 * a symbol ends up inside an href.
 */
export function parseSymbol(input: string): SymbolParse {
  if (input === '') return { ok: false, error: symbolError('Empty symbol', 0) };
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(input);
  if (scheme) {
    return {
      ok: false,
      error: symbolError(`Not a symbol: '${scheme[0]}' starts a URL`, 0, input.split('/')[0]),
    };
  }
  // Loops and objects built field by field rather than iterators, callbacks and spreads: an export
  // parses ~100 distinct symbols while this code is still cold, where those are the slow paths.
  const readings: PlacedReading[] = [];
  const raws = input.split('/');
  let start = 0;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const read = readComponent(raw, start);
    if (!read.ok) return read;
    const { core, shape, parenthetical } = read.reading;
    readings.push(
      parenthetical === undefined ? { core, shape, raw, start } : { core, shape, parenthetical, raw, start },
    );
    start += raw.length + 1;
  }
  return classify(readings);
}

/** Whether a component is a suffix (Add.N, Corr.N, Rev.N, …), after which only suffixes may come. */
const isSuffix = (reading: PlacedReading): boolean =>
  reading.shape.shape === 'fixed' && reading.shape.entry.role === 'suffix';

function classify(readings: PlacedReading[]): SymbolParse {
  const fail = (problem: string, index: number, raw?: string): SymbolParse => ({
    ok: false,
    error: symbolError(problem, index, raw),
  });
  const opening = readings[0]!;
  if (opening.shape.shape !== 'letters' || opening.parenthetical !== undefined) {
    return fail(
      `A symbol must begin with an organ or series in upper-case letters (such as 'A', 'E', 'S', 'ST', 'UNEP'), not ${quote(opening.raw)}`,
      opening.start,
      opening.raw,
    );
  }
  const kinds: SymbolComponentKind[] = [principalOrganSymbols.has(opening.core) ? 'organ' : 'series'];
  let coreCount = 0;
  while (coreCount < readings.length && !isSuffix(readings[coreCount]!)) coreCount++;
  let sessionSeen = false;
  for (let i = 1; i < readings.length; i++) {
    const reading = readings[i]!;
    const { shape } = reading;
    if (i >= coreCount) {
      if (shape.shape !== 'fixed' || shape.entry.role !== 'suffix') {
        const suffix = readings[coreCount]!;
        return fail(
          `Component ${quote(reading.raw)} cannot follow the suffix ${quote(suffix.core)}; suffixes come last`,
          reading.start,
          reading.raw,
        );
      }
      kinds.push('suffix');
      continue;
    }
    const last = i === coreCount - 1;
    let kind: SymbolComponentKind;
    switch (shape.shape) {
      case 'digits':
        kind = last || sessionSeen ? 'number' : 'session';
        break;
      case 'special-session':
        kind = 'session';
        break;
      case 'letters':
        kind = standaloneNatureSymbols.has(shape.word) ? 'nature' : 'body';
        break;
      case 'dotted':
        kind = sessionSeen || (last && numberedNatureSymbols.has(shape.word)) ? 'nature' : 'body';
        break;
      case 'fixed':
        kind = shape.entry.role === 'nature' && last ? 'nature' : 'body';
        break;
    }
    if (kind === 'session') sessionSeen = true;
    kinds.push(kind);
  }
  const lastCore = readings[coreCount - 1]!;
  const lastKind = kinds[coreCount - 1];
  const numbered = lastKind === 'number' || (lastKind === 'nature' && lastCore.core.includes('.'));
  if (!numbered) {
    const end = lastCore.start + lastCore.raw.length;
    if (coreCount < readings.length) {
      const suffix = readings[coreCount]!;
      return fail(
        `The suffix ${quote(suffix.core)} must follow a document number, not ${quote(lastCore.raw)}`,
        suffix.start,
        suffix.raw,
      );
    }
    return fail(`Missing document number after ${quote(lastCore.raw)}`, end);
  }
  const components: SymbolComponent[] = [];
  // The components before the first suffix make the base symbol.
  let baseLength = -1;
  for (let i = 0; i < readings.length; i++) {
    const reading = readings[i]!;
    if (i === coreCount) baseLength = components.length;
    components.push({
      kind: kinds[i]!,
      text: reading.core,
      start: reading.start,
      end: reading.start + reading.core.length,
    });
    if (reading.parenthetical !== undefined) {
      const start = reading.start + reading.core.length;
      components.push({
        kind: 'parenthetical',
        text: reading.parenthetical,
        start,
        end: start + reading.parenthetical.length,
      });
    }
  }
  const baseComponents = baseLength === -1 ? components : components.slice(0, baseLength);
  const symbol: ParsedSymbol = {
    text: formatComponents(components),
    organ: opening.core,
    base: formatComponents(baseComponents),
    components,
  };
  normalTexts.set(symbol, symbol.text);
  return { ok: true, symbol };
}

const normalTexts = new WeakMap<ParsedSymbol, string>();

/**
 * Whether `text` is the normal form this parser gave `symbol` when it made it: then `text` is a
 * valid symbol that parses to itself, and need not be parsed again before it goes into a link.
 * A symbol built by hand, or one whose components were changed since, is not vouched for.
 */
export function isParsedNormalText(symbol: ParsedSymbol, text: string): boolean {
  return normalTexts.get(symbol) === text;
}
