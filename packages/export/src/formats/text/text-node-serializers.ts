import { crossReferenceText, documentPhrases } from '@rapporteur/document';
import type { NodeSerializers } from '../../export-format.js';
import type { TextContext, TextNodeSerializer } from './text-context.js';

const numbered = (context: TextContext, labelPos: number, text: string): string => {
  const label = context.input.numbering.at(labelPos)?.label;
  return label ? `${label} ${text}\n` : `${text}\n`;
};
const line: TextNodeSerializer = (node, pos, _parentPos, context) => `${context.children(node, pos)}\n`;
const container: TextNodeSerializer = (node, pos, _parentPos, context) => context.children(node, pos);
const numberedBySelf: TextNodeSerializer = (node, pos, _parentPos, context) =>
  numbered(context, pos, context.children(node, pos));
const numberedByParent: TextNodeSerializer = (node, pos, parentPos, context) =>
  numbered(context, parentPos, context.children(node, pos));

/**
 * How each node type of the addendum is written as plain text, in the seed's layout: the
 * "Addendum" label, then one line per block with its number before the text ("1. …", "(a) …",
 * "A. …"), symbols as written, cross-references as "paragraph 14" with the current number,
 * footnote marks as "[1]" and the footnotes' lines after the body. The result is the document
 * package's `toPlainText`, written through a registry so this format is checked like the others.
 */
export const textNodeSerializers: NodeSerializers<TextNodeSerializer> = {
  doc: (node, pos, _parentPos, context) => {
    const body = context.children(node, pos);
    return `${documentPhrases[context.language].addendum}\n${body}${context.footnotes.join('')}`;
  },
  title: line,
  paragraph: numberedBySelf,
  quote: container,
  quote_text: line,
  item_list: container,
  item: container,
  item_text: numberedByParent,
  section: container,
  section_heading: numberedByParent,
  subsection: container,
  subsection_heading: numberedByParent,
  subheading: line,
  symbol: (node) => String(node.attrs.symbol),
  cross_reference: (node, _pos, _parentPos, context) =>
    crossReferenceText(String(node.attrs.target), context.input.numbering, context.language),
  footnote: (node, pos, _parentPos, context) => {
    const label = context.input.numbering.at(pos)?.label ?? '?';
    context.footnotes.push(`${label} ${node.textContent}\n`);
    return `[${label}]`;
  },
  text: (node) => node.text ?? '',
};
