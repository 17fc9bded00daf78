import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import {
  CollabClient,
  type CollabServer,
  type CollabStatus,
  createAddendumState,
  KeptStepsStore,
  type LostEdits,
} from '../src/index.js';
import type { FakeAuthority } from './fake-authority.js';
import { FakeStorage, FakeTimers } from './fake-storage.js';
import { idCounter, posOf } from './fixtures.js';

/** One simulated editor in a co-editing test: its state, its collab client, what it heard. */
export interface TestEditor {
  state: EditorState;
  readonly client: CollabClient;
  readonly statuses: CollabStatus[];
  readonly messages: string[];
  readonly lost: LostEdits[];
  /** What the client said, in order, about its unconfirmed edits being kept in browser storage. */
  readonly keptLocally: boolean[];
  readonly storage: FakeStorage;
  readonly timers: FakeTimers;
  /** Whether an input method composition is under way (the view's `composing`). */
  composing: boolean;
  /** Types `text` right after `after` (a text already in the document). */
  type(after: string, text: string): void;
  /** The document's plain text, blocks separated by " | ". */
  text(): string;
}

/** Options of a test editor: where it starts and what it shares with others. */
export interface TestEditorOptions {
  readonly clientId: string;
  readonly doc: Node;
  readonly version?: number;
  readonly server: Pick<CollabServer, 'sendSteps' | 'stepsSince'>;
  readonly storage?: FakeStorage;
  readonly timers?: FakeTimers;
  /** Parts this editor keeps read-only (marked ready in its lifecycle). */
  readonly readyParts?: Array<'deliberations' | 'actionTaken'>;
  /** Connects the editor to the authority's pushed batches (the event stream). */
  readonly authority?: FakeAuthority;
}

/** A headless editor with the collab plugin and a collab client, as the page wires them. */
export function testEditor(options: TestEditorOptions): TestEditor {
  const newId = idCounter(`${options.clientId}-`);
  const make = (doc: Node, version: number) =>
    createAddendumState({
      doc,
      language: 'en',
      newId,
      readyParts: options.readyParts ?? [],
      collab: { version, clientId: options.clientId },
    });
  const storage = options.storage ?? new FakeStorage();
  const timers = options.timers ?? new FakeTimers();
  const statuses: CollabStatus[] = [];
  const messages: string[] = [];
  const lost: LostEdits[] = [];
  const keptLocally: boolean[] = [];
  const editor: TestEditor = {
    state: make(options.doc, options.version ?? 0),
    client: undefined as unknown as CollabClient,
    statuses,
    messages,
    lost,
    keptLocally,
    storage,
    timers,
    composing: false,
    type(after, text) {
      const pos = posOf(editor.state.doc, after, after.length);
      editor.state = editor.state.apply(editor.state.tr.insertText(text, pos));
      editor.client.update();
    },
    text() {
      const blocks: string[] = [];
      editor.state.doc.descendants((node) => {
        if (node.isTextblock) blocks.push(node.textContent);
        return !node.isTextblock;
      });
      return blocks.join(' | ');
    },
  };
  (editor as { client: CollabClient }).client = new CollabClient({
    draftId: 'd1',
    clientId: options.clientId,
    server: options.server,
    host: {
      state: () => editor.state,
      dispatch: (tr) => {
        editor.state = editor.state.apply(tr);
      },
      reset: (doc, version) => {
        editor.state = make(doc, version);
      },
      composing: () => editor.composing,
    },
    confirmed: options.doc,
    kept: new KeptStepsStore(storage),
    timers,
    now: () => '2019-05-23T10:00:00Z',
    onStatus: (status, message) => {
      statuses.push(status);
      if (message) messages.push(message);
    },
    onLost: (edits) => lost.push(edits),
    onKeptLocally: (kept) => keptLocally.push(kept),
  });
  options.authority?.listen((batch) => editor.client.receive(batch));
  return editor;
}
