import { addendumSchema, crossReferenceText } from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';
import { DOMSerializer, type Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { EditorView, type NodeView, type ViewMutationRecord } from 'prosemirror-view';
import { type IdSource, withFreshIds } from './block-ids.js';
import { sliceText, stripNumbersFromSlice, stripNumbersFromText } from './clipboard-text.js';
import { takeBrowserSelection, withBrowserSelection } from './dom-selection.js';
import { clipboardParser, clipboardSerializer, type RenderContext, renderNode } from './dom-specs.js';
import { currentNumbering, numberingKey } from './numbering-plugin.js';
import { blockNumber, blockNumberAt, footnoteNumber, showNumber } from './shown-numbers.js';
import { openSymbolOnModClick } from './symbol-links.js';
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
 * and pastes that drop numbers, link valid symbols and give copied blocks fresh ids; a symbol opens
 * its document on Ctrl- or ⌘-click. Transactions dispatched between a click and ProseMirror reading
 * it keep the click's selection ({@link withBrowserSelection}), and keys act where the browser shows
 * the caret ({@link takeBrowserSelection}).
 */
export function createAddendumView(
  place: HTMLElement,
  state: EditorState,
  options: AddendumViewOptions,
): EditorView {
  const { language } = options;
  let view: EditorView;
  const referenceTextIn = (state: EditorState) => (target: string) =>
    crossReferenceText(target, currentNumbering(state), language);
  const referenceText = (target: string) => referenceTextIn(view.state)(target);
  const copyContext = (): RenderContext => ({
    copy: true,
    language,
    referenceText,
    numbering: currentNumbering(view.state),
  });

  const nodeViews: Record<
    string,
    (node: Node, view: EditorView, getPos: () => number | undefined) => NodeView
  > = {};
  for (const name of Object.keys(addendumSchema.nodes)) {
    if (name === 'text') continue;
    nodeViews[name] = (node, nodeView, getPos) => {
      const context: RenderContext = { language, referenceText: referenceTextIn(nodeView.state) };
      const { dom, contentDOM } = DOMSerializer.renderSpec(document, renderNode(node, context));
      showNumber(dom as Element, numberAt(nodeView.state, node, getPos()));
      // The numbering plugin writes `data-number` when numbers move; that is no edit of the text.
      const ignoreMutation = (mutation: ViewMutationRecord) =>
        (mutation.type === 'attributes' && mutation.attributeName === 'data-number') ||
        (!contentDOM && mutation.type !== 'selection');
      if (name !== 'cross_reference')
        return contentDOM ? { dom, contentDOM, ignoreMutation } : { dom, ignoreMutation };
      return {
        dom,
        ignoreMutation,
        update(next: Node) {
          if (next.type !== node.type || next.attrs.target !== node.attrs.target) return false;
          const text = referenceTextIn(nodeView.state)(String(next.attrs.target));
          if (dom.textContent !== text) dom.textContent = text;
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
      role: 'textbox',
      'aria-label': 'Draft text',
      'aria-multiline': 'true',
    },
    handleKeyDown: (keyView) => {
      takeBrowserSelection(keyView);
      return false;
    },
    handleDOMEvents: { click: (_view, event) => openSymbolOnModClick(event) },
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

/**
 * The number a node shows when its view is drawn at `pos`: read by position while the numbering is
 * that of this very document (when the draft opens and after each structural change, when nearly
 * every block is drawn); after text edits have moved positions, looked up by id for blocks
 * ({@link blockNumber}) and counted for footnotes.
 */
function numberAt(state: EditorState, node: Node, pos: number | undefined): string | undefined {
  const shown = numberingKey.getState(state);
  if (!shown || pos === undefined || !(node.isBlock || node.type.name === 'footnote')) return undefined;
  if (shown.numbered === state.doc) {
    return node.isBlock ? blockNumberAt(shown.numbering, state.doc, pos) : shown.numbering.at(pos)?.label;
  }
  if (!node.isBlock) return footnoteNumber(state.doc, pos);
  return blockNumber(shown.numbering, node, () => {
    const $pos = state.doc.resolve(pos);
    return { parent: $pos.parent, index: $pos.index() };
  });
}
