import { formatSymbol } from './format-symbol.js';
import type { JointSymbol } from './joint-symbol.js';
import { type LinkConfig, undocsLinkConfig } from './link-config.js';
import { isOfficialLanguage, type OfficialLanguage } from './official-languages.js';
import { isParsedNormalText, parseSymbol } from './parse-symbol.js';
import type { ParsedSymbol } from './parsed-symbol.js';

/**
 * The link to a symbol's document in one language, from a pattern (default: the seed's
 * `http://undocs.org/{lang}/{symbol}` with 'ch' for Chinese). The symbol is re-validated from its
 * components before it goes into the URL, so a hand-built or tampered ParsedSymbol cannot smuggle
 * anything into an href; throws an Error naming the problem if it is not a valid symbol, if the
 * language is not official, or if the pattern lacks {symbol}. A symbol this package's parser made,
 * whose components still format to the text it was parsed as, is not parsed again.
 */
export function symbolLink(
  symbol: ParsedSymbol,
  lang: OfficialLanguage,
  config: LinkConfig = undocsLinkConfig,
): string {
  if (!isOfficialLanguage(lang)) throw new Error(`Not an official language: '${String(lang)}'`);
  if (!config.pattern.includes('{symbol}')) {
    throw new Error(`Link pattern '${config.pattern}' has no {symbol} placeholder`);
  }
  const text = formatSymbol(symbol);
  let normal = text;
  if (!isParsedNormalText(symbol, text)) {
    const parsed = parseSymbol(text);
    if (!parsed.ok) throw new Error(`Cannot link '${text}': ${parsed.error.message}`);
    normal = parsed.symbol.text;
  }
  return config.pattern.split('{lang}').join(config.segments[lang]).split('{symbol}').join(normal);
}

/** The links of every part of a joint symbol, in order (a single symbol gives one link). */
export function jointSymbolLinks(
  symbol: JointSymbol,
  lang: OfficialLanguage,
  config: LinkConfig = undocsLinkConfig,
): string[] {
  return symbol.parts.map((part) => symbolLink(part, lang, config));
}
