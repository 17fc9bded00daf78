/// <reference lib="dom" />
// The browser side of editor-typing.bench.ts, bundled with esbuild: mounts either the addendum
// editor (the app's state and view, all plugins) or a bare ProseMirror editor (basic schema) with
// the same text, and measures opening and key presses inside the page.
import { addendumSchema } from '@rapporteur/document';
import { createAddendumState, createAddendumView } from '@rapporteur/editor';
import { schema as basicSchema } from 'prosemirror-schema-basic';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

declare global {
  interface Window {
    bench: {
      open(kind: 'addendum' | 'bare'): Promise<number>;
      placeCursor(): void;
      samples: number[];
    };
  }
}

let view: EditorView | null = null;
let fresh = 0;
const newId = () => {
  fresh += 1;
  return `bench-${fresh}`;
};
const samples: number[] = [];

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Opens the draft in one kind of editor: fetch, parse, build the state, mount, lay out, paint. */
async function open(kind: 'addendum' | 'bare'): Promise<number> {
  view?.destroy();
  const place = document.getElementById('editor')!;
  place.textContent = '';
  const started = performance.now();
  if (kind === 'addendum') {
    const json = await (await fetch('/draft.json')).json();
    const doc = addendumSchema.nodeFromJSON(json);
    const state = createAddendumState({ doc, language: 'en', newId });
    view = createAddendumView(place, state, { language: 'en', newId });
  } else {
    const texts = (await (await fetch('/plain.json')).json()) as string[];
    const doc = basicSchema.node(
      'doc',
      null,
      texts.map((text) => basicSchema.node('paragraph', null, text ? [basicSchema.text(text)] : [])),
    );
    view = new EditorView(place, { state: EditorState.create({ doc }) });
  }
  void place.offsetHeight;
  await frame();
  return performance.now() - started;
}

/** Puts the cursor at the end of the textblock in the middle of the document and focuses the editor. */
function placeCursor(): void {
  if (!view) throw new Error('No editor is open.');
  const { doc } = view.state;
  const blocks: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) blocks.push(pos + node.nodeSize - 1);
    return !node.isTextblock;
  });
  const end = blocks[Math.floor(blocks.length / 2)]!;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, end)).scrollIntoView());
  view.focus();
}

// A key press is timed from its keydown to the end of the task that updates the text, after which
// the browser's layout is forced: the edited text is in the DOM and laid out, ready to paint.
window.addEventListener(
  'keydown',
  () => {
    const started = performance.now();
    setTimeout(() => {
      void document.getElementById('editor')!.offsetHeight;
      samples.push(performance.now() - started);
    }, 0);
  },
  true,
);

window.bench = { open, placeCursor, samples };
