import { addendumSchema, crossReferenceText } from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';
import { DOMSerializer, type Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { type Decoration, EditorView, type NodeView } from 'prosemirror-view';
import { type IdSource, withFreshIds } from './block-ids.js';
import { sliceText, stripNumbersFromSlice, stripNumbersFromText } from './clipboard-text.js';
import { withBrowserSelection } from './dom-selection.js';
import { clipboardParser, clipboardSerializer, type RenderContext, renderNode } from './dom-specs.js';
import { currentNumbering } from './numbering-plugin.js';
import { linkSymbolsInSlice } from './symbol-text.js';

/** What the view needs besides its state. */
export interface AddendumViewOptions {
  readonly language: OfficialLanguage;
  /** Fresh ids for pasted blocks whose ids are taken. */
  readonly newId: IdSource;
  /** Hears every transaction after it is applied (autosave, validation). */
  readonly onTransaction?: (tr: Transaction, state: EditorState) => void;
}

/** Writing direction of each official language: Arabic runs right to left. */
export function directionOf(language: OfficialLanguage): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Mounts the addendum editor's view (browser only): every node drawn by {@link renderNode}, the
 * document's language and direction on the editable element, copies that carry numbers as text,
 * and pastes that drop numbers, link valid symbols and give copied blocks fresh ids. Transactions
 * dispatched between a click and ProseMirror reading it keep the click's selection
 * ({@link withBrowserSelection}).
 */
export function createAddendumView(
  place: HTMLElement,
  state: EditorState,
  options: AddendumViewOptions,
): EditorView {
  const { language } = options;
  let view: EditorView;
  const referenceText = (target: string) =>
    crossReferenceText(target, currentNumbering(view.state), language);
  const copyContext = (): RenderContext => ({
    language,
    referenceText,
    numbering: currentNumbering(view.state),
  });

  const decorationText = (decorations: readonly Decoration[]): string | undefined => {
    const text = decorations.find((decoration) => decoration.spec.referenceText)?.spec.referenceText;
    return typeof text === 'string' ? text : undefined;
  };
  const nodeViews: Record<
    string,
    (
      node: Node,
      view: EditorView,
      getPos: () => number | undefined,
      decorations: readonly Decoration[],
    ) => NodeView
  > = {};
  for (const name of Object.keys(addendumSchema.nodes)) {
    if (name === 'text') continue;
    nodeViews[name] = (node, _view, _getPos, decorations) => {
      const context: RenderContext =
        name === 'cross_reference'
          ? { language, referenceText: () => decorationText(decorations) ?? '' }
          : { language, referenceText };
      const { dom, contentDOM } = DOMSerializer.renderSpec(document, renderNode(node, context));
      if (name !== 'cross_reference') return contentDOM ? { dom, contentDOM } : { dom };
      return {
        dom,
        update(next: Node, nextDecorations: readonly Decoration[]) {
          if (next.type !== node.type || next.attrs.target !== node.attrs.target) return false;
          const text = decorationText(nextDecorations);
          if (text !== undefined && dom.textContent !== text) dom.textContent = text;
          return true;
        },
      };
    };
  }

  view = new EditorView(place, {
    state,
    nodeViews,
    attributes: {
      class: 'rp-editor',
      lang: language,
      dir: directionOf(language),
      spellcheck: 'true',
      'aria-label': 'Draft text',
      'aria-multiline': 'true',
    },
    clipboardSerializer: clipboardSerializer(copyContext),
    clipboardParser,
    clipboardTextSerializer: (slice) => sliceText(slice, currentNumbering(view.state), referenceText),
    transformPastedText: (text) => stripNumbersFromText(text),
    transformPasted: (slice) =>
      linkSymbolsInSlice(stripNumbersFromSlice(withFreshIds(slice, view.state.doc, options.newId))),
    dispatchTransaction(dispatched) {
      const tr = withBrowserSelection(view, dispatched);
      const next = view.state.apply(tr);
      view.updateState(next);
      options.onTransaction?.(tr, next);
    },
  });
  return view;
}
