import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSymbols, formatSymbol, jointSymbolLinks, parseJointSymbol } from '../src/index.js';

const corpus = readFileSync(new URL('./fixtures/real-symbols.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '');

describe('a corpus of real UN symbols', () => {
  it('holds at least 100 distinct symbols across the principal organs, the Secretariat and other series', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus).size).toBe(corpus.length);
    const openings = new Set(corpus.map((line) => line.split('/')[0]));
    for (const organ of ['A', 'E', 'S', 'ST', 'CRC', 'CTOC', 'CAC', 'TD', 'UNEP', 'FCCC']) {
      expect(openings).toContain(organ);
    }
  });

  it.each(corpus)('parses %s in normal form and links each of its parts', (line) => {
    const parsed = parseJointSymbol(line);
    expect(parsed.ok, parsed.ok ? '' : parsed.error.message).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.symbol.text).toBe(line);
    expect(parsed.symbol.parts.map(formatSymbol).join('-')).toBe(line);
    const written = line.split(/-(?=[A-Z])/);
    expect(jointSymbolLinks(parsed.symbol, 'en')).toEqual(
      written.map((part) => `http://undocs.org/en/${part}`),
    );
  });

  it('finds every corpus symbol in running text, without the sentence’s full stop', () => {
    for (const line of corpus) {
      const text = `As stated in document ${line}.`;
      const matches = findSymbols(text);
      expect(
        matches.map((m) => m.symbol.text),
        line,
      ).toEqual([line]);
      expect(matches[0]!.end).toBe(text.length - 1);
    }
  });
});
