import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findSymbolCandidates,
  findSymbols,
  jointSymbolLinks,
  parseSymbol,
  symbolLink,
} from '../src/index.js';

const seedText = readFileSync(
  new URL('../../../../shared/seed/addendum-item6.zh.seed.txt', import.meta.url),
  'utf8',
);
const linkLine = /^http:\/\/undocs\.org\/ch\/(\S+)\s*$/;

/** The seed's pages: the text of each page and the link lines gathered at its foot. */
function pages(): { text: string; links: string[] }[] {
  const result: { text: string; links: string[] }[] = [];
  let text: string[] = [];
  let links: string[] = [];
  for (const line of seedText.split('\n')) {
    if (linkLine.test(line)) {
      links.push(line.trim());
    } else {
      if (links.length > 0) {
        result.push({ text: text.join('\n'), links });
        text = [];
        links = [];
      }
      text.push(line);
    }
  }
  if (links.length > 0 || text.join('').trim() !== '') result.push({ text: text.join('\n'), links });
  return result;
}

describe('the seed', () => {
  it('has page-footer link lines to check against', () => {
    expect(pages().filter((page) => page.links.length > 0)).toHaveLength(3);
  });

  it('parses every symbol its footers link and links it exactly as the footer does', () => {
    const footerLinks = pages().flatMap((page) => page.links);
    expect(footerLinks.length).toBeGreaterThanOrEqual(9);
    for (const link of footerLinks) {
      const symbol = linkLine.exec(link)![1]!;
      const parsed = parseSymbol(symbol);
      expect(parsed.ok, `${symbol}: ${parsed.ok ? '' : parsed.error.message}`).toBe(true);
      if (parsed.ok) expect(symbolLink(parsed.symbol, 'zh')).toBe(link);
    }
  });

  it('finds on each page the symbols its footer links, the joint symbol as one', () => {
    const found = pages().map((page) => ({
      symbols: findSymbols(page.text).map((match) => match.symbol.text),
      links: findSymbols(page.text).flatMap((match) => jointSymbolLinks(match.symbol, 'zh')),
      footer: page.links,
    }));
    expect(found.map((page) => page.symbols)).toEqual([
      ['E/CN.7/2019/2-E/CN.15/2019/2', 'E/CN.15/2019/4'],
      ['E/CN.15/2019/5', 'E/CN.15/2019/7', 'E/CN.15/2019/7/Corr.1', 'E/CN.15/2019/8', 'E/CN.15/2019/14'],
      ['E/CN.15/2019/8', 'E/CN.15/2019/14'],
    ]);
    // The PDF left the corrigendum without a link of its own; every other link matches the footer in order.
    for (const page of found) {
      expect(page.links.filter((link) => !link.endsWith('/Corr.1'))).toEqual(page.footer);
    }
  });

  it('finds nothing symbol-like in the seed that fails to parse', () => {
    const candidates = findSymbolCandidates(seedText);
    expect(candidates.filter((candidate) => !candidate.valid)).toEqual([]);
    expect(candidates).toHaveLength(9);
  });
});
