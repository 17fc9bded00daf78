import type { SymbolComponent } from './symbol-component.js';

/**
 * A valid UN document symbol, broken into its components. `text` is the normal form (what is
 * printed, stored and linked); `organ` is its opening organ or series; `base` is the symbol of the
 * document its suffixes amend (E/CN.15/2019/7 for E/CN.15/2019/7/Corr.1, the symbol itself when
 * there is no suffix), which is what a corrigendum or addendum links back to.
 */
export interface ParsedSymbol {
  text: string;
  organ: string;
  base: string;
  components: SymbolComponent[];
}
