import type { NodeName } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import type { NodeSerializers } from '../export-format.js';

/**
 * The children of `node`, which sits at `pos` (−1 for the document itself), each written by its
 * node type's serializer in `serializers` and joined in order. Each serializer is given the
 * child's position and the parent's, where a heading's or an item's number lives. The HTML and
 * plain-text formats write their children this way.
 */
export function writeChildren<C>(
  serializers: NodeSerializers<(node: Node, pos: number, parentPos: number, context: C) => string>,
  node: Node,
  pos: number,
  context: C,
): string {
  let out = '';
  // A loop rather than node.forEach: no callback per child while a large export's code is cold.
  const { children } = node;
  for (let i = 0, offset = 0; i < children.length; i++) {
    const child = children[i]!;
    out += serializers[child.type.name as NodeName](child, pos + 1 + offset, pos, context);
    offset += child.nodeSize;
  }
  return out;
}
