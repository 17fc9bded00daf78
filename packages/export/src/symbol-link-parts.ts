import {
  type JointSymbolParse,
  type LinkConfig,
  type OfficialLanguage,
  parseJointSymbol,
  symbolLink,
} from '@rapporteur/symbols';

/** One linked part of a symbol as printed: its normal form and the link to its document. */
export interface SymbolLinkPart {
  readonly text: string;
  readonly href: string;
}

/**
 * The parts of a symbol as every format links them: one part for a plain symbol, one per document
 * for a joint symbol (E/CN.7/2019/2-E/CN.15/2019/2 links each half to its own document), in the
 * document's language. Null when the text is not a valid symbol (a draft exported with --force),
 * so formats print it unlinked rather than invent a link. `parse` is how the symbol is parsed
 * (an export's remembered parses).
 */
export function symbolLinkParts(
  symbol: string,
  language: OfficialLanguage,
  links: LinkConfig,
  parse: (written: string) => JointSymbolParse = parseJointSymbol,
): SymbolLinkPart[] | null {
  const parsed = parse(symbol);
  if (!parsed.ok) return null;
  return parsed.symbol.parts.map((part) => ({ text: part.text, href: symbolLink(part, language, links) }));
}

/**
 * `symbolLinkParts` remembered for the length of one export, in one language with one link
 * pattern: a report cites the same few documents many times (a 2,000-paragraph draft, ~100
 * documents 1,100 times), and linking each symbol once keeps large exports fast. `parse` as for
 * `symbolLinkParts`.
 */
export function symbolLinkPartsOnce(
  language: OfficialLanguage,
  links: LinkConfig,
  parse: (written: string) => JointSymbolParse = parseJointSymbol,
): (symbol: string) => SymbolLinkPart[] | null {
  const known = new Map<string, SymbolLinkPart[] | null>();
  return (symbol) => {
    let parts = known.get(symbol);
    if (parts === undefined) {
      parts = symbolLinkParts(symbol, language, links, parse);
      known.set(symbol, parts);
    }
    return parts;
  };
}

/** The separator printed between the parts of a joint symbol. */
export const jointSymbolSeparator = '-';
