import { createBuilders } from '@rapporteur/document';
import { Fragment, type Node, Slice } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { instantiate, templateBreach, templateContainment } from '../src/index.js';
import { addendumTemplate, counterIds, seedFacts } from './files.js';

/** The English addendum of item 6 made from the seed's facts, with the ids its template locks. */
function madeDraft() {
  const made = instantiate(addendumTemplate(), seedFacts(), { item: 6, lang: 'en', ids: counterIds() });
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return { doc: made.draft.doc, locked: new Set(made.lockedIds) };
}

const rules = () => templateContainment(addendumTemplate().structure);

/** The document with `node` inserted at `pos`. */
const inserted = (doc: Node, pos: number, node: Node) =>
  doc.replace(pos, pos, new Slice(Fragment.from(node), 0, 0));

/** Where the block with `id` starts, and the block. */
function blockWithId(doc: Node, id: string): { pos: number; node: Node } {
  let found: { pos: number; node: Node } | undefined;
  doc.descendants((node, pos) => {
    if (node.attrs.id === id) found = { pos, node };
    return found === undefined;
  });
  if (!found) throw new Error(`no block ${id}`);
  return found;
}

/** The first section of `part`, with where it starts. */
function sectionOf(doc: Node, part: string): { pos: number; node: Node } {
  let found: { pos: number; node: Node } | undefined;
  doc.forEach((node, pos) => {
    if (!found && node.type.name === 'section' && node.attrs.part === part) found = { pos, node };
  });
  if (!found) throw new Error(`no ${part} section`);
  return found;
}

describe('an edit that breaks the template (as the server checks it)', () => {
  it('lets a drafter write their own paragraphs', () => {
    const { doc, locked } = madeDraft();
    const { pos, node } = sectionOf(doc, 'deliberations');
    const withParagraph = inserted(
      doc,
      pos + 1 + node.child(0).nodeSize,
      createBuilders('d').paragraph('Speakers noted the progress made.'),
    );
    expect(templateBreach(doc, withParagraph, locked, rules())).toBeNull();
  });

  it('refuses deleting a section the template requires, and changing the wording of its heading', () => {
    const { doc, locked } = madeDraft();
    const { pos, node } = sectionOf(doc, 'actionTaken');
    expect(templateBreach(doc, doc.cut(0, pos), locked, rules())?.message).toMatch(
      /required by the template/,
    );
    const headingText = pos + 2;
    const reworded = doc.replace(headingText, headingText + 1, doc.slice(headingText, headingText));
    expect(node.child(0).textContent).not.toBe(sectionOf(reworded, 'actionTaken').node.child(0).textContent);
    expect(templateBreach(doc, reworded, locked, rules())?.message).toMatch(/wording cannot be changed/);
  });

  it('refuses changing the text of a generated block the template locks, but not of the others', () => {
    const { doc, locked } = madeDraft();
    const first = blockWithId(doc, [...locked].find((id) => blockWithId(doc, id).node.isTextblock)!);
    const changed = doc.replace(first.pos + 1, first.pos + 2, doc.slice(first.pos + 1, first.pos + 1));
    expect(templateBreach(doc, changed, locked, rules())?.message).toMatch(/comes from the template/);
    expect(templateBreach(doc, changed, new Set(), rules())).toBeNull();
  });

  it('refuses a block the template does not allow where it is put, unless it was already there', () => {
    const { doc, locked } = madeDraft();
    const b = createBuilders('m');
    const { pos, node } = sectionOf(doc, 'actionTaken');
    const end = pos + node.nodeSize - 1;
    const withSubsection = inserted(doc, end, b.subsection('Other matters', b.paragraph('Noted.')));
    expect(templateBreach(doc, withSubsection, locked, rules())?.message).toBe(
      'The template does not allow a subsection in the action taken.',
    );
    const typedAfter = inserted(withSubsection, end, b.paragraph('No action was taken.'));
    expect(templateBreach(withSubsection, typedAfter, locked, rules())).toBeNull();
    expect(templateBreach(doc, withSubsection, new Set(), null)).toBeNull();
  });
});
