import { addendumSchema } from '@rapporteur/document';
import { findSymbols } from '@rapporteur/symbols';
import { Fragment, type Node, Slice } from 'prosemirror-model';

/**
 * The inline nodes for a run of text with every valid symbol in it made a symbol node (linked
 * when shown) and the rest left as text with its marks. Pasted text goes through this.
 */
export function linkSymbolsInText(text: Node): Node[] {
  const written = text.text ?? '';
  const matches = findSymbols(written);
  if (matches.length === 0) return [text];
  const nodes: Node[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) nodes.push(text.cut(at, match.start));
    nodes.push(addendumSchema.nodes.symbol.create({ symbol: match.symbol.text }));
    at = match.end;
  }
  if (at < written.length) nodes.push(text.cut(at));
  return nodes;
}

/** A pasted slice with the valid symbols in its text made symbol nodes, wherever symbols may go. */
export function linkSymbolsInSlice(slice: Slice): Slice {
  const convert = (fragment: Fragment, parent: Node | null): Fragment => {
    const nodes: Node[] = [];
    fragment.forEach((node) => {
      if (node.isText && (parent === null || parent.type.inlineContent)) {
        nodes.push(...linkSymbolsInText(node));
      } else if (!node.isLeaf && !node.isAtom) {
        nodes.push(node.copy(convert(node.content, node)));
      } else {
        nodes.push(node);
      }
    });
    return Fragment.from(nodes);
  };
  return new Slice(convert(slice.content, null), slice.openStart, slice.openEnd);
}
