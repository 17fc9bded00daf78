import { addendumSchema, createBuilders } from '@rapporteur/document';
import type { TemplateContainment } from '@rapporteur/templates';
import { TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { createAddendumState, insertSubsection, type TemplateRefusal } from '../src/index.js';
import { addendumContainment, cursorAt, idCounter, posOf, run, smallDoc } from './fixtures.js';

/** What the server keeps for the small document, as for an imported file naming the template: its headings. */
const serverLocks = ['secA', 'sub1', 'secB'];

function stateWithRefusals(
  lockedIds: readonly string[] = serverLocks,
  containment: TemplateContainment | null = addendumContainment(),
) {
  const refusals: TemplateRefusal[] = [];
  const state = createAddendumState({
    doc: smallDoc(),
    language: 'en',
    newId: idCounter(),
    lockedIds,
    containment,
    onRefused: (refusal) => refusals.push(refusal),
  });
  return { state, refusals };
}

function sectionRange(state: ReturnType<typeof stateWithRefusals>['state'], id: string) {
  let range = { from: -1, to: -1 };
  state.doc.forEach((node, pos) => {
    if (node.attrs.id === id) range = { from: pos, to: pos + node.nodeSize };
  });
  return range;
}

describe('template locks', () => {
  it('refuses deleting a required section heading and says why', () => {
    const { state, refusals } = stateWithRefusals();
    const { from, to } = sectionRange(state, 'secB');
    const after = state.apply(state.tr.delete(from, to));
    expect(after.doc.eq(state.doc)).toBe(true);
    expect(refusals[0]?.message).toMatch(/required by the template/);
  });

  it('refuses deleting a required sub-section', () => {
    const { state } = stateWithRefusals();
    const start = posOf(state.doc, 'Crime prevention') - 2;
    const sub = state.doc.nodeAt(start)!;
    expect(sub.type.name).toBe('subsection');
    expect(state.apply(state.tr.delete(start, start + sub.nodeSize)).doc.eq(state.doc)).toBe(true);
  });

  it('refuses a selection from section A into section B being deleted', () => {
    const { state } = stateWithRefusals();
    const from = posOf(state.doc, 'Speakers', 3);
    const to = posOf(state.doc, 'Adopted', 2);
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
    const after = selected.apply(selected.tr.deleteSelection());
    expect(after.doc.eq(state.doc)).toBe(true);
  });

  it('refuses changing the wording of a locked heading but lets text after it be typed', () => {
    const { state } = stateWithRefusals();
    const inHeading = posOf(state.doc, 'A. Deliberations', 3);
    expect(state.apply(state.tr.insertText('x', inHeading)).doc.eq(state.doc)).toBe(true);
    const inParagraph = posOf(state.doc, 'See', 0);
    expect(state.apply(state.tr.insertText('x', inParagraph)).doc.textContent).toContain('xSee');
  });

  it('lets Enter at the end of a locked heading start a paragraph below it', () => {
    const { state } = stateWithRefusals();
    const end = posOf(state.doc, 'A. Deliberations', 'A. Deliberations'.length);
    const after = state.apply(state.tr.split(end, 1, [{ type: addendumSchema.nodes.paragraph }]));
    expect(after.doc.eq(state.doc)).toBe(false);
  });

  it('refuses a sub-heading in the action taken, where the template allows none', () => {
    const { state, refusals } = stateWithRefusals();
    const { ran, state: after } = run(cursorAt(state, 'Adopted'), insertSubsection);
    expect(ran).toBe(true);
    expect(after.doc.eq(state.doc)).toBe(true);
    expect(refusals.at(-1)?.message).toMatch(/does not allow a subsection in the action taken/);
  });

  it("takes where blocks may go from the template's rules: one allowing only paragraphs in the action taken refuses a quote there", () => {
    const rules = addendumContainment();
    const onlyParagraphs = {
      ...rules,
      sections: rules.sections.map((section) =>
        section.part === 'actionTaken' ? { ...section, contains: ['paragraph'] } : section,
      ),
    };
    const quote = createBuilders('q').quote('Crime prevention and criminal justice');
    const inB = posOf(smallDoc(), 'Adopted', 0) - 1;
    for (const [containment, refused] of [
      [rules, false],
      [onlyParagraphs, true],
    ] as const) {
      const { state, refusals } = stateWithRefusals(serverLocks, containment);
      const after = state.apply(state.tr.insert(inB, quote));
      expect(after.doc.eq(state.doc)).toBe(refused);
      expect(refusals.at(-1)?.message).toBe(
        refused ? 'The template does not allow a quote in the action taken.' : undefined,
      );
    }
  });

  it('lets a draft without a template put a sub-section in the action taken, as the schema allows', () => {
    const { state, refusals } = stateWithRefusals(serverLocks, null);
    const { ran, state: after } = run(cursorAt(state, 'Adopted'), insertSubsection);
    expect(ran).toBe(true);
    expect(after.doc.eq(state.doc)).toBe(false);
    expect(refusals).toEqual([]);
  });

  it('takes the locks from the list the server keeps: without it, section B can be deleted', () => {
    const { state, refusals } = stateWithRefusals([]);
    const { from, to } = sectionRange(state, 'secB');
    expect(state.apply(state.tr.delete(from, to)).doc.eq(state.doc)).toBe(false);
    expect(refusals).toEqual([]);
  });

  it('refuses changing or deleting a locked paragraph of the introduction and lets others be edited', () => {
    const { state, refusals } = stateWithRefusals([...serverLocks, 'p1']);
    const inLocked = posOf(state.doc, 'The Commission considered', 4);
    expect(state.apply(state.tr.insertText('x', inLocked)).doc.eq(state.doc)).toBe(true);
    expect(refusals.at(-1)?.message).toMatch(/comes from the template/);
    const p1 = inLocked - 5;
    const paragraph = state.doc.nodeAt(p1)!;
    expect(paragraph.attrs.id).toBe('p1');
    expect(state.apply(state.tr.delete(p1, p1 + paragraph.nodeSize)).doc.eq(state.doc)).toBe(true);
    expect(refusals.at(-1)?.message).toMatch(/required by the template/);
    expect(state.apply(state.tr.setNodeAttribute(p1, 'numbered', false)).doc.eq(state.doc)).toBe(true);
    const inFree = posOf(state.doc, 'It had before it', 2);
    expect(state.apply(state.tr.insertText('x', inFree)).doc.textContent).toContain('Itx had');
  });

  it('lets a paragraph be started after a locked paragraph', () => {
    const { state } = stateWithRefusals([...serverLocks, 'p1']);
    const end = posOf(state.doc, 'item 6.', 'item 6.'.length);
    const after = state.apply(state.tr.split(end));
    expect(after.doc.eq(state.doc)).toBe(false);
    expect(after.doc.child(1).textContent).toBe('The Commission considered item 6.');
  });

  it('ignores locked ids no longer in the document, so they hold no later edit up', () => {
    const { state } = stateWithRefusals([...serverLocks, 'gone']);
    const { state: after } = run(cursorAt(state, 'Speakers'), insertSubsection);
    expect(after.doc.eq(state.doc)).toBe(false);
  });

  it('lets a sub-heading be added under the deliberations', () => {
    const { state } = stateWithRefusals();
    const { state: after } = run(cursorAt(state, 'Speakers'), insertSubsection);
    expect(after.doc.eq(state.doc)).toBe(false);
    expect(after.selection.$from.parent.type.name).toBe('subsection_heading');
  });
});
