import type { DocumentNumbering } from '@rapporteur/document';
import { Fragment, type Node, Slice } from 'prosemirror-model';

/**
 * The plain text of a copied slice, as a reader sees it: one line per block, each numbered block
 * (paragraph, item, section, sub-section heading) starting with its current number ("14. ",
 * "(a) ", "A. "), symbols as written and cross-references as they read now ("paragraph 14").
 */
export function sliceText(
  slice: Slice,
  numbering: DocumentNumbering,
  referenceText: (targetId: string) => string,
): string {
  const lines: string[] = [];
  const labelOf = (node: Node | null): string => {
    const id = node?.attrs.id;
    if (typeof id !== 'string' || id === '') return '';
    if (node?.type.name === 'paragraph' && !node.attrs.numbered) return '';
    const label = numbering.byId(id)?.label;
    return label ? `${label} ` : '';
  };
  const walk = (fragment: Fragment, labelledParent: Node | null) => {
    fragment.forEach((node, _offset, index) => {
      if (node.isTextblock) {
        const owner = node.attrs.id !== undefined ? node : index === 0 ? labelledParent : null;
        lines.push(labelOf(owner) + inlineText(node.content, referenceText));
      } else if (node.isInline) {
        lines.push(inlineText(Fragment.from(node), referenceText));
      } else {
        walk(node.content, node);
      }
    });
  };
  if (slice.content.firstChild?.isInline) lines.push(inlineText(slice.content, referenceText));
  else walk(slice.content, null);
  return lines.join('\n');
}

function inlineText(content: Fragment, referenceText: (targetId: string) => string): string {
  let text = '';
  content.forEach((node) => {
    if (node.isText) text += node.text;
    else if (node.type.name === 'symbol') text += String(node.attrs.symbol);
    else if (node.type.name === 'cross_reference') text += referenceText(String(node.attrs.target));
  });
  return text;
}

/** A number label at the start of a line or block as the editor copies them: "14. ", "(a) ", "A. ", "(iv) ". */
const leadingLabel = /^[ \t]*(?:\d{1,4}\.|[A-Z]\.|\((?:[a-z]{1,2}|[ivxlc]{1,6})\))[ \t\u00a0]+/;

/** Pasted plain text with the number at the start of each line removed: numbers are never stored. */
export function stripNumbersFromText(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.replace(leadingLabel, ''))
    .join('\n');
}

/**
 * A pasted slice with the number that starts each pasted block removed, so that text copied with
 * its numbers (from this editor, Word or a PDF) pastes as text the numbering then numbers.
 */
export function stripNumbersFromSlice(slice: Slice): Slice {
  const strip = (fragment: Fragment): Fragment => {
    const nodes: Node[] = [];
    fragment.forEach((node) => {
      if (node.isTextblock) nodes.push(stripBlockStart(node));
      else if (!node.isInline) nodes.push(node.copy(strip(node.content)));
      else nodes.push(node);
    });
    return Fragment.from(nodes);
  };
  return new Slice(strip(slice.content), slice.openStart, slice.openEnd);
}

function stripBlockStart(block: Node): Node {
  const first = block.firstChild;
  if (!first?.isText) return block;
  const match = leadingLabel.exec(first.text!);
  if (!match) return block;
  const rest = first.text!.slice(match[0].length);
  const tail = block.content.cut(first.nodeSize);
  return block.copy(rest ? Fragment.from(first.type.schema.text(rest, first.marks)).append(tail) : tail);
}
