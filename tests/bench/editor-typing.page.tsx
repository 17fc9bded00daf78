/// <reference lib="dom" />
// The browser side of editor-typing.bench.ts, bundled with esbuild: mounts either the addendum
// editor as the page mounts it (the React component with its toolbar, problems panel, co-editing
// client keeping steps in localStorage and sending them as the API client does) or a bare ProseMirror
// editor (basic schema) with the same text, and measures opening and key presses inside the page.
import { AddendumEditor, type CollabServer } from '@rapporteur/editor';
import type { TemplateContainment } from '@rapporteur/templates';
import { schema as basicSchema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { createRoot, type Root } from 'react-dom/client';
import type { KeySample } from './editor-typing.window.js';

let view: EditorView | null = null;
let root: Root | null = null;
let opened = 0;
const samples: KeySample[] = [];

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * A step authority in the page, answering as the server does for a lone editor: the draft at step
 * version 0, each batch of steps serialised into a request body as the API client does and accepted
 * after 20 ms; no stream, no one else present.
 */
function benchServer(document: unknown): CollabServer {
  let version = 0;
  return {
    load: async () => ({ version, document }),
    stepsSince: async () => ({ version, steps: [] }),
    sendSteps: (base, clientId, steps) => {
      void JSON.stringify({ version: base, clientId, steps });
      return new Promise((resolve) =>
        setTimeout(() => {
          version += steps.length;
          resolve({ kind: 'accepted', version });
        }, 20),
      );
    },
    subscribe: () => () => undefined,
    sendPresence: async () => undefined,
    leave: () => undefined,
  };
}

async function editorMounted(place: HTMLElement): Promise<void> {
  while (!place.querySelector('.ProseMirror')) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Opens the draft in one kind of editor: fetch, parse, build the state, mount, lay out, paint. */
async function open(kind: 'addendum' | 'bare'): Promise<number> {
  root?.unmount();
  root = null;
  view?.destroy();
  view = null;
  localStorage.clear();
  const place = document.getElementById('editor')!;
  place.textContent = '';
  opened += 1;
  const started = performance.now();
  if (kind === 'addendum') {
    const json = await (await fetch('/draft.json')).json();
    const lockedIds = (await (await fetch('/locks.json')).json()) as string[];
    const containment = (await (await fetch('/containment.json')).json()) as TemplateContainment;
    root = createRoot(place);
    root.render(
      <AddendumEditor
        draftId={`bench-${opened}`}
        language="en"
        readyParts={[]}
        lockedIds={lockedIds}
        containment={containment}
        sessionDocuments={[]}
        server={benchServer(json)}
      />,
    );
    await editorMounted(place);
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

/**
 * Puts the cursor at the end of the paragraph in the middle of the document and focuses the editor,
 * through the DOM selection as a click would (the addendum editor's view belongs to its component).
 */
async function placeCursor(): Promise<void> {
  const editable = document.querySelector<HTMLElement>('.ProseMirror');
  if (!editable) throw new Error('No editor is open.');
  const paragraphs = [...editable.querySelectorAll('p')].filter((p) => (p.textContent ?? '').length > 0);
  const middle = paragraphs[Math.floor(paragraphs.length / 2)]!;
  const walker = document.createTreeWalker(middle, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  while (walker.nextNode()) last = walker.currentNode as Text;
  editable.focus();
  const range = document.createRange();
  range.setStart(last!, last!.length);
  range.collapse(true);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
  middle.scrollIntoView({ block: 'center' });
  await new Promise((resolve) => setTimeout(resolve, 100));
}

// A key press is timed from the keydown event's timestamp (when the browser received the key, so
// time spent waiting behind earlier work counts) to the end of the first frame drawn after the
// dispatch that puts the typed character into the editor's state and DOM: a requestAnimationFrame
// callback runs before that frame's style, layout, paint and commit, and a message posted from it
// is delivered after them, so the sample includes everything the browser does to show the text.
// (The bench runs Chromium without the 60 Hz frame clock, so a frame starts as soon as it is asked
// for and the figure is not rounded up to the next display refresh.) Both editors are timed by the
// same hook on EditorView's dispatch; work the addendum editor defers (autosave, validation, React)
// counts whenever it delays a later key.
let keyAt: number | null = null;
let heardAt = 0;
window.addEventListener(
  'keydown',
  (event) => {
    keyAt = event.timeStamp;
    heardAt = performance.now();
  },
  true,
);
const afterNextFrame = (then: () => void) =>
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(null);
  });
const dispatch = EditorView.prototype.dispatch;
EditorView.prototype.dispatch = function (this: EditorView, tr) {
  dispatch.call(this, tr);
  if (keyAt === null || !tr.docChanged) return;
  const key = keyAt;
  const heard = heardAt;
  keyAt = null;
  afterNextFrame(() => {
    const now = performance.now();
    samples.push({ total: now - key, handling: now - heard });
  });
};

window.bench = { open, placeCursor, samples };
