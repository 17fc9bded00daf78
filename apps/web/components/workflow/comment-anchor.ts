/** Where a comment is made: a block by its stable id and a range of characters of its text. */
export interface CommentAnchor {
  readonly paragraphId: string;
  readonly from: number;
  readonly to: number;
  readonly quote: string;
}

/**
 * The anchor of the user's selection inside a rendered draft: the block (`[data-block-id]`) where
 * it starts and the character offsets within that block's text (a selection running into the next
 * block ends at the end of the first). Undefined for an empty selection or one outside the text.
 */
export function anchorOfSelection(
  container: HTMLElement,
  selection: Selection | null,
): CommentAnchor | undefined {
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const start = range.startContainer;
  const startElement = start instanceof Element ? start : start.parentElement;
  const block = startElement?.closest<HTMLElement>('[data-block-text]');
  if (!block || !container.contains(block)) return undefined;
  const paragraphId = block.dataset.blockText;
  if (!paragraphId) return undefined;
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const from = before.toString().length;
  const text = block.textContent ?? '';
  let to = text.length;
  if (block.contains(range.endContainer)) {
    const upToEnd = document.createRange();
    upToEnd.selectNodeContents(block);
    upToEnd.setEnd(range.endContainer, range.endOffset);
    to = upToEnd.toString().length;
  }
  if (to <= from) return undefined;
  return { paragraphId, from, to, quote: text.slice(from, to).slice(0, 2000) };
}

/** A DOM range over characters `from`–`to` of an element's text, for highlighting a comment's words. */
export function rangeOfOffsets(element: HTMLElement, from: number, to: number): Range | undefined {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && from <= offset + length) {
      range.setStart(node, from - offset);
      started = true;
    }
    if (started && to <= offset + length) {
      range.setEnd(node, to - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}
