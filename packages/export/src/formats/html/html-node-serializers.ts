import { crossReferenceText, documentPhrases } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import type { NodeSerializers } from '../../export-format.js';
import { mastheadWords } from '../../masthead-words.js';
import { jointSymbolSeparator } from '../../symbol-link-parts.js';
import type { HtmlContext, HtmlNodeSerializer } from './html-context.js';
import { escapeHtmlAttribute, escapeHtmlText } from './html-escape.js';
import { mastheadHtml } from './masthead-html.js';

const label = (context: HtmlContext, pos: number): string => context.input.numbering.at(pos)?.label ?? '';
const number = (text: string): string => (text ? `<span class="num">${escapeHtmlText(text)}</span>` : '');
const markTags: Readonly<Record<string, string>> = { em: 'em', strong: 'strong' };

/** The anchor id of numbered paragraph n, the target of cross-references and of public links. */
export const paragraphAnchor = (n: number): string => `para-${n}`;

/**
 * How each node type of the addendum is written in HTML: the masthead and "Addendum" label before
 * the title, paragraphs with their number hanging and an `id="para-N"` anchor, headings with their
 * letter or number, lettered items as nested lists, symbols linked part by part in the document's
 * language, cross-references as links to the paragraph's current number, footnotes gathered at the
 * end. All text and attribute values are escaped here, so drafted text never becomes markup.
 */
export const htmlNodeSerializers: NodeSerializers<HtmlNodeSerializer> = {
  doc: (node, pos, _parentPos, context) => {
    const { valid } = context.input;
    const banner = valid
      ? ''
      : `<p class="not-valid" role="alert">${escapeHtmlText(mastheadWords[context.language].notValid)}</p>\n`;
    const body = context.children(node, pos);
    const footnotes = context.footnotes.length
      ? `<section class="footnotes">\n<ol>\n${context.footnotes.join('\n')}\n</ol>\n</section>\n`
      : '';
    return `${banner}${mastheadHtml(context.input.draft.metadata)}<p class="label">${escapeHtmlText(
      documentPhrases[context.language].addendum,
    )}</p>\n${body}${footnotes}`;
  },
  title: (node, pos, _parentPos, context) => `<h1 class="title">${context.children(node, pos)}</h1>\n`,
  paragraph: (node, pos, _parentPos, context) => {
    const numbered = context.input.numbering.at(pos);
    if (!numbered) return `<p class="para unnumbered">${context.children(node, pos)}</p>\n`;
    return `<p class="para" id="${paragraphAnchor(numbered.value)}">${number(numbered.label)}${context.children(node, pos)}</p>\n`;
  },
  quote: (node, pos, _parentPos, context) =>
    `<blockquote class="quote">\n${context.children(node, pos)}</blockquote>\n`,
  quote_text: (node, pos, _parentPos, context) =>
    `<p class="quote-text">${context.children(node, pos)}</p>\n`,
  item_list: (node, pos, _parentPos, context) => `<ol class="items">\n${context.children(node, pos)}</ol>\n`,
  item: (node, pos, _parentPos, context) => {
    const level = context.input.numbering.at(pos)?.level ?? 0;
    return `<li class="item level-${level}">\n${context.children(node, pos)}</li>\n`;
  },
  item_text: (node, pos, parentPos, context) =>
    `<p class="item-text">${number(label(context, parentPos))}${context.children(node, pos)}</p>\n`,
  section: (node, pos, _parentPos, context) => {
    const letter = label(context, pos).replace('.', '');
    return `<section class="section"${letter ? ` id="section-${escapeHtmlAttribute(letter)}"` : ''}>\n${context.children(node, pos)}</section>\n`;
  },
  section_heading: (node, pos, parentPos, context) =>
    `<h2 class="section-heading">${number(label(context, parentPos))}${context.children(node, pos)}</h2>\n`,
  subsection: (node, pos, _parentPos, context) =>
    `<section class="subsection">\n${context.children(node, pos)}</section>\n`,
  subsection_heading: (node, pos, parentPos, context) =>
    `<h3 class="subsection-heading">${number(label(context, parentPos))}${context.children(node, pos)}</h3>\n`,
  subheading: (node, pos, _parentPos, context) =>
    `<h4 class="subheading">${context.children(node, pos)}</h4>\n`,
  symbol: (node, _pos, _parentPos, context) => {
    const written = String(node.attrs.symbol);
    const parts = context.symbolLinks(written);
    if (!parts) return `<span class="symbol invalid">${escapeHtmlText(written)}</span>`;
    // Loops here and in `text` rather than map/join and for-of: thousands of calls per large
    // export, mostly before V8 optimises them.
    let html = '';
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (i > 0) html += jointSymbolSeparator;
      html += `<a class="symbol" href="${escapeHtmlAttribute(part.href)}">${escapeHtmlText(part.text)}</a>`;
    }
    return html;
  },
  cross_reference: (node, _pos, _parentPos, context) => {
    const target = String(node.attrs.target);
    const text = escapeHtmlText(crossReferenceText(target, context.input.numbering, context.language));
    const n = context.input.numbering.paragraphNumber(target);
    return n === undefined
      ? `<span class="xref missing">${text}</span>`
      : `<a class="xref" href="#${paragraphAnchor(n)}">${text}</a>`;
  },
  footnote: (node, pos, _parentPos, context) => {
    const n = escapeHtmlAttribute(label(context, pos));
    context.footnotes.push(
      `<li id="fn-${n}"><span class="num">${n}</span> ${context.children(node, pos)} <a class="fn-back" href="#fnref-${n}">↩</a></li>`,
    );
    return `<sup class="fn-ref" id="fnref-${n}"><a href="#fn-${n}">${n}</a></sup>`;
  },
  text: (node: Node) => {
    let html = escapeHtmlText(node.text ?? '');
    const { marks } = node;
    for (let i = 0; i < marks.length; i++) {
      const tag = markTags[marks[i]!.type.name];
      if (tag) html = `<${tag}>${html}</${tag}>`;
    }
    return html;
  },
};
