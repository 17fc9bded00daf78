import type { DocumentPart } from '@rapporteur/document';
import type { Node, ResolvedPos } from 'prosemirror-model';

/**
 * The lifecycle part a top-level block belongs to, by the server's rule: a section marked
 * `part: "actionTaken"` is the action taken; the title, the introductory blocks and every other
 * section belong to the deliberations.
 */
export function partOfBlock(node: Node): DocumentPart {
  return node.type.name === 'section' && node.attrs.part === 'actionTaken' ? 'actionTaken' : 'deliberations';
}

/** The part a position lies in; positions between top-level blocks count as the deliberations. */
export function partAt($pos: ResolvedPos): DocumentPart {
  return $pos.depth === 0 ? 'deliberations' : partOfBlock($pos.node(1));
}

/** The parts a range of the document touches: both ends and every top-level block in between. */
export function partsInRange(doc: Node, from: number, to: number): Set<DocumentPart> {
  const parts = new Set<DocumentPart>([partAt(doc.resolve(from)), partAt(doc.resolve(to))]);
  if (to > from) {
    doc.nodesBetween(from, to, (node) => {
      parts.add(partOfBlock(node));
      return false;
    });
  }
  return parts;
}
