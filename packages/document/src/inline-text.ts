import type { OfficialLanguage } from '@rapporteur/symbols';
import type { Node } from 'prosemirror-model';
import { documentPhrases } from './language-phrases.js';
import type { DocumentNumbering } from './numbering.js';

/**
 * The running text of a textblock as a reader sees it: symbols as their symbol, cross-references as
 * "paragraph 14" in the document's language (from the current numbering), footnotes as their
 * number in brackets. `blockPos` is the textblock's position, so footnotes find their numbers.
 * Used by plain-text output and wherever a block's text is compared or searched.
 */
export function inlineText(
  block: Node,
  blockPos: number,
  numbering: DocumentNumbering,
  language: OfficialLanguage,
): string {
  let out = '';
  block.forEach((child, offset) => {
    switch (child.type.name) {
      case 'text':
        out += child.text ?? '';
        break;
      case 'symbol':
        out += String(child.attrs.symbol);
        break;
      case 'cross_reference':
        out += crossReferenceText(String(child.attrs.target), numbering, language);
        break;
      case 'footnote':
        out += `[${numbering.at(blockPos + 1 + offset)?.label ?? '?'}]`;
        break;
      default:
        out += child.textContent;
    }
  });
  return out;
}

/** How a cross-reference to the paragraph with this id reads now, in the given language. */
export function crossReferenceText(
  targetId: string,
  numbering: DocumentNumbering,
  language: OfficialLanguage,
): string {
  const phrases = documentPhrases[language];
  const n = numbering.paragraphNumber(targetId);
  return n === undefined ? phrases.missingReference : phrases.paragraphReference(n);
}
