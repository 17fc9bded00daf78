import type { ParsedSymbol } from './parsed-symbol.js';
import type { SymbolComponent } from './symbol-component.js';

/**
 * Writes a symbol's components back in normal form: components joined with '/', each bracketed
 * part written straight after the component it belongs to. Built from the components, not copied
 * from `text`, so that a symbol assembled from components prints the same way as a parsed one.
 */
export function formatSymbol(symbol: Pick<ParsedSymbol, 'components'>): string {
  return formatComponents(symbol.components);
}

/** Joins components into symbol text: '/' between components, none before a bracketed part. */
export function formatComponents(components: readonly Pick<SymbolComponent, 'kind' | 'text'>[]): string {
  let text = '';
  for (let i = 0; i < components.length; i++) {
    const component = components[i]!;
    text += i === 0 || component.kind === 'parenthetical' ? component.text : `/${component.text}`;
  }
  return text;
}
