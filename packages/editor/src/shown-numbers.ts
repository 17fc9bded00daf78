import { crossReferenceText, type DocumentNumbering } from '@rapporteur/document';
import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';

/** Block types whose number is drawn on their first child (the heading, or the item's text). */
const numberedByFirstChild = new Set(['section', 'subsection', 'item']);

/**
 * The number a block shows in its `data-number` attribute, looked up by id so that it holds
 * however far text edits have moved the block since the numbering was computed: a numbered
 * paragraph shows its own number; a section's and sub-section's heading and an item's text show
 * their parent's (`place` says where the block sits; it is asked only for blocks other than
 * paragraphs). Undefined when it shows none.
 */
export function blockNumber(
  numbering: DocumentNumbering,
  node: Node,
  place: () => { readonly parent: Node; readonly index: number },
): string | undefined {
  if (node.type.name === 'paragraph') {
    const label = typeof node.attrs.id === 'string' ? numbering.byId(node.attrs.id) : undefined;
    return label?.kind === 'paragraph' ? label.label : undefined;
  }
  const { parent, index } = place();
  if (index !== 0 || !numberedByFirstChild.has(parent.type.name)) return undefined;
  const label = typeof parent.attrs.id === 'string' ? numbering.byId(parent.attrs.id) : undefined;
  return label?.kind === parent.type.name ? label.label : undefined;
}

/**
 * The number the block at `pos` shows, read by position: exact (even for a block whose id is
 * missing or shared) while `numbering` is that of `doc` itself, as it is when a draft opens and
 * after every structural change (see {@link blockNumber} for what each block shows).
 */
export function blockNumberAt(numbering: DocumentNumbering, doc: Node, pos: number): string | undefined {
  const node = doc.nodeAt(pos);
  if (node?.type.name === 'paragraph') {
    const label = numbering.at(pos);
    return label?.kind === 'paragraph' ? label.label : undefined;
  }
  const $pos = doc.resolve(pos);
  if ($pos.depth === 0 || $pos.index() !== 0 || !numberedByFirstChild.has($pos.parent.type.name))
    return undefined;
  const label = numbering.at($pos.before());
  return label?.kind === $pos.parent.type.name ? label.label : undefined;
}

/**
 * The number of the footnote at `pos` in `doc`: footnotes are numbered 1, 2, … in document order
 * (as `numberDocument` does), so it is one more than the footnotes before it.
 */
export function footnoteNumber(doc: Node, pos: number): string {
  let before = 0;
  doc.nodesBetween(0, pos, (node) => {
    if (node.type.name === 'footnote') before += 1;
    return !node.isLeaf;
  });
  return String(before + 1);
}

/** Sets or removes an element's `data-number`, touching the DOM only when it changes. */
export function showNumber(element: Element | null, label: string | undefined): void {
  if (!element) return;
  if (label === undefined) {
    if (element.hasAttribute('data-number')) element.removeAttribute('data-number');
  } else if (element.getAttribute('data-number') !== label) element.setAttribute('data-number', label);
}

/**
 * Brings the numbers drawn in an editor's DOM (`root`, as `renderNode` draws the blocks) up to a
 * new numbering, after a structural change. `numberDocument` labels every numbered paragraph,
 * section, sub-section, item and footnote in document order, and the DOM holds their elements in
 * that same order, so the n-th element of a kind takes the n-th label of that kind (ids are not
 * needed, so a block whose id is missing or shared still shows the right number); cross-references
 * read their target's number by id. Only what differs is written. One pass over the numbered
 * elements, done only when the structure changed, so that a keystroke costs nothing here.
 */
export function writeShownNumbers(
  root: HTMLElement,
  numbering: DocumentNumbering,
  language: OfficialLanguage,
): void {
  const labels = new Map<string, string[]>();
  for (const label of numbering.labels) {
    const ofKind = labels.get(label.kind) ?? [];
    ofKind.push(label.label);
    labels.set(label.kind, ofKind);
  }
  const inOrder = (kind: string) => labels.get(kind) ?? [];
  let paragraph = 0;
  for (const element of root.querySelectorAll('p.rp-paragraph')) {
    const numbered = element.getAttribute('data-numbered') === 'true';
    showNumber(element, numbered ? inOrder('paragraph')[paragraph++] : undefined);
  }
  const onFirstChild: ReadonlyArray<readonly [kind: string, selector: string]> = [
    ['section', 'section.rp-section'],
    ['subsection', 'section.rp-subsection'],
    ['item', 'li.rp-item'],
  ];
  for (const [kind, selector] of onFirstChild) {
    root.querySelectorAll(selector).forEach((element, index) => {
      showNumber(element.firstElementChild, inOrder(kind)[index]);
    });
  }
  root.querySelectorAll('sup.rp-footnote').forEach((element, index) => {
    showNumber(element, inOrder('footnote')[index]);
  });
  for (const element of root.querySelectorAll<HTMLElement>('a.rp-cross-reference')) {
    const text = crossReferenceText(element.getAttribute('data-target') ?? '', numbering, language);
    if (element.textContent !== text) element.textContent = text;
  }
}
