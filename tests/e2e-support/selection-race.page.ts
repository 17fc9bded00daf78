/// <reference lib="dom" />
// The browser side of e2e/editor-selection.spec.ts, bundled with esbuild: the addendum editor's
// view on a small draft, and ways to act exactly between the browser moving its selection and
// ProseMirror reading it: a transaction that changes what the view draws, or a key.
import { createBuilders } from '@rapporteur/document';
import { createAddendumState, createAddendumView, setReadyParts } from '@rapporteur/editor';

/** What the spec reads and arms on the page. */
export interface SelectionRace {
  /** Dispatches "the action taken is marked ready" on the next selectionchange, before ProseMirror reads it. */
  armReadyPartsOnNextSelectionChange(): void;
  /** Whether the armed transaction has been dispatched. */
  fired(): boolean;
  /** The text of the textblock the editor's selection is in, and the selection's offset in it. */
  caret(): { text: string; offset: number };
  /**
   * Moves the browser's caret to the start of the paragraph holding `text` and presses Enter at once,
   * in one task: before the browser's selectionchange event can tell ProseMirror of the move.
   */
  enterAtStartOf(text: string): void;
  /** The text of every textblock of the document, in order. */
  blocks(): string[];
}

declare global {
  interface Window {
    selectionRace: SelectionRace;
  }
}

let armed = false;
let fired = false;
// Registered before the view exists, so it runs before ProseMirror's own selectionchange listener.
document.addEventListener('selectionchange', () => {
  if (!armed) return;
  armed = false;
  fired = true;
  view.dispatch(setReadyParts(view.state, ['actionTaken']));
});

const b = createBuilders('s');
const doc = b.doc(
  b.title('Integrating and coordinating efforts'),
  b.paragraph('The Commission considered item 6 at its 8th meeting.'),
  b.section(
    'deliberations',
    'A. Deliberations',
    b.subsection('Crime prevention', b.paragraph('Speakers noted the progress made.')),
  ),
  b.section('actionTaken', 'B. Action taken', b.paragraph('No action was taken.')),
);
// Fresh block ids from a counter: the page is not served from a secure origin, which
// crypto.randomUUID needs.
let ids = 0;
const newId = () => {
  ids += 1;
  return `race-${ids}`;
};
const view = createAddendumView(
  document.getElementById('editor')!,
  createAddendumState({ doc, language: 'en', newId }),
  { language: 'en', newId },
);

window.selectionRace = {
  armReadyPartsOnNextSelectionChange: () => {
    armed = true;
  },
  fired: () => fired,
  caret: () => {
    const { $head } = view.state.selection;
    return { text: $head.parent.textContent, offset: $head.parentOffset };
  },
  enterAtStartOf: (text) => {
    const paragraph = Array.from(view.dom.querySelectorAll('p')).find((p) => p.textContent === text);
    const walker = document.createTreeWalker(paragraph!, NodeFilter.SHOW_TEXT);
    let first = walker.nextNode();
    while (first && first.textContent !== text) first = walker.nextNode();
    document.getSelection()!.collapse(first, 0);
    view.dom.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, cancelable: true }),
    );
  },
  blocks: () => {
    const texts: string[] = [];
    view.state.doc.descendants((node) => {
      if (node.isTextblock) texts.push(node.textContent);
      return !node.isTextblock;
    });
    return texts;
  },
};
