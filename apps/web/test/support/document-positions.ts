import type { Node } from 'prosemirror-model';

/**
 * The position just inside the first textblock of the top-level block with this id: where a test's
 * step types into a paragraph (or a section's heading) it names by id. Throws when there is none.
 */
export function startOfText(doc: Node, blockId: string): number {
  let found: number | undefined;
  doc.forEach((block, offset) => {
    if (block.attrs.id !== blockId) return;
    if (block.isTextblock) found = offset + 1;
    block.descendants((node, pos) => {
      if (found === undefined && node.isTextblock) found = offset + 1 + pos + 1;
      return found === undefined;
    });
  });
  if (found === undefined) throw new Error(`no text in block ${blockId}`);
  return found;
}
