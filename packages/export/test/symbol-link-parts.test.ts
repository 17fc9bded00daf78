import { parseJointSymbol, undocsLinkConfig } from '@rapporteur/symbols';
import { describe, expect, it } from 'vitest';
import { symbolLinkParts, symbolLinkPartsOnce } from '../src/index.js';

describe('symbol links remembered for one export', () => {
  it('gives what symbolLinkParts gives, parsing a symbol cited again only once', () => {
    const links = symbolLinkPartsOnce('zh', undocsLinkConfig);
    for (const symbol of ['E/CN.7/2019/2-E/CN.15/2019/2', 'E/CN.15/2019/7/Corr.1', 'not a <symbol>']) {
      const first = links(symbol);
      expect(first).toEqual(symbolLinkParts(symbol, 'zh', undocsLinkConfig));
      expect(links(symbol)).toBe(first);
    }
    expect(links('E/CN.15/2019/8')?.[0]?.href).toBe('http://undocs.org/ch/E/CN.15/2019/8');
  });

  it('parses with the parser it is given, so an export links with the parses validation made', () => {
    const parsed: string[] = [];
    const links = symbolLinkPartsOnce('en', undocsLinkConfig, (written) => {
      parsed.push(written);
      return parseJointSymbol(written);
    });
    links('E/CN.15/2019/8');
    links('E/CN.15/2019/8');
    expect(parsed).toEqual(['E/CN.15/2019/8']);
  });
});
