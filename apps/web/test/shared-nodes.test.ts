import { addendumSchema } from '@rapporteur/document';
import { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { shareUnchanged } from '../server/shared-nodes';
import { seedDraftFile } from './support/api-harness';

const seedDoc = Node.fromJSON(addendumSchema, seedDraftFile.document);

/** The seed as a client sends it: the same text parsed into a tree of its own. */
function parsedAgain(doc: Node): Node {
  return Node.fromJSON(addendumSchema, doc.toJSON());
}

/** Every paragraph of a document with its position. */
function paragraphs(doc: Node): { node: Node; pos: number }[] {
  const found: { node: Node; pos: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph') found.push({ node, pos });
    return true;
  });
  return found;
}

/** Every node object of a tree (its descendants and itself). */
function nodesOf(doc: Node): Set<Node> {
  const nodes = new Set<Node>([doc]);
  doc.descendants((node) => {
    nodes.add(node);
    return true;
  });
  return nodes;
}

/** The index of the top-level block holding position `pos`. */
function blockIndexAt(doc: Node, pos: number): number {
  return doc.resolve(pos).index(0);
}

describe('a saved document sharing the nodes it did not change with the one kept before', () => {
  it('is the kept document itself when the text is the same', () => {
    expect(shareUnchanged(seedDoc, parsedAgain(seedDoc))).toBe(seedDoc);
  });

  it('equals the saved document and shares every other block, for an edit in each paragraph of the seed', () => {
    for (const { pos } of paragraphs(seedDoc)) {
      const edited = parsedAgain(new Transform(seedDoc).insert(pos + 1, addendumSchema.text('增补')).doc);
      const shared = shareUnchanged(seedDoc, edited);
      expect(shared.eq(edited)).toBe(true);
      const changed = blockIndexAt(seedDoc, pos + 1);
      for (let i = 0; i < seedDoc.childCount; i++) {
        if (i !== changed) expect(shared.child(i)).toBe(seedDoc.child(i));
      }
      // Only the edited paragraph, its text and the blocks above it are new.
      const kept = nodesOf(seedDoc);
      const fresh = [...nodesOf(shared)].filter((node) => !kept.has(node));
      expect(fresh.length).toBeLessThanOrEqual(seedDoc.resolve(pos + 1).depth + 3);
    }
  });

  it('shares the blocks before and after a block inserted, or deleted, at the top', () => {
    const inserted = addendumSchema.nodes.paragraph!.create(
      { id: 'marker', numbered: true },
      addendumSchema.text('负载测试第 1 段。'),
    );
    const withParagraph = parsedAgain(new Transform(seedDoc).insert(seedDoc.child(0).nodeSize, inserted).doc);
    const shared = shareUnchanged(seedDoc, withParagraph);
    expect(shared.eq(withParagraph)).toBe(true);
    expect(shared.child(0)).toBe(seedDoc.child(0));
    for (let i = 1; i < seedDoc.childCount; i++) expect(shared.child(i + 1)).toBe(seedDoc.child(i));

    const back = shareUnchanged(shared, parsedAgain(seedDoc));
    expect(back.eq(seedDoc)).toBe(true);
    for (let i = 0; i < seedDoc.childCount; i++) expect(back.child(i)).toBe(seedDoc.child(i));
  });

  it('takes the saved node where only its attributes changed, and keeps the text it holds', () => {
    const { node, pos } = paragraphs(seedDoc).find((p) => p.node.attrs.numbered === true)!;
    const renumbered = parsedAgain(
      new Transform(seedDoc).setNodeMarkup(pos, undefined, { ...node.attrs, numbered: false }).doc,
    );
    const shared = shareUnchanged(seedDoc, renumbered);
    expect(shared.eq(renumbered)).toBe(true);
    expect(shared.eq(seedDoc)).toBe(false);
    expect(shared.nodeAt(pos)?.attrs.numbered).toBe(false);
  });

  it('holds an emptied document and a document refilled from it', () => {
    const emptied = parsedAgain(seedDoc.copy(seedDoc.content.cut(0, seedDoc.child(0).nodeSize)));
    const shared = shareUnchanged(seedDoc, emptied);
    expect(shared.eq(emptied)).toBe(true);
    expect(shared.child(0)).toBe(seedDoc.child(0));
    const refilled = shareUnchanged(shared, parsedAgain(seedDoc));
    expect(refilled.eq(seedDoc)).toBe(true);
    expect(refilled.child(0)).toBe(seedDoc.child(0));
  });
});
