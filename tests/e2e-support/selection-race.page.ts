/// <reference lib="dom" />
// The browser side of e2e/editor-selection.spec.ts, bundled with esbuild: the addendum editor's
// view on a small draft, and a way to dispatch a transaction that changes what the view draws
// exactly between a click moving the browser's selection and ProseMirror reading it.
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
const view = createAddendumView(
  document.getElementById('editor')!,
  createAddendumState({ doc, language: 'en', newId: () => crypto.randomUUID() }),
  { language: 'en', newId: () => crypto.randomUUID() },
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
};
