import type { Node } from 'prosemirror-model';

/**
 * The position just inside the first textblock of the block with this id, at any depth: where a
 * test's step types into a paragraph (or a section's heading) it names by id. Throws when there is
 * none.
 */
export function startOfText(doc: Node, blockId: string): number {
  let block: { node: Node; pos: number } | undefined;
  doc.descendants((node, pos) => {
    if (block === undefined && node.attrs.id === blockId) block = { node, pos };
    return block === undefined && !node.isTextblock;
  });
  let found: number | undefined;
  if (block?.node.isTextblock) found = block.pos + 1;
  block?.node.descendants((node, pos) => {
    if (found === undefined && node.isTextblock) found = block!.pos + 1 + pos + 1;
    return found === undefined;
  });
  if (found === undefined) throw new Error(`no text in block ${blockId}`);
  return found;
}
