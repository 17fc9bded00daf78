import { crossReferenceText, type NodeName } from '@rapporteur/document';
import type { Node } from 'prosemirror-model';
import type { NodeSerializers } from '../../export-format.js';
import { jointSymbolSeparator } from '../../symbol-link-parts.js';
import { escapeXmlAttribute, escapeXmlText } from '../../xml-escape.js';
import { childEId, numberToken, stableWId } from './akn-identifiers.js';
import { aknPreface } from './akn-preface.js';
import type { AknPlace, AknSerializer, AknWriter } from './akn-serializer.js';
import { placedChildren } from './akn-serializer.js';

/** The opening attributes of an element: its eId and, when the node has a stable id, its wId. */
const ids = (eId: string, node: Node): string => {
  const wId = stableWId(node.attrs.id);
  return `eId="${escapeXmlAttribute(eId)}"${wId ? ` wId="${escapeXmlAttribute(wId)}"` : ''}`;
};

/** The printed number of the node at `pos`, literal as the document shows it ("14.", "A.", "(a)"). */
const label = (writer: AknWriter, pos: number): string => writer.input.numbering.at(pos)?.label ?? '';

const num = (text: string): string => (text ? `<num>${escapeXmlText(text)}</num>` : '');

/** The quotes and lists a paragraph carries, written below the paragraph's own eId. */
const attachedBlocks = (place: AknPlace, eId: string, writer: AknWriter): string =>
  (place.attached ?? [])
    .map(({ node, pos }) =>
      aknNodeSerializers[node.type.name as NodeName](node, pos, { eId, container: place.container }, writer),
    )
    .join('');

/** An inline node wrapped in the elements of its marks (em → `<i>`, strong → `<b>`). */
const withMarks = (node: Node, xml: string): string =>
  node.marks.reduceRight((inner, mark) => {
    const tag = mark.type.name === 'strong' ? 'b' : 'i';
    return `<${tag}>${inner}</${tag}>`;
  }, xml);

/**
 * The Akoma Ntoso serializer of every node type of the addendum schema (a missing one is a compile
 * error). Numbers are written literally in `<num>` from the shared numbering; eIds follow the
 * naming convention (`para_14`, `sec_A`, `sec_A__subsec_1`, `para_2__list_1__item_a`), built from
 * numbers, and wIds carry the stable ids that survive renumbering. Paragraphs are numbered through
 * the whole document, so their eIds (`para_N`) are unique without their sections' prefix and are
 * what cross-references point at. A symbol's `<ref>` points at the document's link in the
 * configured link pattern (undocs.org by default) rather than an `/akn/un/…` IRI: the cited
 * document's type and date, which an AKN IRI needs, are not known, and the link resolves today.
 */
export const aknNodeSerializers: NodeSerializers<AknSerializer> = {
  doc: (node, pos, _place, writer) => {
    const [title, ...body] = placedChildren(node, pos);
    const lang = `xml:lang="${writer.language}"`;
    const preface = aknPreface(
      writer,
      title
        ? aknNodeSerializers.title(title.node, title.pos, { eId: 'preface', container: 'main' }, writer)
        : '',
    );
    const main = writer.hierarchy(body, { eId: '', container: 'main' });
    return `<preface ${lang}>${preface}</preface><mainBody ${lang}>${main || '<p/>'}</mainBody>`;
  },
  title: (node, pos, place, writer) =>
    `<p class="title"><docTitle>${writer.inline(node, pos, childEId(place.eId, 'title'))}</docTitle></p>`,
  paragraph: (node, pos, place, writer) => {
    const number = label(writer, pos);
    const eId = node.attrs.numbered ? `para_${numberToken(number)}` : writer.nextChildEId('', 'para_nn');
    return `<paragraph ${ids(eId, node)}>${num(number)}<content><p>${writer.inline(node, pos, eId)}</p>${attachedBlocks(place, eId, writer)}</content></paragraph>`;
  },
  quote: (node, pos, place, writer) => {
    const eId = writer.nextChildEId(place.eId, 'quote');
    return `<blockContainer ${ids(eId, node)} class="quote">${writer.blocks(node, pos, { eId, container: place.container })}</blockContainer>`;
  },
  quote_text: (node, pos, place, writer) => `<p>${writer.inline(node, pos, place.eId)}</p>`,
  item_list: (node, pos, place, writer) => {
    const eId = writer.nextChildEId(place.eId, 'list');
    return `<blockList ${ids(eId, node)}>${writer.blocks(node, pos, { eId, container: place.container })}</blockList>`;
  },
  item: (node, pos, place, writer) => {
    const number = label(writer, pos);
    const eId = childEId(place.eId, `item_${numberToken(number)}`);
    return `<item ${ids(eId, node)}>${num(number)}${writer.blocks(node, pos, { eId, container: place.container })}</item>`;
  },
  item_text: (node, pos, place, writer) => `<p>${writer.inline(node, pos, place.eId)}</p>`,
  section: (node, pos, _place, writer) => {
    const number = label(writer, pos);
    const eId = `sec_${numberToken(number)}`;
    const children = writer.hierarchy(placedChildren(node, pos), { eId, container: 'hierarchy' });
    return `<section ${ids(eId, node)}>${num(number)}${children}</section>`;
  },
  section_heading: (node, pos, place, writer) => `<heading>${writer.inline(node, pos, place.eId)}</heading>`,
  subsection: (node, pos, place, writer) => {
    const number = label(writer, pos);
    const eId = childEId(place.eId, `subsec_${numberToken(number)}`);
    const children = writer.hierarchy(placedChildren(node, pos), { eId, container: 'hierarchy' });
    return `<subsection ${ids(eId, node)}>${num(number)}${children}</subsection>`;
  },
  subsection_heading: (node, pos, place, writer) =>
    `<heading>${writer.inline(node, pos, place.eId)}</heading>`,
  subheading: (node, pos, place, writer) => {
    if (place.container === 'hierarchy') {
      const eId = writer.nextChildEId(place.eId, 'crossHeading');
      return `<crossHeading ${ids(eId, node)}>${writer.inline(node, pos, eId)}</crossHeading>`;
    }
    const eId = writer.nextChildEId(place.eId, 'hcontainer');
    return `<hcontainer ${ids(eId, node)} name="subheading"><heading>${writer.inline(node, pos, eId)}</heading></hcontainer>`;
  },
  symbol: (node, _pos, place, writer) => {
    const written = String(node.attrs.symbol);
    const parts = writer.symbolLinks(written);
    if (!parts) return escapeXmlText(written);
    return parts
      .map((part) => {
        writer.cite({ href: part.href, showAs: part.text });
        const eId = writer.nextChildEId(place.eId, 'ref');
        return `<ref eId="${escapeXmlAttribute(eId)}" href="${escapeXmlAttribute(part.href)}">${escapeXmlText(part.text)}</ref>`;
      })
      .join(jointSymbolSeparator);
  },
  cross_reference: (node, _pos, place, writer) => {
    const target = String(node.attrs.target);
    const text = escapeXmlText(crossReferenceText(target, writer.input.numbering, writer.language));
    const n = writer.input.numbering.paragraphNumber(target);
    if (n === undefined) return text;
    const eId = writer.nextChildEId(place.eId, 'ref');
    return `<ref eId="${escapeXmlAttribute(eId)}" href="#para_${n}">${text}</ref>`;
  },
  footnote: (node, pos, _place, writer) => {
    const marker = label(writer, pos);
    return `<authorialNote eId="fnt_${numberToken(marker)}" marker="${escapeXmlAttribute(marker)}" placement="bottom"><p>${escapeXmlText(node.textContent)}</p></authorialNote>`;
  },
  text: (node) => withMarks(node, escapeXmlText(node.text ?? '')),
};
