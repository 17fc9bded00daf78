export { describeSymbol, type SymbolDescription } from './describe-symbol.js';
export { findSymbolCandidates, findSymbols, type SymbolCandidate, type SymbolMatch } from './find-symbols.js';
export { formatSymbol } from './format-symbol.js';
export {
  type JointSymbol,
  type JointSymbolParse,
  type JointSymbolPartRange,
  jointSymbolOf,
  parseJointSymbol,
} from './joint-symbol.js';
export {
  documentsUnOrgLinkConfig,
  type LinkConfig,
  undocsLinkConfig,
  undocsZhLinkConfig,
} from './link-config.js';
export { isOfficialLanguage, type OfficialLanguage, officialLanguages } from './official-languages.js';
export { parseSymbol, type SymbolParse } from './parse-symbol.js';
export type { ParsedSymbol } from './parsed-symbol.js';
export type { SymbolComponent, SymbolComponentKind } from './symbol-component.js';
export type { SymbolError } from './symbol-error.js';
export { jointSymbolLinks, symbolLink } from './symbol-links.js';
