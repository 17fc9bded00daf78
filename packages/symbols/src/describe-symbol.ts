import { parseJointSymbol } from './joint-symbol.js';
import { type LinkConfig, undocsLinkConfig } from './link-config.js';
import type { OfficialLanguage } from './official-languages.js';
import type { SymbolComponent } from './symbol-component.js';
import type { SymbolError } from './symbol-error.js';
import { jointSymbolLinks } from './symbol-links.js';

/**
 * What `rapporteur symbol <text> [--lang xx]` prints as JSON: for a valid (possibly joint)
 * symbol its normal form, each part with its components, and the links in the language; for an
 * invalid one the parser's error (message, 0-based character index, offending component).
 */
export type SymbolDescription =
  | {
      valid: true;
      symbol: string;
      parts: { symbol: string; components: SymbolComponent[] }[];
      links: string[];
    }
  | { valid: false; error: SymbolError };

/** Parses `text` as a (joint) symbol and describes it for the CLI, with links in `lang`. */
export function describeSymbol(
  text: string,
  lang: OfficialLanguage,
  config: LinkConfig = undocsLinkConfig,
): SymbolDescription {
  const parsed = parseJointSymbol(text);
  if (!parsed.ok) return { valid: false, error: parsed.error };
  return {
    valid: true,
    symbol: parsed.symbol.text,
    parts: parsed.symbol.parts.map((part) => ({ symbol: part.text, components: part.components })),
    links: jointSymbolLinks(parsed.symbol, lang, config),
  };
}
