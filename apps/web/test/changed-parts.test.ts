import { addendumSchema } from '@rapporteur/document';
import { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { changedParts, changedPartsBetween } from '../server/draft-content';
import { seedDraftFile } from './support/api-harness';

const seedDoc = Node.fromJSON(addendumSchema, seedDraftFile.document);

/** The positions just inside every paragraph of a document (where text can be typed). */
function paragraphStarts(doc: Node): number[] {
  const starts: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph') starts.push(pos + 1);
    return true;
  });
  return starts;
}

describe('the parts a whole-document save changes, compared node by node', () => {
  it('are what comparing the JSON texts finds, for an edit in each paragraph of the seed', () => {
    const found = new Set<string>();
    for (const at of paragraphStarts(seedDoc)) {
      const edited = new Transform(seedDoc).insert(at, addendumSchema.text('增补')).doc;
      const parts = changedPartsBetween(seedDoc, edited);
      expect(parts).toEqual(changedParts(seedDoc.toJSON(), edited.toJSON()));
      for (const part of parts) found.add(part);
    }
    expect([...found].sort()).toEqual(['actionTaken', 'deliberations']);
  });

  it('count an unchanged text as an edit of the deliberations, as the JSON comparison does', () => {
    const same = Node.fromJSON(addendumSchema, seedDraftFile.document);
    expect(changedPartsBetween(seedDoc, same)).toEqual(['deliberations']);
    expect(changedParts(seedDoc.toJSON(), same.toJSON())).toEqual(['deliberations']);
  });

  it('find both parts when blocks of both are removed', () => {
    const kept = seedDoc.copy(seedDoc.content.cut(0, seedDoc.child(0).nodeSize));
    expect(changedPartsBetween(seedDoc, kept)).toEqual(changedParts(seedDoc.toJSON(), kept.toJSON()));
    expect(changedPartsBetween(seedDoc, kept)).toEqual(['deliberations', 'actionTaken']);
  });
});
