import { describe, expect, it } from 'vitest';
import {
  documentsUnOrgLinkConfig,
  jointSymbolLinks,
  type OfficialLanguage,
  officialLanguages,
  type ParsedSymbol,
  parseJointSymbol,
  parseSymbol,
  symbolLink,
  undocsLinkConfig,
  undocsZhLinkConfig,
} from '../src/index.js';

function parsed(input: string): ParsedSymbol {
  const result = parseSymbol(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.symbol;
}

describe('symbolLink', () => {
  it('links to undocs.org with the seed’s language segments by default', () => {
    const symbol = parsed('E/CN.15/2019/7/Corr.1');
    const links = Object.fromEntries(officialLanguages.map((lang) => [lang, symbolLink(symbol, lang)]));
    expect(links).toEqual({
      ar: 'http://undocs.org/ar/E/CN.15/2019/7/Corr.1',
      zh: 'http://undocs.org/ch/E/CN.15/2019/7/Corr.1',
      en: 'http://undocs.org/en/E/CN.15/2019/7/Corr.1',
      fr: 'http://undocs.org/fr/E/CN.15/2019/7/Corr.1',
      ru: 'http://undocs.org/ru/E/CN.15/2019/7/Corr.1',
      es: 'http://undocs.org/es/E/CN.15/2019/7/Corr.1',
    });
  });

  it('takes the pattern and language segments from configuration', () => {
    const symbol = parsed('S/RES/2467(2019)');
    expect(symbolLink(symbol, 'zh', undocsZhLinkConfig)).toBe('https://undocs.org/zh/S/RES/2467(2019)');
    expect(symbolLink(symbol, 'fr', documentsUnOrgLinkConfig)).toBe(
      'https://documents.un.org/api/symbol/access?s=S/RES/2467(2019)&l=fr&t=pdf',
    );
    const custom = {
      pattern: 'https://example.org/{lang}/{symbol}?lang={lang}',
      segments: undocsLinkConfig.segments,
    };
    expect(symbolLink(symbol, 'ru', custom)).toBe('https://example.org/ru/S/RES/2467(2019)?lang=ru');
  });

  it('refuses to link a hand-built symbol that is not valid', () => {
    const forged: ParsedSymbol = {
      text: 'A/73/1',
      organ: 'A',
      base: 'A/73/1',
      components: [
        { kind: 'organ', text: 'javascript:alert(1)', start: 0, end: 19 },
        { kind: 'number', text: '1', start: 20, end: 21 },
      ],
    };
    expect(() => symbolLink(forged, 'en')).toThrow("Cannot link 'javascript:alert(1)/1': Not a symbol");
  });

  it('refuses to link a parsed symbol whose components were changed after parsing', () => {
    const symbol = parsed('A/73/1');
    symbol.components[0] = { kind: 'organ', text: 'javascript:alert(1)', start: 0, end: 19 };
    expect(() => symbolLink(symbol, 'en')).toThrow("Cannot link 'javascript:alert(1)/73/1': Not a symbol");
  });

  it('refuses a language that is not official and a pattern without {symbol}', () => {
    const symbol = parsed('A/73/1');
    expect(() => symbolLink(symbol, 'de' as OfficialLanguage)).toThrow("Not an official language: 'de'");
    expect(() =>
      symbolLink(symbol, 'en', { pattern: 'http://undocs.org/{lang}', segments: undocsLinkConfig.segments }),
    ).toThrow('has no {symbol} placeholder');
  });
});

describe('jointSymbolLinks', () => {
  it('links each part of a joint symbol', () => {
    const joint = parseJointSymbol('E/CN.7/2019/2\u2013E/CN.15/2019/2');
    expect(joint.ok).toBe(true);
    if (!joint.ok) return;
    expect(jointSymbolLinks(joint.symbol, 'zh')).toEqual([
      'http://undocs.org/ch/E/CN.7/2019/2',
      'http://undocs.org/ch/E/CN.15/2019/2',
    ]);
    expect(jointSymbolLinks(joint.symbol, 'en', undocsZhLinkConfig)).toEqual([
      'https://undocs.org/en/E/CN.7/2019/2',
      'https://undocs.org/en/E/CN.15/2019/2',
    ]);
  });
});
