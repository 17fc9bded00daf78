import { createBuilders } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { nearCaretClass } from '../src/caret-neighbourhood.js';
import { cursorAt, stateFor } from './fixtures.js';

/** The ids of the blocks the editor keeps drawn around the caret, in document order. */
function keptDrawn(state: EditorState): string[] {
  const ids: string[] = [];
  for (const plugin of state.plugins) {
    const set = plugin.props.decorations?.call(plugin, state) as DecorationSet | null | undefined;
    for (const decoration of set?.find() ?? []) {
      const attrs = (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      if (attrs.class !== nearCaretClass) continue;
      ids.push(String(state.doc.nodeAt(decoration.from)!.attrs.id));
    }
  }
  return ids.sort((a, b) => a.localeCompare(b));
}

/** Deliberations in four sub-sections of two paragraphs; action taken in five paragraphs. */
function longDoc(): Node {
  const b = createBuilders('t');
  const sub = (n: number) =>
    b.withId(
      b.subsection(
        `Sub-section ${n}`,
        b.paragraph(`Sub-section ${n}, first paragraph.`),
        b.paragraph(`Sub-section ${n}, second paragraph.`),
      ),
      `sub${n}`,
    );
  const action = (n: number) => b.withId(b.paragraph(`Action ${n}.`), `act${n}`);
  return b.doc(
    b.title('Long'),
    b.withId(b.section('deliberations', 'A. Deliberations', sub(1), sub(2), sub(3), sub(4)), 'secA'),
    b.withId(b.section('actionTaken', 'B. Action taken', ...[1, 2, 3, 4, 5].map(action)), 'secB'),
  );
}

describe('blocks kept drawn around the caret', () => {
  it('keeps only the sub-section holding the caret, not the sub-sections beside it', () => {
    const state = cursorAt(stateFor(longDoc()), 'Sub-section 3, first');
    expect(keptDrawn(state)).toEqual(['sub3']);
  });

  it('keeps two blocks either side of a paragraph that stands directly in a section', () => {
    const state = cursorAt(stateFor(longDoc()), 'Action 3.');
    expect(keptDrawn(state)).toEqual(['act1', 'act2', 'act3', 'act4', 'act5']);
  });
});
