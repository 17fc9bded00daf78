import { addendumSchema } from '@rapporteur/document';
import { InputRule, inputRules } from 'prosemirror-inputrules';
import type { Plugin } from 'prosemirror-state';
import { paragraphToItemIn } from './item-commands.js';

const { paragraph, subheading } = addendumSchema.nodes;

/**
 * "(a) " typed at the start of a paragraph: the paragraph becomes a lettered item (the letter
 * itself is drawn by the numbering, so the typed one goes).
 */
export const itemRule = new InputRule(/^\((?:[a-z]|[ivx]+)\)\s$/, (state, _match, start, end) => {
  const tr = state.tr.delete(start, end);
  return paragraphToItemIn(tr) ? tr : null;
});

/**
 * "1. " typed at the start of an unnumbered paragraph or a sub-heading: it becomes a numbered
 * paragraph (the number is drawn by the numbering, so the typed one goes).
 */
export const numberedRule = new InputRule(/^\d{1,4}\.\s$/, (state, _match, start, end) => {
  const $start = state.doc.resolve(start);
  const block = $start.parent;
  if (block.type === paragraph && block.attrs.numbered) return null;
  if (block.type !== paragraph && block.type !== subheading) return null;
  return state.tr
    .delete(start, end)
    .setNodeMarkup($start.before(), paragraph, { id: block.attrs.id, numbered: true });
});

/** The input rules drafters expect: typed numbers and letters become real numbering. */
export function addendumInputRules(): Plugin {
  return inputRules({ rules: [itemRule, numberedRule] });
}
