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

/** The key of the presence plugin; its state is the remote carets shown. */
export const presenceKey = new PluginKey<readonly RemoteCaret[]>('rapporteur-presence');

/** A transaction (no document change) that shows these carets in place of the ones shown. */
export function setRemoteCarets(state: EditorState, carets: readonly RemoteCaret[]): Transaction {
  return state.tr.setMeta(presenceKey, carets).setMeta('addToHistory', false);
}

/** The remote carets the editor shows now. */
export function remoteCarets(state: EditorState): readonly RemoteCaret[] {
  return presenceKey.getState(state) ?? [];
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

/**
 * Shows other people's carets (a thin line in their colour with their name above it) and their
 * selections (tinted in that colour). Positions are kept in step with the document by mapping them
 * through every change until the next presence list replaces them.
 */
export function presencePlugin(): Plugin<readonly RemoteCaret[]> {
  return new Plugin<readonly RemoteCaret[]>({
    key: presenceKey,
    state: {
      init: () => [],
      apply(tr, carets, _old, state) {
        const next = tr.getMeta(presenceKey) as readonly RemoteCaret[] | undefined;
        if (next)
          return next.map((caret) => ({
            ...caret,
            anchor: clamp(caret.anchor, state),
            head: clamp(caret.head, state),
          }));
        if (!tr.docChanged || carets.length === 0) return carets;
        return carets.map((caret) => ({
          ...caret,
          anchor: tr.mapping.map(caret.anchor),
          head: tr.mapping.map(caret.head),
        }));
      },
    },
    props: {
      decorations(state) {
        const carets = presenceKey.getState(state);
        if (!carets || carets.length === 0) return null;
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
      },
    },
  });
}
