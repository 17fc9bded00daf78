import { addendumSchema } from '@rapporteur/document';
import { findSymbolCandidates, findSymbols, parseJointSymbol } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** The key of the symbol plugin; its state is the set of "not a valid symbol" flags. */
export const symbolsKey = new PluginKey<DecorationSet>('rapporteur-symbols');

/** Characters that end a symbol being typed: anything that cannot be part of one. */
const separator = /^[^A-Za-z0-9./()\-–]$/u;

/**
 * Symbols as drafters type them: when a character that cannot belong to a symbol is typed right
 * after a valid symbol ("see E/CN.15/2019/8" then a space or a comma), the symbol becomes a linked
 * symbol node. Symbol-like text that does not parse (E//CN.15) is flagged where it stands with the
 * parser's message; flags are kept for the textblocks an edit touches, not the whole document.
 */
export function symbolPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: symbolsKey,
    state: {
      init: (_, state) => flagsFor(state.doc, 0, state.doc.content.size, DecorationSet.empty),
      apply(tr, flags) {
        if (!tr.docChanged) return flags;
        return refreshFlags(tr, flags.map(tr.mapping, tr.doc));
      },
    },
    props: {
      decorations: (state) => symbolsKey.getState(state),
      handleTextInput(view, from, to, text) {
        const tr = symbolOnTyping(view.state, from, to, text);
        if (!tr) return false;
        view.dispatch(tr);
        return true;
      },
    },
  });
}

/**
 * The transaction that turns the symbol just before the cursor into a symbol node and inserts the
 * typed `text` after it, or null when `text` does not end a valid symbol.
 */
export function symbolOnTyping(
  state: EditorState,
  from: number,
  to: number,
  text: string,
): Transaction | null {
  if (!separator.test(text)) return null;
  const $from = state.doc.resolve(from);
  if (!$from.parent.inlineContent) return null;
  let run = '';
  for (let index = $from.index() - 1; index >= 0; index -= 1) {
    const child = $from.parent.child(index);
    if (!child.isText) break;
    run = child.text + run;
    if (run.length > 200) break;
  }
  const before =
    $from.textOffset > 0 ? $from.parent.child($from.index()).text!.slice(0, $from.textOffset) : '';
  run += before;
  const match = findSymbols(run).at(-1);
  if (!match || !/^[.)]*$/.test(run.slice(match.end))) return null;
  const start = from - (run.length - match.start);
  const end = from - (run.length - match.end);
  const symbol = addendumSchema.nodes.symbol.create({ symbol: match.symbol.text });
  const tr = state.tr.insertText(text, from, to);
  tr.replaceWith(start, end, symbol);
  return tr;
}

function refreshFlags(tr: Transaction, flags: DecorationSet): DecorationSet {
  let result = flags;
  const maps = tr.mapping.maps;
  maps.forEach((map, i) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      let from = newStart;
      let to = newEnd;
      for (let j = i + 1; j < maps.length; j += 1) {
        from = maps[j]!.map(from, -1);
        to = maps[j]!.map(to, 1);
      }
      result = flagsFor(tr.doc, from, to, result);
    });
  });
  return result;
}

/** Recomputes the flags of every textblock that the range `[from, to]` touches. */
function flagsFor(doc: Node, from: number, to: number, flags: DecorationSet): DecorationSet {
  const start = Math.max(0, from - 1);
  const end = Math.min(doc.content.size, to + 1);
  let result = flags;
  doc.nodesBetween(start, end, (node, pos) => {
    if (!node.isTextblock) return true;
    const stale = result.find(pos, pos + node.nodeSize);
    if (stale.length > 0) result = result.remove(stale);
    const fresh = blockFlags(node, pos);
    if (fresh.length > 0) result = result.add(doc, fresh);
    return false;
  });
  return result;
}

/** The flags of one textblock: symbol-like text that does not parse, and symbol nodes that do not. */
function blockFlags(block: Node, blockPos: number): Decoration[] {
  const flags: Decoration[] = [];
  let run = '';
  let runStart = blockPos + 1;
  const flush = () => {
    if (run.length > 0 && run.includes('/')) {
      for (const candidate of findSymbolCandidates(run)) {
        if (candidate.valid) continue;
        flags.push(
          Decoration.inline(
            runStart + candidate.start,
            runStart + candidate.end,
            {
              class: 'rp-symbol-invalid',
              title: candidate.error.message,
              'data-symbol-error': candidate.error.message,
            },
            { symbolError: candidate.error.message },
          ),
        );
      }
    }
    run = '';
  };
  block.forEach((child, offset) => {
    if (child.isText) {
      if (run === '') runStart = blockPos + 1 + offset;
      run += child.text;
      return;
    }
    flush();
    if (child.type.name === 'symbol') {
      const parsed = parseJointSymbol(String(child.attrs.symbol));
      if (!parsed.ok) {
        const at = blockPos + 1 + offset;
        flags.push(
          Decoration.node(at, at + child.nodeSize, {
            class: 'rp-symbol-invalid',
            title: parsed.error.message,
            'data-symbol-error': parsed.error.message,
          }),
        );
      }
    }
  });
  flush();
  return flags;
}
