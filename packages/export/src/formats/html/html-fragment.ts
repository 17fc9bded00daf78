import { documentPhrases } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import type { ExportInput } from '../../export-format.js';
import { symbolLinkPartsOnce } from '../../symbol-link-parts.js';
import { writeChildren } from '../write-children.js';
import type { HtmlContext } from './html-context.js';
import { htmlNodeSerializers } from './html-node-serializers.js';

/**
 * The document as an HTML fragment: one `<article class="un-document">` with its language and
 * writing direction, holding the masthead, the "Addendum" label, the title, the numbered body and
 * the footnotes. The web app's public page embeds this (with `documentCss`) and the HTML and PDF
 * exports wrap it in a page, so every reader sees the same markup. Pure and deterministic.
 */
export function htmlFragment(input: ExportInput): string {
  const language = input.draft.metadata.language;
  const context: HtmlContext = {
    input,
    language,
    footnotes: [],
    symbolLinks: symbolLinkPartsOnce(language, input.links, input.parseSymbol),
    children: (node: Node, pos: number) => writeChildren(htmlNodeSerializers, node, pos, context),
  };
  const doc = input.draft.doc;
  const direction = documentPhrases[language].direction;
  return `<article class="un-document${input.valid ? '' : ' not-valid-document'}" lang="${language}" dir="${direction}">\n${htmlNodeSerializers.doc(doc, -1, -1, context)}</article>\n`;
}
