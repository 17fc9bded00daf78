import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findSymbols,
  formatSymbol,
  type ParsedSymbol,
  parseJointSymbol,
  parseSymbol,
  symbolLink,
  undocsZhLinkConfig,
} from '../src/index.js';

const fixedWords = new Set(['add', 'corr', 'rev', 'amend', 'summary', 'sub', 'res', 'vol']);
const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const letters = fc
  .array(upper, { minLength: 1, maxLength: 6 })
  .map((chars) => chars.join(''))
  .filter((word) => !fixedWords.has(word.toLowerCase()));
const digits = fc.integer({ min: 0, max: 99999 }).map(String);
const roman = fc.constantFrom('I', 'II', 'III', 'IV', 'V', 'X', 'XV', 'XXI');

const organ = fc.oneof(fc.constantFrom('A', 'E', 'S', 'ST', 'CTOC', 'CAC', 'CRC', 'TD', 'UNEP'), letters);
const body = fc.oneof(
  letters,
  fc.tuple(letters, digits).map(([w, n]) => `${w}.${n}`),
  fc.tuple(letters, roman).map(([w, r]) => `${w}.${r}`),
  fc.integer({ min: 1, max: 9 }).map((n) => `Sub.${n}`),
);
const session = fc.oneof(
  fc.integer({ min: 1, max: 99 }).map(String),
  fc.integer({ min: 1946, max: 2030 }).map(String),
  fc.integer({ min: 1, max: 30 }).map((n) => `S-${n}`),
  fc.integer({ min: 1, max: 11 }).map((n) => `ES-${n}`),
);
/** The end of the symbol's core: a number, a standalone nature and a number, or a numbered nature. */
const documentPart = fc.oneof(
  digits.map((n) => [n]),
  fc
    .tuple(fc.constantFrom('RES', 'INF', 'NGO', 'PRST', 'GC', 'DEC'), digits)
    .map(([nature, n]) => [nature, n]),
  fc
    .tuple(fc.constantFrom('L', 'CRP', 'PV', 'SR', 'WP', 'MISC', 'Res'), digits)
    .map(([nature, n]) => [`${nature}.${n}`]),
);
const suffix = fc.oneof(
  fc
    .tuple(fc.constantFrom('Add', 'Corr', 'Rev', 'Amend'), fc.integer({ min: 1, max: 40 }))
    .map(([w, n]) => `${w}.${n}`),
  fc.constant('Summary'),
);
const bracket = fc.option(
  fc.oneof(
    fc.integer({ min: 1946, max: 2030 }).map((y) => `(${y})`),
    roman.map((r) => `(${r})`),
    roman.map((r) => `(Vol.${r})`),
  ),
  { nil: undefined },
);

/** A symbol generated from its components, as the list of its '/'-separated texts. */
const generatedSymbol = fc
  .record({
    organ,
    bodies: fc.array(body, { maxLength: 3 }),
    session: fc.option(session, { nil: undefined }),
    document: documentPart,
    bracket,
    suffixes: fc.array(suffix, { maxLength: 3 }),
  })
  .map(({ organ, bodies, session, document, bracket, suffixes }) => {
    const core = [organ, ...bodies, ...(session === undefined ? [] : [session]), ...document];
    if (bracket !== undefined) core[core.length - 1] += bracket;
    return {
      components: [...core, ...suffixes],
      suffixCount: suffixes.length,
      text: [...core, ...suffixes].join('/'),
    };
  });

const forbidden = fc.constantFrom(
  ' ',
  '\t',
  '\n',
  '<',
  '>',
  '"',
  "'",
  '&',
  '?',
  '#',
  '%',
  '\\',
  '\u00a0',
  '\u200b',
  '／',
  '–',
  ':',
  '@',
  '=',
);

describe('symbol properties', () => {
  it('formats a parsed symbol back to its normal form', () => {
    fc.assert(
      fc.property(generatedSymbol, ({ text, components, suffixCount }) => {
        const parsed = parseSymbol(text);
        if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
        expect(formatSymbol(parsed.symbol)).toBe(text);
        expect(parsed.symbol.text).toBe(text);
        const texts = parsed.symbol.components.filter((c) => c.kind !== 'parenthetical').map((c) => c.text);
        expect(texts).toEqual(components.map((c) => c.replace(/\(.*\)$/, '')));
        const kinds = parsed.symbol.components.filter((c) => c.kind !== 'parenthetical').map((c) => c.kind);
        expect(['organ', 'series']).toContain(kinds[0]);
        expect(kinds.filter((kind) => kind === 'suffix')).toHaveLength(suffixCount);
        expect(kinds.slice(kinds.length - suffixCount).every((kind) => kind === 'suffix')).toBe(true);
      }),
    );
  });

  it('normalises any joint separator to a hyphen and keeps every part', () => {
    fc.assert(
      fc.property(
        fc.array(generatedSymbol, { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom('-', '\u2013', '\n', '-\n', '\r\n', '-\n\n', '\u2013\n '), {
          minLength: 3,
          maxLength: 3,
        }),
        (symbols, separators) => {
          const written = symbols
            .map((s, i) => (i === 0 ? s.text : `${separators[i % 3]}${s.text}`))
            .join('');
          const parsed = parseJointSymbol(written);
          if (!parsed.ok) throw new Error(`${JSON.stringify(written)}: ${parsed.error.message}`);
          expect(parsed.symbol.text).toBe(symbols.map((s) => s.text).join('-'));
          expect(parsed.symbol.parts).toHaveLength(symbols.length);
        },
      ),
    );
  });

  it('finds a generated symbol in running text with its exact range', () => {
    fc.assert(
      fc.property(
        generatedSymbol,
        fc.constantFrom('', 'see ', '（', '(', '文件', '报告（'),
        fc.constantFrom('', '.', '）', ')', '。', ', and', '）；'),
        ({ text }, before, after) => {
          const sentence = `${before}${text}${after}`;
          const matches = findSymbols(sentence);
          expect(matches.map((m) => [m.start, m.end, m.symbol.text])).toEqual([
            [before.length, before.length + text.length, text],
          ]);
        },
      ),
    );
  });

  it('rejects a valid symbol with any forbidden character inserted, at that character', () => {
    fc.assert(
      fc.property(generatedSymbol, forbidden, fc.nat(), ({ text }, c, at) => {
        const position = at % (text.length + 1);
        const hostile = text.slice(0, position) + c + text.slice(position);
        const parsed = parseSymbol(hostile);
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        expect(parsed.error.message.endsWith(`at character ${parsed.error.index}`)).toBe(true);
        if (parsed.error.message.startsWith('Not a symbol')) expect(c).toBe(':');
        else expect(parsed.error.index).toBe(position);
      }),
    );
  });

  it('never throws, and accepts only text made of symbol characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[A-Za-z0-9./()-]{0,30}$/)),
        (input) => {
          const parsed = parseSymbol(input);
          if (parsed.ok) {
            expect(parsed.symbol.text).toBe(input);
            expect(input).toMatch(/^[A-Za-z0-9./()-]+$/);
          } else {
            expect(parsed.error.index).toBeGreaterThanOrEqual(0);
            expect(parsed.error.index).toBeLessThanOrEqual(input.length);
          }
          expect(() => findSymbols(input)).not.toThrow();
        },
      ),
    );
  });

  it('links a parsed symbol exactly as it links the same symbol built by hand and checked again', () => {
    fc.assert(
      fc.property(
        generatedSymbol,
        fc.constantFrom('en', 'zh', 'ar') as fc.Arbitrary<'en' | 'zh' | 'ar'>,
        (generated, lang) => {
          const parsed = parseSymbol(generated.text);
          if (!parsed.ok) return;
          const copy: ParsedSymbol = structuredClone(parsed.symbol);
          expect(symbolLink(parsed.symbol, lang)).toBe(symbolLink(copy, lang));
          expect(symbolLink(parsed.symbol, lang, undocsZhLinkConfig)).toBe(
            symbolLink(copy, lang, undocsZhLinkConfig),
          );
        },
      ),
    );
  });
});
