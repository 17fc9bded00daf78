import { describe, expect, it } from 'vitest';
import { findSymbolCandidates, findSymbols } from '../src/index.js';

function found(text: string): string[] {
  return findSymbols(text).map((match) => match.symbol.text);
}

describe('findSymbols', () => {
  it('finds two symbols inside Chinese full-width brackets', () => {
    const text = '（E/CN.15/2019/7 和 E/CN.15/2019/7/Corr.1）';
    const matches = findSymbols(text);
    expect(matches.map((m) => [m.start, m.end, m.text])).toEqual([
      [1, 15, 'E/CN.15/2019/7'],
      [18, 39, 'E/CN.15/2019/7/Corr.1'],
    ]);
  });

  it('finds a joint symbol inside full-width brackets as one match', () => {
    const matches = findSymbols('（E/CN.7/2019/2-E/CN.15/2019/2）');
    expect(matches).toHaveLength(1);
    expect(matches[0]!.symbol.parts.map((p) => p.text)).toEqual(['E/CN.7/2019/2', 'E/CN.15/2019/2']);
    expect(matches[0]!.partRanges).toEqual([
      { start: 1, end: 14 },
      { start: 15, end: 29 },
    ]);
  });

  it('joins a joint symbol wrapped after its dash and normalises an en dash', () => {
    const wrapped = findSymbols('报告（E/CN.7/2019/2-\n\nE/CN.15/2019/2）；');
    expect(wrapped.map((m) => [m.text, m.symbol.text])).toEqual([
      ['E/CN.7/2019/2-\n\nE/CN.15/2019/2', 'E/CN.7/2019/2-E/CN.15/2019/2'],
    ]);
    expect(found('the report (A/55/305\u2013S/2000/809) of the Panel')).toEqual(['A/55/305-S/2000/809']);
    expect(found('(E/CN.7/2019/2-\r\nE/CN.15/2019/2)')).toEqual(['E/CN.7/2019/2-E/CN.15/2019/2']);
  });

  it('leaves out the full stop ending an English sentence', () => {
    const matches = findSymbols('see E/CN.15/2019/8.');
    expect(matches.map((m) => [m.start, m.end, m.text])).toEqual([[4, 18, 'E/CN.15/2019/8']]);
  });

  it('leaves out commas, semicolons and an unmatched closing bracket but keeps a symbol’s own brackets', () => {
    expect(found('(see S/RES/2467(2019)), A/69/49(Vol.III); and E/CN.15/2019/5)')).toEqual([
      'S/RES/2467(2019)',
      'A/69/49(Vol.III)',
      'E/CN.15/2019/5',
    ]);
  });

  it('keeps separate the symbols of separate lines and of a dash with spaces around it', () => {
    expect(found('E/CN.15/2019/4\nE/CN.15/2019/5')).toEqual(['E/CN.15/2019/4', 'E/CN.15/2019/5']);
    expect(found('E/CN.15/2019/4 – E/CN.15/2019/5')).toEqual(['E/CN.15/2019/4', 'E/CN.15/2019/5']);
  });

  it('does not take resolution numbers, dates or ranges for symbols', () => {
    expect(
      found('在其第 9/1号决议中 … 第 73/191 号决议 … 2018-2020 年 … 第 1989/56 号决议 … 第 3(e)款'),
    ).toEqual([]);
    expect(found('resolution 73/191 of 17 December 2018, HIV/AIDS, and/or N/A')).toEqual([]);
  });

  it('leaves symbols inside URLs alone', () => {
    expect(
      found(
        'http://undocs.org/ch/E/CN.15/2019/4 and https://documents.un.org/api/symbol/access?s=A/RES/70/1&l=en',
      ),
    ).toEqual([]);
  });

  it('finds a special-session symbol and a symbol glued to Chinese text', () => {
    expect(found('大会第A/RES/S-26/2号决议')).toEqual(['A/RES/S-26/2']);
  });

  it('does not report an invalid symbol as a symbol', () => {
    expect(findSymbols('E//CN.15')).toEqual([]);
  });
});

describe('findSymbolCandidates', () => {
  it('reports an invalid symbol with the parser’s message and its range', () => {
    expect(findSymbolCandidates('see E//CN.15 and E/CN.15/2019/add.1.')).toEqual([
      {
        valid: false,
        start: 4,
        end: 12,
        text: 'E//CN.15',
        error: { message: 'Empty component at character 2', index: 2 },
      },
      {
        valid: false,
        start: 17,
        end: 35,
        text: 'E/CN.15/2019/add.1',
        error: {
          message: "'add' must be written 'Add' in component 'add.1' at character 13",
          index: 13,
          component: 'add.1',
        },
      },
    ]);
  });

  it('lists valid and invalid candidates in text order', () => {
    const candidates = findSymbolCandidates('A/73/1, A/73//2 and S/PV.8500');
    expect(candidates.map((c) => [c.valid, c.text])).toEqual([
      [true, 'A/73/1'],
      [false, 'A/73//2'],
      [true, 'S/PV.8500'],
    ]);
  });

  it('ignores slashed words without digits', () => {
    expect(findSymbolCandidates('HIV/AIDS and TCP/IP')).toEqual([]);
  });
});
