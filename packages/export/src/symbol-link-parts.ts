import { type LinkConfig, type OfficialLanguage, parseJointSymbol, symbolLink } from '@rapporteur/symbols';

/** One linked part of a symbol as printed: its normal form and the link to its document. */
export interface SymbolLinkPart {
  readonly text: string;
  readonly href: string;
}

/**
 * The parts of a symbol as every format links them: one part for a plain symbol, one per document
 * for a joint symbol (E/CN.7/2019/2-E/CN.15/2019/2 links each half to its own document), in the
 * document's language. Null when the text is not a valid symbol (a draft exported with --force),
 * so formats print it unlinked rather than invent a link.
 */
export function symbolLinkParts(
  symbol: string,
  language: OfficialLanguage,
  links: LinkConfig,
): SymbolLinkPart[] | null {
  const parsed = parseJointSymbol(symbol);
  if (!parsed.ok) return null;
  return parsed.symbol.parts.map((part) => ({ text: part.text, href: symbolLink(part, language, links) }));
}

/** The separator printed between the parts of a joint symbol. */
export const jointSymbolSeparator = '-';
