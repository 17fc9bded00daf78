import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { personColour } from './presence-colour.js';

/** Another person's caret and selection, in this editor's document. */
export interface RemoteCaret {
  readonly clientId: string;
  readonly userId: string;
  readonly name: string;
  readonly anchor: number;
  readonly head: number;
}

/** What the presence plugin holds: the carets shown and their decorations, mapped together. */
interface PresenceState {
  readonly carets: readonly RemoteCaret[];
  readonly decorations: DecorationSet;
}

/** The key of the presence plugin; its state holds the remote carets shown. */
export const presenceKey = new PluginKey<PresenceState>('rapporteur-presence');

/** A transaction (no document change) that shows these carets in place of the ones shown. */
export function setRemoteCarets(state: EditorState, carets: readonly RemoteCaret[]): Transaction {
  return state.tr.setMeta(presenceKey, carets).setMeta('addToHistory', false);
}

/** The remote carets the editor shows now. */
export function remoteCarets(state: EditorState): readonly RemoteCaret[] {
  return presenceKey.getState(state)?.carets ?? [];
}

function clamp(pos: number, state: EditorState): number {
  return Math.max(0, Math.min(pos, state.doc.content.size));
}

/** The caret: an empty span in the person's colour; the editor's styles draw the name from `data-name`. */
function caretWidget(caret: RemoteCaret): HTMLElement {
  const element = document.createElement('span');
  element.className = 'rp-remote-caret';
  element.dataset.clientId = caret.clientId;
  element.dataset.name = caret.name;
  element.contentEditable = 'false';
  element.style.setProperty('--rp-person', personColour(caret.userId));
  return element;
}

function decorate(state: EditorState, carets: readonly RemoteCaret[]): DecorationSet {
  const decorations: Decoration[] = [];
  for (const caret of carets) {
    const from = Math.min(caret.anchor, caret.head);
    const to = Math.max(caret.anchor, caret.head);
    if (from < to) {
      decorations.push(
        Decoration.inline(from, to, {
          class: 'rp-remote-selection',
          style: `background-color:${personColour(caret.userId, 0.2)}`,
        }),
      );
    }
    decorations.push(
      Decoration.widget(caret.head, () => caretWidget(caret), {
        key: `caret:${caret.clientId}:${caret.userId}:${caret.name}`,
        side: -1,
        ignoreSelection: true,
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Shows other people's carets (a thin line in their colour with their name above it) and their
 * selections (tinted in that colour). Carets and decorations are mapped through every change (a
 * keystroke costs a mapping, not a rebuild) until the next presence list replaces them.
 */
export function presencePlugin(): Plugin<PresenceState> {
  return new Plugin<PresenceState>({
    key: presenceKey,
    state: {
      init: () => ({ carets: [], decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const next = tr.getMeta(presenceKey) as readonly RemoteCaret[] | undefined;
        if (next) {
          const carets = next.map((caret) => ({
            ...caret,
            anchor: clamp(caret.anchor, state),
            head: clamp(caret.head, state),
          }));
          return { carets, decorations: decorate(state, carets) };
        }
        if (!tr.docChanged || value.carets.length === 0) return value;
        return {
          carets: value.carets.map((caret) => ({
            ...caret,
            anchor: tr.mapping.map(caret.anchor),
            head: tr.mapping.map(caret.head),
          })),
          decorations: value.decorations.map(tr.mapping, tr.doc),
        };
      },
    },
    props: {
      decorations: (state) => presenceKey.getState(state)?.decorations,
    },
  });
}
